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
