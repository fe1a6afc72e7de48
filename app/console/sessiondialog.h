#pragma once

#include "session/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// New session or session settings: title, date, cohort, language, the workshop's own stage
// labels, and the anonymity threshold k.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionDialog(const Session &session, QWidget *parent = nullptr);

    Session session() const;

private:
    void updateOk();

    Session mSession;
    QLineEdit *mTitle = nullptr;
    QDateEdit *mDate = nullptr;
    QLineEdit *mCohort = nullptr;
    QComboBox *mLanguage = nullptr;
    QList<QLineEdit *> mLabels;
    QSpinBox *mK = nullptr;
    QPushButton *mOk = nullptr;
};
