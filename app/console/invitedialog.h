#pragma once

#include <QDialog>
#include <QHostAddress>

class QComboBox;
class QSpinBox;

// "Invite participants": the network the phones are on and the port to serve on. Remembers the
// last choice; offers every IPv4 address of a running network interface, and this computer
// alone (for trying it out).
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 8080;

    explicit InviteDialog(QWidget *parent = nullptr);

    QHostAddress address() const;
    quint16 port() const;
    // Stores the choice for next time (on accept).
    void remember() const;

    // The addresses offered, each with a label naming its interface.
    struct Choice
    {
        QHostAddress address;
        QString label;
    };
    static QList<Choice> choices();

private:
    QComboBox *mAddress;
    QSpinBox *mPort;
};
