#pragma once

#include "session/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// "Plan a Follow-up": a booster session weeks after the open one, for the same cohort. The
// trainer picks the cohort from those already named (never retyped, so the trend links the
// sessions) — or names one here when the workshop has none yet, which the workshop then joins —
// and ticks the decisions to play again:
//
//   workshop (Session + its questions) ──SessionRules::replayableDecisions──> the list to tick
//   FollowUpDialog::followUp() ──SessionRules::followUpOf──> the new session, ready to store
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // `scenarios`: what the workshop kept of the scenarios it ran (their titles name the
    // decisions).
    FollowUpDialog(const Session &workshop, const QList<Question> &questions,
                   const QList<ScenarioSnapshot> &scenarios, const QStringList &cohorts,
                   QWidget *parent = nullptr);

    // The follow-up as the dialog leaves it.
    Session followUp() const;
    // The cohort the workshop joins, when it had none; empty otherwise.
    QString newCohortForWorkshop() const;

private:
    QString cohort() const;
    void update();

    Session mWorkshop;
    QList<Replay> mReplayable;
    QLineEdit *mTitle;
    QDateEdit *mDate;
    QComboBox *mCohortChoice = nullptr; // the workshop has a cohort: pick one
    QLineEdit *mCohortName = nullptr;   // it has none: name it
    QListWidget *mDecisions;
    QLabel *mSummary;
    QPushButton *mOk;
};
