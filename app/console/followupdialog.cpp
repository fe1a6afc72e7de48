#include "console/followupdialog.h"

#include "session/sessionrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpDialog::FollowUpDialog(const Session &workshop, const QList<Question> &questions,
                               const QList<ScenarioSnapshot> &scenarios, const QStringList &cohorts,
                               QWidget *parent)
    : QDialog(parent), mWorkshop(workshop),
      mReplayable(SessionRules::replayableDecisions(questions))
{
    setWindowTitle(tr("Plan a Follow-up"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A shorter session a few weeks after “%1” for the same group: "
                                "people place themselves again (the follow-up phase) and play "
                                "the decisions you pick once more. The cohort's trend then shows "
                                "before, after and the follow-up.")
                                 .arg(workshop.title),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    const Session draft = SessionRules::followUpOf(
        workshop, workshop.cohort, SessionRules::suggestedFollowUpDate(workshop.date), {});
    mTitle = new QLineEdit(draft.title, this);
    mTitle->setObjectName(QStringLiteral("followUpTitle"));
    mTitle->setMaxLength(200);
    form->addRow(tr("&Title:"), mTitle);
    mDate = new QDateEdit(draft.date, this);
    mDate->setObjectName(QStringLiteral("followUpDate"));
    mDate->setCalendarPopup(true);
    form->addRow(tr("&Date:"), mDate);

    if (!workshop.cohort.isEmpty()) {
        mCohortChoice = new QComboBox(this);
        mCohortChoice->setObjectName(QStringLiteral("followUpCohort"));
        QStringList names = cohorts;
        if (!names.contains(workshop.cohort))
            names.append(workshop.cohort);
        mCohortChoice->addItems(names);
        mCohortChoice->setCurrentText(workshop.cohort);
        form->addRow(tr("&Cohort:"), mCohortChoice);
    } else {
        // Named once here, for both: the workshop joins the cohort too, so the trend links them.
        mCohortName = new QLineEdit(workshop.title.simplified(), this);
        mCohortName->setObjectName(QStringLiteral("followUpCohort"));
        mCohortName->setMaxLength(200);
        form->addRow(tr("&Cohort:"), mCohortName);
        auto *hint = new QLabel(tr("“%1” has no cohort yet: it joins this one, so that the "
                                   "trend links the two sessions.")
                                    .arg(workshop.title),
                                this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), hint);
        connect(mCohortName, &QLineEdit::textChanged, this, &FollowUpDialog::update);
    }

    auto *decisionsLabel = new QLabel(tr("Decisions to &replay:"), this);
    layout->addWidget(decisionsLabel);
    mDecisions = new QListWidget(this);
    mDecisions->setObjectName(QStringLiteral("followUpDecisions"));
    decisionsLabel->setBuddy(mDecisions);
    mDecisions->setAccessibleName(tr("Decisions to replay"));
    mDecisions->setWordWrap(true);
    mDecisions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Replay &replay : std::as_const(mReplayable)) {
        QString title = replay.scenarioId;
        for (const ScenarioSnapshot &kept : scenarios) {
            if (kept.scenarioId == replay.scenarioId)
                title = kept.title;
        }
        const QString prompt = replay.prompt.isEmpty() ? replay.sceneId : replay.prompt;
        auto *item = new QListWidgetItem(tr("%1: %2").arg(title, prompt), mDecisions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (mReplayable.isEmpty()) {
        auto *none = new QListWidgetItem(tr("This session asked no decision yet."), mDecisions);
        none->setFlags(Qt::NoItemFlags);
    }
    layout->addWidget(mDecisions, 1);
    connect(mDecisions, &QListWidget::itemChanged, this, &FollowUpDialog::update);

    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("followUpSummary"));
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setText(tr("Create Follow-up"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mTitle, &QLineEdit::textChanged, this, &FollowUpDialog::update);
    update();
    resize(sizeHint().expandedTo(QSize(560, 480)));
}

QString FollowUpDialog::cohort() const
{
    return (mCohortChoice ? mCohortChoice->currentText() : mCohortName->text()).simplified();
}

QString FollowUpDialog::newCohortForWorkshop() const
{
    return mCohortName ? cohort() : QString();
}

Session FollowUpDialog::followUp() const
{
    QList<Replay> picked;
    for (int i = 0; i < mReplayable.size() && i < mDecisions->count(); ++i) {
        if (mDecisions->item(i)->checkState() == Qt::Checked)
            picked.append(mReplayable.at(i));
    }
    Session s = SessionRules::followUpOf(mWorkshop, cohort(), mDate->date(), picked);
    s.title = mTitle->text().simplified();
    return s;
}

void FollowUpDialog::update()
{
    const Session s = followUp();
    mOk->setEnabled(!s.title.isEmpty() && !s.cohort.isEmpty());
    if (s.cohort.isEmpty())
        mSummary->setText(tr("Name the cohort the two sessions share."));
    else
        mSummary->setText(tr("The follow-up asks where people stand now and replays %n "
                             "decision(s).",
                             nullptr, int(s.replays.size())));
}
