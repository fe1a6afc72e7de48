#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"
#include "scenario/scenario.h"
#include "session/scenariowalk.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class DecisionPanel;
class DelayedCount;
class NotesPanel;
class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QUndoStack;
class RoleCardsDialog;
class RoundTimer;
class SessionModel;
class StackingRow;

// Runs one scenario on the facilitator's console, scene by scene, to an ending, the debrief and
// the end. The walk (path, back, next, debrief, finish) is a ScenarioWalk; the runner shows its
// current step and turns presses into its moves.
//
//   ScenarioWalk ──changed──> ScenarioRunner
//                               ├─ scene: title, narration ──"Show on projector"──> AudienceState
//                               ├─ NotesPanel       facilitator notes (console only)
//                               ├─ DecisionPanel    votes, group's choice ──commands──> QUndoStack
//                               │                   ──> SessionModel
//                               ├─ RoundTimer       afresh each step ──seconds──> AudienceState
//                               └─ RoleCardsDialog  (on demand) print / PDF
//
// What reaches the AudienceState is built only from narration, prompts, option texts, revealed
// stages and reasons, debrief questions and the scenario's title: notes, briefs and counts have
// no way there.
// The runner never changes answers or tallies itself: it pushes commands on the undo stack, so
// the console's Edit ▸ Undo (Ctrl+Z on the same stack) takes back any press.
class ScenarioRunner : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(ScenarioRunner) // what it shows the room

public:
    // model and audience may be null (a rehearsal without a session or without a projector).
    ScenarioRunner(const Scenario &scenario, SessionModel *model, QUndoStack *undoStack,
                   AudienceState *audience, QWidget *parent = nullptr);
    ~ScenarioRunner() override;

    static constexpr int DebriefSeconds = ScenarioWalk::DebriefSeconds;

    const ScenarioWalk *walk() const { return mWalk; }
    // How long a change in the number sitting the role-play out waits before it shows (15 s
    // unless set; DelayedCount).
    void setSittingOutDelay(int ms);
    // A follow-up's replay: straight to this scene, where the content note is shown as on a
    // first scene.
    void replayFrom(const QString &sceneId);
    const Scenario &scenario() const { return mWalk->scenario(); }
    QStringList path() const { return mWalk->path(); } // scene ids visited, the current one last
    QString currentSceneId() const { return mWalk->currentSceneId(); }
    bool isInDebrief() const { return mWalk->isInDebrief(); }
    bool isFinished() const { return mWalk->isFinished(); }
    qint64 currentQuestionId() const; // the decision question of the current scene, or 0
    // What "Show on projector" puts on the audience screen for the current step.
    AudienceState::Content currentAudienceContent() const;

    DecisionPanel *decisionPanel() const { return mDecision; }
    RoundTimer *roundTimer() const { return mTimer; }

public slots:
    // Shows the first scene, unless the walk has started already (going to a scene starts it
    // too); showing the runner calls start(). restart() goes back to the first scene at any time.
    void start();
    void showOnProjector();
    void goBack();
    void advance(); // the next scene, or the debrief after an ending
    void goToScene(const QString &sceneId);
    void openDebrief();
    void finish(); // ends the walk: the timer stops, the projector says the scenario is over
    void restart();
    void openRoleCards();

signals:
    void questionCreated(qint64 questionId);
    void finished(); // the walk has ended, and the projector says so

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    AudienceState::Content overContent() const;
    void showStep();
    void walkFinished();
    void placeFocus();
    void showOnAudience(const AudienceState::Content &content);
    // Which step the projector's content and timer belong to (AudienceState::Content::step).
    void updateAudienceRotation();
    QString audienceStep() const;
    void updateSittingOut();
    void vote(int option, int delta);
    void updateBreadcrumb();
    void updateProjectorStatus();
    void updateTabOrder();
    void applyFonts();
    void buildActions();

    ScenarioWalk *mWalk;
    SessionModel *mModel;
    QUndoStack *mUndoStack;
    QPointer<AudienceState> mAudience;
    bool mRemoveArmed = false; // "−" was pressed: the next number takes a vote away
    bool mTimerOnAudience = false;

    QLabel *mScenarioTitle;
    QLabel *mBreadcrumb;
    QLabel *mContentNote; // the scenario's content note, read out on the first scene
    QLabel *mSittingOut;  // "2 people are sitting this one out", only while someone is
    DelayedCount *mSittingOutCount;
    QString mReplayScene; // the scene a replay started at (replayFrom), or empty
    QPushButton *mRoleCardsButton;
    QPushButton *mRestartButton;
    QScrollArea *mStoryScroll = nullptr; // the scene's text, above the decision
    StackingRow *mBottom = nullptr;      // moving on: one row, or two when narrow
    QScrollArea *mScroll;
    QLabel *mKicker;
    QLabel *mSceneTitle;
    QLabel *mNarration;
    QLabel *mEndingNote;
    DecisionPanel *mDecision;
    QLabel *mDebriefView;
    NotesPanel *mNotes;
    QGroupBox *mTimerBox;
    RoundTimer *mTimer;
    QPushButton *mBackButton;
    QPushButton *mShowButton;
    QLabel *mProjectorStatus;
    QPushButton *mNextButton;
    QPushButton *mDebriefButton;
    QPushButton *mFinishButton;
    QAction *mBackAction;
    QAction *mAdvanceAction;
    QAction *mShowAction;
    QAction *mMinusAction;
    QList<QAction *> mVoteActions;   // 1–6: one more
    QList<QAction *> mUnvoteActions; // Shift+1–6: one less
    QPointer<RoleCardsDialog> mRoleCards;
};
