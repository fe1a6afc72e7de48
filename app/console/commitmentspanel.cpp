#include "console/commitmentspanel.h"

#include "audience/audiencestate.h"
#include "charts/exportactions.h"
#include "commands/sessioncommands.h"
#include "console/checkinpanel.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "session/starteractions.h"
#include "stats/statistics.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

CommitmentsPanel::CommitmentsPanel(SessionModel *model, QUndoStack *undoStack,
                                   AudienceState *audience, QWidget *parent)
    : QWidget(parent), mModel(model), mUndoStack(undoStack), mAudience(audience)
{
    auto *layout = new QVBoxLayout(this);
    // A follow-up first asks whether people did what they committed to at the workshop.
    mCheckIn = new CheckInPanel(model, undoStack, audience, this);
    layout->addWidget(mCheckIn);
    auto *intro = new QLabel(tr("Type each commitment card as written, without names. Commitments "
                                "appear in the report once there are enough of them to stay "
                                "anonymous."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *projector = new QHBoxLayout;
    auto *ask = new QPushButton(tr("As&k the Room"), this);
    ask->setObjectName(QStringLiteral("askForCommitments"));
    ask->setAccessibleDescription(tr("Shows the commitment prompt on the projector and opens the "
                                     "commitment box on participants' phones"));
    connect(ask, &QPushButton::clicked, this, &CommitmentsPanel::askRequested);
    projector->addWidget(ask);
    auto *wall = new QPushButton(tr("Show &Wall on Projector"), this);
    wall->setObjectName(QStringLiteral("showCommitmentWall"));
    wall->setAccessibleDescription(tr("Shows the group's commitments on the projector as cards, "
                                      "once there are enough of them to stay anonymous"));
    connect(wall, &QPushButton::clicked, this, &CommitmentsPanel::showWall);
    projector->addWidget(wall);
    mWallHint = new QLabel(this);
    mWallHint->setObjectName(QStringLiteral("commitmentWallHint"));
    mWallHint->setWordWrap(true);
    projector->addWidget(mWallHint, 1);
    layout->addLayout(projector);

    auto *starters = new QComboBox(this);
    starters->setObjectName(QStringLiteral("starterActions"));
    starters->setAccessibleName(tr("Starter actions"));
    // The long starter texts show in the list; the box itself stays narrow enough for a laptop.
    starters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    starters->setMinimumContentsLength(28);
    starters->addItem(tr("Start from a starter action…"));
    starters->addItems(StarterActions::texts());
    connect(starters, &QComboBox::activated, this, [this, starters](int index) {
        if (index > 0)
            mText->setPlainText(starters->itemText(index));
        starters->setCurrentIndex(0);
        mText->setFocus();
    });
    layout->addWidget(starters);

    mText = new QPlainTextEdit(this);
    mText->setObjectName(QStringLiteral("commitmentText"));
    mText->setAccessibleName(tr("Commitment"));
    mText->setPlaceholderText(tr("One action in the next two weeks…"));
    mText->setTabChangesFocus(true);
    mText->setMaximumHeight(mText->fontMetrics().lineSpacing() * 5);
    mText->installEventFilter(this); // Escape leaves editing
    connect(mText, &QPlainTextEdit::textChanged, this, &CommitmentsPanel::updateCounter);
    layout->addWidget(mText);

    auto *row = new QHBoxLayout;
    mCounter = new QLabel(this);
    mCounter->setObjectName(QStringLiteral("commitmentCounter"));
    row->addWidget(mCounter, 1);
    mCancel = new QPushButton(tr("Cancel Editing"), this);
    mCancel->setObjectName(QStringLiteral("cancelCommitmentEdit"));
    mCancel->hide();
    connect(mCancel, &QPushButton::clicked, this, &CommitmentsPanel::stopEditing);
    row->addWidget(mCancel);
    mAdd = new QPushButton(this);
    mAdd->setObjectName(QStringLiteral("addCommitment"));
    connect(mAdd, &QPushButton::clicked, this, &CommitmentsPanel::addOrSave);
    row->addWidget(mAdd);
    layout->addLayout(row);

    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("commitmentList"));
    mList->setAccessibleName(tr("Commitments entered"));
    mList->setWordWrap(true);
    mList->installEventFilter(this); // Delete deletes the selected one
    connect(mList, &QListWidget::itemSelectionChanged, this, &CommitmentsPanel::updateButtons);
    connect(mList, &QListWidget::itemActivated, this, &CommitmentsPanel::startEditing);
    layout->addWidget(mList, 1);

    auto *listButtons = new QHBoxLayout;
    mEdit = new QPushButton(tr("Edi&t"), this);
    mEdit->setObjectName(QStringLiteral("editCommitment"));
    mEdit->setAccessibleDescription(tr("Puts the selected commitment in the box above to change "
                                       "it"));
    connect(mEdit, &QPushButton::clicked, this, &CommitmentsPanel::startEditing);
    listButtons->addWidget(mEdit);
    mDelete = new QPushButton(tr("&Delete"), this);
    mDelete->setObjectName(QStringLiteral("deleteCommitment"));
    mDelete->setAccessibleDescription(tr("Deletes the selected commitment; Undo brings it back"));
    connect(mDelete, &QPushButton::clicked, this, &CommitmentsPanel::deleteSelected);
    listButtons->addWidget(mDelete);
    listButtons->addStretch(1);
    mPrintCards = new QAction(tr("Print &Cards…"), this);
    mPrintCards->setObjectName(QStringLiteral("printCommitmentCards"));
    mPrintCards->setToolTip(tr("Saves the commitments as take-away cards in a PDF to print, one "
                               "commitment on each card"));
    connect(mPrintCards, &QAction::triggered, this, &CommitmentsPanel::printCards);
    auto *print = new QPushButton(mPrintCards->text(), this);
    print->setObjectName(QStringLiteral("printCommitmentCardsButton"));
    print->setAccessibleDescription(mPrintCards->toolTip());
    connect(print, &QPushButton::clicked, mPrintCards, &QAction::trigger);
    connect(mPrintCards, &QAction::changed, print,
            [this, print] { print->setEnabled(mPrintCards->isEnabled()); });
    listButtons->addWidget(print);
    layout->addLayout(listButtons);

    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::Commitment ||
            change.kind == SessionChange::Kind::Reset)
            refresh();
    });
    stopEditing();
    refresh();
}

