#include "cli/deletesessionscommand.h"

#include "cli/usage.h"
#include "store/retention.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

const QLatin1String DeleteOption("--delete");
const QLatin1String OlderThanOption("--older-than");

QString describe(const SessionSummary &s)
{
    QString title = s.title;
    title.replace(u'\r', u' ').replace(u'\n', u' ');
    if (s.cohort.isEmpty())
        return DeleteSessionsCommand::tr("Deleted session %1 (%2, %3).")
            .arg(QString::number(s.id), s.date.toString(Qt::ISODate), title);
    return DeleteSessionsCommand::tr("Deleted session %1 (%2, %3, cohort %4).")
        .arg(QString::number(s.id), s.date.toString(Qt::ISODate), title, s.cohort);
}

} // namespace

bool DeleteSessionsCommand::isDeleteOption(const QString &argument)
{
    for (const QLatin1String option : {DeleteOption, OlderThanOption}) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

int DeleteSessionsCommand::run(const QStringList &arguments, const QString &dataFolder)
{
    QList<qint64> ids;
    QString olderThan;
    bool byAge = false;
    QString error;
    for (int i = 0; i < arguments.size() && error.isEmpty(); ++i) {
        QString value;
        if (Cli::takeOptionValue(arguments, i, DeleteOption, &value, &error)) {
            if (!error.isEmpty())
                break;
            bool numeric = false;
            const qint64 id = value.toLongLong(&numeric);
            if (!numeric || id <= 0)
                error = tr("the session id must be a whole number above 0, not \"%1\"").arg(value);
            else if (!ids.contains(id))
                ids.append(id);
        } else if (Cli::takeOptionValue(arguments, i, OlderThanOption, &olderThan, &error)) {
            byAge = true;
        } else {
            error = tr("unknown argument %1 for sessions --delete or --older-than")
                        .arg(arguments.at(i));
        }
    }
    if (!error.isEmpty())
        return Cli::reportUsageError(error);
    if (byAge && !ids.isEmpty())
        return Cli::reportUsageError(tr("--delete and --older-than do not go together"));
    int months = 0;
    if (byAge) {
        bool numeric = false;
        months = olderThan.toInt(&numeric);
        if (!numeric || months < 1 || months > Retention::MaxMonths)
            return Cli::reportUsageError(
                tr("--older-than needs a number of months from 1 to %1, not \"%2\"")
                    .arg(Retention::MaxMonths)
                    .arg(olderThan));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString folder = QDir::toNativeSeparators(dataFolder);
    // A folder without a database has no sessions; do not create one to delete nothing.
    if (!QFileInfo::exists(QDir(dataFolder).filePath(SessionStore::fileName()))) {
        if (byAge) {
            out << tr("No sessions in %1 are older than %n month(s).", nullptr, months).arg(folder)
                << '\n';
            return Cli::Success;
        }
        err << tr("There is no session %1 in %2; \"upstander sessions\" lists them.")
                   .arg(ids.constFirst())
                   .arg(folder)
            << '\n';
        return Cli::Failure;
    }
    SessionStore store;
    if (!store.open(dataFolder, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }

    QList<SessionSummary> deleted;
    if (byAge) {
        const Retention::Deletion deletion =
            Retention::deleteOlderThan(store, months, QDate::currentDate());
        deleted = deletion.deleted;
        error = deletion.error;
    } else {
        // Every id is checked before anything is deleted: a typing mistake deletes nothing.
        const QList<SessionSummary> all = store.sessions();
        QList<SessionSummary> chosen;
        for (const qint64 id : std::as_const(ids)) {
            const auto found = std::find_if(all.cbegin(), all.cend(),
                                            [id](const SessionSummary &s) { return s.id == id; });
            if (found == all.cend()) {
                err << tr("There is no session %1 in %2; \"upstander sessions\" lists them. "
                          "Nothing was deleted.")
                           .arg(id)
                           .arg(folder)
                    << '\n';
                return Cli::Failure;
            }
            chosen.append(*found);
        }
        for (const SessionSummary &s : std::as_const(chosen)) {
            if (!store.deleteSession(s.id, &error))
                break;
            deleted.append(s);
        }
    }
    for (const SessionSummary &s : std::as_const(deleted))
        out << describe(s) << '\n';
    if (byAge && deleted.isEmpty() && error.isEmpty())
        out << tr("No sessions in %1 are older than %n month(s).", nullptr, months).arg(folder)
            << '\n';
    if (!error.isEmpty()) {
        err << tr("Not every session could be deleted: %1").arg(error) << '\n';
        return Cli::Failure;
    }
    return Cli::Success;
}
