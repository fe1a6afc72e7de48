#include "participant/participantstate.h"

#include "catalogue.h"
#include "scenario/scenario.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "session/starteractions.h"
#include "spectrum.h"
#include "stats/statistics.h"

#include <QJsonArray>

namespace ParticipantState {

namespace {

QList<Tally> talliesOf(const SessionModel &model, qint64 questionId)
{
    QList<Tally> result;
    for (const Tally &t : model.tallies()) {
        if (t.questionId == questionId)
            result.append(t);
    }
    return result;
}

// Each choice's key and the label a participant sees: the workshop's name for a stage, or the
// text of a decision option (its key if the question was recorded without texts).
QList<std::pair<QString, QString>> labelledChoices(const SessionModel &model, const Question &q,
                                                   const Catalogue *language)
{
    QList<std::pair<QString, QString>> result;
    const Spectrum spectrum = Spectrum::standard(language).withLabels(model.session().stageLabels);
    for (const Choice &c : q.choices) {
        QString label = c.label;
        if (q.kind == QuestionKind::SelfPlacement) {
            if (const Stage *stage = spectrum.stage(c.key))
                label = stage->label;
        }
        result.append({c.key, label.isEmpty() ? c.key : label});
    }
    return result;
}

// One question of the session with its answers and counted hands, for the statistics.
SessionData questionData(const SessionModel &model, const Question &q)
{
    SessionData data;
    data.session = model.session();
    data.questions = {q};
    data.answers = model.answers(q.id);
    data.tallies = talliesOf(model, q.id);
    return data;
}

QJsonArray countsJson(const QList<std::pair<QString, QString>> &choices, const QList<int> &counts)
{
    QJsonArray array;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        array.append(QJsonObject{{QStringLiteral("key"), choices.at(i).first},
                                 {QStringLiteral("label"), choices.at(i).second},
                                 {QStringLiteral("count"), counts.value(i)}});
    }
    return array;
}

// The question as the phone's language words it.
Question shownQuestion(const SessionModel &model, const Question &q, const Catalogue *language,
                       const Scenario *source)
{
    if (!language || language->code() == model.session().language)
        return q;
    return SessionRules::inLanguage(q, source, *language);
}

} // namespace

const Question *promptQuestion(const SessionModel &model, const ParticipantPrompt &prompt)
{
    if (prompt.kind != ParticipantPrompt::Kind::Question)
        return nullptr;
    const Question *q = model.question(prompt.questionId);
    if (!q || q->kind == QuestionKind::Commitment)
        return nullptr;
    return q;
}

QJsonObject prompt(const SessionModel &model, const ParticipantPrompt &current,
                   const Catalogue *language, const Scenario *source)
{
    if (current.kind == ParticipantPrompt::Kind::Commitment) {
        // The starter actions to pick from and make one's own, in the phone's language.
        return {
            {QStringLiteral("kind"), QStringLiteral("commitment")},
            {QStringLiteral("maxLength"), Commitment::MaxLength},
            {QStringLiteral("starters"),
             QJsonArray::fromStringList(StarterActions::texts(
                 language ? language : Catalogue::forLanguage(model.session().language).get()))}};
    }
    const Question *asked = promptQuestion(model, current);
    if (!asked)
        return {{QStringLiteral("kind"), QStringLiteral("waiting")}};
    const Question worded = shownQuestion(model, *asked, language, source);
    const Question *q = &worded;

    const Spectrum spectrum = Spectrum::standard(language).withLabels(model.session().stageLabels);
    QJsonArray choices;
    for (const auto &[key, label] : labelledChoices(model, *q, language)) {
        QJsonObject choice{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}};
        // A decision option's stage is what the reveal is about: it never goes to a phone.
        if (q->kind == QuestionKind::SelfPlacement) {
            if (const Stage *stage = spectrum.stage(key))
                choice.insert(QStringLiteral("summary"), stage->summary);
        }
        choices.append(choice);
    }
    return {{QStringLiteral("kind"), SessionKeys::kind(q->kind)},
            {QStringLiteral("question"), q->id},
            {QStringLiteral("text"), q->kind == QuestionKind::SelfPlacement
                                         ? SessionRules::selfPlacementPrompt(q->phase, language)
                                         : q->prompt},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("open"), q->open}};
}

