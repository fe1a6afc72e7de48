#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The data of a workshop session, as plain values. Who owns what:
//
//   Session ─┬─ questions[] ─┬─ answers[]   one per participant token (changeable until closed)
//            │               └─ tallies[]   counts per choice entered by the facilitator
//            └─ commitments[]
//
// Participants are anonymous random tokens; nothing here can name a person.

enum class Phase { Baseline, After, FollowUp };
// A check-in is the follow-up's question "Did you do what you committed to?" (its choices are
// SessionKeys::checkInKeys(), no stages).
enum class QuestionKind { SelfPlacement, Decision, Commitment, CheckIn };
// Where a question sent from a phone stands (RoomQuestion).
enum class RoomQuestionState {
    New,      // in the trainer's queue
    Held,     // the word list flagged it: the trainer looks before it joins the queue
    Shown,    // on the projector now, or before
    Answered, // the trainer marked it answered
    Hidden,   // taken out of the queue by the trainer
};

namespace SessionKeys {
QString phase(Phase phase); // "baseline", "after", "follow-up"
std::optional<Phase> phaseFromKey(const QString &key);
QString kind(QuestionKind kind); // "self-placement", "decision", "commitment", "check-in"
std::optional<QuestionKind> kindFromKey(const QString &key);
QString phaseLabel(Phase phase);                    // in the console's language
QString roomPhaseLabel(Phase phase);                // in the room's language (RoomLanguage)
inline const QString Pass = QStringLiteral("pass"); // the choice of someone who passes
// A check-in's choices, in order: "done", "partly", "not-yet", "no-commitment".
inline const QString CheckInDone = QStringLiteral("done");
inline const QString CheckInPartly = QStringLiteral("partly");
inline const QString CheckInNotYet = QStringLiteral("not-yet");
inline const QString CheckInNoCommitment = QStringLiteral("no-commitment");
QStringList checkInKeys();
QString roomQuestionState(RoomQuestionState state); // "new", "held", "shown", "answered", "hidden"
std::optional<RoomQuestionState> roomQuestionStateFromKey(const QString &key);
} // namespace SessionKeys

// A decision a follow-up session plays again: the scene that holds it, and its question as the
// earlier workshop asked it (for the console's list; the runner reads the scenario itself).
struct Replay
{
    QString scenarioId;
    QString sceneId;
    QString prompt;
    friend bool operator==(const Replay &a, const Replay &b)
    {
        return a.scenarioId == b.scenarioId && a.sceneId == b.sceneId && a.prompt == b.prompt;
    }
};

struct Session
{
    static constexpr int MinK = 3;
    static constexpr int MaxK = 10;
    static constexpr int DefaultK = 5;

    qint64 id = 0;
    QString title;
    QDate date;
    QString cohort; // empty: not part of a cohort
    QString language = QStringLiteral("en");
    QHash<QString, QString> stageLabels; // stage key → the workshop's own label
    int k = DefaultK; // anonymity threshold: fewer answers than this are never shown
    QDateTime createdAt;
    // The welcome screen on the projector: who runs the workshop, the agenda, and the group's
    // agreements, one per line (SessionRules::defaultAgreements() to start from).
    QString trainer;
    QString agenda;
    QString agreements;
    // A follow-up (booster) weeks after a workshop, for the same cohort: its self-placement is
    // the follow-up phase, and it replays the decisions the trainer picked, in this order
    // (SessionRules::followUpOf). Both are set when the session is created and never change.
    bool followUp = false;
    QList<Replay> replays;
};

// One possible answer to a question. For a self-placement both fields are the stage key; for
// a decision, key is the option id and stage the stage that option maps to.
struct Choice
{
    Choice() = default;
    Choice(const QString &key, const QString &stage, const QString &label = {},
           const QString &why = {})
        : key(key), stage(stage), label(label), why(why)
    {
    }

