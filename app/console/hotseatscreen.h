#pragma once

#include "roomlanguage.h"

#include "spectrum.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

// What the person holding the laptop sees in hot-seat mode, filling the console window while it
// is locked (HotSeatLock): the question, the five stages and "Pass", then a thank-you.
//
//   ┌ question ─────────────────────┐   ┌ thanks ───────────────────────┐
//   │ Where are you today? …        │   │                               │
//   │ [1  Bystander — …           ] │   │  Thank you — your answer is   │
//   │ …                             │   │  saved. Pass the laptop on.   │
//   │ [5  Advocate — …            ] │   │                               │
//   │ [0  Pass                    ] │   │                               │
//   ├ band ─────────────────────────┤   ├ band ─────────────────────────┤
//   │ Trainer: Ctrl+Shift+L …       │   │ Trainer: …      [Next person] │
//   └───────────────────────────────┘   └───────────────────────────────┘
//
// "Next person" lives in the band under the answers, which the question screen leaves empty, so
// it never sits where a stage or "Pass" appears next. Both screens ignore taps and keys for
// TapGuardMs after they appear.
class HotSeatScreen : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(HotSeatScreen)    // its texts are for the room
    Q_PROPERTY(bool acceptsTaps READ acceptsTaps) // for tests that wait for it

public:
    // A double tap, or a tap meant for the screen that just went, must not become an answer:
    // one report had a "Next person" tap stored as the stage that appeared under it. Long
    // enough for a double tap and a hand's bounce, short enough that nobody waits for it.
    static constexpr int TapGuardMs = 600;

    explicit HotSeatScreen(QWidget *parent = nullptr);

    void setQuestion(const QString &prompt, const Spectrum &stages);
    void setUnlockHint(const QString &hint);
    // Whether the question takes answers (SessionRules::takesAnswers, asked by the panel): if
    // not, the stage and Pass buttons and keys are off, and the buttons say why.
    void setTakingAnswers(bool taking, const QString &why);
    bool isTakingAnswers() const { return mTaking; }
    void showQuestion();
    void showThanks();
    bool isShowingThanks() const;
    // False for TapGuardMs after either screen appears.
    bool acceptsTaps() const;
    void setTapGuardMs(int ms) { mGuardMs = ms; } // tests

signals:
    void answered(const QString &choice); // a stage key or SessionKeys::Pass
    void nextPersonRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void choose(const QString &choice);
    void shown();

    QStackedWidget *mPages;
    QWidget *mQuestionPage;
    QWidget *mThanksPage;
    QLabel *mPrompt;
    QList<QPushButton *> mStageButtons;
    QStringList mSummaries;
    bool mTaking = true;
    QString mWhy;
    QPushButton *mPass;
    QLabel *mThanks;
    QPushButton *mNext;
    QLabel *mHint;
    QElapsedTimer mShownAt;
    int mGuardMs = TapGuardMs;
};
