#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <utility>

// One HTTP exchange as plain values, so that only HttpFrontEnd sees QtHttpServer's types (a
// technical preview in Qt 6.4 whose API changes in later versions).
struct HttpRequest
{
    enum class Method { Get, Post, Other };

    quint64 id = 0; // names the request when it is answered later (HttpFrontEnd::reply)
    Method method = Method::Other;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The value of a header (names compared without case), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides the ones every reply carries

    // A JSON reply; API replies are never cached.
    static HttpReply json(int status, const QJsonObject &object);
    // A refusal as docs/participant-api.md describes it: {"error": key, "message": message}.
    static HttpReply error(int status, const QString &key, const QString &message);

    // What every reply carries besides its own headers: its type and length, and headers that
    // keep a browser from sniffing types, framing the page or loading anything from elsewhere.
    QList<std::pair<QByteArray, QByteArray>> allHeaders() const;
    // The complete response, for replies written without QtHttpServer (refusals made before a
    // request is complete).
    QByteArray toBytes(bool closeConnection) const;
    static QByteArray reasonPhrase(int status);
};
