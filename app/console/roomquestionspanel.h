#pragma once

#include "roomlanguage.h"

#include <QWidget>

class AudienceState;
class QLabel;
class QListWidget;
class QPushButton;
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

private:
    void refresh();
    void updateButtons();
    QString selectedKey() const;
    void setState(int state);
    void showOnProjector();

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    AudienceState *mAudience;
    QLabel *mSummary;
    QListWidget *mList;
    QLabel *mHeldHeading;
    QListWidget *mHeld;
    QPushButton *mShow;
    QPushButton *mAnswered;
    QPushButton *mHide;
    QPushButton *mLetIn;
};
