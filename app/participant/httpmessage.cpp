#include "participant/httpmessage.h"

#include <QJsonDocument>

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

HttpReply HttpReply::error(int status, const QString &key, const QString &message)
{
    return json(status, {{QStringLiteral("error"), key}, {QStringLiteral("message"), message}});
}

QList<std::pair<QByteArray, QByteArray>> HttpReply::allHeaders() const
{
    QList<std::pair<QByteArray, QByteArray>> all;
    if (!contentType.isEmpty())
        all.append({QByteArrayLiteral("Content-Type"), contentType});
    if (stream)
        all.append({QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")});
    else
        all.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    all.append({QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'self'; frame-ancestors 'none'")});
    all.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    all.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    all.append(headers);
    return all;
}

QByteArray HttpReply::toBytes(bool closeConnection, bool withBody) const
{
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : allHeaders())
        bytes += name + ": " + value + "\r\n";
    if (closeConnection)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    if (withBody && !stream)
        bytes += body;
    return bytes;
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    }
    return QByteArrayLiteral("Unknown");
}
