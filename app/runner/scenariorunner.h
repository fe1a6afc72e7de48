#pragma once

#include "audience/audiencestate.h"
#include "scenario/scenario.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class DecisionPanel;
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

// Runs one scenario on the facilitator's console, scene by scene, to its ending and debrief.
//
//   ScenarioRunner ─┬─ scene: title, narration ──"Show on projector"──> AudienceState
//                   ├─ NotesPanel      facilitator notes (console only)
//                   ├─ DecisionPanel   votes / group's choice ──commands──> QUndoStack ─>
//                   SessionModel ├─ RoundTimer      ──seconds──> AudienceState::setTimerSeconds └─
//                   RoleCardsDialog (on demand) print / PDF
//
// What reaches the AudienceState is built only from narration, prompts, option texts, revealed
// stages and reasons, and debrief questions: notes, briefs and counts have no way there.
// The runner never changes answers or tallies itself: it pushes commands on the undo stack, so
// the console's Edit ▸ Undo (Ctrl+Z on the same stack) takes back any press.
class ScenarioRunner : public QWidget
{
    Q_OBJECT

public:
    // model and audience may be null (a rehearsal without a session or without a projector).
    ScenarioRunner(const Scenario &scenario, SessionModel *model, QUndoStack *undoStack,
                   AudienceState *audience, QWidget *parent = nullptr);
    ~ScenarioRunner() override;

    static constexpr int DebriefSeconds = 10 * 60;

    const Scenario &scenario() const { return mScenario; }
    QStringList path() const { return mPath; } // scene ids visited, the current one last
    QString currentSceneId() const { return mPath.isEmpty() ? QString() : mPath.last(); }
    bool isInDebrief() const { return mInDebrief; }
    qint64 currentQuestionId() const; // the decision question of the current scene, or 0
    // What "Show on projector" puts on the audience screen for the current step.
    AudienceState::Content currentAudienceContent() const;

    DecisionPanel *decisionPanel() const { return mDecision; }
    RoundTimer *roundTimer() const { return mTimer; }

public slots:
    // Shows the first scene, unless the runner has started already; showing the runner
    // starts it too. restart() goes back to the first scene at any time.
    void start();
    void showOnProjector();
    void goBack();
    void advance(); // the next scene, or the debrief after an ending
    void goToScene(const QString &sceneId);
    void openDebrief();
    void restart();
    void openRoleCards();

signals:
    void stepChanged();
    void questionCreated(qint64 questionId);
    void currentQuestionChanged(qint64 questionId); // 0 when the step has no decision
    void audienceContentShown(const AudienceState::Content &content);
    void finished();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const Scene *currentScene() const;
    void showStep();
    void placeFocus();
    void showOnAudience(const AudienceState::Content &content);
    void vote(int option, int delta);
    void updateBreadcrumb();
    void updateProjectorStatus();
    void updateTabOrder();
    void applyFonts();
    void buildActions();

    const Scenario mScenario;
    SessionModel *mModel;
    QUndoStack *mUndoStack;
    QPointer<AudienceState> mAudience;
    QStringList mPath;
    bool mStarted = false;
    bool mInDebrief = false;
    bool mRemoveArmed = false; // "−" was pressed: the next number takes a vote away
    bool mTimerOnAudience = false;
    qint64 mLastQuestionId = 0;

    QLabel *mScenarioTitle;
    QLabel *mBreadcrumb;
    QPushButton *mRoleCardsButton;
    QPushButton *mRestartButton;
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
