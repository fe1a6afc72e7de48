#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <utility>

// One HTTP exchange as plain values: what HttpRequestParser read, and what the participant
// server answers (PhoneListener writes it).
struct HttpRequest
{
    enum class Method { Get, Head, Post, Other };

    quint64 id = 0; // names the request when it is answered later (PhoneListener::answer)
    Method method = Method::Other;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool closeAfter = false; // "Connection: close", or HTTP/1.0 without keep-alive
    int version = 11;        // 10 for HTTP/1.0, 11 for HTTP/1.1

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
    // A stream of events that goes on after the head (GET /api/live): no Content-Length, the
    // body in chunks, the connection closed when the stream ends.
    bool stream = false;

    // A JSON reply; API replies are never cached.
    static HttpReply json(int status, const QJsonObject &object);
    // A refusal as docs/participant-api.md describes it: {"error": key, "message": message}.
    static HttpReply error(int status, const QString &key, const QString &message);

    // What every reply carries besides its own headers: its type and length, and headers that
    // keep a browser from sniffing types, framing the page or loading anything from elsewhere.
    QList<std::pair<QByteArray, QByteArray>> allHeaders() const;
    // The complete response (its head only for a stream, or when the request was HEAD).
    QByteArray toBytes(bool closeConnection, bool withBody = true) const;
    static QByteArray reasonPhrase(int status);
};
