#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class SessionModel;

// Anonymous commitments ("one action in the next two weeks"), typed in by the facilitator from
// the participants' cards, or picked from a catalogue of starter actions. They go to the report
// (only when there are at least k of them).
class CommitmentsPanel : public QWidget
{
    Q_OBJECT

public:
    CommitmentsPanel(SessionModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    static QStringList starterActions();

signals:
    // "Ask the room": show the commitment prompt on the projector (and so on the phones).
    void askRequested();

private:
    void add();
    void refresh();
    void updateCounter();

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    QPlainTextEdit *mText = nullptr;
    QLabel *mCounter = nullptr;
    QPushButton *mAdd = nullptr;
    QListWidget *mList = nullptr;
};
