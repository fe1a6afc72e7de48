#include "session/sessionrules.h"

#include "catalogue.h"

#include "scenario/scenario.h"
#include "scenario/translatedtext.h"
#include "spectrum.h"
#include "visiblelength.h"

#include <algorithm>

const Question *SessionRules::decisionQuestion(const QList<Question> &questions,
                                               const QString &scenarioId, const QString &sceneId)
{
    for (const Question &q : questions) {
        if (q.kind == QuestionKind::Decision && q.scenarioId == scenarioId && q.sceneId == sceneId)
            return &q;
    }
    return nullptr;
}

Question SessionRules::newDecisionQuestion(const QString &scenarioId, const Scene &scene)
{
    Question question;
    question.kind = QuestionKind::Decision;
    question.scenarioId = scenarioId;
    question.sceneId = scene.id;
    if (!scene.decision)
        return question;
    question.prompt = scene.decision->prompt.simplified();
    for (const DecisionOption &option : scene.decision->options)
        question.choices.append(
            {option.id, option.stage, option.text.simplified(), option.why.simplified()});
    return question;
}

Question SessionRules::inLanguage(const Question &question, const Scenario *source,
                                  const Catalogue &language)
{
    Question result = question;
    if (question.kind == QuestionKind::SelfPlacement) {
        result.prompt = selfPlacementPrompt(question.phase, &language);
        return result;
    }
    if (question.kind == QuestionKind::CheckIn) {
        result.prompt = checkInPrompt(&language);
        for (Choice &choice : result.choices)
            choice.label = checkInLabel(choice.key, &language);
        return result;
    }
    if (question.kind != QuestionKind::Decision || !source || source->id != question.scenarioId)
        return result;
    const Scenario translated = language.translated(*source);
    const Scene *scene = translated.scene(question.sceneId);
    if (!scene || !scene->decision)
        return result;
    const Question asked = newDecisionQuestion(translated.id, *scene);
    result.prompt = asked.prompt;
    for (Choice &choice : result.choices) {
        for (const Choice &words : asked.choices) {
            if (words.key == choice.key) {
                choice.label = words.label;
                choice.why = words.why;
            }
        }
    }
    return result;
}

ScenarioSnapshot SessionRules::snapshotOf(const Scenario &scenario)
{
    const auto simplified = [](QStringList texts) {
        for (QString &text : texts)
            text = text.simplified();
        return texts;
    };
    return {scenario.id, scenario.title.simplified(), simplified(scenario.debrief.what),
            simplified(scenario.debrief.soWhat), simplified(scenario.debrief.nowWhat)};
}

const Question *SessionRules::selfPlacementQuestion(const QList<Question> &questions, Phase phase)
{
    for (auto it = questions.crbegin(); it != questions.crend(); ++it) {
        if (it->kind == QuestionKind::SelfPlacement && it->phase == phase)
            return &*it;
    }
    return nullptr;
}

const Question *SessionRules::askedAlready(const QList<Question> &questions, const Question &draft)
{
    switch (draft.kind) {
    case QuestionKind::Decision:
        return decisionQuestion(questions, draft.scenarioId, draft.sceneId);
    case QuestionKind::SelfPlacement:
        return selfPlacementQuestion(questions, draft.phase);
    case QuestionKind::CheckIn:
        return checkInQuestion(questions);
    case QuestionKind::Commitment:
        break; // commitments are not asked as questions
    }
    return nullptr;
}

Question SessionRules::newCheckInQuestion(const Catalogue *roomLanguage)
{
    Question question;
    question.kind = QuestionKind::CheckIn;
    question.phase = Phase::FollowUp;
    question.prompt = checkInPrompt(roomLanguage);
    for (const QString &key : SessionKeys::checkInKeys())
        question.choices.append({key, QString(), checkInLabel(key, roomLanguage)});
    return question;
}

const Question *SessionRules::checkInQuestion(const QList<Question> &questions)
{
    for (auto it = questions.crbegin(); it != questions.crend(); ++it) {
        if (it->kind == QuestionKind::CheckIn)
            return &*it;
    }
    return nullptr;
}

QString SessionRules::checkInPrompt(const Catalogue *roomLanguage)
{
    return translatedText(roomLanguage, "SessionRules",
                          QT_TR_NOOP("Did you do what you committed to?"));
}

