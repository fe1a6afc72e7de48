#include "participant/phonelistener.h"

#include "participant/phoneconnection.h"

#include <QTcpSocket>

#include <algorithm>
#include <utility>
#include <vector>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// How long a closing connection is drained before it is cut: long enough for the answer to
// reach a client that is still sending, short enough to free the place.
constexpr int ClosingMs = 500;
// File descriptors the program needs besides the phones' (the database, translations, X11).
constexpr int SpareFiles = 128;
constexpr int AcceptAgainMs = 200;

} // namespace

PhoneListener::PhoneListener(const Limits &limits, Handler handler, QObject *parent)
    : QTcpServer(parent), mLimits(limits), mHandler(std::move(handler))
{
    // A room of phones scanning the QR code connects in a burst. Qt listens with a backlog of
    // 50; past that the kernel drops connection attempts and each of those phones waits a
    // second before it tries again (TCP's first retransmission).
    setListenBacklogSize(std::max(listenBacklogSize(), limits.maxConnections + limits.maxStreams));
    const int shortest = std::min({limits.requestTimeoutMs, limits.idleTimeoutMs, ClosingMs * 4});
    mSweep.setInterval(std::clamp(shortest / 4, 20, 1000));
    connect(&mSweep, &QTimer::timeout, this, &PhoneListener::sweep);
    // Qt stops accepting after an accept() that failed for want of resources (descriptors,
    // memory): start again a moment later, when closing connections have freed some.
    connect(this, &QTcpServer::acceptError, this, [this] {
        QTimer::singleShot(AcceptAgainMs, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

PhoneListener::~PhoneListener()
{
    abortAll();
}

bool PhoneListener::start(const QHostAddress &address, quint16 port)
{
    raiseOpenFileLimit();
    if (!listen(address, port))
        return false;
    mHosts.setServer(serverAddress(), serverPort());
    mSweep.start();
    return true;
}

void PhoneListener::raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    // Every phone holds a stream and now and then a request: the usual soft limit of 1,024 open
    // files would refuse a keynote room at the door.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return;
    // Requests, streams, and refused connections lingering while their refusal is read (up to
    // twice the request places: the flood guard in incomingConnection()).
    const rlim_t wanted =
        rlim_t(mLimits.maxConnections) * 3 + rlim_t(mLimits.maxStreams) + SpareFiles;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < wanted) {
        files.rlim_cur =
            files.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
    }
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY &&
        files.rlim_cur < wanted) {
        // The system allows fewer: share what there is, so accepting never fails for want of
        // a descriptor (the caps then refuse with 503 instead).
        const double share = double(files.rlim_cur - std::min<rlim_t>(files.rlim_cur, SpareFiles)) /
                             double(wanted - SpareFiles);
        mLimits.maxConnections = std::max(16, int(mLimits.maxConnections * share));
        mLimits.maxStreams = std::max(16, int(mLimits.maxStreams * share));
    }
#endif
}

void PhoneListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
#ifdef Q_OS_WIN
        closesocket(SOCKET(handle));
#else
        ::close(int(handle));
#endif
        return;
    }
    const int closing = mClosing;
    // Decided before the newcomer is one of them: it is never the one closed to make room.
    const bool hasPlace =
        mUnfinished.value(PhoneConnection::peerOf(socket)) < mLimits.pendingPerAddress &&
        (mRequestPlaces < mLimits.maxConnections || evictOne());
    auto *connection =
        new PhoneConnection(socket, {mLimits.maxHeaderBytes, mLimits.maxBodyBytes}, &mHosts, this);
    mConnections.insert(connection, false);
    count(connection, connection->state(), +1);
    connect(connection, &PhoneConnection::stateChanged, this,
            [this](PhoneConnection *c, PhoneConnection::State from, PhoneConnection::State to) {
                count(c, from, -1);
                count(c, to, +1);
            });
    connect(connection, &PhoneConnection::requestReady, this, &PhoneListener::received);
    connect(connection, &PhoneConnection::finished, this, &PhoneListener::finished);
    connect(connection, &PhoneConnection::delivered, this, &PhoneListener::delivered);
    if (hasPlace)
        return;
    if (closing >= 2 * mLimits.maxConnections) {
        // A flood (refused connections linger half a second each): the descriptors it would
        // take are worth more than a refusal to it.
        connection->abort();
        return;
    }
    // Every place holds a request being answered: say so, and when to come back.
    HttpReply busy = HttpReply::error(503, QStringLiteral("busy"),
                                      QStringLiteral("The server is busy. Try again shortly."));
    busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    connection->refuse(busy);
}

