#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QUndoStack;
class SessionModel;

// The questions participants sent from their phones, for the trainer alone: the queue in the
// order they came, and apart from it those the word list held for review. Each can be shown on
// the projector ("A question from the room", never who sent it), marked answered, hidden, or
// let in from review; every one of these is a command on the undo stack.
//
//   ParticipantServer ──addRoomQuestion──> SessionModel ──changed──> RoomQuestionsPanel
//   RoomQuestionsPanel ──RoomQuestionStateCommand──> SessionModel;  ──show──> AudienceState
class RoomQuestionsPanel : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(RoomQuestionsPanel) // the projector's heading is the room's

public:
    RoomQuestionsPanel(SessionModel *model, QUndoStack *undoStack, AudienceState *audience,
                       QWidget *parent = nullptr);
    // How long a newly arrived question waits before it is listed (15 s unless set): arrivals
    // close together are listed together, so a question never appears at the moment someone
    // in the room lowers their phone.
    void setArrivalDelay(int ms);

private:
    void refresh();
    void updateButtons();
    QString selectedKey() const;
    void setState(int state);
    void showOnProjector();

    void modelChanged(bool reset);
    // When the question on the projector leaves the queue (answered, hidden), what the projector
    // showed before it comes back, unless something else was shown meanwhile.
    void giveProjectorBack(const QString &key);

    SessionModel *mModel;
    QSet<QString> mListed; // keys of the questions released to the list
    QTimer *mArrivals;
    QUndoStack *mUndoStack;
    AudienceState *mAudience;
    QString mOnProjector;                   // the key of the question shown, while it is
    AudienceState::Content mShownQuestion;  // the screen it was shown on
    AudienceState::Content mBeforeQuestion; // what the projector showed before it
    QLabel *mSummary;
    QListWidget *mList;
    QLabel *mHeldHeading;
    QListWidget *mHeld;
    QPushButton *mShow;
    QPushButton *mAnswered;
    QPushButton *mHide;
    QPushButton *mLetIn;
};
