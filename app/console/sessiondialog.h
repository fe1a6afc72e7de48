#pragma once

#include "session/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// New session or session settings: title, date, cohort, language, the workshop's own stage
// labels, and the anonymity threshold k.
//
// A cohort's trend joins sessions by the exact cohort name, so the cohort is picked from the
// earlier ones: a name that differs from one only in letter case or spaces is saved as the
// earlier one, and a near miss ("Lead 2026" for "Leads 2026") is pointed out before it starts a
// separate trend.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionDialog(const Session &session, const QStringList &earlierCohorts = {},
                           QWidget *parent = nullptr);

    Session session() const;

private:
    void updateOk();
    void updateCohortHint();
    // The cohort as it will be saved: an earlier cohort's own spelling when it names one.
    QString cohort() const;

    Session mSession;
    QLineEdit *mTitle = nullptr;
    QDateEdit *mDate = nullptr;
    QStringList mEarlierCohorts;
    QComboBox *mCohort = nullptr;
    QLabel *mCohortHint = nullptr;
    QComboBox *mLanguage = nullptr;
    QList<QLineEdit *> mLabels;
    QSpinBox *mK = nullptr;
    QLineEdit *mTrainer = nullptr;
    QPlainTextEdit *mAgenda = nullptr;
    QPlainTextEdit *mAgreements = nullptr;
    QPushButton *mOk = nullptr;
};
