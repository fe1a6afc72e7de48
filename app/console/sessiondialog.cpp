#include "console/sessiondialog.h"

#include "languages.h"

#include "spectrum.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SessionDialog::SessionDialog(const Session &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(session.id == 0 ? tr("New Session") : tr("Session Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    mTitle = new QLineEdit(session.title, this);
    mTitle->setObjectName(QStringLiteral("sessionTitle"));
    mTitle->setPlaceholderText(tr("e.g. Leadership team, spring workshop"));
    mTitle->setMaxLength(200);
    form->addRow(tr("&Title:"), mTitle);

    mDate = new QDateEdit(session.date.isValid() ? session.date : QDate::currentDate(), this);
    mDate->setCalendarPopup(true);
    form->addRow(tr("&Date:"), mDate);

    mCohort = new QLineEdit(session.cohort, this);
    mCohort->setObjectName(QStringLiteral("sessionCohort"));
    mCohort->setPlaceholderText(tr("optional; the same name links a later follow-up"));
    form->addRow(tr("&Cohort:"), mCohort);

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

    auto *labels = new QGroupBox(tr("Stage names for this workshop"), this);
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
    layout->addWidget(labels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setText(session.id == 0 ? tr("Start Session") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mTitle, &QLineEdit::textChanged, this, &SessionDialog::updateOk);
    updateOk();
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
    s.cohort = mCohort->text().trimmed();
    s.language = mLanguage->currentData().toString();
    s.k = mK->value();
    s.stageLabels.clear();
    const QStringList keys = Spectrum::keys();
    for (int i = 0; i < mLabels.size(); ++i) {
        const QString label = mLabels.at(i)->text().trimmed();
        if (!label.isEmpty())
            s.stageLabels.insert(keys.at(i), label);
    }
    return s;
}
