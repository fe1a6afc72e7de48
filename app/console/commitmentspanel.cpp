#include "console/commitmentspanel.h"

#include "session/session.h"
#include "commands/sessioncommands.h"
#include "session/sessionmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

QStringList CommitmentsPanel::starterActions()
{
    return {tr("Learn about an experience unlike mine from a book, article or podcast, without "
               "asking a colleague to teach me"),
            tr("Write down one advantage I have at work and one way to use it for someone else"),
            tr("Take an implicit association test and reflect on the result"),
            tr("In one conversation a day, listen to the end before I answer"),
            tr("When someone tells me about being excluded, believe them and say so"),
            tr("Bring back an idea that was talked over, and name whose it was"),
            tr("Correct the record when someone's work is credited to another person"),
            tr("Use my platform to point to a colleague's achievement"),
            tr("Recommend a colleague from an under-represented group for a stretch project"),
            tr("Speak up about a \"joke\" by naming its impact, not arguing intent"),
            tr("Learn to say every name in my team correctly, and correct others calmly"),
            tr("Use people's pronouns and gender-neutral words in meetings and writing"),
            tr("When corrected, apologise briefly, fix it, and move on without excuses"),
            tr("Ask for feedback on how I show up, and thank the person who gives it")};
}

CommitmentsPanel::CommitmentsPanel(SessionModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), mModel(model), mUndoStack(undoStack)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Type each commitment card as written, without names. Commitments "
                                "appear in the report once there are enough of them to stay "
                                "anonymous."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *ask = new QPushButton(tr("As&k the Room"), this);
    ask->setObjectName(QStringLiteral("askForCommitments"));
    ask->setAccessibleDescription(tr("Shows the commitment prompt on the projector and opens the "
                                     "commitment box on participants' phones"));
    connect(ask, &QPushButton::clicked, this, &CommitmentsPanel::askRequested);
    layout->addWidget(ask, 0, Qt::AlignLeft);

    auto *starters = new QComboBox(this);
    starters->setObjectName(QStringLiteral("starterActions"));
    starters->setAccessibleName(tr("Starter actions"));
    // The long starter texts show in the list; the box itself stays narrow enough for a laptop.
    starters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    starters->setMinimumContentsLength(28);
    starters->addItem(tr("Start from a starter action…"));
    starters->addItems(starterActions());
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
    connect(mText, &QPlainTextEdit::textChanged, this, &CommitmentsPanel::updateCounter);
    layout->addWidget(mText);

    auto *row = new QHBoxLayout;
    mCounter = new QLabel(this);
    mCounter->setObjectName(QStringLiteral("commitmentCounter"));
    row->addWidget(mCounter, 1);
    mAdd = new QPushButton(tr("&Add Commitment"), this);
    mAdd->setObjectName(QStringLiteral("addCommitment"));
    mAdd->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(mAdd, &QPushButton::clicked, this, &CommitmentsPanel::add);
    row->addWidget(mAdd);
    layout->addLayout(row);

    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("commitmentList"));
    mList->setAccessibleName(tr("Commitments entered"));
    mList->setWordWrap(true);
    layout->addWidget(mList, 1);

    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::Commitment ||
            change.kind == SessionChange::Kind::Reset)
            refresh();
    });
    refresh();
    updateCounter();
}

void CommitmentsPanel::updateCounter()
{
    const int length = int(mText->toPlainText().trimmed().size());
    mCounter->setText(tr("%1 / %2 characters").arg(length).arg(Commitment::MaxLength));
    const bool tooLong = length > Commitment::MaxLength;
    mCounter->setStyleSheet(tooLong ? QStringLiteral("font-weight: bold;") : QString());
    if (tooLong)
        mCounter->setText(mCounter->text() + tr(" — too long"));
    mAdd->setEnabled(length > 0 && !tooLong);
}

void CommitmentsPanel::add()
{
    const QString text = mText->toPlainText().trimmed();
    if (text.isEmpty() || text.size() > Commitment::MaxLength)
        return; // the button is disabled in these cases; the model would refuse them too
    const qsizetype before = mModel->commitments().size();
    // The stack deletes a command that did nothing, so look at the model, not the command.
    mUndoStack->push(new AddCommitmentCommand(mModel, text));
    if (mModel->commitments().size() == before) {
        QMessageBox::warning(this, tr("Commitment"), tr("The commitment could not be added."));
        return;
    }
    mText->clear();
    mText->setFocus();
}

void CommitmentsPanel::refresh()
{
    mList->clear();
    for (const Commitment &c : mModel->commitments())
        mList->addItem(c.text);
}
