#include "scenario/scenarioloader.h"

#include "scenario/scenariochecker.h"
#include "scenario/scenarioreader.h"
#include "scenario/yamltree.h"

#include <QFile>

#include <algorithm>

namespace {

// Position (1-based line and column, in characters) of the first byte that is not valid
// UTF-8, or of a NUL byte (a sign of UTF-16 or binary data); {0, 0} when the text is clean.
SourcePosition firstEncodingProblem(const QByteArray &data, bool *isNul)
{
    int line = 1;
    int column = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int length = 0;
        char32_t minimum = 0;
        if (c == 0) {
            *isNul = true;
            return {line, column};
        }
        if (c < 0x80) {
            length = 1;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return {line, column};
        }
        if (i + length > n)
            return {line, column};
        char32_t code = length == 1 ? c : c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return {line, column};
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (length > 1 && (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)))
            return {line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return {0, 0};
}

} // namespace

ScenarioLoadResult ScenarioLoader::loadFile(const QString &path)
{
    ScenarioLoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                                   tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    // Read one byte past the limit so an oversized file is refused without reading it whole.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                                   tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return loadData(data, path);
}

ScenarioLoadResult ScenarioLoader::loadData(const QByteArray &data, const QString &fileName)
{
    ScenarioLoadResult result;
    Diagnostics &d = result.diagnostics;
    if (data.size() > MaxFileSize) {
        d.append({Diagnostic::Severity::Error, fileName, 1, 1,
                  tr("the file is larger than 1 MiB; scenario files are a few kilobytes")});
        return result;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        d.append({Diagnostic::Severity::Error, fileName, 1, 1,
                  tr("the file is UTF-16 text; save it as UTF-8")});
        return result;
    }
    bool isNul = false;
    const SourcePosition bad = firstEncodingProblem(data, &isNul);
    if (bad.line > 0) {
        d.append({Diagnostic::Severity::Error, fileName, bad.line, bad.column,
                  isNul ? tr("the file contains a NUL byte; scenario files must be UTF-8 text "
                             "(is it UTF-16 or binary?)")
                        : tr("the file is not valid UTF-8; save it as UTF-8")});
        return result;
    }

    const YamlNode root = parseYaml(data, fileName, d);
    if (hasErrors(d))
        return result;
    Scenario scenario = ScenarioReader::read(root, fileName, d);
    ScenarioChecker::check(scenario, d);
    std::stable_sort(d.begin(), d.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    if (!hasErrors(d))
        result.scenario = std::move(scenario);
    return result;
}
