#pragma once

#include "roomlanguage.h"

#include "session/session.h"
#include "spectrum.h"

#include <QSet>
#include <QWidget>

#include <functional>

class AudienceState;
class HotSeatLock;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoCommand;
class QUndoStack;
class SessionModel;

// "Where are you today?" for one phase (before, after, follow-up), collected two ways:
//   tally    — the group stands on a line; keys 1–5 add one to a stage, "−" then a key takes
//              one away, Ctrl+Z undoes;
//   hot seat — the laptop goes round; "Hand over" locks the console (HotSeatLock) to a screen
//              with only the question, the five stages and "Pass" (HotSeatScreen); each person
//              answers and sees a thank-you, nothing of earlier answers. Undo, the notes and the
//              results are out of reach until the trainer unlocks.
// Results stay hidden on the projector until "Reveal".
class SelfPlacementPanel : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(SelfPlacementPanel) // what it shows the room

public:
    enum class Mode { Tally, HotSeat };

    SelfPlacementPanel(SessionModel *model, QUndoStack *undoStack, AudienceState *audience,
                       QWidget *parent = nullptr);

    void setPhase(Phase phase);
    void setMode(Mode mode);
    // The question for the current phase, asked when first needed; 0 if not asked yet.
    qint64 questionId() const;
    // Puts the question of the current phase (created if needed) on the projector, and so
    // on the phones.
    void showQuestionOnProjector();
    // Where hot-seat answers are taken: the window's lock and its screen.
    void setHotSeatLock(HotSeatLock *lock);
    // Locks the console to the hot-seat screen, after asking the trainer what needs asking.
    void handOver();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // A new session: the phase it starts from (follow-up for a follow-up session).
    void followSession();
    QWidget *createTallyPage();
    QWidget *createHotSeatPage();
    // Puts the phase's question to the room (the projector, the phones, the hot seat), asking
    // it if it is not yet; not an undo step of its own (AskQuestionCommand). 0 if it cannot be.
    qint64 askQuestion();
    // Pushes one change to the phase's question as one undo step, asking the question within
    // that step when it is not asked yet.
    void pushChange(const std::function<QUndoCommand *(qint64 questionId)> &change);
    void addToTally(int stageIndex, int delta);
    void recordHotSeat(const QString &choice);
    void nextPerson();
    void handedBack();
    bool confirmMixing(qint64 questionId, Mode adding);
    // Whether the question takes hot-seat answers; says why not when it does not.
    bool hotSeatTakesAnswers(qint64 id);
    void toggleReveal();
    void refresh();
    Spectrum spectrum() const;

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    AudienceState *mAudience;
    Phase mPhase = Phase::Baseline;
    qint64 mPhaseSession = 0; // the session the phase was last chosen for
    bool mFollowedUp = false; // that session is a follow-up (its phase was set to follow-up)
    Mode mMode = Mode::Tally;
    bool mSubtractNext = false;
    QSet<qint64> mMixingConfirmed; // questions the trainer agreed to count both ways
    qint64 mShownSession = 0;      // the counts last shown, to announce the ones that change
    Phase mShownPhase = Phase::Baseline;
    QList<int> mShownCounts;
    int mShownAnswered = 0;

    QComboBox *mPhaseBox = nullptr;
    QComboBox *mModeBox = nullptr;
    QPushButton *mShowButton = nullptr;
    QPushButton *mRevealButton = nullptr;
    QStackedWidget *mPages = nullptr;
    QWidget *mTallyPage = nullptr;
    QWidget *mHotSeatPage = nullptr;
    QPushButton *mHandOverButton = nullptr;
    HotSeatLock *mLock = nullptr;
    QList<QPushButton *> mTallyButtons;
    QList<QLabel *> mTallyCounts;
    QLabel *mTallyTotal = nullptr;
    QLabel *mSubtractHint = nullptr;
    QTimer *mThanksTimer = nullptr;
};
