#include "console/invitedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString AddressKey = QStringLiteral("participants/address");
const QString PortKey = QStringLiteral("participants/port");
} // namespace

QList<InviteDialog::Choice> InviteDialog::choices()
{
    // Phones are on the Wi-Fi (or the cable network) of the room: those interfaces first;
    // container bridges, VPN tunnels and other virtual ones, which phones cannot reach, last.
    const auto rank = [](const QNetworkInterface &iface) {
        switch (iface.type()) {
        case QNetworkInterface::Wifi:
            return 0;
        case QNetworkInterface::Ethernet:
            return iface.name().startsWith(QLatin1String("docker")) ||
                           iface.name().startsWith(QLatin1String("br-")) ||
                           iface.name().startsWith(QLatin1String("veth")) ||
                           iface.name().startsWith(QLatin1String("virbr"))
                       ? 3
                       : 1;
        case QNetworkInterface::Virtual:
            return 3;
        default:
            return 2;
        }
    };
    QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    std::stable_sort(interfaces.begin(), interfaces.end(),
                     [&rank](const QNetworkInterface &a, const QNetworkInterface &b) {
                         return rank(a) < rank(b);
                     });
    QList<Choice> list;
    for (const QNetworkInterface &iface : std::as_const(interfaces)) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            list.append(
                {entry.ip(), tr("%1 (%2)").arg(entry.ip().toString(), iface.humanReadableName())});
        }
    }
    list.append(
        {QHostAddress(QHostAddress::LocalHost),
         tr("This computer only (%1)").arg(QHostAddress(QHostAddress::LocalHost).toString())});
    return list;
}

InviteDialog::InviteDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Invite Participants"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Phones join over the local network: they must be on the same "
                                "Wi-Fi as this computer. Nothing goes to the internet. The "
                                "audience screen shows a QR code, the address and a join code."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    mAddress = new QComboBox(this);
    mAddress->setObjectName(QStringLiteral("inviteAddress"));
    mAddress->setAccessibleName(tr("Network"));
    const QSettings settings;
    const QString remembered = settings.value(AddressKey).toString();
    for (const Choice &choice : choices()) {
        mAddress->addItem(choice.label, choice.address.toString());
        if (choice.address.toString() == remembered)
            mAddress->setCurrentIndex(mAddress->count() - 1);
    }
    form->addRow(tr("&Network:"), mAddress);

    mPort = new QSpinBox(this);
    mPort->setObjectName(QStringLiteral("invitePort"));
    mPort->setAccessibleName(tr("Port"));
    mPort->setRange(1024, 65535);
    mPort->setValue(settings.value(PortKey, DefaultPort).toInt());
    form->addRow(tr("&Port:"), mPort);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHostAddress InviteDialog::address() const
{
    return QHostAddress(mAddress->currentData().toString());
}

quint16 InviteDialog::port() const
{
    return quint16(mPort->value());
}

void InviteDialog::remember() const
{
    QSettings settings;
    settings.setValue(AddressKey, address().toString());
    settings.setValue(PortKey, int(port()));
}
