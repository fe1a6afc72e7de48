// Every session statistic (Statistics::compute: distributions, pairing, transitions, perception
// gap, decision tallies) over 1,000,000 answers, against a plain loop that only counts the same
// answers per stage in a std::array. Target: the full set costs at most 3× the bare count.
#include "interleaved.h"
#include "stats/statistics.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
constexpr int AnswerCount = 1'000'000;
constexpr int TokenCount = 100'000;

// Two baseline and two after self-placements, six decisions of four options each.
QList<Question> makeQuestions()
{
    const QStringList stages = Spectrum::keys();
    QList<Question> questions;
    for (int i = 0; i < 10; ++i) {
        Question q;
        q.id = i + 1;
        q.kind = i < 4 ? QuestionKind::SelfPlacement : QuestionKind::Decision;
        q.phase = i < 2 ? Phase::Baseline : Phase::After;
        if (q.kind == QuestionKind::SelfPlacement) {
            for (const QString &key : stages)
                q.choices.append({key, key});
        } else {
            for (int o = 0; o < 4; ++o)
                q.choices.append({QStringLiteral("option-%1").arg(o), stages[(i + o) % 5]});
        }
        questions.append(q);
    }
    return questions;
}

// Random tokens and choices. Every answer owns its strings, as answers read from the store do.
SessionData makeSession()
{
    QRandomGenerator random(20240514);
    SessionData data;
    data.session.id = 1;
    data.session.k = 5;
    data.questions = makeQuestions();

    QStringList tokens;
    for (int i = 0; i < TokenCount; ++i) {
        quint32 words[4];
        random.fillRange(words);
        tokens.append(QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    const QDateTime start(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
    data.answers.reserve(AnswerCount);
    for (int i = 0; i < AnswerCount; ++i) {
        const Question &q = data.questions[int(random.bounded(10))];
        const QString &token = tokens[int(random.bounded(TokenCount))];
        const QString &choice = random.bounded(20) == 0
                                    ? SessionKeys::Pass
                                    : q.choices[int(random.bounded(int(q.choices.size())))].key;
        Answer a;
        a.id = i + 1;
        a.questionId = q.id;
        a.token = QString(token.constData(), token.size());
        a.choice = QString(choice.constData(), choice.size());
        a.at = start.addMSecs(qint64(random.bounded(3'600'000)));
        data.answers.append(a);
    }
    for (const Question &q : data.questions)
        data.tallies.append({q.id, q.choices.first().key, 7});
    return data;
}
} // namespace

int main()
{
    const SessionData data = makeSession();

    // The minimal baseline: find each answer's stage through its question, count it.
    std::array<std::vector<int>, 11> stageOf;
    std::array<const Question *, 11> byId{};
    for (const Question &q : data.questions) {
        byId[q.id] = &q;
        for (const Choice &c : q.choices)
            stageOf[q.id].push_back(int(Spectrum::keys().indexOf(c.stage)));
    }
    volatile int sink = 0;
    const auto bare = [&] {
        std::array<int, Spectrum::StageCount> counts{};
        for (const Answer &a : data.answers) {
            const QList<Choice> &choices = byId[a.questionId]->choices;
            for (int c = 0; c < int(choices.size()); ++c) {
                if (choices[c].key == a.choice) {
                    ++counts[stageOf[a.questionId][c]];
                    break;
                }
            }
        }
        sink = sink + counts[0] + counts[4];
    };
    const auto ours = [&] {
        const SessionStatistics s = Statistics::compute(data);
        sink = sink + (s.beforeAfter.transitions.isShown() ? 1 : 0) +
               int(s.beforeAfter.baseline.rows().size());
    };

    const Interleaved timing = interleaved(bare, ours, 7, 3);

    const SessionStatistics s = Statistics::compute(data);
    std::printf("%d answers, %d tokens, %d questions\n", AnswerCount, TokenCount,
                int(data.questions.size()));
    if (const TransitionValues *t = s.beforeAfter.transitions.values())
        std::printf("paired participants: %d\n", t->pairs);
    std::printf("plain count per stage:        %8.2f ms\n", timing.baselineMs);
    std::printf("Statistics::compute (all):    %8.2f ms\n", timing.oursMs);
    std::printf("ratio (median of 7): %.2fx  (target: within 3x)\n", timing.ratio);
    return 0;
}
