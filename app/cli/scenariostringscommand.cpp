#include "cli/scenariostringscommand.h"

#include "cli/usage.h"
#include "scenario/linguistfile.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenariotext.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

int ScenarioStringsCommand::run(const QStringList &arguments)
{
    QString tsPath;
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--ts")) {
            if (i + 1 >= arguments.size())
                return Cli::reportUsageError(tr("option --ts needs a file name"));
            tsPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return Cli::reportUsageError(tr("unknown option %1 for scenario-strings").arg(a));
        } else {
            files.append(a);
        }
    }
    if (tsPath.isEmpty() || files.isEmpty())
        return Cli::reportUsageError(
            tr("scenario-strings needs --ts FILE.ts and at least one scenario file"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<LinguistFile::Message> sources;
    bool failed = false;
    for (const QString &file : files) {
        const ScenarioLoadResult result = ScenarioLoader::loadFile(file);
        if (!result.scenario) {
            for (const Diagnostic &d : result.diagnostics)
                out << d.toString() << '\n';
            failed = true;
            continue;
        }
        for (const ScenarioText::Entry &entry : ScenarioText::entries(*result.scenario))
            sources.append({entry.id, entry.source, QString(), false, entry.comment});
    }
    if (failed) {
        err << tr("No translation file written: fix the scenario files first.") << '\n';
        return Cli::Failure;
    }

    LinguistFile existing;
    QString error;
    if (!LinguistFile::read(tsPath, &existing, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }
    if (existing.language.isEmpty()) {
        // "scenarios_de.ts" → "de"
        static const QRegularExpression suffix(
            QStringLiteral("_([A-Za-z]{2,3}(?:_[A-Za-z]{2})?)$"));
        existing.language = suffix.match(QFileInfo(tsPath).completeBaseName()).captured(1);
    }
    const LinguistFile merged = existing.merged(sources);
    if (!merged.write(tsPath, &error)) {
        err << error << '\n';
        return Cli::Failure;
    }
    err << tr("%1: %n message(s), %2 unfinished.", nullptr, int(merged.messages.size()))
               .arg(tsPath)
               .arg(merged.unfinishedCount())
        << '\n';
    return Cli::Success;
}

QString ScenarioStringsCommand::usage()
{
    return tr("Usage: upstander scenario-strings --ts FILE.ts SCENARIO...\n"
              "\n"
              "Writes the translatable texts of the scenarios into the Qt Linguist file\n"
              "FILE.ts, keeping the translations already made there. The language comes from\n"
              "the file, or from its name (scenarios_de.ts is German). Nothing is written\n"
              "while a scenario has errors.\n"
              "\n"
              "Options:\n"
              "  --ts FILE.ts   the translation file to create or update\n"
              "  -h, --help     show this help and exit\n"
              "\n"
              "Exit codes: 0 written, 1 a scenario or the file could not be read or written,\n"
              "2 usage error. Translating scenarios: docs/translations.md.\n");
}
