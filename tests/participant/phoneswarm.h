#pragma once

#include "httptestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QThread>

#include <sys/resource.h>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

#include <atomic>
#include <functional>
#include <vector>

// Many phones on loopback, each from an address of its own (127.1.x.y, as phones on a room's
// Wi-Fi each have one) with its own keep-alive HTTP/1.1 connection (a raw, non-blocking
// QTcpSocket) and, once openStreams() is called, its live stream (GET /api/live) on a second
// connection, all driven from a client thread of their own. The server under
// test keeps the calling thread's event loop to itself: the phones neither wait for it to turn
// nor take turns from it, as real phones would not.
//
//   calling thread:  run(script) ──> turns its event loop (the server's) until every phone is done
//   client thread:   phone ──request──> server ──response──> script(phone, exchanges) ──> next …
//
// Used by the load test (tst_participantload) and the benchmark (bench_participant).
class PhoneSwarm
{
public:
    struct Exchange
    {
        int status = 0; // 0: the connection closed (or failed) before a response came
        QByteArray body;
        qint64 sentNs = 0; // on the swarm's clock: when the request was handed to the socket
        qint64 doneNs = 0; //                        when its response was complete
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        double ms() const { return double(doneNs - sentNs) / 1e6; }
    };
    // What a phone sends next, given its index and its exchanges so far in this run; an empty
    // array ends its run. Called on the client thread, so it must only read what it captured.
    using Script = std::function<QByteArray(int phone, const QList<Exchange> &exchanges)>;

    PhoneSwarm(quint16 port, int count) : mPort(port), mPhones(size_t(count))
    {
        Q_ASSERT(count < 65000);
        mClock.start();
        mContext.moveToThread(&mThread);
        mThread.start();
        if (mClientCpu >= 0) {
            // On a CPU of its own (bench_participant --pin): the phones do not take turns with
            // the server on the same core.
            QMetaObject::invokeMethod(
                &mContext, [] { pinThisThread(mClientCpu); }, Qt::BlockingQueuedConnection);
        }
    }