namespace {
const char *checkInSource(const QString &key)
{
    if (key == SessionKeys::CheckInDone)
        return QT_TRANSLATE_NOOP("SessionRules", "Yes, I did");
    if (key == SessionKeys::CheckInPartly)
        return QT_TRANSLATE_NOOP("SessionRules", "Partly");
    if (key == SessionKeys::CheckInNotYet)
        return QT_TRANSLATE_NOOP("SessionRules", "Not yet");
    if (key == SessionKeys::CheckInNoCommitment)
        return QT_TRANSLATE_NOOP("SessionRules", "I did not make a commitment");
    return nullptr;
}
} // namespace

QString SessionRules::checkInLabel(const QString &key, const Catalogue *roomLanguage)
{
    const char *text = checkInSource(key);
    return text ? translatedText(roomLanguage, "SessionRules", text) : key;
}

QString SessionRules::checkInConsoleLabel(const QString &key)
{
    const char *text = checkInSource(key);
    return text ? tr(text) : key;
}

Question SessionRules::newSelfPlacementQuestion(Phase phase, const Catalogue *roomLanguage)
{
    Question question;
    question.kind = QuestionKind::SelfPlacement;
    question.phase = phase;
    question.prompt = selfPlacementPrompt(phase, roomLanguage);
    for (const QString &key : Spectrum::keys())
        question.choices.append({key, key});
    return question;
}

QString SessionRules::selfPlacementPrompt(Phase phase, const Catalogue *roomLanguage)
{
    const char *text = QT_TR_NOOP("Where are you today?");
    if (phase == Phase::After)
        text = QT_TR_NOOP("Where are you now, after the scenarios?");
    else if (phase == Phase::FollowUp)
        text = QT_TR_NOOP("Where are you now, weeks later?");
    return translatedText(roomLanguage, "SessionRules", text);
}

QString SessionRules::defaultAgreements(const Catalogue *roomLanguage)
{
    static const char *const rules[] = {
        QT_TR_NOOP("Own what you intend and what it does: if something lands badly, listen first."),
        QT_TR_NOOP("Challenge by choice: take part as far as feels right; passing is always fine."),
        QT_TR_NOOP("Question ideas, never attack people."),
        QT_TR_NOOP("Stories told here stay here; what we learn leaves with us."),
    };
    QStringList lines;
    for (const char *rule : rules)
        lines.append(translatedText(roomLanguage, "SessionRules", rule));
    return lines.join(QLatin1Char('\n'));
}

SessionRules::Refusal SessionRules::checkTakesAnswers(const Question *question)
{
    if (!question)
        return Refusal::NoQuestion;
    if (question->kind == QuestionKind::Commitment)
        return Refusal::Written;
    if (!question->open || question->revealed)
        return Refusal::Closed;
    return Refusal::None;
}

QStringList SessionRules::welcomeLines(const QString &typed)
{
    QString text;
    text.reserve(typed.size());
    for (const QChar c : typed) {
        if (c == QLatin1Char('\n') || c.category() != QChar::Other_Control)
            text.append(c);
        else if (c == QLatin1Char('\t'))
            text.append(QLatin1Char(' ')); // a tab separates words; other controls go
    }
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

SessionRules::Refusal SessionRules::checkAnswer(const Question *question, const QString &token,
                                                const QString &choice, bool sittingOut)
{
    if (const Refusal refusal = checkTakesAnswers(question); refusal != Refusal::None)
        return refusal;
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return Refusal::BadToken;
    if (sittingOut && question->kind == QuestionKind::Decision)
        return Refusal::SatOut;
    if (choice.size() > MaxChoiceLength || !question->accepts(choice))
        return Refusal::UnknownChoice;
    return Refusal::None;
}

SessionRules::Refusal SessionRules::checkGroupChoice(const Question *question,
                                                     const QString &choice)
{
    if (!question)
        return Refusal::NoQuestion;
    if (question->kind != QuestionKind::Decision)
        return Refusal::Written;
    if (choice.isEmpty())
        return Refusal::None;
    if (choice == SessionKeys::Pass || !question->accepts(choice))
        return Refusal::UnknownChoice;
    return Refusal::None;
}

QString SessionRules::refusalText(Refusal refusal, qint64 questionId, const QString &choice)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoQuestion:
        return tr("There is no question %1 in this session.").arg(questionId);
    case Refusal::Written:
        return tr("This question is not one to choose an option in.");
    case Refusal::Closed:
        return tr("This question is closed.");
    case Refusal::BadToken:
        return tr("The participant token is missing or too long.");
    case Refusal::UnknownChoice:
        return tr("\"%1\" is not one of this question's choices.")
            .arg(choice.left(MaxChoiceLength));
    case Refusal::SatOut:
        return tr("This participant sits out the role-play question %1 belongs to.")
            .arg(questionId);
    }
    return {};
}