    QString key;
    QString stage;
    // A decision option's text as it was asked (the participant page shows it); empty for
    // self-placements, whose labels come from the spectrum and the session's stage labels.
    QString label;
    // A decision option's "why" as it was revealed: kept with the session, so that its report
    // does not change when the scenario is edited or removed.
    QString why;
    friend bool operator==(const Choice &a, const Choice &b)
    {
        return a.key == b.key && a.stage == b.stage && a.label == b.label && a.why == b.why;
    }
};

struct Question
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QuestionKind kind = QuestionKind::SelfPlacement;
    Phase phase = Phase::Baseline;
    QString scenarioId; // decisions only
    QString sceneId;    // decisions only: the scene that holds the decision point
    QString prompt;     // as shown when asked
    QList<Choice> choices;
    int position = 0; // order within the session
    bool open = true; // answers accepted
    bool revealed = false;
    // Decisions only: the option the whole group settled on together, or empty. A fact about
    // the group recorded by the facilitator, never a vote: it changes no count.
    QString groupChoice;
    QDateTime askedAt;

    // The stage a choice stands for, or an empty string for "pass" and unknown keys.
    QString stageOf(const QString &choiceKey) const;
    bool accepts(const QString &choiceKey) const; // a listed choice or "pass"
};

struct Answer
{
    qint64 id = 0;
    qint64 questionId = 0;
    QString token;  // anonymous participant (device) token
    QString choice; // a Choice key or SessionKeys::Pass
    QDateTime at;
};

struct Tally
{
    qint64 questionId = 0;
    QString choice;
    int count = 0;
};

struct Commitment
{
    // Characters as a person sees them (SessionRules::commitmentLength), not UTF-16 units.
    static constexpr int MaxLength = 280;

    qint64 id = 0;
    qint64 sessionId = 0;
    QString token; // may be empty (entered by the facilitator from a card)
    QString text;
    QDateTime at;
};

// A participant (device) who chose to sit out one role-play of the session: they are not asked
// its decisions, and are counted apart from those who pass. When, and what they answered before,
// is not kept with it.
struct SitOut
{
    qint64 sessionId = 0;
    QString scenarioId;
    QString token;
    friend bool operator==(const SitOut &a, const SitOut &b)
    {
        return a.sessionId == b.sessionId && a.scenarioId == b.scenarioId && a.token == b.token;
    }
};

// A question or concern a participant sent from their phone for the trainer alone (the
// "parking lot"). Nothing in it identifies the phone or the time: its text, where it stands, and
// its place in the queue. Its key is made on the laptop (random), so a write never waits for
// the database to name it.
struct RoomQuestion
{
    // Characters as a person sees them (visibleLength), like a commitment.
    static constexpr int MaxLength = 280;
    using State = RoomQuestionState;

    QString key;
    qint64 sessionId = 0;
    int position = 0; // order of arrival within the session
    QString text;
    State state = State::New;
    friend bool operator==(const RoomQuestion &a, const RoomQuestion &b)
    {
        return a.key == b.key && a.sessionId == b.sessionId && a.position == b.position &&
               a.text == b.text && a.state == b.state;
    }
};

// What a session keeps of each scenario it ran, as it was then: its title and debrief questions.
// Option texts, stages and "why" are kept with each decision question (Choice). A report of a
// past session reads these, so editing, translating or removing the scenario changes nothing.
struct ScenarioSnapshot
{
    QString scenarioId;
    QString title;
    QStringList what;
    QStringList soWhat;
    QStringList nowWhat;
    friend bool operator==(const ScenarioSnapshot &a, const ScenarioSnapshot &b)
    {
        return a.scenarioId == b.scenarioId && a.title == b.title && a.what == b.what &&
               a.soWhat == b.soWhat && a.nowWhat == b.nowWhat;
    }
};

// A new anonymous participant token: 128 random bits, URL-safe text.
QString newParticipantToken();
