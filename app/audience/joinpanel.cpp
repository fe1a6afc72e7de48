#include "audience/joinpanel.h"

#include "audience/qrcodewidget.h"

#include <QBoxLayout>
#include <QLabel>

JoinPanel::JoinPanel(Size size, QWidget *parent) : QWidget(parent), mSize(size)
{
    setObjectName(size == Size::Large ? QStringLiteral("joinLarge")
                                      : QStringLiteral("joinCompact"));
    mCode = new QrCodeWidget(this);
    mCode->setObjectName(QStringLiteral("joinQrCode"));
    mAddress = new QLabel(this);
    mAddress->setObjectName(QStringLiteral("joinAddress"));
    mAddress->setTextFormat(Qt::PlainText);
    mAddress->setWordWrap(true);
    mJoinCode = new QLabel(this);
    mJoinCode->setObjectName(QStringLiteral("joinCode"));
    mJoinCode->setTextFormat(Qt::PlainText);

    if (size == Size::Large) {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(48);
        layout->addWidget(mCode, 2);
        auto *text = new QVBoxLayout;
        text->addStretch(1);
        text->addWidget(mAddress);
        text->addWidget(mJoinCode);
        text->addStretch(1);
        layout->addLayout(text, 3);
    } else {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(16);
        layout->addWidget(mCode);
        layout->addWidget(mAddress, 1);
        layout->addWidget(mJoinCode);
        mAddress->setWordWrap(false);
    }
}

void JoinPanel::setJoin(const AudienceState::JoinInfo &join)
{
    mCode->setText(join.link);
    if (mSize == Size::Large) {
        mAddress->setText(roomTr("Scan the code, or open %1 on your phone").arg(join.address));
        mJoinCode->setText(roomTr("Code: %1").arg(join.code));
    } else {
        mAddress->setText(roomTr("Join from your phone: %1").arg(join.address));
        mJoinCode->setText(roomTr("Code %1").arg(join.code));
    }
    setAccessibleName(join.isEmpty() ? QString() : addressText() + QLatin1Char(' ') + codeText());
    applyCodeSize();
}

void JoinPanel::applyCodeSize()
{
    if (mSize == Size::Large) {
        // At least 9 of the window's 40 units (its height / 40): over a fifth of the screen.
        mCode->setMinimumSize(mUnit * 9, mUnit * 9);
    } else {
        // About 6 units, 15% of the screen's height, in whole pixels per module: readable
        // from the back row, and the question above it keeps its room.
        const int side = mCode->wholeSide(mUnit * 6);
        mCode->setFixedSize(side, side);
    }
}

void JoinPanel::setUnit(int unit)
{
    QFont text = font();
    QFont code = font();
    code.setBold(true);
    code.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mUnit = unit;
    if (mSize == Size::Large) {
        text.setPixelSize(int(unit * 1.4));
        code.setPixelSize(int(unit * 3.0));
    } else {
        text.setPixelSize(int(unit * 0.8));
        code.setPixelSize(int(unit * 1.0));
    }
    applyCodeSize();
    mAddress->setFont(text);
    mJoinCode->setFont(code);
}

QString JoinPanel::addressText() const
{
    return mAddress->text();
}

QString JoinPanel::codeText() const
{
    return mJoinCode->text();
}
