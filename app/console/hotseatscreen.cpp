#include "console/hotseatscreen.h"

#include "runner/uisizes.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// A colour chip beside the stage's number and name: colour helps, the words carry the meaning.
QIcon chip(const Stage &stage)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(QColor(stage.colorName()));
    return QIcon(pixmap);
}
} // namespace

HotSeatScreen::HotSeatScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hotSeatScreen"));
    setAccessibleName(roomTr("Hot seat"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    mQuestionPage = new QWidget(this);
    auto *question = new QVBoxLayout(mQuestionPage);
    question->setContentsMargins(0, 0, 0, 0);
    question->setSpacing(10);
    mPrompt = new QLabel(mQuestionPage);
    mPrompt->setObjectName(QStringLiteral("hotSeatPrompt"));
    mPrompt->setWordWrap(true);
    mPrompt->setTextFormat(Qt::PlainText);
    mPrompt->setFont(UiSizes::scaledFont(font(), 1.6, true));
    question->addWidget(mPrompt);
    const QFont buttonFont = UiSizes::scaledFont(font(), 1.3);
    const auto addButton = [&](const QString &name, const QString &choice) {
        auto *button = new QPushButton(mQuestionPage);
        button->setObjectName(name);
        button->setFont(buttonFont);
        button->setIconSize(QSize(32, 32));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMinimumHeight(QFontMetrics(buttonFont).height() * 2 + 16);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        question->addWidget(button, 1);
        return button;
    };
    for (int i = 0; i < Spectrum::StageCount; ++i)
        mStageButtons.append(
            addButton(QStringLiteral("hotSeat%1").arg(i + 1), Spectrum::keys().at(i)));
    mPass = addButton(QStringLiteral("hotSeatPass"), SessionKeys::Pass);
    mPass->setText(roomTr("0  Pass\nI'd rather not say"));
    mPass->setAccessibleName(roomTr("0 Pass"));

    mThanksPage = new QWidget(this);
    auto *thanks = new QVBoxLayout(mThanksPage);
    mThanks = new QLabel(roomTr("Thank you — your answer is saved.\nPlease pass the laptop on."),
                         mThanksPage);
    mThanks->setObjectName(QStringLiteral("hotSeatThanks"));
    mThanks->setFont(UiSizes::scaledFont(font(), 2.0, true));
    mThanks->setAlignment(Qt::AlignCenter);
    mThanks->setWordWrap(true);
    thanks->addWidget(mThanks, 1);

    mPages = new QStackedWidget(this);
    mPages->addWidget(mQuestionPage);
    mPages->addWidget(mThanksPage);

    // The band under the answers: the trainer's hint, and "Next person" on the thank-you only.
    mHint = new QLabel(this);
    mHint->setObjectName(QStringLiteral("hotSeatUnlockHint"));
    mHint->setForegroundRole(QPalette::WindowText);
    mNext = new QPushButton(roomTr("Next person"), this);
    mNext->setObjectName(QStringLiteral("nextPerson"));
    mNext->setFont(UiSizes::scaledFont(font(), 1.3, true));
    mNext->setMinimumSize(QFontMetrics(mNext->font()).horizontalAdvance(mNext->text()) + 64,
                          QFontMetrics(mNext->font()).height() * 2 + 16);
    QSizePolicy keep = mNext->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // the band is as high on both screens
    mNext->setSizePolicy(keep);
    connect(mNext, &QPushButton::clicked, this, [this] {
        if (acceptsTaps())
            emit nextPersonRequested();
    });
    auto *band = new QHBoxLayout;
    band->addWidget(mHint, 1, Qt::AlignLeft | Qt::AlignBottom);
    band->addWidget(mNext, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(mPages, 1);
    layout->addLayout(band);
    showQuestion();
}

void HotSeatScreen::setQuestion(const QString &prompt, const Spectrum &stages)
{
    mPrompt->setText(prompt);
    // The keyboard rests on the screen itself between people: a screen reader then reads the
    // question with its name.
    setAccessibleDescription(prompt);
    mSummaries.clear();
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        const Stage &stage = stages.at(i);
        QPushButton *button = mStageButtons.at(i);
        button->setText(roomTr("%1  %2\n%3").arg(i + 1).arg(stage.label, stage.summary));
        button->setIcon(chip(stage));
        button->setAccessibleName(roomTr("%1 %2").arg(i + 1).arg(stage.label));
        mSummaries.append(stage.summary);
    }
    setTakingAnswers(mTaking, mWhy);
}

void HotSeatScreen::setTakingAnswers(bool taking, const QString &why)
{
    mTaking = taking;
    mWhy = taking ? QString() : why;
    for (int i = 0; i < mStageButtons.size(); ++i) {
        QPushButton *button = mStageButtons.at(i);
        button->setEnabled(taking);
        button->setToolTip(mWhy);
        const QString summary = mSummaries.value(i);
        button->setAccessibleDescription(
            mWhy.isEmpty() ? summary : QStringLiteral("%1 %2").arg(mWhy, summary).trimmed());
    }
    mPass->setEnabled(taking);
    mPass->setToolTip(mWhy);
    const QString pass = roomTr("I'd rather not say");
    mPass->setAccessibleDescription(mWhy.isEmpty() ? pass
                                                   : QStringLiteral("%1 %2").arg(mWhy, pass));
}

void HotSeatScreen::setUnlockHint(const QString &hint)
{
    mHint->setText(hint);
}

void HotSeatScreen::showQuestion()
{
    mPages->setCurrentWidget(mQuestionPage);
    mNext->hide();
    shown();
    // No answer has the focus, so a key held from the last screen (Enter, Space) answers
    // nothing; 1–5 and 0 work from here, Tab reaches the buttons.
    if (isVisible())
        setFocus(Qt::OtherFocusReason);
}

void HotSeatScreen::showThanks()
{
    mPages->setCurrentWidget(mThanksPage);
    mNext->show();
    shown();
    if (isVisible())
        mNext->setFocus(Qt::OtherFocusReason);
}

bool HotSeatScreen::isShowingThanks() const
{
    return mPages->currentWidget() == mThanksPage;
}

bool HotSeatScreen::acceptsTaps() const
{
    return mShownAt.isValid() && mShownAt.elapsed() >= mGuardMs;
}

void HotSeatScreen::shown()
{
    mShownAt.start();
}

void HotSeatScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    shown();
    if (isShowingThanks())
        mNext->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void HotSeatScreen::choose(const QString &choice)
{
    if (mTaking && acceptsTaps() && !isShowingThanks())
        emit answered(choice);
}

void HotSeatScreen::keyPressEvent(QKeyEvent *event)
{
    if (!isShowingThanks() && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_5) {
            choose(Spectrum::keys().at(key - Qt::Key_1));
            return;
        }
        if (key == Qt::Key_0 || key == Qt::Key_P) {
            choose(SessionKeys::Pass);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}