bool CommitmentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == mText && key == Qt::Key_Escape && mEditing) {
            stopEditing();
            return true;
        }
        if (watched == mList && (key == Qt::Key_Delete || key == Qt::Key_Backspace) && selected()) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommitmentsPanel::updateCounter()
{
    const int length = SessionRules::commitmentLength(mText->toPlainText());
    mCounter->setText(tr("%1 / %2 characters").arg(length).arg(Commitment::MaxLength));
    const bool tooLong = length > Commitment::MaxLength;
    mCounter->setStyleSheet(tooLong ? QStringLiteral("font-weight: bold;") : QString());
    if (tooLong)
        mCounter->setText(mCounter->text() + tr(" — too long"));
    mAdd->setEnabled(SessionRules::checkCommitment(mText->toPlainText()) ==
                     SessionRules::CommitmentRefusal::None);
}

void CommitmentsPanel::addOrSave()
{
    const QString text = mText->toPlainText();
    if (SessionRules::checkCommitment(text) != SessionRules::CommitmentRefusal::None)
        return; // the button is disabled in these cases; the model would refuse them too
    if (mEditing) {
        QString error;
        mUndoStack->push(new EditCommitmentCommand(mModel, *mEditing, text, &error));
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Commitment"),
                                 tr("The commitment could not be changed: %1").arg(error));
            return;
        }
        mList->setFocus();
        stopEditing();
        return;
    }
    const qsizetype before = mModel->commitments().size();
    // The stack deletes a command that did nothing, so look at the model, not the command.
    mUndoStack->push(new AddCommitmentCommand(mModel, text));
    if (mModel->commitments().size() == before) {
        QMessageBox::warning(this, tr("Commitment"), tr("The commitment could not be added."));
        return;
    }
    // Focus first: the Add button, disabled by the empty box, would hand it to the list.
    mText->setFocus();
    mText->clear();
}

