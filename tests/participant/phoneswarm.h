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

#include <atomic>
#include <functional>
#include <vector>

// Many phones on loopback, each with its own keep-alive HTTP/1.1 connection (a raw,
// non-blocking QTcpSocket), all driven from a client thread of their own. The server under
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
        mClock.start();
        mContext.moveToThread(&mThread);
        mThread.start();
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
    const QList<Exchange> &exchanges(int phone) const { return mPhones[size_t(phone)].exchanges; }
    // How long the last run took, start to the last phone done.
    double lastRunMs() const { return double(mLastRunNs) / 1e6; }

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
        socket->connectToHost(QHostAddress::LocalHost, mPort);
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
    std::function<void()> mOnDone;
    qint64 mLastRunNs = 0;
};
