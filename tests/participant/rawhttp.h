#pragma once

#include "httptestclient.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

// A raw HTTP/1.1 connection that keeps everything the server sends, in order, and tells a
// response from a connection closed without one. Beside what RawConnection does it reads
// several responses in a row (pipelining), responses without a body (HEAD) and chunked ones,
// and it can be opened without waiting, so many connections reach the server in one burst.
class RawHttpConnection
{
public:
    RawHttpConnection(quint16 port, const QHostAddress &from, bool wait = true)
    {
        if (!from.isNull())
            mSocket.bind(from);
        mSocket.connectToHost(QHostAddress::LocalHost, port);
        if (wait)
            waitUntil([this] { return !isConnecting(); }, 2000);
    }

    QTcpSocket &socket() { return mSocket; }
    bool isConnecting() const
    {
        return mSocket.state() == QAbstractSocket::HostLookupState ||
               mSocket.state() == QAbstractSocket::ConnectingState;
    }
    bool isConnected() const { return mSocket.state() == QAbstractSocket::ConnectedState; }

    void write(const QByteArray &bytes)
    {
        mSocket.write(bytes);
        mSocket.flush();
    }

    // The next response if it has arrived completely (taken off the connection), without
    // waiting. `bodiless`: the answer to a HEAD request, whatever its Content-Length says.
    std::optional<HttpResponse> next(bool bodiless = false)
    {
        mBuffer += mSocket.readAll();
        return parse(bodiless);
    }

    // The next response, or std::nullopt if the connection closed or timeoutMs passed first.
    std::optional<HttpResponse> read(int timeoutMs = 5000, bool bodiless = false)
    {
        QElapsedTimer clock;
        clock.start();
        std::optional<HttpResponse> response;
        waitUntil(
            [&] {
                response = next(bodiless);
                return response.has_value() || isClosed();
            },
            timeoutMs);
        if (!response)
            response = next(bodiless);
        if (response)
            response->elapsedMs = clock.elapsed();
        return response;
    }

    // Whether the connection is gone (closed by the server, reset, or never made).
    bool isClosed() const { return mSocket.state() == QAbstractSocket::UnconnectedState; }

    // Whether the server closed the connection within timeoutMs. What arrived meanwhile stays
    // in unparsed(): after a last response there must be nothing.
    bool waitClosed(int timeoutMs)
    {
        const bool closed = waitUntil(
            [this] {
                mBuffer += mSocket.readAll();
                return isClosed();
            },
            timeoutMs);
        mBuffer += mSocket.readAll();
        return closed;
    }

    QByteArray unparsed() const { return mBuffer; }

private:
    std::optional<HttpResponse> parse(bool bodiless)
    {
        const qsizetype end = mBuffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        HttpResponse r;
        const QList<QByteArray> lines = mBuffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.first().startsWith("HTTP/1."))
            r.status = statusLine.value(1).toInt(); // anything else stays 0: not a response
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append(
                    {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        qsizetype consumed = end + 4;
        const bool noBody =
            bodiless || r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200);
        if (!noBody && r.header("transfer-encoding").toLower().contains("chunked")) {
            // Chunks until the last (size 0) and its empty trailer.
            qsizetype at = consumed;
            while (true) {
                const qsizetype lineEnd = mBuffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    return std::nullopt;
                bool ok = false;
                const qsizetype size =
                    mBuffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok)
                    return std::nullopt;
                if (size == 0) {
                    const qsizetype trailerEnd = mBuffer.indexOf("\r\n\r\n", lineEnd);
                    if (trailerEnd < 0)
                        return std::nullopt;
                    consumed = trailerEnd + 4;
                    break;
                }
                if (mBuffer.size() < lineEnd + 2 + size + 2)
                    return std::nullopt;
                r.body += mBuffer.mid(lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        } else if (!noBody) {
            const qsizetype length = r.header("content-length").toLongLong();
            if (mBuffer.size() < consumed + length)
                return std::nullopt;
            r.body = mBuffer.mid(consumed, length);
            consumed += length;
        }
        mBuffer.remove(0, consumed);
        return r;
    }

    QTcpSocket mSocket;
    QByteArray mBuffer;
};

// 127.0.GROUP.(INDEX + 1): one address per simulated host, from 127.0.0.0/8 (all loopback).
inline QHostAddress loopbackHost(int group, int index)
{
    return QHostAddress(
        QStringLiteral("127.0.%1.%2").arg(group + index / 250).arg(index % 250 + 1));
}

// The test process's resident memory in KiB (VmRSS), or -1 when /proc cannot tell.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
