#pragma once

#include "session/session.h"
#include "stats/suppressible.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Catalogue;
struct Scenario;
struct Scene;

// How many people a question has heard from, and how they split over its choices.
//
//   answers (phones, hot seat) ──┐
//                                ├──> votes per choice, passes, people
//   tallies (hands counted) ─────┘
//   the group's single choice ──────> said in words; never a vote, never a person
//
// A person is counted either by hand (tally) or by their own answer, never both: the console
// warns before a question is counted both ways (mixesModes()), because nothing can tell
// whether the hands raised include people who had already answered.
struct QuestionCount
{
    QList<int> votes; // per choice, in Question::choices order: answers and tallies together
    int passes = 0;   // answers that passed (tallies have no pass)
    int answered = 0; // people who answered themselves, passes included
    int tallied = 0;  // people counted by hand
    QString groupChoice;

    int people() const { return answered + tallied; }
    int votesFor(int choice) const { return votes.value(choice); }
    bool mixesModes() const { return answered > 0 && tallied > 0; }
};

// The rules of a session, written once. The console, the phone server, the exports and the
// report all ask these functions; none of them repeats a check.
class SessionRules
{
    Q_DECLARE_TR_FUNCTIONS(SessionRules)

public:
    // ── Which question a step records into ──────────────────────────────────────────────
    // A decision scene records into one question per session, created the first time the scene
    // is reached and reused afterwards (a scenario started over, or a reopened session).
    static const Question *decisionQuestion(const QList<Question> &questions,
                                            const QString &scenarioId, const QString &sceneId);
    // The question to create for a decision scene: the prompt, the options with their stages
    // and "why" as they are now (the session keeps them, whatever later becomes of the file).
    static Question newDecisionQuestion(const QString &scenarioId, const Scene &scene);
    // `question` as a reader of `language` sees it, when the room was asked in another: the
    // self-placement's wording, a decision's prompt and options from `source` (the scenario
    // as written) translated by id. Keys, stages, counts and everything else stay; a text the
    // scenario no longer has keeps the words it was asked with.
    static Question inLanguage(const Question &question, const Scenario *source,
                               const Catalogue &language);
    // What a session keeps of a scenario it runs (title, debrief questions), in the language
    // the scenario was loaded in.
    static ScenarioSnapshot snapshotOf(const Scenario &scenario);
    // The latest self-placement of a phase: a phase asked twice continues where it was.
    static const Question *selfPlacementQuestion(const QList<Question> &questions, Phase phase);
    // A new self-placement of `phase` over the five stages, its prompt in `roomLanguage`
    // (null: the room's language, RoomLanguage).
    static Question newSelfPlacementQuestion(Phase phase, const Catalogue *roomLanguage);
    // The session's question that a new one (newDecisionQuestion, newSelfPlacementQuestion)
    // stands for, if it was asked already: the same scene's decision, the phase's
    // self-placement, the check-in. Asking it again must not make a second one.
    static const Question *askedAlready(const QList<Question> &questions, const Question &draft);
    // ── The follow-up's check-in ─────────────────────────────────────────────────────────
    // "Did you do what you committed to?": yes, partly, not yet, or "I did not commit" (the
    // keys of SessionKeys::checkInKeys(), no stages), worded in `roomLanguage` (null: the
    // room's). Anonymous like every answer: it is never linked to a commitment's text.
    static Question newCheckInQuestion(const Catalogue *roomLanguage);
    // The session's check-in, if it was asked (asking it again continues it).
    static const Question *checkInQuestion(const QList<Question> &questions);
    static QString checkInPrompt(const Catalogue *roomLanguage);
    // The words of a check-in choice ("Yes, I did", "Partly", …) in `roomLanguage` (null: the
    // room's); an unknown key comes back as it is.
    static QString checkInLabel(const QString &key, const Catalogue *roomLanguage);
    // The same in the console's language, for the trainer's own controls.
    static QString checkInConsoleLabel(const QString &key);

    // "Where are you today?", "… after the scenarios?", "… weeks later?".
    static QString selfPlacementPrompt(Phase phase, const Catalogue *roomLanguage);
    // The group's agreements a new session starts from, one per line, in the room's language:
    // brave-space ground rules the trainer can change (PRODUCT.md, "A workshop, end to end").
    static QString defaultAgreements(const Catalogue *roomLanguage);
    // Text a trainer typed for the welcome screen, as the projector may show it: control
    // characters dropped (line breaks kept), lines trimmed, blank lines gone.
    static QStringList welcomeLines(const QString &typed);

