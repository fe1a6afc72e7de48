#pragma once

#include "roomlanguage.h"

#include "session/session.h"

#include <QWidget>

#include <optional>

class AudienceState;
class CheckInPanel;
class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class SessionModel;

// Anonymous commitments ("one action in the next two weeks"), typed in by the facilitator from
// the participants' cards, picked from a catalogue of starter actions, or sent from phones. Each
// can be edited or deleted (one undo step each). They go to the report, onto the projector as a
// wall and onto take-away cards, only when there are at least k of them.
//
//   text box ──Add / Save──> Add/EditCommitmentCommand ──> SessionModel ──changed──> list
//   list ──Delete──> DeleteCommitmentCommand                    └──> the wall, if it is shown
class CommitmentsPanel : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(CommitmentsPanel) // what it shows the room

public:
    CommitmentsPanel(SessionModel *model, QUndoStack *undoStack, AudienceState *audience,
                     QWidget *parent = nullptr);

    // A follow-up's check-in, above the commitments.
    CheckInPanel *checkIn() const { return mCheckIn; }

signals:
    // "Ask the room": show the commitment prompt on the projector (and so on the phones).
    void askRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addOrSave();
    void startEditing();
    void stopEditing();
    void deleteSelected();
    void showWall();
    void printCards();
    void refresh();
    void updateCounter();
    void updateButtons();
    std::optional<Commitment> selected() const;

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    AudienceState *mAudience;
    CheckInPanel *mCheckIn = nullptr;
    QPlainTextEdit *mText = nullptr;
    QLabel *mCounter = nullptr;
    QPushButton *mAdd = nullptr;
    QPushButton *mCancel = nullptr;
    QListWidget *mList = nullptr;
    QList<Commitment> mListed; // what each row of the list shows
    QPushButton *mEdit = nullptr;
    QPushButton *mDelete = nullptr;
    QLabel *mWallHint = nullptr;
    QAction *mPrintCards = nullptr;
    std::optional<Commitment> mEditing; // the commitment the text box is changing, if any
};
