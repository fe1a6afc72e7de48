#pragma once

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLabel;
class Store;

// "Delete Old Sessions": after how many months the console deletes a session by itself, each
// time it starts: never (the default), 6, 12 or 24 months. Asked once at the first start
// (MainWindow::setAsksAtFirstStart) and changed later from File ▸ Delete Old Sessions
// Automatically. Which sessions are old is the core's rule (store/retention.h); the dialog only
// says how many that is now and keeps the choice (QSettings "retention/months").
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    // The choices offered, in months; 0 keeps every session.
    static QList<int> choices();
    // The kept choice, or std::nullopt when it was never asked.
    static std::optional<int> savedMonths();
    static void saveMonths(int months);

    // store: to say how many sessions a choice deletes now (none said when null or closed).
    // keep: a session that is never deleted (the open one).
    RetentionDialog(int months, bool firstStart, const Store *store, qint64 keep = 0,
                    QWidget *parent = nullptr);

    int months() const;

private:
    void updateEffect();

    const Store *mStore;
    qint64 mKeep;
    QButtonGroup *mChoices;
    QLabel *mEffect;
};
