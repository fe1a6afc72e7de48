#pragma once

#include "participant/httpmessage.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QSet>

#include <functional>
#include <map>

class GuardedTcpServer;

// The one place that touches QtHttpServer (a technical preview in Qt 6.4; later versions
// change its API). It turns each complete request into an HttpRequest for the handler and
// writes the HttpReply the handler gives back, at once or later:
//
//   GuardedTcpServer ──socket──> HttpFrontEnd ──HttpRequest──> handler
//                                     ^                           │ (now, or once the disk has it
//                                     └──────── reply(id, …) <────┘  or the long poll ends)
//
// A request stays pending until reply() is called or its connection goes away (gone()).
class HttpFrontEnd : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &)>;

    HttpFrontEnd(GuardedTcpServer *tcpServer, Handler handler, QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    // false if the request's connection is gone (or it was answered already).
    bool reply(quint64 requestId, const HttpReply &reply);

signals:
    // A pending request's connection closed before it was answered.
    void gone(quint64 requestId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QTcpSocket *socket;
        QHttpServerResponder responder;
        bool closeAfter;
    };

    void dropSocket(QTcpSocket *socket);

    GuardedTcpServer *mTcpServer;
    Handler mHandler;
    quint64 mLastId = 0;
    std::map<quint64, Pending> mPending;
    QSet<QTcpSocket *> mWatched;
};