    ~PhoneSwarm()
    {
        // The sockets belong to the client thread and must go there, while it still turns.
        QMetaObject::invokeMethod(
            &mContext,
            [this] {
                for (Phone &phone : mPhones) {
                    delete phone.socket;
                    phone.socket = nullptr;
                    delete phone.stream;
                    phone.stream = nullptr;
                }
                // Only its own thread may hand it back; it is destroyed in ours.
                mContext.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        mThread.quit();
        mThread.wait();
    }

    PhoneSwarm(const PhoneSwarm &) = delete;
    PhoneSwarm &operator=(const PhoneSwarm &) = delete;

    int count() const { return int(mPhones.size()); }

    // Pins the calling thread to one CPU (Linux); -1 or elsewhere: nothing.
    static void pinThisThread(int cpu)
    {
#ifdef Q_OS_LINUX
        if (cpu < 0)
            return;
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        pthread_setaffinity_np(pthread_self(), sizeof set, &set);
#else
        Q_UNUSED(cpu);
#endif
    }
    // The CPU every swarm's client thread is pinned to from now on (-1: none, the default).
    static inline int mClientCpu = -1;

    // The address phone `index` connects from.
    static QHostAddress addressOf(int index)
    {
        return QHostAddress(quint32(0x7F010000u + quint32(index) + 1u));
    }

    // Opens every phone's live stream with its token (tokens[i] for phone i) and waits until
    // each has received its first state; false if not all did within timeoutMs.
    bool openStreams(const QList<QByteArray> &tokens, int timeoutMs)
    {
        mStreamsAtTarget = 0;
        mTargetVersion = 0; // any state counts
        QMetaObject::invokeMethod(
            &mContext,
            [this, tokens] {
                for (int i = 0; i < count(); ++i)
                    openStream(i, tokens.at(i));
            },
            Qt::QueuedConnection);
        return waitUntil([this] { return mStreamsAtTarget.load() == count(); }, timeoutMs);
    }

    // How many streams have brought what the last openStreams() or waitForVersion() waited
    // for (for messages when not all did).
    int streamsReady() const
    {
        return mStreamsAtTarget.load();
    }

    // Waits until every phone's stream has brought a state of at least `version`.
    bool waitForVersion(qint64 version, int timeoutMs)
    {
        QMetaObject::invokeMethod(
            &mContext,
            [this, version] {
                mTargetVersion = version;
                int reached = 0;
                for (Phone &phone : mPhones) {
                    phone.counted = phone.lastVersion >= version;
                    reached += phone.counted ? 1 : 0;
                }
                mStreamsAtTarget = reached;
            },
            Qt::BlockingQueuedConnection);
        return waitUntil([this] { return mStreamsAtTarget.load() == count(); }, timeoutMs);
    }

    // The last state phone `index`'s stream brought, and how many it brought (read only when
    // the swarm is not running, or after waitForVersion()).
    QJsonObject lastState(int index) const
    {
        return mPhones[size_t(index)].lastState;
    }
    int statesReceived(int index) const
    {
        return mPhones[size_t(index)].states;
    }
    // When the stream of phone `index` brought the state counted by waitForVersion() (on the
    // swarm's clock) and when it was asked for.
    double streamLatencyMs(int index, qint64 sinceNs) const
    {
        return double(mPhones[size_t(index)].reachedNs - sinceNs) / 1e6;
    }
    qint64 nowNs() const
    {
        return mClock.nsecsElapsed();
    }

    // Runs `script` on every phone at once, each on its own connection (opened first where
    // there is none yet). Turns the calling thread's event loop until every phone's script has
    // ended or timeoutMs have passed; false on timeout (the phones still busy are then cut off).
    bool run(const Script &script, int timeoutMs)
    {
        std::atomic<bool> done = false;
        QObject waker; // lives in the calling thread: its call wakes the loop the moment all end
        const qint64 startNs = mClock.nsecsElapsed();
        QMetaObject::invokeMethod(
            &mContext,
            [this, script, &waker, &done] {
                mScript = script;
                mRunning = count();
                mOnDone = [&waker, &done] {
                    QMetaObject::invokeMethod(
                        &waker, [&done] { done = true; }, Qt::QueuedConnection);
                };
                for (int i = 0; i < count(); ++i)
                    begin(i);
            },
            Qt::QueuedConnection);
        const bool finished = waitUntil([&done] { return done.load(); }, timeoutMs);
        mLastRunNs = mClock.nsecsElapsed() - startNs;
        // Stop what is still going, so nothing refers to `waker` or `done` after this returns.
        QMetaObject::invokeMethod(
            &mContext,
            [this] {
                mOnDone = {};
                for (Phone &phone : mPhones) {
                    if (phone.running && phone.socket)
                        phone.socket->abort();
                    phone.running = false;
                }
            },
            Qt::BlockingQueuedConnection);
        return finished;
    }

    // The exchanges of the last run (read only between runs).
    const QList<Exchange> &exchanges(int phone) const
    {
        return mPhones[size_t(phone)].exchanges;
    }
    // How long the last run took, start to the last phone done.
    double lastRunMs() const
    {
        return double(mLastRunNs) / 1e6;
    }

    // Lets this process hold a socket on both ends of every phone's connection: 500 phones
    // against a server in the same process need more than the usual soft limit of 1024.
    static bool raiseFileLimit(rlim_t wanted)
    {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return false;
        if (limit.rlim_cur >= wanted)
            return true;
        limit.rlim_cur = std::min(wanted, limit.rlim_max);
        return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= wanted;
    }

private:
    struct Phone
    {
        QTcpSocket *stream = nullptr;
        QByteArray streamBuffer;
        bool streamHeadRead = false;
        QJsonObject lastState;
        qint64 lastVersion = -1;
        int states = 0;
        bool counted = false;
        qint64 reachedNs = 0;
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QList<Exchange> exchanges;
        qint64 sentNs = 0;
        bool running = false;
        bool waiting = false; // a request sent, its response not complete yet
    };

    // --- client thread ---

    void begin(int index)
    {
        Phone &phone = mPhones[size_t(index)];
        phone.exchanges.clear();
        phone.buffer.clear();
        phone.running = true;
        phone.waiting = false;
        if (phone.socket && phone.socket->state() == QAbstractSocket::ConnectedState)
            return next(index);
        delete phone.socket;
        phone.socket = new QTcpSocket(&mContext);
        QTcpSocket *socket = phone.socket;
        QObject::connect(socket, &QAbstractSocket::connected, &mContext, [this, index] {
            if (mPhones[size_t(index)].running)
                next(index);
        });
        QObject::connect(socket, &QIODevice::readyRead, &mContext,
                         [this, index] { received(index); });
        QObject::connect(socket, &QAbstractSocket::disconnected, &mContext,
                         [this, index] { lost(index); });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, &mContext,
                         [this, index] { lost(index); });
        socket->bind(addressOf(index));
        socket->connectToHost(QHostAddress::LocalHost, mPort);
    }

    void openStream(int index, const QByteArray &token)
    {
        Phone &phone = mPhones[size_t(index)];
        delete phone.stream;
        phone.stream = new QTcpSocket(&mContext);
        phone.streamBuffer.clear();
        phone.streamHeadRead = false;
        phone.states = 0;
        phone.lastVersion = -1;
        phone.counted = false;
        QTcpSocket *stream = phone.stream;
        const QByteArray request = "GET /api/live HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Accept: text/event-stream\r\nX-Upstander-Token: " +
                                   token + "\r\n\r\n";
        QObject::connect(stream, &QAbstractSocket::connected, &mContext,
                         [stream, request] { stream->write(request); });
        QObject::connect(stream, &QIODevice::readyRead, &mContext,
                         [this, index] { streamed(index); });
        stream->bind(addressOf(index));
        stream->connectToHost(QHostAddress::LocalHost, mPort);
    }

    // Server-sent events in HTTP/1.1 chunks: "SIZE\r\n" "data: {…}\n\n" "\r\n".
    void streamed(int index)
    {
        Phone &phone = mPhones[size_t(index)];
        phone.streamBuffer += phone.stream->readAll();
        if (!phone.streamHeadRead) {
            const qsizetype end = phone.streamBuffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            if (!phone.streamBuffer.startsWith("HTTP/1.1 200")) {
                qWarning("phone %d: stream refused: %s", index,
                         phone.streamBuffer.left(end).constData());
                phone.stream->abort();
                return;
            }
            phone.streamBuffer.remove(0, end + 4);
            phone.streamHeadRead = true;
        }
        for (;;) {
            const qsizetype line = phone.streamBuffer.indexOf("\r\n");
            if (line < 0)
                return;
            bool ok = false;
            const qsizetype size = phone.streamBuffer.left(line).toLongLong(&ok, 16);
            if (!ok || phone.streamBuffer.size() < line + 2 + size + 2)
                return;
            const QByteArray event = phone.streamBuffer.mid(line + 2, size);
            phone.streamBuffer.remove(0, line + 2 + size + 2);
            if (!event.startsWith("data: "))
                continue; // a comment that keeps the stream alive
            phone.lastState = QJsonDocument::fromJson(event.mid(6).trimmed()).object();
            phone.lastVersion = phone.lastState.value(QLatin1String("version")).toInteger();
            ++phone.states;
            if (!phone.counted && phone.lastVersion >= mTargetVersion.load()) {
                phone.counted = true;
                phone.reachedNs = mClock.nsecsElapsed();
                ++mStreamsAtTarget;
            }
        }
    }

    void next(int index)
    {
        Phone &phone = mPhones[size_t(index)];
        const QByteArray request = mScript(index, phone.exchanges);
        if (request.isEmpty())
            return end(index);
        phone.waiting = true;
        phone.sentNs = mClock.nsecsElapsed();
        phone.socket->write(request);
        phone.socket->flush(); // now, not at the next turn of this thread's loop
    }

    void received(int index)
    {
        Phone &phone = mPhones[size_t(index)];
        phone.buffer += phone.socket->readAll();
        if (!phone.running || !phone.waiting)
            return;
        Exchange exchange;
        if (!parse(phone.buffer, &exchange))
            return;
        exchange.doneNs = mClock.nsecsElapsed();
        exchange.sentNs = phone.sentNs;
        phone.waiting = false;
        phone.exchanges.append(exchange);
        next(index);
    }

    void lost(int index)
    {
        Phone &phone = mPhones[size_t(index)];
        if (!phone.running)
            return;
        if (phone.waiting) {
            Exchange exchange;
            exchange.sentNs = phone.sentNs;
            exchange.doneNs = mClock.nsecsElapsed();
            phone.exchanges.append(exchange);
        }
        end(index);
    }

    void end(int index)
    {
        mPhones[size_t(index)].running = false;
        if (--mRunning == 0 && mOnDone)
            mOnDone();
    }

    // One complete response off the front of `buffer` (Content-Length framing, which is all
    // both servers use).
    static bool parse(QByteArray &buffer, Exchange *exchange)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0 && lines.at(i).left(colon).trimmed().compare("content-length",
                                                                       Qt::CaseInsensitive) == 0)
                length = lines.at(i).mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return false;
        exchange->status = lines.first().split(' ').value(1).toInt();
        exchange->body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return true;
    }

    quint16 mPort;
    QElapsedTimer mClock; // read from both threads; its reads are const and need no lock
    QThread mThread;
    QObject mContext; // in the client thread: the sockets' parent and every callback's context
    std::vector<Phone> mPhones;
    Script mScript;
    int mRunning = 0;
    std::atomic<int> mStreamsAtTarget = 0;
    std::atomic<qint64> mTargetVersion = 0;
    std::function<void()> mOnDone;
    qint64 mLastRunNs = 0;
};
