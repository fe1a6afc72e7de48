#include "participant/phoneconnection.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#define UPSTANDER_SHUT_WR SD_SEND
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#define UPSTANDER_SHUT_WR SHUT_WR
#endif

namespace {

// Unacknowledged data older than this means the phone is gone (it left the Wi-Fi): the kernel
// gives up on the connection instead of retrying for a quarter of an hour.
constexpr int UnacknowledgedMs = 30000;
// A closing connection is drained of what the client still sends (so our answer is not lost to
// a reset), but only this much.
constexpr qint64 MaxDiscardBytes = 256 * 1024;

} // namespace

PhoneConnection::PhoneConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits,
                                 const AllowedHosts *hosts, QObject *parent)
    : QObject(parent), mSocket(socket), mPeer(peerOf(socket)), mParser(limits, hosts)
{
    mSocket->setParent(this);
    // What a socket buffers beyond one request waits in TCP.
    mSocket->setReadBufferSize(HttpRequestParser::maxRequestBytes(limits));
    mSince.start();
    mProgress.start();
#ifdef TCP_USER_TIMEOUT
    const unsigned int unacknowledged = UnacknowledgedMs;
    setsockopt(int(mSocket->socketDescriptor()), IPPROTO_TCP, TCP_USER_TIMEOUT, &unacknowledged,
               sizeof unacknowledged);
#endif
    connect(mSocket, &QTcpSocket::readyRead, this, &PhoneConnection::process);
    connect(mSocket, &QTcpSocket::bytesWritten, this, &PhoneConnection::written);
    connect(mSocket, &QTcpSocket::disconnected, this, &PhoneConnection::finish);
    connect(mSocket, &QTcpSocket::errorOccurred, this, [this] {
        if (mSocket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

QHostAddress PhoneConnection::peerOf(const QTcpSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

PhoneConnection::~PhoneConnection()
{
    disconnect(mSocket, nullptr, this, nullptr);
}

bool PhoneConnection::isEvictable() const
{
    // Only a kept-alive connection after an answer (clients expect those to be closed at any
    // time and send again); a new one is about to send its first request.
    if (mState != State::Idle)
        return false;
    if (!mIn.isEmpty() || mParser.hasStarted() || mSocket->bytesAvailable() > 0 ||
        mSocket->bytesToWrite() > 0)
        return false;
    // A request may have arrived that this loop has not read yet: it is in the kernel's buffer.
    const qintptr fd = mSocket->socketDescriptor();
    if (fd < 0)
        return true;
#ifdef Q_OS_WIN
    u_long pending = 0;
    if (ioctlsocket(SOCKET(fd), FIONREAD, &pending) != 0)
        return false;
#else
    int pending = 0;
    if (ioctl(int(fd), FIONREAD, &pending) != 0)
        return false;
#endif
    return pending == 0;
}

void PhoneConnection::setState(State state)
{
    const State from = std::exchange(mState, state);
    mSince.restart();
    if (from != state)
        emit stateChanged(this, from, state);
}

void PhoneConnection::process()
{
    if (mState == State::Closing) {
        mDiscarded += mSocket->skip(mSocket->bytesAvailable());
        if (mDiscarded > MaxDiscardBytes)
            abort();
        return;
    }
    // The answer before has to be on its way first: a client that does not read is not given
    // a second one to hold.
    if (mWaitForDrain)
        return;
    while (mState == State::Fresh || mState == State::Receiving || mState == State::Idle) {
        if (mSocket->bytesAvailable() > 0)
            mIn += mSocket->readAll(); // at most the read buffer's size
        // Empty lines before a request line are ignored (RFC 9112 §2.2).
        while (!mParser.hasStarted() && mIn.startsWith("\r\n"))
            mIn.remove(0, 2);
        if (mIn.isEmpty())
            return;
        if (mState != State::Receiving)
            setState(State::Receiving);
        HttpRequestParser::Result result;
        mIn.remove(0, mParser.feed(mIn, &result));
        if (result == HttpRequestParser::Result::NeedMore) {
            if (mSocket->bytesAvailable() == 0)
                return;
            continue;
        }
        if (result == HttpRequestParser::Result::Refused) {
            refuse(mParser.refusal());
            return;
        }
        HttpRequest request = mParser.request();
        request.peer = mPeer;
        mParser.reset();
        mHeadOnly = request.method == HttpRequest::Method::Head;
        mCloseAfter = request.closeAfter;
        setState(State::Handling);
        emit requestReady(this, request);
        return;
    }
}

void PhoneConnection::answer(const HttpReply &reply)
{
    if (mState != State::Handling)
        return;
    if (send(reply.toBytes(mCloseAfter, !mHeadOnly)) < 0) {
        abort(); // the connection is gone: the answer was not delivered
        return;
    }
    mUndelivered = mRequestId;
    mRequestId = 0;
    if (mCloseAfter) {
        setState(State::Closing);
        closeGracefully();
        return;
    }
    setState(State::Idle);
    mWaitForDrain = true; // until bytesWritten says the answer has left
}

void PhoneConnection::beginStream(const HttpReply &head)
{
    if (mState != State::Handling)
        return;
    send(head.toBytes(true, false));
    setState(State::Streaming);
}

void PhoneConnection::push(const QByteArray &event)
{
    if (mState != State::Streaming)
        return;
    const QByteArray chunk = QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
    mSince.restart();
    if (mSocket->bytesToWrite() > 0) {
        mPendingEvent = chunk; // the phone is slow: only the newest state is worth sending
        return;
    }
    send(chunk);
}

void PhoneConnection::ping()
{
    if (mState == State::Streaming && mSocket->bytesToWrite() == 0 && mPendingEvent.isEmpty())
        push(QByteArrayLiteral(":\n\n"));
    mSince.restart();
}

void PhoneConnection::endStream()
{
    if (mState != State::Streaming)
        return;
    if (!mPendingEvent.isEmpty())
        send(std::exchange(mPendingEvent, {}));
    send("0\r\n\r\n");
    mRequestId = 0;
    setState(State::Closing);
    closeGracefully();
}

void PhoneConnection::refuse(const HttpReply &reply)
{
    if (mState == State::Closing)
        return;
    send(reply.toBytes(true)); // a refusal is never the answer to a HEAD request
    mRequestId = 0;
    mIn.clear();
    setState(State::Closing);
    closeGracefully();
    process(); // drain what is already here
}

qint64 PhoneConnection::send(const QByteArray &bytes)
{
    if (mSocket->bytesToWrite() == 0)
        mProgress.restart(); // output starts waiting now
    return mSocket->write(bytes);
}

qint64 PhoneConnection::stalledMs() const
{
    return mSocket->bytesToWrite() > 0 ? mProgress.elapsed() : 0;
}

void PhoneConnection::written()
{
    mProgress.restart();
    if (mSocket->bytesToWrite() > 0)
        return;
    if (mState == State::Streaming && !mPendingEvent.isEmpty()) {
        send(std::exchange(mPendingEvent, {}));
        return;
    }
    if (const quint64 id = std::exchange(mUndelivered, 0))
        emit delivered(id);
    if (mState == State::Closing) {
        closeGracefully();
        return;
    }
    if (mWaitForDrain) {
        mWaitForDrain = false;
        process(); // a pipelined request may be waiting
    }
}

void PhoneConnection::closeGracefully()
{
    // Once everything is written, our side is shut (the client reads the answer, then EOF);
    // what the client still sends is drained until it closes too or the closing time is up.
    if (mShutDown || mSocket->bytesToWrite() > 0)
        return;
    mShutDown = true;
    mSince.restart(); // the drain's time begins now, not when the answer was queued
    if (mSocket->socketDescriptor() >= 0)
        ::shutdown(int(mSocket->socketDescriptor()), UPSTANDER_SHUT_WR);
}

void PhoneConnection::expire()
{
    if (mState == State::Receiving) {
        refuse(HttpReply::error(408, QStringLiteral("timeout"),
                                QStringLiteral("The request did not arrive in time.")));
        return;
    }
    abort();
}

void PhoneConnection::abort()
{
    mSocket->abort();
    finish();
}

void PhoneConnection::finish()
{
    if (std::exchange(mFinished, true))
        return;
    emit finished(this);
}
