#include "participant/staticfiles.h"

#include "languages.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace StaticFiles {

namespace {

QByteArray contentType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (suffix == QLatin1String("css"))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (suffix == QLatin1String("json"))
        return QByteArrayLiteral("application/json");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QLatin1String("ico"))
        return QByteArrayLiteral("image/x-icon");
    if (suffix == QLatin1String("woff2"))
        return QByteArrayLiteral("font/woff2");
    return QByteArrayLiteral("application/octet-stream");
}

// The languages the page may speak, from the program's one registry.
HttpReply languagesReply()
{
    QJsonArray languages;
    for (const Languages::Language &language : Languages::all())
        languages.append(QJsonObject{{QStringLiteral("code"), language.code},
                                     {QStringLiteral("name"), language.nativeName},
                                     {QStringLiteral("rtl"), language.rightToLeft}});
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(languages).toJson(QJsonDocument::Compact);
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    return reply;
}

} // namespace

std::optional<HttpReply> get(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    if (path == QLatin1String("/i18n/languages.json"))
        return languagesReply();
    const QString relative =
        path == QLatin1String("/") ? QStringLiteral("index.html") : path.mid(1);
    // Plain names only: no "..", ".", empty segments or backslashes, nothing hidden.
    for (const QString &segment : relative.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment.startsWith(QLatin1Char('.')) ||
            segment.contains(QLatin1Char('\\')))
            return std::nullopt;
    }
    QFile file(QStringLiteral(":/participant/") + relative);
    if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpReply reply;
    reply.contentType = contentType(relative);
    reply.body = file.readAll();
    // Revalidate on every load: after an update of the program, phones get the new page.
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    return reply;
}

} // namespace StaticFiles