    // ── Whether an answer counts ─────────────────────────────────────────────────────────
    enum class Refusal {
        None,
        NoQuestion,    // no such question in the session
        Written,       // a commitment question: written, not chosen
        Closed,        // not taking answers (closed or revealed)
        BadToken,      // missing or too long
        UnknownChoice, // not one of the question's choices nor "pass"
        SatOut,        // a decision of a role-play this participant sits out
    };
    static constexpr int MaxTokenLength = 64;
    static constexpr int MaxChoiceLength = 64;
    // `sittingOut`: the participant sits out the role-play the question belongs to; they are
    // not asked its decisions, so an answer from them is refused rather than counted as a pass.
    static Refusal checkAnswer(const Question *question, const QString &token,
                               const QString &choice, bool sittingOut = false);
    // Whether a question takes answers now, from anyone (a phone, the hot seat, a counted
    // hand, a vote key): Refusal::None, or NoQuestion, Written or Closed (closed or revealed,
    // until it is asked again). The first part of checkAnswer; the console's answer buttons
    // are enabled by it.
    static Refusal checkTakesAnswers(const Question *question);
    static bool takesAnswers(const Question *question)
    {
        return checkTakesAnswers(question) == Refusal::None;
    }
    // The group's choice is recorded also once the question is closed and revealed: the room
    // votes, sees the reveal, discusses, and then settles on one option. Empty clears it.
    static Refusal checkGroupChoice(const Question *question, const QString &choice);
    // A translated sentence for the console (the phone server has its own API error texts).
    static QString refusalText(Refusal refusal, qint64 questionId, const QString &choice);

    // ── Follow-up sessions ──────────────────────────────────────────────────────────────
    // The decisions a session asked, each once (by scenario and scene), in the order asked:
    // what a follow-up can replay.
    static QList<Replay> replayableDecisions(const QList<Question> &questions);
    // A follow-up of `original` on `date` for `cohort`: the same language, k, stage labels,
    // trainer and agreements; no agenda; the picked decisions to replay. Titled in the
    // console's language ("Follow-up: …"), for the trainer to change.
    static Session followUpOf(const Session &original, const QString &cohort, const QDate &date,
                              const QList<Replay> &replays);
    // The self-placement set against the group's choices: the baseline of a workshop, the
    // follow-up's own (its decisions are replayed weeks later).
    static Phase selfViewPhase(const Session &session)
    {
        return session.followUp ? Phase::FollowUp : Phase::Baseline;
    }
    // When a follow-up usually happens: eight weeks later (boosters re-measure after two to
    // four months; confidence to step in fades within six to eight).
    static QDate suggestedFollowUpDate(const QDate &workshop);

    // ── What a commitment may be ─────────────────────────────────────────────────────────
    // Its length as a person sees it: the user-perceived characters (grapheme clusters) of the
    // trimmed text, so a family emoji, a flag or a letter with its accents counts once, not as
    // the UTF-16 units or code points it is made of. The phone page counts the same way.
    static int commitmentLength(const QString &text);
    enum class CommitmentRefusal { None, Empty, TooLong };
    // Empty once trimmed, or longer than Commitment::MaxLength by commitmentLength().
    static CommitmentRefusal checkCommitment(const QString &text);

    // ── What a question from a phone may be ──────────────────────────────────────────────
    // Trimmed: not empty, at most RoomQuestion::MaxLength characters as a person sees them, no
    // control character but the line break (a carriage return, a tab or an escape code could
    // hide text or break a line on the projector or in a spreadsheet).
    enum class RoomQuestionRefusal { None, Empty, TooLong, ControlCharacters };
    static RoomQuestionRefusal checkRoomQuestion(const QString &text);
    // How many questions one device may send in a session run.
    static constexpr int MaxRoomQuestionsPerDevice = 10;

    // ── How votes and the group's choice count ───────────────────────────────────────────
    static QuestionCount count(const Question &question, const QList<Answer> &answers,
                               const QHash<QString, int> &tallies);
    // The choice to follow unless the facilitator picks another: the group's choice, else the
    // one with the most votes (ties: the first of them). An index into Question::choices, or -1
    // when there are none.
    static int leadingChoice(const Question &question, const QuestionCount &count);
    // The votes per choice as the room may see them: only once at least k people voted (passes
    // do not count), the same k rule as every statistic (stats/suppressible.h).
    static Suppressible<QList<int>> shownVotes(const QuestionCount &count, int k);
    // Revealing a question's results closes it to answers; hiding them opens it again.
    static bool isOpenWhenRevealed(bool revealed) { return !revealed; }
};
