#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander demo": creates a new demo session (DemoSession) in the data folder and prints its
// id on standard output, alone on its line, so that scripts can use it; a summary goes to
// standard error. Every run creates another session with the same answers.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    // What "upstander demo --help" prints.
    static QString usage();
    static int run(const QStringList &arguments, const QString &dataFolder,
                   const QString &language);
};
