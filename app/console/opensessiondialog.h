#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class Store;

// Lists the sessions in the store to open one, or to delete one with all of its data.
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
    void reload();
    void deleteSelected();

    Store *mStore;
    QListWidget *mList = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mDelete = nullptr;
};