void PhoneListener::count(PhoneConnection *connection, PhoneConnection::State state, int delta)
{
    switch (state) {
    case PhoneConnection::State::Fresh:
    case PhoneConnection::State::Receiving: {
        int &unfinished = mUnfinished[connection->peer()];
        unfinished += delta;
        if (unfinished <= 0)
            mUnfinished.remove(connection->peer());
        mRequestPlaces += delta;
        break;
    }
    case PhoneConnection::State::Handling:
    case PhoneConnection::State::Idle:
        mRequestPlaces += delta;
        break;
    case PhoneConnection::State::Closing:
        mClosing += delta;
        break;
    case PhoneConnection::State::Streaming:
        break;
    }
}

bool PhoneListener::evictOne()
{
    // The longest idle first. Whether a request has arrived unread is asked of the kernel only
    // for the one chosen (one call, not one per connection).
    // Ages are read once: a clock read while sorting would not give a consistent order.
    std::vector<std::pair<qint64, PhoneConnection *>> idle;
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it) {
        if (it.key()->state() == PhoneConnection::State::Idle)
            idle.emplace_back(it.key()->stateMs(), it.key());
    }
    std::sort(idle.begin(), idle.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[age, candidate] : idle) {
        if (candidate->isEvictable()) {
            candidate->abort();
            return true;
        }
    }
    return false;
}

void PhoneListener::received(PhoneConnection *connection, const HttpRequest &request)
{
    HttpRequest r = request;
    r.id = ++mLastId;
    connection->setRequestId(r.id);
    mRequests.insert(r.id, connection);
    mHandler(r);
}

PhoneConnection *PhoneListener::handling(quint64 requestId) const
{
    PhoneConnection *connection = mRequests.value(requestId);
    return connection && connection->requestId() == requestId ? connection : nullptr;
}

bool PhoneListener::answer(quint64 requestId, const HttpReply &reply)
{
    PhoneConnection *connection = handling(requestId);
    mRequests.remove(requestId);
    if (!connection || connection->state() != PhoneConnection::State::Handling)
        return false;
    connection->answer(reply);
    return true;
}

bool PhoneListener::beginStream(quint64 requestId, const HttpReply &head)
{
    PhoneConnection *connection = handling(requestId);
    if (!connection || connection->state() != PhoneConnection::State::Handling)
        return false;
    connection->beginStream(head);
    mConnections.insert(connection, true);
    ++mStreams;
    return true;
}

void PhoneListener::push(quint64 requestId, const QByteArray &event)
{
    if (PhoneConnection *connection = handling(requestId))
        connection->push(event);
}

void PhoneListener::endStream(quint64 requestId)
{
    if (PhoneConnection *connection = handling(requestId)) {
        mRequests.remove(requestId);
        connection->endStream();
    }
}

void PhoneListener::finished(PhoneConnection *connection)
{
    const auto it = mConnections.find(connection);
    if (it == mConnections.end())
        return;
    if (it.value())
        --mStreams;
    count(connection, connection->state(), -1);
    mConnections.erase(it);
    const quint64 id = connection->requestId();
    if (id != 0 && mRequests.value(id) == connection) {
        mRequests.remove(id);
        emit gone(id);
    }
    if (const quint64 unsent = connection->undelivered())
        emit gone(unsent);
    connection->deleteLater();
}

void PhoneListener::sweep()
{
    QList<PhoneConnection *> expired;
    QList<PhoneConnection *> pinged;
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it) {
        PhoneConnection *c = it.key();
        const qint64 ms = c->stateMs();
        switch (c->state()) {
        case PhoneConnection::State::Fresh:
        case PhoneConnection::State::Receiving:
            if (ms > mLimits.requestTimeoutMs)
                expired.append(c);
            break;
        case PhoneConnection::State::Idle:
            if (ms > mLimits.idleTimeoutMs)
                expired.append(c);
            break;
        case PhoneConnection::State::Closing:
            // The drain is timed from the moment everything is written; an answer the client
            // does not take at all is given the idle time.
            if (c->isShutDown() ? ms > ClosingMs : c->stalledMs() > mLimits.idleTimeoutMs)
                expired.append(c);
            break;
        case PhoneConnection::State::Streaming:
            if (c->stalledMs() > mLimits.idleTimeoutMs)
                expired.append(c); // a phone that stopped reading, or has gone
            else if (ms > mLimits.streamPingMs)
                pinged.append(c);
            break;
        case PhoneConnection::State::Handling:
            break; // the server answers what it holds (long polls end after their time)
        }
    }
    for (PhoneConnection *c : std::as_const(expired))
        c->expire();
    for (PhoneConnection *c : std::as_const(pinged))
        c->ping();
}

void PhoneListener::abortAll()
{
    mSweep.stop();
    const QList<PhoneConnection *> connections = mConnections.keys();
    for (PhoneConnection *c : connections) {
        disconnect(c, nullptr, this, nullptr);
        c->abort();
        delete c;
    }
    mConnections.clear();
    mRequests.clear();
    mStreams = 0;
    mRequestPlaces = 0;
    mClosing = 0;
    mUnfinished.clear();
}
