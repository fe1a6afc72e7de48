#pragma once

#include <QString>

// What the phones are asked right now; the console sets it (ParticipantServer::setPrompt).
struct ParticipantPrompt
{
    enum class Kind { Waiting, Question, Commitment };

    Kind kind = Kind::Waiting;
    qint64 questionId = 0; // Kind::Question: a self-placement or decision question of the session
    // The role-play on the projector (one of its scenes or decisions), whatever the kind: the
    // phones show its content note and let a participant sit it out. Empty: none.
    QString scenarioId;

    friend bool operator==(const ParticipantPrompt &a, const ParticipantPrompt &b)
    {
        return a.kind == b.kind && a.questionId == b.questionId && a.scenarioId == b.scenarioId;
    }
    friend bool operator!=(const ParticipantPrompt &a, const ParticipantPrompt &b)
    {
        return !(a == b);
    }
};
