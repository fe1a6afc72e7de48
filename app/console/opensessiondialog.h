#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;
class Store;

// Lists the sessions in the store to open one, or to delete one with all of its data. A
// deletion can be undone (Ctrl+Z, "Undo Delete") until the dialog closes; then it is final.
class OpenSessionDialog : public QDialog
{
    Q_OBJECT

public:
    OpenSessionDialog(Store *store, QWidget *parent = nullptr);
    qint64 selectedSession() const;

signals:
    // Just before a session is deleted: the console closes it first if it is the open one,
    // so that nothing (a phone's answer, say) is written into it any more.
    void aboutToDelete(qint64 sessionId);

private:
    void reload(qint64 select = 0);
    void deleteSelected();
    void undoDelete();
    // Shows and reads out what the last deletion or undo did.
    void say(const QString &text);

    Store *mStore;
    QUndoStack *mDeletions;
    QListWidget *mList = nullptr;
    QLabel *mDeleted = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mDelete = nullptr;
    QPushButton *mUndo = nullptr;
};
