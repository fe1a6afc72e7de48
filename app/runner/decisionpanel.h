#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"
#include "scenario/scenario.h"
#include "session/sessionrules.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QToolButton;
class QUndoStack;
class SessionModel;
class StageChip;
struct SessionChange;

// One decision point on the console: the prompt, the options with their vote counts, the
// group's single choice, the reveal of each option's stage and "why", and the branch to follow.
//
//   +/− and keys 1–6 ───ChangeTallyCommand────┐
//   "The group chooses" ─SetGroupChoiceCommand─┼─> QUndoStack ─> SessionModel ─changed─> counts
//   "Reveal stages" ─────RevealCommand─────────┘
//
// What counts (votes, passes, people, the group's choice) is SessionRules::count(); which
// question a scene records into is SessionRules::decisionQuestion().
//
// Counts are shown here only; what the room sees is built by questionContent() and
// resultsContent(), which carry texts, stages and reasons but never a number of votes.
class DecisionPanel : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(DecisionPanel) // what it shows the room

public:
    DecisionPanel(SessionModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows the decision of `scene`. Its question is created in the session the first time
    // the scene is reached and reused afterwards (also from a reopened session).
    void setDecision(const QString &scenarioId, const Scene &scene);
    void clearDecision();

    qint64 questionId() const { return mQuestionId; }
    int optionCount() const { return int(mOptions.size()); }
    QuestionCount count() const; // SessionRules::count() of the current question
    int votes(int option) const; // tallies plus participants' answers (not the group's choice)
    QString groupChoice() const; // the option id the group chose, or empty
    bool isRevealed() const;
    // Whether votes are counted now: a session records this decision and it takes answers
    // (SessionRules::takesAnswers: not once the stages are revealed, until it is asked again).
    bool takesVotes() const;
    int selectedOption() const;
    // What to follow unless the facilitator picks otherwise: SessionRules::leadingChoice().
    int defaultOption() const;

    AudienceState::Content questionContent() const;
    AudienceState::Content resultsContent() const;
    // Status and buttons, for the embedding widget to place where they are always visible.
    QWidget *actionBar() const { return mActionBar; } // its buttons, for the runner to place
    QLabel *statusLabel() const { return mStatus; }   // the votes so far, likewise
    QList<QWidget *> focusChain() const;
    QWidget *focusTarget() const; // the option picked, where the keyboard starts

public slots:
    void addVote(int option, int delta);
    void selectOption(int option);
    void recordGroupChoice();
    void reveal();
    void askAgainIfRevealed();
    void follow();

signals:
    void questionCreated(qint64 questionId);
    void showOnProjectorRequested(const AudienceState::Content &content);
    void followRequested(const QString &sceneId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QRadioButton *radio = nullptr;
        QLabel *text = nullptr;
        StageChip *chip = nullptr;
        QLabel *why = nullptr;
        QLabel *groupMark = nullptr;
        QLabel *count = nullptr;
        QToolButton *minus = nullptr;
        QToolButton *plus = nullptr;
    };

    void modelChanged(const SessionChange &change);
    qint64 findOrCreateQuestion(QString *error);
    void buildRows();
    void refresh();
    void updateSelection();
    void applyFonts();
    QString optionLabel(int option) const;
    bool confirmCountingHands();

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    QString mScenarioId;
    QString mSceneId;
    Scene mScene;
    Decision mDecision;
    QList<DecisionOption> mOptions;
    qint64 mQuestionId = 0;
    bool mUserPicked = false;
    bool mRevealedLocally = false; // also without a session
    QSet<qint64> mMixingConfirmed; // decisions where hands may be counted on top of answers
    qint64 mShownQuestion = 0;     // the question whose votes mShownVotes are
    QList<int> mShownVotes;        // as last shown, to announce the ones that change

    QLabel *mKicker;
    QLabel *mPrompt;
    QLabel *mHint;
    QWidget *mRowsBox;
    QButtonGroup *mRadios;
    QList<Row> mRows;
    QWidget *mActionBar;
    QLabel *mStatus;
    QPushButton *mShowQuestion;
    QPushButton *mGroupChooses;
    QPushButton *mReveal;
    QPushButton *mFollow;
};
