#include "console/sessiondialog.h"

#include "languages.h"
#include "scenario/suggest.h"
#include "session/sessionrules.h"

#include "spectrum.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Tab leaves the date for the next field in one press, instead of walking day, month and year
// (and the typing meant for the cohort landing in the date).
class DateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

// How a cohort name is compared: letter case and runs of spaces do not tell cohorts apart.
QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// A field wide enough to show its placeholder whole.
int widthForText(const QLineEdit *edit, const QString &text)
{
    const int frame =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
    // QLineEdit keeps 2 px of its own on each side; a character more for the cursor.
    return edit->fontMetrics().horizontalAdvance(text) + 2 * frame + 4 +
           edit->fontMetrics().averageCharWidth();
}

} // namespace

SessionDialog::SessionDialog(const Session &session, const QStringList &earlierCohorts,
                             QWidget *parent)
    : QDialog(parent), mSession(session), mEarlierCohorts(earlierCohorts)
{
    setWindowTitle(session.id == 0 ? tr("New Session") : tr("Session Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    mTitle = new QLineEdit(session.title, this);
    mTitle->setObjectName(QStringLiteral("sessionTitle"));
    mTitle->setPlaceholderText(tr("e.g. Leadership team, spring workshop"));
    mTitle->setMaxLength(200);
    mTitle->setMinimumWidth(widthForText(mTitle, mTitle->placeholderText()));
    form->addRow(tr("&Title:"), mTitle);

    mDate = new DateEdit(session.date.isValid() ? session.date : QDate::currentDate(), this);
    mDate->setObjectName(QStringLiteral("sessionDate"));
    mDate->setCalendarPopup(true);
    form->addRow(tr("&Date:"), mDate);

    // Editable, so a new cohort can be named; the list holds the earlier ones.
    mCohort = new QComboBox(this);
    mCohort->setObjectName(QStringLiteral("sessionCohortChoice"));
    mCohort->setEditable(true);
    mCohort->setInsertPolicy(QComboBox::NoInsert);
    mCohort->addItems(earlierCohorts);
    mCohort->setCurrentIndex(-1);
    mCohort->setEditText(session.cohort);
    QLineEdit *cohortEdit = mCohort->lineEdit();
    cohortEdit->setObjectName(QStringLiteral("sessionCohort"));
    cohortEdit->setPlaceholderText(tr("optional; the same name links a later follow-up"));
    cohortEdit->setMaxLength(200);
    {
        QStyleOptionComboBox option;
        option.initFrom(mCohort);
        option.editable = true;
        const QSize text(widthForText(cohortEdit, cohortEdit->placeholderText()),
                         cohortEdit->sizeHint().height());
        mCohort->setMinimumWidth(mCohort->style()
                                     ->sizeFromContents(QStyle::CT_ComboBox, &option, text, mCohort)
                                     .width());
    }
    form->addRow(tr("&Cohort:"), mCohort);
    mCohortHint = new QLabel(this);
    mCohortHint->setObjectName(QStringLiteral("cohortHint"));
    mCohortHint->setWordWrap(true);
    form->addRow(QString(), mCohortHint);

    mLanguage = new QComboBox(this);
    for (const Languages::Language &language : Languages::all())
        mLanguage->addItem(language.nativeName, language.code);
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(session.language)));
    form->addRow(tr("&Language:"), mLanguage);

    mK = new QSpinBox(this);
    mK->setObjectName(QStringLiteral("sessionK"));
    mK->setRange(Session::MinK, Session::MaxK);
    mK->setValue(session.k);
    mK->setSuffix(tr(" answers"));
    auto *kLabel = new QLabel(tr("&Show results from:"), this);
    kLabel->setBuddy(mK);
    mK->setToolTip(tr("No result, chart or commitment is shown or exported while it rests on "
                      "fewer answers than this, so nobody can be singled out."));
    form->addRow(kLabel, mK);

    // Less often changed: the stage names, and what the welcome screen says. A tab each keeps
    // the dialog inside a laptop's screen.
    auto *more = new QTabWidget(this);
    more->setObjectName(QStringLiteral("sessionMore"));
    auto *labels = new QWidget(more);
    auto *labelForm = new QFormLayout(labels);
    const Spectrum standard = Spectrum::standard();
    for (const Stage &stage : standard.stages()) {
        auto *edit = new QLineEdit(session.stageLabels.value(stage.key), labels);
        edit->setPlaceholderText(stage.label);
        edit->setMaxLength(40);
        edit->setAccessibleName(tr("Name for stage %1, %2").arg(stage.index + 1).arg(stage.label));
        labelForm->addRow(tr("%1.").arg(stage.index + 1), edit);
        mLabels.append(edit);
    }
    auto *hint = new QLabel(tr("Leave a field empty to use the standard name. The order and "
                               "colours of the stages stay the same."),
                            labels);
    hint->setWordWrap(true);
    labelForm->addRow(hint);
    more->addTab(labels, tr("Stage na&mes"));

    auto *welcome = new QWidget(more);
    auto *welcomeForm = new QFormLayout(welcome);
    mTrainer = new QLineEdit(session.trainer, welcome);
    mTrainer->setObjectName(QStringLiteral("sessionTrainer"));
    mTrainer->setPlaceholderText(tr("As the room will see it, e.g. Sam Okafor"));
    mTrainer->setMaxLength(80);
    welcomeForm->addRow(tr("Your &name:"), mTrainer);
    const int line = fontMetrics().lineSpacing();
    mAgenda = new QPlainTextEdit(session.agenda, welcome);
    mAgenda->setObjectName(QStringLiteral("sessionAgenda"));
    mAgenda->setPlaceholderText(tr("One item per line, e.g. 9:30 Where we stand"));
    mAgenda->setTabChangesFocus(true);
    mAgenda->setFixedHeight(line * 4 + 12);
    welcomeForm->addRow(tr("A&genda:"), mAgenda);
    mAgreements = new QPlainTextEdit(session.agreements, welcome);
    mAgreements->setObjectName(QStringLiteral("sessionAgreements"));
    mAgreements->setPlaceholderText(tr("One agreement per line"));
    mAgreements->setTabChangesFocus(true);
    mAgreements->setFixedHeight(line * 5 + 12);
    welcomeForm->addRow(tr("Our &agreements:"), mAgreements);
    auto *welcomeHint = new QLabel(tr("Shown on the projector when the session opens, and "
                                      "again with View ▸ Projector: Welcome Screen."),
                                   welcome);
    welcomeHint->setWordWrap(true);
    welcomeForm->addRow(welcomeHint);
    more->addTab(welcome, tr("&Welcome screen"));
    layout->addWidget(more);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setText(session.id == 0 ? tr("Start Session") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mTitle, &QLineEdit::textChanged, this, &SessionDialog::updateOk);
    connect(mCohort, &QComboBox::editTextChanged, this, &SessionDialog::updateCohortHint);
    updateOk();
    updateCohortHint();
    mTitle->setFocus();
}

