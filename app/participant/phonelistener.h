#pragma once

#include "participant/allowedhosts.h"
#include "participant/httpmessage.h"
#include "participant/phoneconnection.h"

#include <QHash>
#include <QTcpServer>
#include <QTimer>

#include <functional>

// The participant server's network side: accepts phones' connections, reads their requests
// strictly (HttpRequestParser), hands each one to the handler and writes its answer — at once,
// or later (a long poll, an answer waiting for the disk), or as a stream of events.
//
//   phones ──TCP──> PhoneListener ──┬─ an address with pendingPerAddress unfinished requests
//                                   │  already, or over the cap with no idle kept-alive
//                                   │  connection to close (nothing received since its answer,
//                                   │  nothing to send): 503 + Retry-After
//                                   └─ PhoneConnection ──HttpRequest──> handler
//                                            ^                             │
//                                            └── answer(id) / beginStream(id) / push(id) ─┘
//
// Requests and streams are counted apart: maxConnections holds connections that send requests,
// maxStreams the live streams (GET /api/live), so a room of open streams never leaves answers
// without a place. A request that has arrived is always answered (or its connection was closed
// by the client): nothing is cut for a newcomer while it holds a request.
class PhoneListener : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 2500; // connections that are not streams
        int maxStreams = 3000;     // live streams (one per phone)
        int maxHeaderBytes = 8192;
        // A commitment of 280 characters as a person sees them: a family emoji alone is 25
        // bytes of UTF-8, so 280 of them with the JSON around them.
        int maxBodyBytes = 8192;
        int requestTimeoutMs = 5000;
        int idleTimeoutMs = 30000;
        int streamPingMs = 15000; // a comment on every stream, so dead ones are found
        // Connections from one address that have not sent a complete request yet. A browser
        // opens at most six to a server; a laptop that opens more (idle, or sending a byte at
        // a time) is refused the rest, so it cannot fill the places of a room.
        int pendingPerAddress = 16;
    };
    using Handler = std::function<void(const HttpRequest &)>;

    PhoneListener(const Limits &limits, Handler handler, QObject *parent = nullptr);
    ~PhoneListener() override;

    // Listens, and raises the process's open-file limit to what the connections need.
    bool start(const QHostAddress &address, quint16 port);

    // false if the request's connection is gone (or it was answered already).
    bool answer(quint64 requestId, const HttpReply &reply);
    bool beginStream(quint64 requestId, const HttpReply &head);
    void push(quint64 requestId, const QByteArray &event);
    void endStream(quint64 requestId);
    int streamCount() const { return mStreams; }
    // The limits in force: as given, or smaller where the system allows fewer open files.
    const Limits &limits() const { return mLimits; }
    int connectionCount() const { return int(mConnections.size()); }
    void abortAll();

signals:
    // A request's connection closed before it was answered, or a stream's while it ran.
    void gone(quint64 requestId);
    // The answer to a request has been handed to the network in full.
    void delivered(quint64 requestId);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void received(PhoneConnection *connection, const HttpRequest &request);
    void count(PhoneConnection *connection, PhoneConnection::State state, int delta);
    void finished(PhoneConnection *connection);
    PhoneConnection *handling(quint64 requestId) const;
    bool evictOne();
    void sweep();
    void raiseOpenFileLimit();

    Limits mLimits;
    Handler mHandler;
    AllowedHosts mHosts;
    QHash<PhoneConnection *, bool> mConnections; // the value: it is a stream
    // Kept up to date as connections change state, so a newcomer costs no walk through them.
    int mRequestPlaces = 0; // connections that are neither streams nor closing
    int mClosing = 0;
    QHash<QHostAddress, int> mUnfinished;        // Fresh or Receiving connections by peer address
    QHash<quint64, PhoneConnection *> mRequests; // requests being handled, and streams
    quint64 mLastId = 0;
    int mStreams = 0;
    QTimer mSweep;
};
