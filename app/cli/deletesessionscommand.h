#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander sessions --delete ID [--delete ID...]" and "upstander sessions --older-than N":
// deletes sessions with all of their answers, tallies and commitments, through the store's one
// delete path (Store::deleteSession, with secure_delete: nothing stays readable in the file).
// --older-than asks the core's rule (Retention), the same the console applies at start. Asks
// nothing; prints one line per deleted session on standard output.
//
// Exit codes: 0 done (also when no session was old enough); 1 an unknown ID (nothing is
// deleted then) or a store error; 2 usage error (N or ID not a whole number, both options).
class DeleteSessionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSessionsCommand)

public:
    // Whether `argument` asks "sessions" to delete rather than to list.
    static bool isDeleteOption(const QString &argument);
    static int run(const QStringList &arguments, const QString &dataFolder);
};
