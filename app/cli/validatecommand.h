#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander validate FILE...": one line per diagnostic on standard output, in the form
// FILE:LINE:COL: error: MESSAGE; exit 0 when no file has an error, 1 when any has.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    // What "upstander validate --help" prints.
    static QString usage();
    static int run(const QStringList &arguments);
};
