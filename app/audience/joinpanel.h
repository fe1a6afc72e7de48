#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"

#include <QWidget>

class QLabel;
class QrCodeWidget;

// How to join from a phone, on the audience screen: the QR code, the address and the join
// code. Large for the Join screen; compact (a strip along the bottom) while anything else is
// shown, so latecomers can still join.
class JoinPanel : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(JoinPanel) // its texts are for the room

public:
    enum class Size { Large, Compact };

    explicit JoinPanel(Size size, QWidget *parent = nullptr);

    void setJoin(const AudienceState::JoinInfo &join);
    // Type in pixels, following the audience window's size.
    void setUnit(int unit);

    QString addressText() const;
    QString codeText() const;

private:
    void applyCodeSize();

    Size mSize;
    int mUnit = 12;
    QrCodeWidget *mCode;
    QLabel *mAddress;
    QLabel *mJoinCode;
};
