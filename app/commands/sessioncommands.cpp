#include "commands/sessioncommands.h"

#include "session/sessionmodel.h"

AskQuestionCommand::AskQuestionCommand(SessionModel *model, const Question &draft, QString *error)
    : mModel(model), mDraft(draft), mError(error)
{
}

void AskQuestionCommand::redo()
{
    setObsolete(true); // never a step of its own: see the header
    mAdded = false;
    if (const Question *asked = SessionRules::askedAlready(mModel->questions(), mDraft)) {
        mQuestionId = asked->id;
        return;
    }
    QString error;
    const std::optional<qint64> id = mModel->addQuestion(mDraft, &error);
    mQuestionId = id.value_or(0);
    mAdded = id.has_value();
    if (!mAdded && mError)
        *mError = error;
    mError = nullptr; // the caller's string may be gone by a later redo()
}

AskAndChangeCommand::AskAndChangeCommand(SessionModel *model, const Question &draft,
                                         MakeChange change, QString *error)
    : mModel(model), mAsk(model, draft, error), mMakeChange(std::move(change))
{
}

void AskAndChangeCommand::redo()
{
    if (mChange) { // redo after undo: the question is still there, under the same id
        mChange->redo();
        return;
    }
    mAsk.redo();
    if (mAsk.questionId() == 0) {
        setObsolete(true);
        return;
    }
    mChange.reset(mMakeChange(mAsk.questionId()));
    mChange->redo();
    setText(mChange->text());
    if (mChange->isObsolete()) {
        // Refused: nothing happened, so nothing is left, not even a question added for it just
        // now (nothing refers to it yet).
        QString ignored;
        if (mAsk.added())
            mModel->removeQuestion(mAsk.questionId(), &ignored);
        setObsolete(true);
    }
}

void AskAndChangeCommand::undo()
{
    if (mChange)
        mChange->undo();
}

RecordAnswerCommand::RecordAnswerCommand(SessionModel *model, qint64 questionId,
                                         const QString &token, const QString &choice,
                                         const QString &choiceLabel)
    : mModel(model), mQuestionId(questionId), mToken(token), mChoice(choice)
{
    // Hot-seat answers pass an empty label: the Edit menu must not tell the next person what
    // the previous one chose.
    setText(choiceLabel.isEmpty() ? tr("Record an answer")
                                  : tr("Record answer \"%1\"").arg(choiceLabel));
}

void RecordAnswerCommand::redo()
{
    if (mRecorded) { // redo after undo: put back exactly what was recorded
        mModel->restoreAnswer(*mRecorded);
        return;
    }
    const SessionModel::AnswerResult result = mModel->recordAnswer(mQuestionId, mToken, mChoice);
    if (result.ok) {
        mRecorded = result.answer;
        mPrevious = result.previous;
    } else {
        setObsolete(true); // nothing happened: the stack drops it
    }
}

void RecordAnswerCommand::undo()
{
    if (!mRecorded)
        return;
    if (mPrevious)
        mModel->restoreAnswer(*mPrevious);
    else
        mModel->removeAnswer(mQuestionId, mToken);
}

ChangeTallyCommand::ChangeTallyCommand(SessionModel *model, qint64 questionId,
                                       const QString &choice, int delta, const QString &choiceLabel)
    : mModel(model), mQuestionId(questionId), mChoice(choice), mDelta(delta)
{
    setText(delta > 0 ? tr("Add one to \"%1\"").arg(choiceLabel)
                      : tr("Take one from \"%1\"").arg(choiceLabel));
}

void ChangeTallyCommand::redo()
{
    const int before = mModel->tally(mQuestionId, mChoice);
    mApplied = mModel->changeTally(mQuestionId, mChoice, mDelta) - before;
    if (mApplied == 0)
        setObsolete(true);
}

void ChangeTallyCommand::undo()
{
    mModel->changeTally(mQuestionId, mChoice, -mApplied);
}

AddCommitmentCommand::AddCommitmentCommand(SessionModel *model, const QString &text)
    : mModel(model), mText(text)
{
    setText(tr("Add commitment"));
}

void AddCommitmentCommand::redo()
{
    if (mCommitment) {
        mModel->restoreCommitment(*mCommitment);
        return;
    }
    QString error;
    mCommitment = mModel->addCommitment(mText, QString(), &error);
    if (!mCommitment)
        setObsolete(true);
}

void AddCommitmentCommand::undo()
{
    if (mCommitment)
        mModel->removeCommitment(*mCommitment);
}

EditCommitmentCommand::EditCommitmentCommand(SessionModel *model, const Commitment &commitment,
                                             const QString &text, QString *error)
    : mModel(model), mBefore(commitment), mText(text), mError(error)
{
    setText(tr("Edit commitment"));
}

