#include "console/opensessiondialog.h"

#include "a11y/announce.h"
#include "commands/sessionlistcommands.h"
#include "store/store.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

OpenSessionDialog::OpenSessionDialog(Store *store, QWidget *parent)
    : QDialog(parent), mStore(store), mDeletions(new QUndoStack(this))
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
    // What was just deleted and how to take it back; read out when it changes.
    mDeleted = new QLabel(this);
    mDeleted->setObjectName(QStringLiteral("deletedSession"));
    mDeleted->setWordWrap(true);
    mDeleted->setTextFormat(Qt::PlainText);
    mDeleted->hide();
    layout->addWidget(mDeleted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    mOpen = buttons->button(QDialogButtonBox::Open);
    mDelete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    mUndo = buttons->addButton(tr("&Undo Delete"), QDialogButtonBox::ResetRole);
    mUndo->setObjectName(QStringLiteral("undoDelete"));
    mUndo->setEnabled(false);
    // Ctrl+Z as well, from anywhere in the dialog: the keys a trainer tries first.
    auto *undoKeys = new QAction(this);
    undoKeys->setShortcut(QKeySequence::Undo);
    undoKeys->setEnabled(false);
    addAction(undoKeys);
    connect(mUndo, &QPushButton::clicked, this, &OpenSessionDialog::undoDelete);
    connect(undoKeys, &QAction::triggered, this, &OpenSessionDialog::undoDelete);
    connect(mDeletions, &QUndoStack::canUndoChanged, mUndo, &QPushButton::setEnabled);
    connect(mDeletions, &QUndoStack::canUndoChanged, undoKeys, &QAction::setEnabled);
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

void OpenSessionDialog::reload(qint64 select)
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
    int row = 0;
    for (int i = 0; i < mList->count(); ++i) {
        if (mList->item(i)->data(Qt::UserRole).toLongLong() == select)
            row = i;
    }
    if (mList->count() > 0)
        mList->setCurrentRow(row);
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
                        tr("Delete \"%1\" and all of its answers, tallies and commitments? You "
                           "can undo this until you close this window.")
                            .arg(item->text()),
                        QMessageBox::Cancel, this);
    QPushButton *remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString shown = item->text();
    emit aboutToDelete(id);
    QString error;
    mDeletions->push(new DeleteSessionCommand(mStore, id, shown, &error));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Delete Session"), error);
        return reload(id);
    }
    say(tr("Deleted \"%1\". Undo Delete (%2) brings it back until "
           "this window closes.")
            .arg(shown, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    reload();
}

void OpenSessionDialog::say(const QString &text)
{
    mDeleted->setText(text);
    mDeleted->show();
    Announce::countChanged(mDeleted, text);
}

void OpenSessionDialog::undoDelete()
{
    if (!mDeletions->canUndo())
        return;
    const auto *command =
        static_cast<const DeleteSessionCommand *>(mDeletions->command(mDeletions->index() - 1));
    mDeletions->undo();
    if (!command->failed().isEmpty()) {
        // Still deleted: the stack moved back, so bring it forward again, as it really is.
        QMessageBox::warning(this, tr("Undo Delete"), command->failed());
        mDeletions->redo();
        return;
    }
    say(tr("\"%1\" is back.").arg(command->title()));
    reload(command->sessionId());
}
