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
        mAddress->setText(tr("Scan the code, or open %1 on your phone").arg(join.address));
        mJoinCode->setText(tr("Code: %1").arg(join.code));
    } else {
        mAddress->setText(tr("Join from your phone: %1").arg(join.address));
        mJoinCode->setText(tr("Code %1").arg(join.code));
    }
    setAccessibleName(join.isEmpty() ? QString() : addressText() + QLatin1Char(' ') + codeText());
}

void JoinPanel::setUnit(int unit)
{
    QFont text = font();
    QFont code = font();
    code.setBold(true);
    code.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    if (mSize == Size::Large) {
        text.setPixelSize(int(unit * 1.4));
        code.setPixelSize(int(unit * 3.0));
        mCode->setMinimumSize(unit * 12, unit * 12);
    } else {
        text.setPixelSize(int(unit * 0.8));
        code.setPixelSize(int(unit * 1.0));
        mCode->setFixedSize(unit * 4, unit * 4);
    }
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
