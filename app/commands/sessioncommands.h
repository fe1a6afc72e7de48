#pragma once

#include "session/session.h"

#include <QCoreApplication>
#include <QUndoCommand>

class SessionModel;

// Undoable changes to the open session. A command whose first redo() changes nothing (the
// model refused it) marks itself obsolete and the stack deletes it at once: never use a
// command after pushing it.
// The console never changes a SessionModel directly:
// it pushes one of these on the QUndoStack, which calls redo(), which calls the model.
//
//   UI ──push──> QUndoStack ──redo/undo──> command ──> SessionModel ──changed──> item models

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
