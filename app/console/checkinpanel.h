#pragma once

#include "roomlanguage.h"

#include "stats/statisticvalues.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class AudienceState;
class QLabel;
class QPushButton;
class QUndoStack;
class SessionModel;
struct Question;

// A follow-up's check-in: "Did you do what you committed to?" — yes, partly, not yet, or "I did
// not make a commitment". Asked on the projector and so on the phones, answered anonymously
// there or by a show of hands counted here; revealed like a decision, its numbers only once at
// least k people who had made a commitment answered. Shown in follow-up sessions only (and in
// any session that asked it).
//
//   Ask ──AskQuestionCommand──> SessionModel ──> projector (question), phones
//   − / + ──AskAndChange(ChangeTallyCommand)──> SessionModel ──changed──> counts here
//   Reveal ──RevealCommand──> SessionModel ──> projector (the answers, or "too few")
class CheckInPanel : public QGroupBox
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(CheckInPanel) // what it shows the room

public:
    CheckInPanel(SessionModel *model, QUndoStack *undoStack, AudienceState *audience,
                 QWidget *parent = nullptr);

    // Puts the check-in on the projector (asking it the first time; showing it again asks it
    // again, its answers hidden).
    void showOnProjector();
    void toggleReveal();
    // The check-in as it was when the console stopped (after a crash): its answers if they
    // were shown, else the question.
    void showAsItWas();

private:
    struct Row
    {
        QString key;
        QLabel *label = nullptr;
        QPushButton *minus = nullptr;
        QPushButton *plus = nullptr;
    };

    const Question *question() const;
    std::optional<CheckIn> checkInOf(const Question &question) const;
    qint64 ask();
    void addHand(const QString &key, int delta);
    void showResults(qint64 questionId);
    void refresh();

    SessionModel *mModel;
    QUndoStack *mUndoStack;
    AudienceState *mAudience;
    QList<Row> mRows;
    QPushButton *mShow = nullptr;
    QPushButton *mReveal = nullptr;
    QLabel *mStatus = nullptr;
};