std::optional<Commitment> CommitmentsPanel::selected() const
{
    const int row = mList->currentRow();
    if (row < 0 || row >= mListed.size() || !mList->currentItem() ||
        !mList->currentItem()->isSelected())
        return std::nullopt;
    return mListed.at(row);
}

void CommitmentsPanel::startEditing()
{
    const std::optional<Commitment> commitment = selected();
    if (!commitment)
        return;
    mEditing = commitment;
    mText->setPlainText(commitment->text);
    mText->selectAll();
    mAdd->setText(tr("&Save Changes"));
    mAdd->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    mAdd->setAccessibleDescription(
        tr("Replaces the selected commitment's text; Undo puts it back"));
    mCancel->show();
    mText->setFocus();
}

void CommitmentsPanel::stopEditing()
{
    const bool wasEditing = mEditing.has_value();
    mEditing.reset();
    mAdd->setText(tr("&Add Commitment"));
    mAdd->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    mAdd->setAccessibleDescription(QString());
    mCancel->hide();
    if (wasEditing)
        mText->clear();
    updateCounter();
}

void CommitmentsPanel::deleteSelected()
{
    const std::optional<Commitment> commitment = selected();
    if (!commitment)
        return;
    const int row = mList->currentRow();
    if (mEditing && mEditing->text == commitment->text && mEditing->at == commitment->at)
        stopEditing();
    mUndoStack->push(new DeleteCommitmentCommand(mModel, *commitment));
    if (mList->count() > 0) {
        mList->setCurrentRow(qMin(row, mList->count() - 1));
        mList->setFocus();
    }
}

namespace {

AudienceState::Content wallContent(const SessionModel *model)
{
    AudienceState::Content wall;
    wall.mode = AudienceState::Mode::CommitmentWall;
    wall.heading = CommitmentsPanel::roomTr("Our commitments");
    const int k = model->session().k;
    const Suppressible<CommitmentTexts> texts =
        Statistics::commitmentTexts(model->commitments(), k);
    if (const CommitmentTexts *shown = texts.values()) {
        wall.items = shown->texts;
        return wall;
    }
    wall.text = CommitmentsPanel::roomTr(
        "%n more commitment(s) needed before they appear here, so that none can be traced "
        "to the person who wrote it.",
        "", Statistics::commitmentsStillNeeded(model->commitments(), k));
    return wall;
}

} // namespace

void CommitmentsPanel::showWall()
{
    mAudience->present(wallContent(mModel));
}

void CommitmentsPanel::printCards()
{
    const Suppressible<CommitmentTexts> texts =
        Statistics::commitmentTexts(mModel->commitments(), mModel->session().k);
    if (texts.values())
        ExportActions::printCommitmentCards(this, mModel->session(), texts.values()->texts);
}

void CommitmentsPanel::refresh()
{
    const int row = mList->currentRow();
    mList->clear();
    mListed = mModel->commitments();
    for (const Commitment &c : std::as_const(mListed))
        mList->addItem(c.text);
    // The list would make its first row current by itself; only the user's choice is kept.
    if (row >= 0 && mList->count() > 0) {
        mList->setCurrentRow(qMin(row, mList->count() - 1));
    } else {
        mList->setCurrentItem(nullptr);
        mList->clearSelection();
    }
    // The one being edited may have been deleted or changed by an undo meanwhile.
    if (mEditing && std::none_of(mListed.cbegin(), mListed.cend(), [this](const Commitment &c) {
            return c.text == mEditing->text && c.at == mEditing->at && c.token == mEditing->token;
        }))
        stopEditing();

    const int k = mModel->session().k;
    const int needed = Statistics::commitmentsStillNeeded(mListed, k);
    mWallHint->setText(
        needed > 0 ? tr("%n more needed before the wall and the cards show them.", "", needed)
                   : QString());
    mPrintCards->setEnabled(needed == 0 && !mListed.isEmpty());
    // A wall on the projector follows the commitments as they come in, are edited or deleted.
    if (mAudience && mAudience->content().mode == AudienceState::Mode::CommitmentWall)
        mAudience->show(wallContent(mModel));
    updateButtons();
}

void CommitmentsPanel::updateButtons()
{
    const bool any = selected().has_value();
    mEdit->setEnabled(any);
    mDelete->setEnabled(any);
}
