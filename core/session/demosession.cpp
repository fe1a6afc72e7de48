#include "session/demosession.h"
#include "session/sessionrules.h"

#include "scenario/scenariolibrary.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "store/store.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <random>

namespace {

// The starter actions participants pick from or rewrite (PRODUCT.md), in their own words.
const char *const commitmentTexts[] = {
    QT_TRANSLATE_NOOP("DemoSession",
                      "When someone repeats an idea a colleague already raised, say \"that builds "
                      "on what Amara said\" and hand the floor back."),
    QT_TRANSLATE_NOOP("DemoSession",
                      "Give credit by name in our Friday update, not just \"thanks, team\"."),
    QT_TRANSLATE_NOOP("DemoSession", "Ask Nguyễn how to say her name, and practise it before "
                                     "Monday's stand-up."),
    QT_TRANSLATE_NOOP("DemoSession", "Recommend Priya for the pricing project lead 🙌"),
    QT_TRANSLATE_NOOP("DemoSession", "Stop opening meetings with \"hi guys\"; \"hi all\" works "
                                     "fine."),
    QT_TRANSLATE_NOOP("DemoSession", "In my 1:1s, listen to understand:\nask one more question "
                                     "before giving advice."),
    QT_TRANSLATE_NOOP("DemoSession", "Read one book on racism at work this month, and discuss it "
                                     "with my team, not just with friends."),
    QT_TRANSLATE_NOOP("DemoSession", "Own it when I get something wrong: apologise once, fix it, "
                                     "move on."),
};

// One anonymous participant of the demo. Stages are indices 0 (bystander) … 4 (advocate).
struct Person
{
    QString token;
    int self = 0;  // where they place themselves at the start
    int acts = 0;  // where their choices tend to land under pressure
    int after = 0; // where they place themselves at the end
    bool stays = true;
};

// A deterministic crowd: std::mt19937's output is fixed by the C++ standard, and every draw
// below uses it directly, so a seed means the same crowd on every platform.
class Crowd
{
public:
    explicit Crowd(quint32 seed) : mRng(seed) {}

    int below(int n) { return int(mRng() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <std::size_t N> int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int pick = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (pick < weights[i])
                return int(i);
            pick -= weights[i];
        }
        return int(N) - 1;
    }
    QString token()
    {
        QByteArray bytes;
        for (int i = 0; i < 4; ++i) {
            const quint32 word = mRng();
            bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
        }
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    QList<Person> people(int count)
    {
        // Most place themselves as active allies or advocates; what they do under pressure
        // sits lower, around passive support.
        const int selfWeights[] = {1, 3, 1, 14, 6};
        const int actsWeights[] = {7, 9, 4, 4, 1};
        QList<Person> list;
        for (int i = 0; i < count; ++i) {
            Person p;
            p.token = token();
            p.self = weighted(selfWeights);
            p.acts = std::min(weighted(actsWeights), p.self + 1);
            // Seeing their own choices moves most people who overrated themselves down a step.
            const int gap = p.self - p.acts;
            int move = 0;
            if (gap >= 2)
                move = weighted({10, 70, 20}) - 2; // -2, -1 or 0
            else if (gap == 1)
                move = weighted({45, 45, 10}) - 1;
            else
                move = chance(30) ? 1 : 0;
            p.after = std::clamp(p.self + move, 0, Spectrum::StageCount - 1);
            p.stays = true;
            list.append(p);
        }
        // Two people leave before the closing round.
        list[below(count)].stays = false;
        list[below(count)].stays = false;
        return list;
    }

    // The option a person picks: near where they act, one step either way now and then.
    QString choose(const Person &p, const QList<Choice> &options)
    {
        const QStringList keys = Spectrum::keys();
        const int target = std::clamp(p.acts + weighted({2, 5, 3}) - 1, 0, 4);
        int best = -1;
        QList<int> nearest;
        for (int i = 0; i < options.size(); ++i) {
            const int distance = std::abs(int(keys.indexOf(options[i].stage)) - target);
            if (best < 0 || distance < best) {
                best = distance;
                nearest = {i};
            } else if (distance == best) {
                nearest.append(i);
            }
        }
        return options[nearest[below(int(nearest.size()))]].key;
    }

private:
    std::mt19937 mRng;
};

QList<Choice> stageChoices()
{
    QList<Choice> choices;
    for (const QString &key : Spectrum::keys())
        choices.append({key, key});
    return choices;
}

// Asks a question, records everyone's answers as phones would send them, reveals and closes.
bool ask(SessionModel &model, Question question, const QList<Person> &people,
         const std::function<QString(const Person &)> &answerOf, int *answers, QString *error,
         qint64 *questionId = nullptr)
{
    const std::optional<qint64> id = model.addQuestion(std::move(question), error);
    if (!id)
        return false;
    for (const Person &p : people) {
        const QString choice = answerOf(p);
        if (choice.isEmpty())
            continue; // did not answer
        const SessionModel::AnswerResult r = model.recordAnswer(*id, p.token, choice);
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        ++*answers;
    }
    if (questionId)
        *questionId = *id;
    return model.setRevealed(*id, true, error);
}

// The option most people chose: the branch the facilitator follows.
QString majority(const SessionModel &model, qint64 questionId)
{
    QHash<QString, int> counts;
    for (const Answer &a : model.answers(questionId))
        ++counts[a.choice];
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != SessionKeys::Pass && (best.isEmpty() || it.value() > counts[best] ||
                                              (it.value() == counts[best] && it.key() < best)))
            best = it.key();
    }
    return best;
}

} // namespace