void EditCommitmentCommand::redo()
{
    QString error;
    if (mAfter) { // redo after undo: the text it had after the first redo
        mModel->editCommitment(mBefore, mAfter->text, &error);
        return;
    }
    mAfter = mModel->editCommitment(mBefore, mText, &error);
    if (mAfter && mAfter->text != mBefore.text)
        return;
    mAfter.reset();
    if (mError)
        *mError = error;
    setObsolete(true);
}

void EditCommitmentCommand::undo()
{
    QString error;
    if (mAfter)
        mModel->editCommitment(*mAfter, mBefore.text, &error);
}

DeleteCommitmentCommand::DeleteCommitmentCommand(SessionModel *model, const Commitment &commitment)
    : mModel(model), mCommitment(commitment)
{
    setText(tr("Delete commitment"));
}

void DeleteCommitmentCommand::redo()
{
    mDone = mModel->removeCommitment(mCommitment);
    if (!mDone)
        setObsolete(true);
}

void DeleteCommitmentCommand::undo()
{
    if (mDone)
        mModel->restoreCommitment(mCommitment);
}

SetGroupChoiceCommand::SetGroupChoiceCommand(SessionModel *model, qint64 questionId,
                                             const QString &choice, const QString &choiceLabel)
    : mModel(model), mQuestionId(questionId), mChoice(choice)
{
    setText(choice.isEmpty() ? tr("Clear the group's choice")
                             : tr("The group chooses \"%1\"").arg(choiceLabel));
}

void SetGroupChoiceCommand::redo()
{
    const Question *q = mModel->question(mQuestionId);
    if (!mApplied)
        mPrevious = q ? q->groupChoice : QString();
    QString error;
    mApplied = mModel->setGroupChoice(mQuestionId, mChoice, &error);
    if (!mApplied)
        setObsolete(true);
}

void SetGroupChoiceCommand::undo()
{
    QString error;
    mModel->setGroupChoice(mQuestionId, mPrevious, &error);
}

RevealCommand::RevealCommand(SessionModel *model, qint64 questionId, bool revealed)
    : mModel(model), mQuestionId(questionId), mRevealed(revealed)
{
    setText(revealed ? tr("Reveal the results") : tr("Hide the results"));
}

void RevealCommand::redo()
{
    const Question *q = mModel->question(mQuestionId);
    if (!q || q->revealed == mRevealed) {
        setObsolete(true);
        return;
    }
    mWasOpen = q->open;
    QString error;
    mApplied = mModel->setRevealed(mQuestionId, mRevealed, &error);
    if (!mApplied)
        setObsolete(true);
}

void RevealCommand::undo()
{
    QString error;
    mModel->setRevealed(mQuestionId, !mRevealed, &error);
    // A question that was closed before the reveal stays closed when the reveal is undone.
    const Question *q = mModel->question(mQuestionId);
    if (q && q->open != mWasOpen)
        mModel->setOpen(mQuestionId, mWasOpen, &error);
}

ChangeSessionCommand::ChangeSessionCommand(SessionModel *model, const Session &changed,
                                           QString *error)
    : mModel(model), mBefore(model->session()), mAfter(changed), mError(error)
{
    setText(tr("Change the session's settings"));
}

void ChangeSessionCommand::redo()
{
    QString error;
    if (mModel->updateSession(mAfter, &error))
        return;
    if (mError)
        *mError = error;
    setObsolete(true);
}

void ChangeSessionCommand::undo()
{
    QString error;
    mModel->updateSession(mBefore, &error);
}

RoomQuestionStateCommand::RoomQuestionStateCommand(SessionModel *model, const QString &key,
                                                   RoomQuestionState state)
    : mModel(model), mKey(key), mState(state)
{
    switch (state) {
    case RoomQuestionState::Shown:
        setText(tr("Show a question from the room"));
        break;
    case RoomQuestionState::Answered:
        setText(tr("Mark a question as answered"));
        break;
    case RoomQuestionState::Hidden:
        setText(tr("Hide a question"));
        break;
    case RoomQuestionState::New:
    case RoomQuestionState::Held:
        setText(tr("Put a question back in the queue"));
        break;
    }
}

void RoomQuestionStateCommand::redo()
{
    const RoomQuestion *question = mModel->roomQuestion(mKey);
    if (!question || (!mApplied && question->state == mState)) {
        setObsolete(true);
        return;
    }
    if (!mApplied)
        mBefore = question->state;
    mApplied = mModel->setRoomQuestionState(mKey, mState);
}

void RoomQuestionStateCommand::undo()
{
    mModel->setRoomQuestionState(mKey, mBefore);
}
