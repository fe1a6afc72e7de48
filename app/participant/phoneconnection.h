#pragma once

#include "participant/httpmessage.h"
#include "participant/httprequestparser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class AllowedHosts;
class QTcpSocket;

// One phone's TCP connection: requests are read one at a time, answered in the order they
// came (pipelined ones included), and the next one is not read before the last answer has left
// for the network, so a client that sends without reading holds one answer in memory, never
// more (its requests wait in TCP, which then stops it).
//
//   Fresh ──bytes──> Receiving ──complete──> Handling ──answer()──> Idle ──bytes──> Receiving …
//     │                  │ refused                 └──beginStream()──> Streaming ──push()…
//     └──────────────────┴──> Closing (answer sent, our side shut, the rest drained, then cut)
//
// A stream (GET /api/live) keeps at most one event waiting while the phone is slow to read:
// a newer state replaces the one not yet sent.
class PhoneConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Fresh, Receiving, Handling, Idle, Streaming, Closing };

    PhoneConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits,
                    const AllowedHosts *hosts, QObject *parent);
    ~PhoneConnection() override;

    State state() const { return mState; }
    qint64 stateMs() const { return mSince.elapsed(); }
    QHostAddress peer() const { return mPeer; }
    // The address a socket counts under (an IPv4 address also when it came as ::ffff:a.b.c.d).
    static QHostAddress peerOf(const QTcpSocket *socket);
    quint64 requestId() const { return mRequestId; } // the request being handled or streamed
    void setRequestId(quint64 id) { mRequestId = id; }
    // A request whose answer was being written when the connection went (0: none).
    quint64 undelivered() const { return mUndelivered; }
    // Closing: whether everything is written and our side is shut (the drain has begun).
    bool isShutDown() const { return mShutDown; }
    // How long output has been waiting without any of it being taken by the network (0 when
    // there is none): a phone that has stopped reading, or has gone.
    qint64 stalledMs() const;
    // Kept alive after an answer, nothing received since, nothing to send: closing it loses
    // nothing. (Looks at the kernel's buffer too: a request may have arrived unread.)
    bool isEvictable() const;

    void answer(const HttpReply &reply);
    void beginStream(const HttpReply &head);
    void push(const QByteArray &event);
    // A comment line on a quiet stream: a phone that has gone shows up as a failed write.
    void ping();
    // Refuses before a request has been read (busy), or ends a stream; then closes.
    void refuse(const HttpReply &reply);
    void endStream();
    // The state has lasted too long: a half-received request is told so (408); an idle
    // connection, or one that has been closing, is cut.
    void expire();
    void abort();

signals:
    void stateChanged(PhoneConnection *connection, PhoneConnection::State from,
                      PhoneConnection::State to);
    void requestReady(PhoneConnection *connection, const HttpRequest &request);
    // The answer to `requestId` has been handed to the network in full.
    void delivered(quint64 requestId);
    void finished(PhoneConnection *connection); // the socket is gone; deleteLater follows

private:
    void process();
    qint64 send(const QByteArray &bytes);
    void written();
    void closeGracefully();
    void setState(State state);
    void finish();

    QTcpSocket *mSocket;
    QHostAddress mPeer;
    HttpRequestParser mParser;
    QByteArray mIn; // received, not yet taken by the parser (the start of the next request)
    State mState = State::Fresh;
    QElapsedTimer mSince;
    QElapsedTimer mProgress; // since output last moved
    quint64 mRequestId = 0;
    quint64 mUndelivered = 0; // a request whose answer is still being written
    bool mHeadOnly = false;   // the request being handled is HEAD
    bool mCloseAfter = false;
    bool mWaitForDrain = false;
    bool mShutDown = false;
    bool mFinished = false;
    QByteArray mPendingEvent;
    qint64 mDiscarded = 0;
};
