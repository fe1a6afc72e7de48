#include "cli/democommand.h"

#include "cli/usage.h"
#include "session/demosession.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QTextStream>

int DemoCommand::run(const QStringList &arguments, const QString &dataFolder,
                     const QString &language)
{
    // "--follow-up ID": the follow-up of demo session ID instead of a new workshop.
    qint64 workshop = 0;
    if (!arguments.isEmpty()) {
        bool number = false;
        if (arguments.first() == QLatin1String("--follow-up") && arguments.size() == 2)
            workshop = arguments.at(1).toLongLong(&number);
        if (!number || workshop <= 0)
            return Cli::reportUsageError(
                arguments.first() == QLatin1String("--follow-up")
                    ? tr("--follow-up needs the id of a session (see \"upstander sessions\")")
                    : tr("demo takes no arguments besides --data-dir and --follow-up ID, not %1")
                          .arg(arguments.first()));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    SessionStore store;
    QString error;
    if (!store.open(dataFolder, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }
    if (workshop != 0) {
        const std::optional<DemoSession::Result> followUp =
            DemoSession::createFollowUp(&store, workshop, &error);
        if (!followUp) {
            err << tr("The follow-up could not be created: %1").arg(error) << '\n';
            return Cli::Failure;
        }
        out << followUp->sessionId << '\n';
        err << tr("Created follow-up session %1 of session %2 in %3: %4 participants, %5 "
                  "answers.")
                   .arg(followUp->sessionId)
                   .arg(workshop)
                   .arg(QDir::toNativeSeparators(store.path()))
                   .arg(followUp->participants)
                   .arg(followUp->answers)
            << '\n';
        return Cli::Success;
    }
    const std::optional<DemoSession::Result> demo =
        DemoSession::create(&store, QDate::currentDate(), language, &error);
    if (!demo) {
        err << tr("The demo session could not be created: %1").arg(error) << '\n';
        return Cli::Failure;
    }
    out << demo->sessionId << '\n';
    err << tr("Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.")
               .arg(demo->sessionId)
               .arg(QDir::toNativeSeparators(store.path()))
               .arg(demo->participants)
               .arg(demo->answers)
               .arg(demo->commitments)
        << '\n';
    return Cli::Success;
}

QString DemoCommand::usage()
{
    return tr("Usage: upstander demo [--data-dir DIR] [--follow-up ID]\n"
              "\n"
              "Creates a demo session in the data folder (about 25 participants, two\n"
              "scenarios, commitments; every run another session with the same answers) and\n"
              "prints its id alone on standard output, with a summary on standard error.\n"
              "\n"
              "Options:\n"
              "  --follow-up ID   instead, the follow-up of session ID eight weeks later, for\n"
              "                   its cohort: most of the group place themselves again and\n"
              "                   replay its first decision\n"
              "  --data-dir DIR   the folder of the session database, by default\n"
              "                   %1\n"
              "  -h, --help       show this help and exit\n"
              "\n"
              "Exit codes: 0 created, 1 the store refused, 2 usage error.\n")
        .arg(QDir::toNativeSeparators(SessionStore::defaultFolder()));
}