std::optional<DemoSession::Result> DemoSession::createFollowUp(Store *store, qint64 workshopId,
                                                               QString *error, quint32 seed)
{
    SessionModel workshop(store);
    if (!workshop.load(workshopId, error))
        return std::nullopt;
    const QList<Replay> replayable = SessionRules::replayableDecisions(workshop.questions());
    const Session &w = workshop.session();
    // The follow-up speaks the workshop's language, as its room does.
    const RoomLanguage::Scope room(w.language.isEmpty() ? QStringLiteral("en") : w.language);
    Session plan =
        SessionRules::followUpOf(w, w.cohort.isEmpty() ? cohort() : w.cohort,
                                 SessionRules::suggestedFollowUpDate(w.date), replayable.mid(0, 1));
    Result result;
    result.sessionId = store->createSession(plan, error);
    if (result.sessionId == 0)
        return std::nullopt;
    SessionModel model(store);
    if (!model.load(result.sessionId, error))
        return std::nullopt;

    // The same crowd as the workshop's (the same seed); five of them are not there this time.
    Crowd crowd(seed);
    QList<Person> people = crowd.people(Participants);
    for (int i = 0; i < 5; ++i)
        people.removeAt(crowd.below(int(people.size())));
    for (Person &p : people) {
        p.token = crowd.token(); // another session: new phones' tokens
        // A third slip back a step; a few who acted on their commitment move up.
        const int roll = crowd.below(100);
        p.after = std::clamp(p.after + (roll < 33   ? -1
                                        : roll < 45 ? 1
                                                    : 0),
                             0, Spectrum::StageCount - 1);
        p.acts = std::min(p.acts + 1, Spectrum::StageCount - 1);
    }
    result.participants = int(people.size());
    const QStringList keys = Spectrum::keys();

    Question again;
    again.kind = QuestionKind::SelfPlacement;
    again.phase = Phase::FollowUp;
    again.prompt = SessionRules::selfPlacementPrompt(Phase::FollowUp, nullptr);
    again.choices = stageChoices();
    if (!ask(
            model, again, people, [&](const Person &p) { return keys[p.after]; }, &result.answers,
            error))
        return std::nullopt;

    ScenarioLibrary library;
    library.load(QString(), [](const QString &id, const QString &source) {
        return RoomLanguage::current().scenarioText(id, source);
    });
    for (const Replay &replay : std::as_const(plan.replays)) {
        const ScenarioLibrary::Entry *entry = library.find(replay.scenarioId);
        const Scene *scene = entry ? entry->scenario.scene(replay.sceneId) : nullptr;
        if (!scene || !scene->decision)
            continue;
        if (!model.keepScenario(SessionRules::snapshotOf(entry->scenario), error))
            return std::nullopt;
        const Question q = SessionRules::newDecisionQuestion(replay.scenarioId, *scene);
        const auto vote = [&](const Person &p) { return crowd.choose(p, q.choices); };
        if (!ask(model, q, people, vote, &result.answers, error))
            return std::nullopt;
    }

    // The check-in: not everyone made a commitment (some wrote theirs on a card they kept);
    // most who did, did it at least in part.
    // In a fixed pattern over the room: 0 did it, 1 partly, 2 not yet, 3 made none.
    const QStringList checkIn = SessionKeys::checkInKeys();
    static const int pattern[] = {0, 1, 3, 0, 2, 3, 1, 0, 3, 2, 0, 3, 1, 0, 3, 2, 1, 3, 0, 3};
    int next = 0;
    const auto kept = [&](const Person &) {
        return checkIn[pattern[next++ % int(std::size(pattern))]];
    };
    if (!ask(model, SessionRules::newCheckInQuestion(nullptr), people, kept, &result.answers,
             error))
        return std::nullopt;
    return result;
}

QString DemoSession::title()
{
    return roomTr("Demo: leadership team allyship workshop");
}

QString DemoSession::cohort()
{
    return QStringLiteral("demo-cohort");
}