QJsonObject forDevice(QJsonObject prompt, const SessionModel &model,
                      const ParticipantPrompt &current, const QString &deviceId, bool committed)
{
    if (current.kind == ParticipantPrompt::Kind::Commitment) {
        prompt.insert(QStringLiteral("submitted"), committed);
    } else if (const Question *q = promptQuestion(model, current)) {
        const std::optional<Answer> answer = model.answer(q->id, deviceId);
        prompt.insert(QStringLiteral("answer"),
                      answer ? QJsonValue(answer->choice) : QJsonValue(QJsonValue::Null));
    }
    return prompt;
}

QJsonValue results(const SessionModel &model, const ParticipantPrompt &current,
                   const Catalogue *language, const Scenario *source)
{
    const Question *asked = promptQuestion(model, current);
    if (!asked || !asked->revealed)
        return QJsonValue::Null;
    const Question worded = shownQuestion(model, *asked, language, source);
    const Question *q = &worded;
    const int k = model.session().k;
    QJsonObject result{{QStringLiteral("question"), q->id}};
    const QList<std::pair<QString, QString>> choices = labelledChoices(model, *q, language);
    QList<int> counts;
    int threshold = effectiveK(k);
    bool shown = false;
    if (q->kind == QuestionKind::SelfPlacement) {
        const Distribution d =
            Statistics::distribution({*q}, model.answers(q->id), talliesOf(model, q->id), k);
        threshold = d.threshold();
        if (const DistributionValues *values = d.values()) {
            shown = true;
            const Spectrum spectrum = Spectrum::standard();
            for (const auto &choice : choices) {
                const int index = spectrum.indexOf(choice.first);
                counts.append(index >= 0 ? values->counts.at(size_t(index)) : 0);
            }
        }
    } else if (q->kind == QuestionKind::CheckIn) {
        const SessionData data = questionData(model, *q);
        if (const std::optional<CheckIn> checkIn = Statistics::checkIn(data)) {
            threshold = checkIn->threshold();
            if (const CheckInValues *values = checkIn->values()) {
                shown = true;
                for (const auto &choice : choices)
                    counts.append(values->count(choice.first));
            }
        }
    } else {
        const SessionData data = questionData(model, *q);
        const QList<DecisionTally> tallies = Statistics::decisionTallies(data);
        if (!tallies.isEmpty()) {
            threshold = tallies.first().counts.threshold();
            if (const DecisionCounts *values = tallies.first().counts.values()) {
                shown = true;
                for (const auto &choice : choices)
                    counts.append(values->counts.value(values->optionKeys.indexOf(choice.first)));
            }
        }
    }
    result.insert(QStringLiteral("suppressed"), !shown);
    result.insert(QStringLiteral("k"), threshold);
    // Suppressed: not a single number, not even how many answered so far.
    if (shown)
        result.insert(QStringLiteral("counts"), countsJson(choices, counts));
    return result;
}

QJsonObject privacy(const SessionModel &model, int keptMonths)
{
    return {{QStringLiteral("k"), effectiveK(model.session().k)},
            {QStringLiteral("keptMonths"), keptMonths}};
}

QJsonValue scenario(const SessionModel &model, const ParticipantPrompt &prompt,
                    const Catalogue *language, const Scenario *source)
{
    if (prompt.scenarioId.isEmpty())
        return QJsonValue::Null;
    QJsonObject shown{{QStringLiteral("id"), prompt.scenarioId}};
    if (source && source->id == prompt.scenarioId) {
        const Scenario worded = language ? language->translated(*source) : *source;
        shown.insert(QStringLiteral("title"), worded.title.simplified());
        if (!worded.contentNote.isEmpty())
            shown.insert(QStringLiteral("contentNote"), worded.contentNote.simplified());
    } else if (const ScenarioSnapshot *kept = model.scenario(prompt.scenarioId)) {
        shown.insert(QStringLiteral("title"), kept->title);
    }
    return shown;
}

QJsonValue scenarioForDevice(QJsonValue scenario, const SessionModel &model,
                             const ParticipantPrompt &current, const QString &deviceId)
{
    if (!scenario.isObject())
        return scenario;
    QJsonObject shown = scenario.toObject();
    shown.insert(QStringLiteral("sittingOut"), model.isSittingOut(current.scenarioId, deviceId));
    return shown;
}

} // namespace ParticipantState