QString SessionDialog::cohort() const
{
    const QString typed = mCohort->currentText().trimmed();
    for (const QString &earlier : mEarlierCohorts) {
        if (earlier == typed)
            return earlier;
    }
    for (const QString &earlier : mEarlierCohorts) {
        if (folded(earlier) == folded(typed))
            return earlier;
    }
    return typed;
}

void SessionDialog::updateCohortHint()
{
    const QString typed = mCohort->currentText().trimmed();
    const QString saved = cohort();
    QString hint;
    if (typed.isEmpty()) {
        hint.clear();
    } else if (mEarlierCohorts.contains(saved)) {
        hint = saved == typed ? tr("An earlier cohort: this session joins its trend.")
                              : tr("Saved as “%1”, the earlier cohort: this session joins its "
                                   "trend.")
                                    .arg(saved);
    } else {
        // The nearest earlier cohort, if a plausible typo away (the scenario checker's own
        // "did you mean").
        const QString nearest = closestMatch(typed.simplified(), mEarlierCohorts);
        hint = nearest.isEmpty()
                   ? tr("A new cohort: later sessions with the same name are compared with it.")
                   : tr("A new cohort. Did you mean “%1”? A different spelling starts a "
                        "separate trend.")
                         .arg(nearest);
    }
    mCohortHint->setText(hint);
    mCohortHint->setVisible(!hint.isEmpty());
}

void SessionDialog::updateOk()
{
    mOk->setEnabled(!mTitle->text().trimmed().isEmpty());
}

Session SessionDialog::session() const
{
    Session s = mSession;
    s.title = mTitle->text().trimmed();
    s.date = mDate->date();
    s.cohort = cohort();
    s.language = mLanguage->currentData().toString();
    s.k = mK->value();
    s.trainer = SessionRules::welcomeLines(mTrainer->text()).join(QLatin1Char(' '));
    s.agenda = SessionRules::welcomeLines(mAgenda->toPlainText()).join(QLatin1Char('\n'));
    s.agreements = SessionRules::welcomeLines(mAgreements->toPlainText()).join(QLatin1Char('\n'));
    s.stageLabels.clear();
    const QStringList keys = Spectrum::keys();
    for (int i = 0; i < mLabels.size(); ++i) {
        const QString label = mLabels.at(i)->text().trimmed();
        if (!label.isEmpty())
            s.stageLabels.insert(keys.at(i), label);
    }
    return s;
}