QStringList DemoSession::scenarioIds()
{
    return {QStringLiteral("amplify-overlooked-idea"), QStringLiteral("mispronounced-name")};
}

std::optional<DemoSession::Result> DemoSession::create(Store *store, const QDate &date,
                                                       const QString &language, QString *error,
                                                       quint32 seed)
{
    // The demo speaks its session's language: its own texts, the scenarios' and the stages'.
    const RoomLanguage::Scope room(language.isEmpty() ? QStringLiteral("en") : language);
    ScenarioLibrary library;
    library.load(QString(), [](const QString &id, const QString &source) {
        return RoomLanguage::current().scenarioText(id, source);
    });
    QList<const Scenario *> scenarios;
    for (const QString &id : scenarioIds()) {
        const ScenarioLibrary::Entry *entry = library.find(id);
        if (!entry) {
            *error = tr("The built-in scenario \"%1\" is missing.").arg(id);
            return std::nullopt;
        }
        scenarios.append(&entry->scenario);
    }

    Session session;
    session.title = title();
    session.date = date;
    session.cohort = cohort();
    session.language = language.isEmpty() ? QStringLiteral("en") : language;
    session.k = Session::DefaultK;
    // The welcome screen as a trainer would fill it in.
    session.trainer = roomTr("Sam Okafor");
    session.agenda = roomTr("9:30 Where we stand\n10:00 Two scenarios, in threes\n12:00 Where we "
                            "stand now, and one action each");
    session.agreements = SessionRules::defaultAgreements(nullptr);
    Result result;
    result.sessionId = store->createSession(session, error);
    if (result.sessionId == 0)
        return std::nullopt;
    SessionModel model(store);
    if (!model.load(result.sessionId, error))
        return std::nullopt;

    Crowd crowd(seed);
    const QList<Person> people = crowd.people(Participants);
    result.participants = int(people.size());
    const QStringList keys = Spectrum::keys();
    // Now and then someone skips a question (4%) or passes (4%).
    const auto place = [&](int stage) {
        const int roll = crowd.below(100);
        return roll < 4 ? QString() : roll < 8 ? SessionKeys::Pass : keys[stage];
    };

    Question baseline;
    baseline.kind = QuestionKind::SelfPlacement;
    baseline.phase = Phase::Baseline;
    baseline.prompt = roomTr("Where are you on the allyship spectrum today?");
    baseline.choices = stageChoices();
    if (!ask(
            model, baseline, people, [&](const Person &p) { return place(p.self); },
            &result.answers, error))
        return std::nullopt;

    // Each scenario as the group plays it: from its first scene, following the option most
    // people chose, through at most two decision points.
    for (const Scenario *scenario : scenarios) {
        if (!model.keepScenario(SessionRules::snapshotOf(*scenario), error))
            return std::nullopt;
        const Scene *scene = scenario->scenes.isEmpty() ? nullptr : &scenario->scenes.first();
        QSet<QString> visited;
        int decisions = 0;
        while (scene && decisions < 2 && !visited.contains(scene->id)) {
            visited.insert(scene->id);
            QString next = scene->next;
            if (scene->decision) {
                Question q = SessionRules::newDecisionQuestion(scenario->id, *scene);
                const auto vote = [&](const Person &p) {
                    const int roll = crowd.below(100);
                    return roll < 5   ? QString()
                           : roll < 9 ? SessionKeys::Pass
                                      : crowd.choose(p, q.choices);
                };
                qint64 id = 0;
                if (!ask(model, q, people, vote, &result.answers, error, &id))
                    return std::nullopt;
                ++decisions;
                const QString chosen = majority(model, id);
                for (const DecisionOption &option : scene->decision->options) {
                    if (option.id == chosen)
                        next = option.next;
                }
            }
            scene = next.isEmpty() ? nullptr : scenario->scene(next);
        }
    }

    Question after = baseline;
    after.phase = Phase::After;
    after.prompt = roomTr("After these scenarios, where are you now?");
    const auto placeAfter = [&](const Person &p) { return p.stays ? place(p.after) : QString(); };
    if (!ask(model, after, people, placeAfter, &result.answers, error))
        return std::nullopt;

    // Eight different people commit to one action each.
    QList<int> writers;
    while (writers.size() < int(std::size(commitmentTexts))) {
        const int i = crowd.below(int(people.size()));
        if (people[i].stays && !writers.contains(i))
            writers.append(i);
    }
    for (int n = 0; n < int(writers.size()); ++n) {
        const QString text = roomTr(commitmentTexts[n]);
        if (!model.addCommitment(text, people[writers[n]].token, error))
            return std::nullopt;
        ++result.commitments;
    }

    if (!store->flush()) {
        *error = tr("The demo session could not be saved.");
        return std::nullopt;
    }
    return result;
}
