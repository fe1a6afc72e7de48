#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

struct HttpReply;
class QTcpSocket;

// The connection limits QtHttpServer 6.4 does not have, enforced on each socket before
// QAbstractHttpServer reads it (which would otherwise buffer any amount of data):
//
//   listen ─> incomingConnection ─┬─ over the cap: close the longest-waiting idle or
//                                 │  incomplete connection, or refuse with 503 if all are busy
//                                 └─ socket ─readyRead─> GuardedTcpServer   counts, checks head
//                                                    ─> QAbstractHttpServer parses, buffers
//
// A connection is Fresh (nothing received yet), Receiving (part of a request), Handling (a
// complete request not answered yet: a long poll, an answer waiting for the disk), Idle (kept
// alive after an answer) or Closing. A request must arrive completely within requestTimeoutMs
// of the connection or of its own first byte, so idle and byte-at-a-time clients cannot hold a
// slot; Idle connections close after idleTimeoutMs; Handling is left to the server, which
// answers long polls itself. A head over maxHeaderBytes or a body over maxBodyBytes is refused
// (431, 413) as soon as it is known, and the socket never buffers more than one request may
// hold.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 1000;
        int maxHeaderBytes = 8192;
        // A commitment of 280 characters as a person sees them: a family emoji alone is 25
        // bytes of UTF-8, so 280 of them with the JSON around them.
        int maxBodyBytes = 8192;
        int requestTimeoutMs = 5000;
        int idleTimeoutMs = 30000;
    };

    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // The HTTP layer reports when a socket's request is complete and when it has been answered.
    void requestStarted(QTcpSocket *socket);
    void requestFinished(QTcpSocket *socket);
    void abortAll();

protected:
    void incomingConnection(qintptr handle) override;

private:
    enum class State { Fresh, Receiving, Handling, Idle, Closing };
    struct Connection
    {
        State state = State::Fresh;
        QElapsedTimer since;     // when the state began (Receiving: the request's first byte)
        qint64 requestBytes = 0; // received since the last request was complete
        QByteArray head;         // the request so far, up to the end of its header
        bool headComplete = false;
        qint64 unread = 0;    // bytes QAbstractHttpServer left unread after its last turn
        qint64 discarded = 0; // Closing: bytes thrown away since the refusal
    };

    void beforeRead(QTcpSocket *socket);
    void afterRead(QTcpSocket *socket);
    void checkHead(QTcpSocket *socket, Connection &connection, const QByteArray &received);
    void refuse(QTcpSocket *socket, Connection &connection, const HttpReply &reply);
    void discard(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    bool evictOne();
    void sweep();

    Limits mLimits;
    QHash<QTcpSocket *, Connection> mConnections;
    QTimer mSweep;
};
