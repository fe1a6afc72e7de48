#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>

// The names a request's Host header may carry: the addresses the server listens on (every
// address of the laptop's network interfaces when it listens on all of them), with or without
// its port, and "localhost". A page from elsewhere that points its own name at the laptop (DNS
// rebinding) sends that name as Host and is refused, so it cannot speak to the server as if it
// were the participant page.
class AllowedHosts
{
public:
    void setServer(const QHostAddress &listening, quint16 port);
    // Whether `host` (a Host header's value: "name", "name:port", "[v6]" or "[v6]:port") names
    // this server. An address not seen before makes the interfaces be looked at again (at most
    // every two seconds): the laptop may have joined another network since the start.
    bool allows(const QByteArray &host) const;

private:
    bool isOwn(const QHostAddress &address) const;
    void refresh() const;

    QHostAddress mListening;
    quint16 mPort = 0;
    mutable QList<QHostAddress> mOwn;
    mutable QElapsedTimer mRefreshed;
};
