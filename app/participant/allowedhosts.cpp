#include "participant/allowedhosts.h"

#include <QNetworkInterface>

namespace {

constexpr int RefreshMs = 2000;

bool listensEverywhere(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
           address == QHostAddress::AnyIPv6;
}

} // namespace

void AllowedHosts::setServer(const QHostAddress &listening, quint16 port)
{
    mListening = listening;
    mPort = port;
    mRefreshed.invalidate();
    refresh();
}

void AllowedHosts::refresh() const
{
    mOwn = listensEverywhere(mListening) ? QNetworkInterface::allAddresses()
                                         : QList<QHostAddress>{mListening};
    mRefreshed.start();
}

bool AllowedHosts::isOwn(const QHostAddress &address) const
{
    for (const QHostAddress &own : mOwn) {
        if (own.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

bool AllowedHosts::allows(const QByteArray &host) const
{
    QByteArray name = host;
    QByteArray port;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        port = name.mid(close + 1);
        name = name.mid(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(':'))
            return false;
        port = port.mid(1);
    } else if (const qsizetype colon = name.indexOf(':'); colon >= 0) {
        port = name.mid(colon + 1);
        name = name.left(colon);
    }
    if (host.contains(':') && port.isEmpty() && !host.startsWith('['))
        return false; // "name:" with nothing after it
    if (!port.isEmpty()) {
        for (const char c : std::as_const(port)) {
            if (c < '0' || c > '9')
                return false;
        }
        bool ok = false;
        if (port.toUInt(&ok) != mPort || !ok)
            return false;
    }
    if (name.compare("localhost", Qt::CaseInsensitive) == 0)
        return listensEverywhere(mListening) || mListening.isLoopback();
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(name)) || address.scopeId() != QString())
        return false; // a name of any other kind is exactly what a rebinding page would send
    if (isOwn(address))
        return true;
    if (mRefreshed.isValid() && mRefreshed.elapsed() < RefreshMs)
        return false;
    refresh();
    return isOwn(address);
}
