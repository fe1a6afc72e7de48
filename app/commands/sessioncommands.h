#pragma once

#include "session/session.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

class SessionModel;

// Undoable changes to the open session. A command whose first redo() changes nothing (the
// model refused it) marks itself obsolete and the stack deletes it at once: never use a
// command after pushing it.
// The console never changes a SessionModel directly:
// it pushes one of these on the QUndoStack, which calls redo(), which calls the model (or, for
// asking a question, which is never undone, runs AskQuestionCommand::redo() itself).
//
//   UI ──push──> QUndoStack ──redo/undo──> command ──> SessionModel ──changed──> item models

// Puts a question to the room: the session's question for `draft` (SessionRules::
// askedAlready: the scene's decision, the phase's self-placement), added if it is not asked yet:
// one write, one notification. Asking is never an undo step of its own: once asked, a question
// stays, because phones may be answering it, the projector may show it, and later undo steps
// refer to it by its id (a question taken out and asked again would get another id, and its
// old one could go to the next question asked). redo() therefore always marks the command
// obsolete: pushed, it leaves no step; it is also run by itself (redo()) where a question is put
// in front of the room (a decision scene reached, the question shown or handed over).
class AskQuestionCommand : public QUndoCommand
{
public:
    // *error, if given, says why redo() could not add the question (questionId() is then 0);
    // it is written by the first redo() only.
    AskQuestionCommand(SessionModel *model, const Question &draft, QString *error = nullptr);
    void redo() override;
    void undo() override {} // asking is not undone
    // The question, once redo() has run: the one found or the one added (0 if neither).
    qint64 questionId() const { return mQuestionId; }
    // Whether redo() added it (false: it was asked already, or could not be added).
    bool added() const { return mAdded; }

private:
    SessionModel *mModel;
    Question mDraft;
    QString *mError;
    qint64 mQuestionId = 0;
    bool mAdded = false;
};

// One change to a question that may not be asked yet (the first count by hand, the first
// hot-seat answer, a reveal): the question is asked first (AskQuestionCommand, not undone), and
// the step is the change, named after it; undo and redo are the change's. A change refused at
// once leaves nothing: a question this step had just added for it is taken out again (it was
// never shown and holds nothing).
class AskAndChangeCommand : public QUndoCommand
{
public:
    using MakeChange = std::function<QUndoCommand *(qint64 questionId)>;
    // *error, if given, says why the first redo() could not ask the question.
    AskAndChangeCommand(SessionModel *model, const Question &draft, MakeChange change,
                        QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    AskQuestionCommand mAsk;
    MakeChange mMakeChange;
    std::unique_ptr<QUndoCommand> mChange;
};

// One participant's answer (hot seat, or the group's single choice at a decision).
class RecordAnswerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordAnswerCommand)

public:
    RecordAnswerCommand(SessionModel *model, qint64 questionId, const QString &token,
                        const QString &choice, const QString &choiceLabel);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    qint64 mQuestionId;
    QString mToken;
    QString mChoice;
    std::optional<Answer> mRecorded;
    std::optional<Answer> mPrevious;
};

// +1 or −1 on a choice's count (tally mode). Every key press is its own undo step, so undo
// takes back exactly one mistaken press.
class ChangeTallyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTallyCommand)

public:
    ChangeTallyCommand(SessionModel *model, qint64 questionId, const QString &choice, int delta,
                       const QString &choiceLabel);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    qint64 mQuestionId;
    QString mChoice;
    int mDelta;
    int mApplied = 0; // what redo() actually changed (a count never goes below zero)
};

class AddCommitmentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommitmentCommand)

public:
    AddCommitmentCommand(SessionModel *model, const QString &text);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    QString mText;
    std::optional<Commitment> mCommitment;
};

// A commitment's text changed by the facilitator (a typo, a name to take out). Its token and
// time stay; undo puts the earlier text back.
class EditCommitmentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommitmentCommand)

public:
    // *error, if given, says why the first redo() changed nothing (the stack then deletes it).
    EditCommitmentCommand(SessionModel *model, const Commitment &commitment, const QString &text,
                          QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    Commitment mBefore;
    QString mText;
    std::optional<Commitment> mAfter;
    QString *mError;
};

// A commitment taken out of the session (and out of the database file); undo stores it again.
class DeleteCommitmentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommitmentCommand)

public:
    DeleteCommitmentCommand(SessionModel *model, const Commitment &commitment);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    Commitment mCommitment;
    bool mDone = false;
};

// The option the whole group settled on at a decision ("The group chooses 2"), or none. It is
// a fact about the group, never a vote; allowed before and after the reveal.
class SetGroupChoiceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetGroupChoiceCommand)

public:
    SetGroupChoiceCommand(SessionModel *model, qint64 questionId, const QString &choice,
                          const QString &choiceLabel);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    qint64 mQuestionId;
    QString mChoice;
    QString mPrevious;
    bool mApplied = false;
};

// Shows a question's results (its stages and "why" for a decision) or hides them again.
// Revealing closes the question to answers and hiding opens it: one write, one notification.
class RevealCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevealCommand)

public:
    RevealCommand(SessionModel *model, qint64 questionId, bool revealed);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    qint64 mQuestionId;
    bool mRevealed;
    bool mWasOpen = true;
    bool mApplied = false;
};

// The session's settings (title, date, cohort, language, stage labels, k) as the Session
// Settings dialog leaves them; undo puts the earlier ones back.
class ChangeSessionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSessionCommand)

public:
    // *error, if given, says why the first redo() changed nothing (the stack then deletes it).
    ChangeSessionCommand(SessionModel *model, const Session &changed, QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    Session mBefore;
    Session mAfter;
    QString *mError;
};

// A question from a phone moved on by the trainer: shown, answered, hidden, or let in from
// review (one write); undo puts it back where it stood.
class RoomQuestionStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoomQuestionStateCommand)

public:
    RoomQuestionStateCommand(SessionModel *model, const QString &key, RoomQuestionState state);
    void redo() override;
    void undo() override;

private:
    SessionModel *mModel;
    QString mKey;
    RoomQuestionState mState;
    RoomQuestionState mBefore = RoomQuestionState::New;
    bool mApplied = false;
};
