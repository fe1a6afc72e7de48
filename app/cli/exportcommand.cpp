#include "cli/exportcommand.h"

#include "cli/usage.h"
#include "export/csvexport.h"
#include "export/filewriter.h"
#include "export/jsonexport.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>

namespace {

using Builder = QByteArray (*)(const SessionData &data, const ExportInfo &info);

QByteArray csv(const SessionData &data, const ExportInfo &info)
{
    return SessionExport::bytes(data, ExportFormat::Csv, info);
}

QByteArray json(const SessionData &data, const ExportInfo &info)
{
    return SessionExport::bytes(data, ExportFormat::Json, info);
}

// The export formats by name. A format without a builder is graphic: the charts and the
// report (pdf, png, svg), written by the GraphicExport::Exporter the program plugs in.
struct Format
{
    QLatin1String name;
    Builder build;
};

const Format formats[] = {
    {QLatin1String("csv"), &csv},    {QLatin1String("json"), &json},
    {QLatin1String("pdf"), nullptr}, {QLatin1String("png"), nullptr},
    {QLatin1String("svg"), nullptr},
};

const Format *findFormat(const QString &name)
{
    for (const Format &f : formats) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

struct Options
{
    qint64 sessionId = 0;
    QString format;
    QString out;
    bool raw = false;
    QString chart;
    QString question;
};

GraphicExport::Exporter *graphicExporter = nullptr;

} // namespace

void ExportCommand::setGraphicExporter(GraphicExport::Exporter *exporter)
{
    graphicExporter = exporter;
}

bool ExportCommand::isGraphicFormat(const QString &format)
{
    const Format *f = findFormat(format);
    return f && !f->build;
}

int ExportCommand::run(const QStringList &arguments, const QString &dataFolder)
{
#ifdef SIGXFSZ
    // A file size limit (ulimit -f) must end like a full disk, with a message and the
    // temporary file removed, not kill the program half-way through the write.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    Options o;
    QString session;
    QString error;
    for (int i = 0; i < arguments.size() && error.isEmpty(); ++i) {
        const QString &a = arguments.at(i);
        if (Cli::takeOptionValue(arguments, i, QLatin1String("--session"), &session, &error) ||
            Cli::takeOptionValue(arguments, i, QLatin1String("--format"), &o.format, &error) ||
            Cli::takeOptionValue(arguments, i, QLatin1String("--out"), &o.out, &error) ||
            Cli::takeOptionValue(arguments, i, QLatin1String("--chart"), &o.chart, &error) ||
            Cli::takeOptionValue(arguments, i, QLatin1String("--question"), &o.question, &error))
            continue;
        if (a == QLatin1String("--raw"))
            o.raw = true;
        else
            error = tr("unknown argument %1 for export").arg(a);
    }
    if (!error.isEmpty())
        return Cli::reportUsageError(error);
    bool numeric = false;
    o.sessionId = session.toLongLong(&numeric);
    if (session.isEmpty())
        return Cli::reportUsageError(tr("export needs --session ID (see \"upstander sessions\")"));
    if (!numeric || o.sessionId <= 0)
        return Cli::reportUsageError(
            tr("the session id must be a whole number above 0, not \"%1\"").arg(session));
    if (o.out.isEmpty())
        return Cli::reportUsageError(tr("export needs --out FILE"));
    if (o.format.isEmpty())
        o.format = QFileInfo(o.out).suffix(); // "results.csv" says csv
    const Format *format = findFormat(o.format);
    if (!format)
        return Cli::reportUsageError(
            tr("unknown export format \"%1\"; use --format csv, json, pdf, png or svg")
                .arg(o.format));
    GraphicExport::Request graphic;
    if (format->build) {
        if (!o.chart.isEmpty() || !o.question.isEmpty())
            return Cli::reportUsageError(
                tr("--chart and --question go with --format pdf, png or svg, not %1")
                    .arg(format->name));
    } else {
        if (!graphicExporter)
            return Cli::reportUsageError(
                tr("export --format %1 is not available in this program; use --format csv or "
                   "--format json")
                    .arg(format->name));
        if (o.raw)
            return Cli::reportUsageError(
                tr("--raw goes with --format csv or json; charts and the report show the group "
                   "statistics only"));
        qint64 question = 0;
        if (!o.question.isEmpty()) {
            question = o.question.toLongLong(&numeric);
            if (!numeric || question <= 0)
                return Cli::reportUsageError(
                    tr("the question id must be a whole number above 0, not \"%1\"")
                        .arg(o.question));
        }
        graphic = {dataFolder, o.sessionId, QString(format->name), o.out, o.chart, question};
        const QString problem = graphicExporter->check(graphic);
        if (!problem.isEmpty())
            return Cli::reportUsageError(problem);
    }

    QTextStream err(stderr);
    if (!QFileInfo::exists(QDir(dataFolder).filePath(SessionStore::fileName()))) {
        err << tr("There are no sessions in %1 (no %2 there). Choose the folder with "
                  "--data-dir, or create a demo session with \"upstander demo\".")
                   .arg(QDir::toNativeSeparators(dataFolder), SessionStore::fileName())
            << '\n';
        return Cli::Failure;
    }
    SessionStore store;
    if (!store.open(dataFolder, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }
    const std::optional<SessionData> data = SessionExport::load(store, o.sessionId);
    if (!data) {
        err << tr("There is no session %1 in %2; \"upstander sessions\" lists them.")
                   .arg(o.sessionId)
                   .arg(QDir::toNativeSeparators(dataFolder))
            << '\n';
        return Cli::Failure;
    }
    store.close();

    if (!format->build) {
        error = graphicExporter->write(graphic);
        if (!error.isEmpty()) {
            err << error << '\n';
            return Cli::Failure;
        }
        err << tr("Session %1 exported to %2.")
                   .arg(o.sessionId)
                   .arg(QDir::toNativeSeparators(o.out))
            << '\n';
        return Cli::Success;
    }

    ExportInfo info;
    info.content = o.raw ? ExportContent::Raw : ExportContent::Aggregate;
    info.generator = QStringLiteral("upstander %1").arg(QCoreApplication::applicationVersion());
    info.exportedAt = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = format->build(*data, info);
    if (!FileWriter::write(o.out, bytes, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }
    err << tr("Session %1 exported to %2.").arg(o.sessionId).arg(QDir::toNativeSeparators(o.out))
        << '\n';
    return Cli::Success;
}

QString ExportCommand::usage()
{
    return tr("Usage: upstander export --session ID --format csv|json --out FILE [--raw]\n"
              "       upstander export --session ID --format pdf|png|svg --out FILE\n"
              "                        [--chart NAME [--question ID]]\n"
              "\n"
              "Writes one session's results to FILE, atomically: an error leaves no partial\n"
              "file. Needs no display.\n"
              "\n"
              "Options:\n"
              "  --session ID      the session, by the id \"upstander sessions\" shows\n"
              "  --format FORMAT   csv or json (the data), pdf (the report, or one chart with\n"
              "                    --chart), png or svg (one chart); without it, the\n"
              "                    extension of FILE decides\n"
              "  --out FILE        the file to write\n"
              "  --raw             with csv or json: every answer instead of the group\n"
              "                    statistics (a statistic below the session's anonymity\n"
              "                    threshold k is \"suppressed\", without numbers)\n"
              "  --chart NAME      one chart: distribution, before-after, perception-gap,\n"
              "                    decisions or cohort-trend\n"
              "  --question ID     the question of distribution and decisions\n"
              "  --data-dir DIR    the folder of the session database, by default\n"
              "                    %1\n"
              "  -h, --help        show this help and exit\n"
              "\n"
              "Exit codes: 0 written, 1 no such session, a store or file error, 2 usage error.\n"
              "Columns and the JSON format: docs/export.md.\n")
        .arg(QDir::toNativeSeparators(SessionStore::defaultFolder()));
}
