#pragma once

#include "participant/participantprompt.h"

#include <QJsonObject>
#include <QJsonValue>

class Catalogue;
class SessionModel;
struct Question;
struct Scenario;

// What GET /api/state tells a phone (docs/participant-api.md), built from the session:
//
//   prompt   the question on the prompt, its choices (labels and summaries, never a decision
//            option's stage), open or closed, and this device's answer or commitment
//   results  null until that question is revealed; then counts per choice, or, below the
//            session's k, nothing but k (core statistics decide: Suppressible)
//   privacy  what the anonymity notice says: the k totals need, how long answers are kept
//   scenario the role-play on the projector: its title and content note, and whether this
//            device sits it out; null when none is on
//
// The parts that do not depend on the device are built once per version and shared.
namespace ParticipantState {

// The question a prompt asks, if it is a self-placement or decision question of the session.
const Question *promptQuestion(const SessionModel &model, const ParticipantPrompt &prompt);

// `language` is the phone's: the session's (the room's) unless the participant picked another.
// What the server itself words (stage labels and summaries, the self-placement question) comes
// from its catalogue; in another language than the session's, a decision's prompt and options
// come from `source`, the scenario as written, translated by id (SessionRules::inLanguage).
// nullptr: the room's language.

// The prompt without the device's own part ("answer", "submitted").
QJsonObject prompt(const SessionModel &model, const ParticipantPrompt &prompt,
                   const Catalogue *language = nullptr, const Scenario *source = nullptr);
// Adds the device's answer (a question) or whether it has written its commitment.
QJsonObject forDevice(QJsonObject prompt, const SessionModel &model,
                      const ParticipantPrompt &current, const QString &deviceId, bool committed);
QJsonValue results(const SessionModel &model, const ParticipantPrompt &prompt,
                   const Catalogue *language = nullptr, const Scenario *source = nullptr);
// {"id", "title", "contentNote"} of the role-play on the prompt (ParticipantPrompt::scenarioId),
// worded from `source` (the scenario as written) in `language`, else by the title the session
// kept; null when no role-play is on. Never a count of who sits out: that is the trainer's.
QJsonValue scenario(const SessionModel &model, const ParticipantPrompt &prompt,
                    const Catalogue *language, const Scenario *source);
// Adds whether this device sits the role-play out ("sittingOut").
QJsonValue scenarioForDevice(QJsonValue scenario, const SessionModel &model,
                             const ParticipantPrompt &current, const QString &deviceId);
// {"k": the fewest people any total is shown for, "keptMonths": how long the laptop keeps the
// session (0: until the trainer deletes it)}.
QJsonObject privacy(const SessionModel &model, int keptMonths);

} // namespace ParticipantState
