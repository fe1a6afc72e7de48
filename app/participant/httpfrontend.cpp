#include "participant/httpfrontend.h"

#include "participant/guardedtcpserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

HttpFrontEnd::HttpFrontEnd(GuardedTcpServer *tcpServer, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), mTcpServer(tcpServer), mHandler(std::move(handler))
{
    bind(tcpServer);
}

HttpFrontEnd::~HttpFrontEnd()
{
    // Before the sockets go (they are the TCP server's children, and so ours).
    mPending.clear();
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    for (const auto &[id, pending] : mPending) {
        if (pending.socket == socket) {
            // A second request while the first is unanswered (pipelining, which browsers do
            // not use): its answers could not be told apart, so the connection goes.
            dropSocket(socket);
            socket->abort();
            return true;
        }
    }
    mTcpServer->requestStarted(socket);

    HttpRequest r;
    r.id = ++mLastId;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = HttpRequest::Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = HttpRequest::Method::Post;
        break;
    default:
        r.method = HttpRequest::Method::Other;
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();

    const bool closeAfter =
        r.header(QByteArrayLiteral("connection")).toLower().contains(QByteArrayLiteral("close"));
    mPending.emplace(r.id, Pending{socket, makeResponder(request, socket), closeAfter});
    // A connection that closes while its request waits must not leave a dangling responder.
    if (!mWatched.contains(socket)) {
        mWatched.insert(socket);
        connect(socket, &QAbstractSocket::disconnected, this,
                [this, socket] { dropSocket(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket] {
            mWatched.remove(socket);
            dropSocket(socket);
        });
    }
    mHandler(r);
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() takes every request; this is never reached.
    socket->abort();
}

bool HttpFrontEnd::reply(quint64 requestId, const HttpReply &reply)
{
    const auto it = mPending.find(requestId);
    if (it == mPending.end())
        return false;
    QTcpSocket *socket = it->second.socket;
    const bool closeAfter = it->second.closeAfter;
    if (socket->state() == QAbstractSocket::ConnectedState) {
        QHttpServerResponder &responder = it->second.responder;
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        for (const auto &[name, value] : reply.allHeaders())
            responder.writeHeader(name, value);
        if (closeAfter)
            responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        responder.writeBody(reply.body);
    }
    mPending.erase(it);
    mTcpServer->requestFinished(socket);
    if (closeAfter)
        socket->disconnectFromHost();
    return true;
}

void HttpFrontEnd::dropSocket(QTcpSocket *socket)
{
    for (auto it = mPending.begin(); it != mPending.end();) {
        if (it->second.socket == socket) {
            const quint64 id = it->first;
            it = mPending.erase(it);
            emit gone(id);
        } else {
            ++it;
        }
    }
}
