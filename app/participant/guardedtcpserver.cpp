#include "participant/guardedtcpserver.h"

#include "participant/httpmessage.h"

#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace {

// How long a refused connection is drained before it is cut, and how much of it: long enough
// for the refusal to reach a client that is still sending, short enough to free the slot.
constexpr int ClosingMs = 500;
constexpr qint64 MaxDiscardBytes = 256 * 1024;
// Room for chunked framing on top of the largest body, so only abuse reaches the hard cut.
constexpr qint64 FramingSlack = 1024;

// The declared Content-Length of a request head, -1 if there is none, -2 if it is malformed.
qint64 contentLength(const QByteArray &head)
{
    qint64 length = -1;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 ||
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 value = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || (length >= 0 && value != length))
            return -2;
        length = value;
    }
    return length;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent), mLimits(limits)
{
    // A room of phones scanning the QR code connects in a burst. Qt listens with a backlog of
    // 50; past that the kernel drops connection attempts and each of those phones waits a
    // second before it tries again (TCP's first retransmission). Room for as many as the
    // server would accept anyway (the kernel caps it at net.core.somaxconn).
    setListenBacklogSize(std::max(listenBacklogSize(), limits.maxConnections));
    // A quarter of the shortest timeout: a connection outlives its limit by at most that much.
    const int shortest = std::min({limits.requestTimeoutMs, limits.idleTimeoutMs, ClosingMs * 4});
    mSweep.setInterval(std::clamp(shortest / 4, 20, 1000));
    connect(&mSweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    mSweep.start();
}

GuardedTcpServer::~GuardedTcpServer()
{
    // The sockets are our children and go with us; they must not call back into a half-gone
    // object while they do.
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
    mConnections.clear();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (mConnections.size() >= mLimits.maxConnections && !evictOne()) {
        // Every slot holds a request being answered: say so rather than queue without bound.
        socket->write(HttpReply::error(503, QStringLiteral("busy"),
                                       QStringLiteral("The server is busy. Try again shortly."))
                          .toBytes(true));
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(ClosingMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    // A backstop for the checks below: the socket stops reading from the network (and TCP
    // stops the sender) once one request's worth is buffered.
    socket->setReadBufferSize(mLimits.maxHeaderBytes + mLimits.maxBodyBytes + FramingSlack);
    Connection &connection = mConnections[socket];
    connection.since.start();
    // Connected before QAbstractHttpServer connects its own handler (in addPendingConnection),
    // so this one sees every byte first and can refuse before anything is parsed.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { beforeRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { mConnections.remove(socket); });
    addPendingConnection(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { afterRead(socket); });
}

void GuardedTcpServer::beforeRead(QTcpSocket *socket)
{
    const auto it = mConnections.find(socket);
    if (it == mConnections.end())
        return;
    Connection &connection = *it;
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - connection.unread;
    if (fresh <= 0)
        return;
    connection.unread = available;
    if (connection.state == State::Fresh || connection.state == State::Idle) {
        connection.state = State::Receiving;
        connection.since.restart();
    }
    connection.requestBytes += fresh;
    if (!connection.headComplete)
        checkHead(socket, connection, socket->peek(available).right(fresh));
    if (connection.state != State::Closing &&
        connection.requestBytes > mLimits.maxHeaderBytes + mLimits.maxBodyBytes + FramingSlack) {
        // More than any request may hold (a chunked body, or more than it declared).
        refuse(socket, connection,
               HttpReply::error(413, QStringLiteral("too-large"),
                                QStringLiteral("A request body can be at most %1 bytes.")
                                    .arg(mLimits.maxBodyBytes)));
    }
}

void GuardedTcpServer::checkHead(QTcpSocket *socket, Connection &connection,
                                 const QByteArray &received)
{
    connection.head += received.left(mLimits.maxHeaderBytes + 4 - connection.head.size());
    const qsizetype end = connection.head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (connection.head.size() > mLimits.maxHeaderBytes) {
            refuse(socket, connection,
                   HttpReply::error(431, QStringLiteral("too-large"),
                                    QStringLiteral("A request header can be at most %1 bytes.")
                                        .arg(mLimits.maxHeaderBytes)));
        }
        return;
    }
    connection.headComplete = true;
    const QByteArray head = connection.head.left(end);
    const qint64 length = contentLength(head);
    connection.head.clear();
    // Protocol switches (WebSocket, h2c) are not served; QtHttpServer would log each attempt.
    if (head.toLower().contains("\nupgrade:")) {
        refuse(socket, connection,
               HttpReply::error(400, QStringLiteral("malformed-request"),
                                QStringLiteral("This server does not switch protocols.")));
        return;
    }
    if (length > mLimits.maxBodyBytes) {
        refuse(socket, connection,
               HttpReply::error(413, QStringLiteral("too-large"),
                                QStringLiteral("A request body can be at most %1 bytes.")
                                    .arg(mLimits.maxBodyBytes)));
    } else if (length == -2) {
        refuse(socket, connection,
               HttpReply::error(400, QStringLiteral("malformed-request"),
                                QStringLiteral("The Content-Length header is not valid.")));
    }
}

void GuardedTcpServer::afterRead(QTcpSocket *socket)
{
    const auto it = mConnections.find(socket);
    if (it != mConnections.end() && it->state != State::Closing)
        it->unread = socket->bytesAvailable();
}

void GuardedTcpServer::refuse(QTcpSocket *socket, Connection &connection, const HttpReply &reply)
{
    // Nobody else reads this socket again, not even later in this readyRead emission.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { discard(socket); });
    connection.state = State::Closing;
    connection.since.restart();
    connection.discarded = 0;
    socket->write(reply.toBytes(true));
    discard(socket);
}

void GuardedTcpServer::discard(QTcpSocket *socket)
{
    const auto it = mConnections.find(socket);
    if (it == mConnections.end())
        return;
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    it->discarded += socket->skip(socket->bytesAvailable());
    if (it->discarded > MaxDiscardBytes) {
        forget(socket);
        socket->abort();
    }
}

void GuardedTcpServer::requestStarted(QTcpSocket *socket)
{
    const auto it = mConnections.find(socket);
    if (it == mConnections.end() || it->state == State::Closing)
        return;
    it->state = State::Handling;
    it->requestBytes = 0;
    it->head.clear();
    it->headComplete = false;
    it->since.restart();
}

void GuardedTcpServer::requestFinished(QTcpSocket *socket)
{
    const auto it = mConnections.find(socket);
    if (it == mConnections.end() || it->state != State::Handling)
        return;
    it->state = State::Idle;
    it->since.restart();
}

void GuardedTcpServer::forget(QTcpSocket *socket)
{
    mConnections.remove(socket);
}

bool GuardedTcpServer::evictOne()
{
    QTcpSocket *oldest = nullptr;
    qint64 oldestMs = -1;
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it) {
        if (it->state == State::Handling)
            continue; // a request being answered is never dropped for a newcomer
        // Connections already being closed go first: they free their slot anyway.
        const qint64 ms =
            it->state == State::Closing ? std::numeric_limits<qint64>::max() : it->since.elapsed();
        if (ms > oldestMs) {
            oldestMs = ms;
            oldest = it.key();
        }
    }
    if (!oldest)
        return false;
    forget(oldest);
    oldest->abort();
    return true;
}

void GuardedTcpServer::sweep()
{
    QList<QTcpSocket *> expired;
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it) {
        const qint64 ms = it->since.elapsed();
        switch (it->state) {
        case State::Fresh:
        case State::Receiving:
            if (ms > mLimits.requestTimeoutMs)
                expired.append(it.key());
            break;
        case State::Idle:
            if (ms > mLimits.idleTimeoutMs)
                expired.append(it.key());
            break;
        case State::Closing:
            if (ms > ClosingMs)
                expired.append(it.key());
            break;
        case State::Handling:
            break;
        }
    }
    for (QTcpSocket *socket : std::as_const(expired)) {
        forget(socket);
        socket->abort();
    }
}

void GuardedTcpServer::abortAll()
{
    const QList<QTcpSocket *> sockets = mConnections.keys();
    mConnections.clear();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}
