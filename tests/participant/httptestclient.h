#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

// Raw HTTP/1.1 over a real loopback socket, driven by the test's own event loop (the server
// runs in the same thread, so nothing may block). Raw bytes, so tests can send what no
// well-behaved client library would: bad UTF-8, lies about lengths, a byte at a time.
// Runs the event loop until `done` holds or timeoutMs pass; true if it holds. Unlike
// QTest::qWaitFor it does not sleep between checks, so a request costs a round trip, not 10 ms.
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick; // wakes the loop now and then, so the clock is looked at
    tick.start(5);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};

class RawConnection
{
public:
    // `from`: the local address to connect from (127.0.0.x), so tests can play several hosts.
    explicit RawConnection(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull())
            mSocket.bind(from);
        mSocket.connectToHost(QHostAddress::LocalHost, port);
        waitUntil([this] { return mSocket.state() == QAbstractSocket::ConnectedState; }, 2000);
    }

    bool isConnected() const { return mSocket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return mSocket; }

    void write(const QByteArray &bytes)
    {
        mSocket.write(bytes);
        mSocket.flush();
    }

    // One complete response, or std::nullopt if none arrived within timeoutMs.
    std::optional<HttpResponse> read(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        std::optional<HttpResponse> response;
        waitUntil(
            [&] {
                mBuffer += mSocket.readAll();
                response = parse();
                return response.has_value() || mSocket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        if (!response) {
            mBuffer += mSocket.readAll();
            response = parse();
        }
        if (response)
            response->elapsedMs = clock.elapsed();
        return response;
    }

    // Whether the server closed the connection within timeoutMs.
    bool waitClosed(int timeoutMs)
    {
        return waitUntil(
            [this] {
                mSocket.readAll();
                return mSocket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

private:
    std::optional<HttpResponse> parse()
    {
        const qsizetype end = mBuffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        HttpResponse r;
        const QList<QByteArray> lines = mBuffer.left(end).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append(
                    {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qsizetype length = r.header("content-length").toLongLong();
        if (mBuffer.size() < end + 4 + length)
            return std::nullopt;
        r.body = mBuffer.mid(end + 4, length);
        mBuffer.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket mSocket;
    QByteArray mBuffer;
};

// Builds requests the way a browser's fetch() does.
inline QByteArray httpRequest(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body = {}, const QByteArray &token = {},
                              const QByteArray &contentType = "application/json",
                              bool keepAlive = true)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "X-Upstander-Token: " + token + "\r\n";
    if (method == "POST") {
        if (!contentType.isEmpty())
            r += "Content-Type: " + contentType + "\r\n";
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    if (!keepAlive)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

// One request on a fresh connection.
inline HttpResponse exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000,
                             const QHostAddress &from = QHostAddress())
{
    RawConnection connection(port, from);
    connection.write(request);
    return connection.read(timeoutMs).value_or(HttpResponse());
}
