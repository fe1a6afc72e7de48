#pragma once

#include <QtGlobal>

// What the phones are asked right now; the console sets it (ParticipantServer::setPrompt).
struct ParticipantPrompt
{
    enum class Kind { Waiting, Question, Commitment };

    Kind kind = Kind::Waiting;
    qint64 questionId = 0; // Kind::Question: a self-placement or decision question of the session

    friend bool operator==(const ParticipantPrompt &a, const ParticipantPrompt &b)
    {
        return a.kind == b.kind && a.questionId == b.questionId;
    }
    friend bool operator!=(const ParticipantPrompt &a, const ParticipantPrompt &b)
    {
        return !(a == b);
    }
};