Suppressible<QList<int>> SessionRules::shownVotes(const QuestionCount &count, int k)
{
    int total = 0;
    for (const int votes : count.votes)
        total += votes;
    return Suppressible<QList<int>>::gate(total, k, [&count] { return count.votes; });
}

int SessionRules::leadingChoice(const Question &question, const QuestionCount &count)
{
    if (question.choices.isEmpty())
        return -1;
    for (int i = 0; i < question.choices.size(); ++i) {
        if (question.choices.at(i).key == count.groupChoice)
            return i;
    }
    int best = 0;
    for (int i = 1; i < question.choices.size(); ++i) {
        if (count.votesFor(i) > count.votesFor(best))
            best = i;
    }
    return best;
}

QuestionCount SessionRules::count(const Question &question, const QList<Answer> &answers,
                                  const QHash<QString, int> &tallies)
{
    QuestionCount count;
    count.groupChoice = question.groupChoice;
    count.votes.fill(0, question.choices.size());
    QHash<QString, int> index;
    for (int i = 0; i < question.choices.size(); ++i)
        index.insert(question.choices.at(i).key, i);
    for (const Answer &answer : answers) {
        if (answer.questionId != question.id)
            continue;
        if (answer.choice == SessionKeys::Pass) {
            ++count.passes;
            ++count.answered;
        } else if (const auto it = index.constFind(answer.choice); it != index.cend()) {
            ++count.votes[*it];
            ++count.answered;
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const auto choice = index.constFind(it.key());
        if (choice == index.cend() || it.value() <= 0)
            continue;
        count.votes[*choice] += it.value();
        count.tallied += it.value();
    }
    return count;
}

int SessionRules::commitmentLength(const QString &text)
{
    return visibleLength(text);
}

SessionRules::CommitmentRefusal SessionRules::checkCommitment(const QString &text)
{
    if (text.trimmed().isEmpty())
        return CommitmentRefusal::Empty;
    if (commitmentLength(text) > Commitment::MaxLength)
        return CommitmentRefusal::TooLong;
    return CommitmentRefusal::None;
}

QList<Replay> SessionRules::replayableDecisions(const QList<Question> &questions)
{
    QList<const Question *> decisions;
    for (const Question &q : questions) {
        if (q.kind == QuestionKind::Decision && !q.scenarioId.isEmpty() && !q.sceneId.isEmpty())
            decisions.append(&q);
    }
    std::stable_sort(decisions.begin(), decisions.end(), [](const Question *a, const Question *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    QList<Replay> result;
    for (const Question *q : std::as_const(decisions)) {
        const bool seen = std::any_of(result.cbegin(), result.cend(), [q](const Replay &r) {
            return r.scenarioId == q->scenarioId && r.sceneId == q->sceneId;
        });
        if (!seen)
            result.append({q->scenarioId, q->sceneId, q->prompt.simplified()});
    }
    return result;
}

Session SessionRules::followUpOf(const Session &original, const QString &cohort, const QDate &date,
                                 const QList<Replay> &replays)
{
    Session s;
    s.title = tr("Follow-up: %1").arg(original.title);
    s.date = date;
    s.cohort = cohort.simplified();
    s.language = original.language;
    s.stageLabels = original.stageLabels;
    s.k = original.k;
    s.trainer = original.trainer;
    s.agreements = original.agreements;
    s.followUp = true;
    s.replays = replays;
    return s;
}

QDate SessionRules::suggestedFollowUpDate(const QDate &workshop)
{
    return workshop.addDays(8 * 7);
}

SessionRules::RoomQuestionRefusal SessionRules::checkRoomQuestion(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return RoomQuestionRefusal::Empty;
    for (const QChar c : trimmed) {
        if (c != QLatin1Char('\n') &&
            (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
             c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) &&
            // Joiners are part of emoji and scripts; the direction marks are typed in Arabic.
            c != QChar(0x200D) && c != QChar(0x200C) && c != QChar(0x200E) && c != QChar(0x200F))
            return RoomQuestionRefusal::ControlCharacters;
    }
    if (visibleLength(trimmed) > RoomQuestion::MaxLength)
        return RoomQuestionRefusal::TooLong;
    return RoomQuestionRefusal::None;
}
