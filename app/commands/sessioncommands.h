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
// it pushes one of these on the QUndoStack, which calls redo(), which calls the model.
//
//   UI ──push──> QUndoStack ──redo/undo──> command ──> SessionModel ──changed──> item models

// Puts a question to the room: the session's question for `draft` (SessionRules::
// askedAlready: the scene's decision, the phase's self-placement), added if it is not asked yet.
// Undo takes an added question out again while nothing is recorded in it; once someone has
// answered it (a phone, which no undo takes back) it stays. Finding it asked already changes
// nothing, and the stack drops the command.
//
// A question put in front of the room because a decision scene was reached or the question
// was shown is asked with redo() alone, not pushed: an undo would pull it from under the
// phones answering it. A change that needs the question asks it within its own undo step
// (AskAndChangeCommand).
class AskQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AskQuestionCommand)

public:
    // *error, if given, says why the first redo() added nothing when it had to.
    AskQuestionCommand(SessionModel *model, const Question &draft, QString *error = nullptr);
    void redo() override;
    void undo() override;
    // The question, once redo() has run: the one found or the one added (0 if neither).
    qint64 questionId() const { return mQuestionId; }

private:
    SessionModel *mModel;
    Question mDraft;
    QString *mError;
    qint64 mQuestionId = 0;
    bool mAdded = false;
};

// One change to a question that may not be asked yet (the first count by hand, the first
// hot-seat answer, a reveal): asking it and the change are one undo step, named after the
// change. `change` makes the change's command for the question's id; it is made again when
// the step is redone, because a question asked again gets a new id.
class AskAndChangeCommand : public QUndoCommand
{
public:
    using MakeChange = std::function<QUndoCommand *(qint64 questionId)>;
    AskAndChangeCommand(SessionModel *model, const Question &draft, MakeChange change,
                        QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
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
