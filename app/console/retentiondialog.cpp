#include "console/retentiondialog.h"

#include "a11y/announce.h"
#include "a11y/shownname.h"
#include "store/retention.h"

#include <QButtonGroup>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString MonthsKey = QStringLiteral("retention/months");
} // namespace

QList<int> RetentionDialog::choices()
{
    return {0, 6, 12, 24};
}

std::optional<int> RetentionDialog::savedMonths()
{
    const QVariant value = QSettings().value(MonthsKey);
    bool ok = false;
    const int months = value.toInt(&ok);
    if (!value.isValid() || !ok || months < 0 || months > Retention::MaxMonths)
        return std::nullopt;
    return months;
}

void RetentionDialog::saveMonths(int months)
{
    QSettings settings;
    settings.setValue(MonthsKey, months);
    settings.sync();
}

RetentionDialog::RetentionDialog(int months, bool firstStart, const Store *store, qint64 keep,
                                 QWidget *parent)
    : QDialog(parent), mStore(store), mKeep(keep)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Delete Old Sessions"));
    // Wide enough that the wrapped paragraphs read as paragraphs, not as a column of words,
    // in any language and at any font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        firstStart ? tr("Upstander keeps every session (its answers, tallies and commitments) on "
                        "this computer until you delete it. Should it delete old sessions by "
                        "itself?")
                   : tr("Upstander can delete old sessions by itself."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *question = new QLabel(tr("Delete a session:"), this);
    layout->addWidget(question);
    mChoices = new QButtonGroup(this);
    QList<int> offered = choices();
    if (!offered.contains(months))
        offered.append(months); // kept from elsewhere: shown as it is, not changed silently
    for (const int m : std::as_const(offered)) {
        // The digit is the mnemonic: Alt+6, Alt+1, Alt+2.
        auto *choice = new QRadioButton(m == 0 ? tr("&Never (keep every session)")
                                               : tr("&%n month(s) after its date", nullptr, m),
                                        this);
        choice->setObjectName(QStringLiteral("retention%1").arg(m));
        ShownName::apply(choice);
        mChoices->addButton(choice, m);
        layout->addWidget(choice);
    }
    if (QAbstractButton *current = mChoices->button(months))
        current->setChecked(true);

    mEffect = new QLabel(this);
    mEffect->setObjectName(QStringLiteral("retentionEffect"));
    mEffect->setWordWrap(true);
    mEffect->setTextFormat(Qt::PlainText);
    layout->addWidget(mEffect);
    auto *note = new QLabel(tr("Old sessions are deleted when you press OK and each time Upstander "
                               "starts; a session's age counts from its date. Deleted sessions "
                               "cannot be brought back. You can change this later in File ▸ "
                               "Delete Old Sessions Automatically."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(mChoices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        updateEffect();
        // What the choice deletes is said where the keyboard is, on the choice.
        if (mEffect->isVisibleTo(this) && !mEffect->text().isEmpty())
            Announce::countChanged(mEffect, mEffect->text());
    });
    updateEffect();
    if (QAbstractButton *current = mChoices->checkedButton())
        current->setFocus(); // the arrow keys move the choice, Enter confirms it
}

int RetentionDialog::months() const
{
    return qMax(0, mChoices->checkedId());
}

void RetentionDialog::updateEffect()
{
    const int m = months();
    if (m == 0 || !mStore || !mStore->isOpen()) {
        mEffect->setText(m == 0 ? tr("Sessions are kept until you delete them in File ▸ Open "
                                     "Session.")
                                : QString());
        mEffect->setVisible(!mEffect->text().isEmpty());
        return;
    }
    QList<SessionSummary> old = Retention::olderThan(*mStore, m, QDate::currentDate());
    old.removeIf([this](const SessionSummary &s) { return s.id == mKeep; });
    mEffect->setText(
        old.isEmpty()
            ? tr("No session on this computer is that old now.")
            : tr("%n session(s) on this computer are that old now and will be deleted, the "
                 "oldest from %1.",
                 nullptr, int(old.size()))
                  .arg(QLocale().toString(old.constFirst().date, QLocale::LongFormat)));
    mEffect->setVisible(true);
}
