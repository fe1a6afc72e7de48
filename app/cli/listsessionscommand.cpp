#include "cli/listsessionscommand.h"

#include "cli/deletesessionscommand.h"
#include "cli/usage.h"
#include "store/retention.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

// TSV (IANA text/tab-separated-values) has no quoting: tabs and line breaks become spaces.
QString tsvField(QString text)
{
    text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

// Titles may hold line breaks too; a table row stays on one line.
QString oneLine(QString text)
{
    return text.replace(u'\r', u' ').replace(u'\n', u' ');
}

} // namespace

int ListSessionsCommand::run(const QStringList &arguments, const QString &dataFolder)
{
    for (const QString &a : arguments) {
        if (DeleteSessionsCommand::isDeleteOption(a))
            return DeleteSessionsCommand::run(arguments, dataFolder);
    }
    bool tsv = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString format;
        if (a == QLatin1String("--format")) {
            if (i + 1 >= arguments.size())
                return Cli::reportUsageError(tr("option --format needs a value"));
            format = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else {
            return Cli::reportUsageError(tr("unknown argument %1 for sessions").arg(a));
        }
        if (format == QLatin1String("tsv"))
            tsv = true;
        else if (format == QLatin1String("table"))
            tsv = false;
        else
            return Cli::reportUsageError(
                tr("unknown format \"%1\" for sessions; use table or tsv").arg(format));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<SessionSummary> sessions;
    // A folder without a database has no sessions; do not create one just to list nothing.
    if (QFileInfo::exists(QDir(dataFolder).filePath(SessionStore::fileName()))) {
        SessionStore store;
        QString error;
        if (!store.open(dataFolder, &error)) {
            err << error << '\n';
            return Cli::Failure;
        }
        sessions = store.sessions();
    }

    const QStringList header{tr("ID"), tr("DATE"), tr("TITLE"), tr("COHORT"), tr("ANSWERS")};
    if (tsv) {
        // Untranslated, fixed column names: this form is for scripts.
        out << "id\tdate\ttitle\tcohort\tanswers\n";
        for (const SessionSummary &s : std::as_const(sessions)) {
            out << s.id << '\t' << s.date.toString(Qt::ISODate) << '\t' << tsvField(s.title) << '\t'
                << tsvField(s.cohort) << '\t' << s.answerCount << '\n';
        }
        return Cli::Success;
    }
    if (sessions.isEmpty()) {
        out << tr("No sessions in %1 yet. Create a demo session with \"upstander demo\".")
                   .arg(QDir::toNativeSeparators(dataFolder))
            << '\n';
        return Cli::Success;
    }

    QList<QStringList> rows{header};
    for (const SessionSummary &s : std::as_const(sessions)) {
        rows.append({QString::number(s.id), s.date.toString(Qt::ISODate), oneLine(s.title),
                     s.cohort.isEmpty() ? QStringLiteral("-") : oneLine(s.cohort),
                     QString::number(s.answerCount)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    // Numbers (id, answers) right-aligned, text left-aligned, two spaces between columns.
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool number = c == 0 || c == row.size() - 1;
            if (c > 0)
                line += QLatin1String("  ");
            line += number ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
        }
        out << line << '\n';
    }
    return Cli::Success;
}

QString ListSessionsCommand::usage()
{
    return tr("Usage: upstander sessions [--format table|tsv]\n"
              "       upstander sessions --delete ID [--delete ID...]\n"
              "       upstander sessions --older-than N\n"
              "\n"
              "Lists the sessions in the data folder, newest first: id, date, title, cohort\n"
              "and number of answers. Or deletes sessions with all of their answers, tallies\n"
              "and commitments; nothing of them stays readable in the database file.\n"
              "Deleting asks nothing and prints one line per deleted session.\n"
              "\n"
              "Options:\n"
              "  --format table|tsv   an aligned table (the default), or tab-separated values\n"
              "                       with a fixed header, for scripts\n"
              "  --delete ID          delete session ID (see the list); may be given more than\n"
              "                       once; an unknown ID deletes nothing and exits with 1\n"
              "  --older-than N       delete every session dated more than N months before\n"
              "                       today (N from 1 to %1)\n"
              "  --data-dir DIR       the folder of the session database, by default\n"
              "                       %2\n"
              "  -h, --help           show this help and exit\n"
              "\n"
              "Exit codes: 0 done, 1 no such session or the store refused, 2 usage error.\n"
              "More: docs/export.md.\n")
        .arg(Retention::MaxMonths)
        .arg(QDir::toNativeSeparators(SessionStore::defaultFolder()));
}
