#include "console/opensessiondialog.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

OpenSessionDialog::OpenSessionDialog(Store *store, QWidget *parent)
    : QDialog(parent), mStore(store)
{
    setWindowTitle(tr("Open Session"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Sessions on this computer:"), this);
    layout->addWidget(label);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("sessionList"));
    mList->setAccessibleName(tr("Sessions"));
    label->setBuddy(mList);
    layout->addWidget(mList);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    mOpen = buttons->button(QDialogButtonBox::Open);
    mDelete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mDelete, &QPushButton::clicked, this, &OpenSessionDialog::deleteSelected);
    connect(mList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(mList, &QListWidget::currentRowChanged, this, [this](int row) {
        mOpen->setEnabled(row >= 0);
        mDelete->setEnabled(row >= 0);
    });
    layout->addWidget(buttons);
    resize(560, 400);
    reload();
}

void OpenSessionDialog::reload()
{
    mList->clear();
    const QLocale locale;
    for (const SessionSummary &s : mStore->sessions()) {
        QString text = tr("%1 — %2").arg(locale.toString(s.date, QLocale::ShortFormat), s.title);
        if (!s.cohort.isEmpty())
            text += tr(" (cohort %1)").arg(s.cohort);
        text += tr(", %n answer(s)", nullptr, s.answerCount);
        auto *item = new QListWidgetItem(text, mList);
        item->setData(Qt::UserRole, s.id);
    }
    if (mList->count() > 0)
        mList->setCurrentRow(0);
    mOpen->setEnabled(mList->count() > 0);
    mDelete->setEnabled(mList->count() > 0);
}

qint64 OpenSessionDialog::selectedSession() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void OpenSessionDialog::deleteSelected()
{
    const QListWidgetItem *item = mList->currentItem();
    if (!item)
        return;
    QMessageBox confirm(QMessageBox::Warning, tr("Delete Session"),
                        tr("Delete \"%1\" and all of its answers, tallies and commitments? This "
                           "cannot be undone.")
                            .arg(item->text()),
                        QMessageBox::Cancel, this);
    QPushButton *remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    emit aboutToDelete(id);
    QString error;
    if (!mStore->deleteSession(id, &error))
        QMessageBox::warning(this, tr("Delete Session"), error);
    reload();
}
