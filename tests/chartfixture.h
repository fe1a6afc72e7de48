#pragma once

#include "session/session.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"
#include "spectrum.h"

#include <QDate>
#include <QTemporaryDir>

#include <array>

// A workshop for the chart tests, benchmark and screenshots, recorded through SessionModel,
// the path real answers take. Three sessions of one cohort ("finance-leads"): a kick-off a
// month earlier, the workshop itself (24 people: baseline, two decisions of the built-in
// "credit-taken" scenario, after, commitments) and a follow-up six weeks later. The
// workshop is the one loaded in `model`.
class ChartFixture
{
public:
    // Counts per stage (bystander … advocate), and per option of the two decisions.
    static constexpr std::array<int, 5> Baseline{2, 5, 6, 8, 3};
    static constexpr std::array<int, 5> After{1, 3, 5, 10, 5};
    static constexpr std::array<int, 4> Decision1{7, 8, 5, 4};
    static constexpr std::array<int, 5> Decision2{6, 7, 4, 4, 3};
    static constexpr int Passes = 1; // one more person passes at baseline

    QTemporaryDir dir;
    SessionStore store;
    SessionModel model{&store};
    qint64 kickOff = 0, workshop = 0, followUp = 0;
    qint64 baseline = 0, decision1 = 0, decision2 = 0, after = 0;

    static QString stageKey(int stage) { return Spectrum::keys().at(stage); }

    static Question selfPlacement(Phase phase, const QString &prompt)
    {
        Question q;
        q.kind = QuestionKind::SelfPlacement;
        q.phase = phase;
        q.prompt = prompt;
        for (const QString &key : Spectrum::keys())
            q.choices.append({key, key});
        return q;
    }

    static Question decision(const QString &scene, const QString &prompt,
                             const QList<Choice> &options)
    {
        Question q;
        q.kind = QuestionKind::Decision;
        q.phase = Phase::Baseline;
        q.scenarioId = QStringLiteral("credit-taken");
        q.sceneId = scene;
        q.prompt = prompt;
        q.choices = options;
        return q;
    }

    // A session with the given title and date, loaded into `model`. Returns its id.
    qint64 createSession(const QString &title, const QDate &date, int k,
                         const QString &cohort = QStringLiteral("finance-leads"),
                         const QHash<QString, QString> &labels = {})
    {
        if (!store.isOpen()) {
            QString error;
            if (!store.open(dir.path(), &error))
                qFatal("cannot open the store: %s", qPrintable(error));
        }
        Session s;
        s.title = title;
        s.date = date;
        s.cohort = cohort;
        s.k = k;
        s.stageLabels = labels;
        QString error;
        const qint64 id = store.createSession(s, &error);
        if (id == 0 || !model.load(id, &error))
            qFatal("cannot create a session: %s", qPrintable(error));
        return id;
    }

    qint64 add(const Question &question)
    {
        QString error;
        const std::optional<qint64> id = model.addQuestion(question, &error);
        if (!id)
            qFatal("cannot add a question: %s", qPrintable(error));
        return *id;
    }

    // counts[i] people choose question.choices[i]; tokens p1, p2, … in order.
    template <std::size_t N>
    void answer(qint64 questionId, const std::array<int, N> &counts, int passes = 0)
    {
        const Question *q = model.question(questionId);
        int token = 0;
        for (std::size_t i = 0; i < N; ++i) {
            for (int n = 0; n < counts[i]; ++n)
                record(questionId, QStringLiteral("p%1").arg(++token), q->choices.at(int(i)).key);
        }
        for (int n = 0; n < passes; ++n)
            record(questionId, QStringLiteral("p%1").arg(++token), SessionKeys::Pass);
    }

    void record(qint64 questionId, const QString &token, const QString &choice)
    {
        const SessionModel::AnswerResult r = model.recordAnswer(questionId, token, choice);
        if (!r.ok)
            qFatal("cannot record an answer: %s", qPrintable(r.error));
    }

    static QList<Choice> decision1Options()
    {
        return {{QStringLiteral("stay-out"), stageKey(0)},
                {QStringLiteral("tell-marisol"), stageKey(1)},
                {QStringLiteral("reply-all-thanks"), stageKey(2)},
                {QStringLiteral("name-her"), stageKey(3)}};
    }

    static QList<Choice> decision2Options()
    {
        return {{QStringLiteral("as-asked"), stageKey(0)},
                {QStringLiteral("nudge-marisol"), stageKey(1)},
                {QStringLiteral("intranet-tribute"), stageKey(2)},
                {QStringLiteral("talk-to-fiona"), stageKey(3)},
                {QStringLiteral("change-template"), stageKey(4)}};
    }

    // The whole cohort; the workshop is left loaded. k applies to the workshop.
    void createCohort(int k = 5, const QHash<QString, QString> &labels = {})
    {
        kickOff = createSession(QStringLiteral("Kick-off"), QDate(2026, 2, 3), 5);
        answer(add(selfPlacement(Phase::Baseline, QStringLiteral("Where are you today?"))),
               std::array<int, 5>{4, 7, 6, 5, 2});
        answer(add(selfPlacement(Phase::After, QStringLiteral("And now?"))),
               std::array<int, 5>{3, 6, 6, 7, 2});

        followUp = createSession(QStringLiteral("Six weeks on"), QDate(2026, 4, 14), 5);
        answer(add(selfPlacement(Phase::FollowUp, QStringLiteral("Where are you now?"))),
               std::array<int, 5>{1, 3, 6, 9, 4});

        createWorkshop(k, labels);
    }

    void createWorkshop(int k = 5, const QHash<QString, QString> &labels = {},
                        const QString &cohort = QStringLiteral("finance-leads"))
    {
        workshop = createSession(QStringLiteral("Allyship in finance"), QDate(2026, 3, 3), k,
                                 cohort, labels);
        baseline = add(selfPlacement(Phase::Baseline, QStringLiteral("Where are you today?")));
        decision1 = add(decision(QStringLiteral("review"), QStringLiteral("What do you do?"),
                                 decision1Options()));
        decision2 = add(decision(QStringLiteral("board-version"),
                                 QStringLiteral("What do you do with the board version?"),
                                 decision2Options()));
        after = add(selfPlacement(Phase::After, QStringLiteral("Where are you now?")));
        answer(baseline, Baseline, Passes);
        answer(decision1, Decision1);
        answer(decision2, Decision2);
        answer(after, After);
        QString error;
        for (const char *text : {"Credit the person who did the work, by name, in the meeting.",
                                 "Ask my team how they want to be introduced.",
                                 "Learn to say every name on my team properly.",
                                 "Recommend one person for a stretch project.",
                                 "Interrupt the next joke at someone's expense.",
                                 "Own my mistake when I get it wrong."})
            model.addCommitment(QString::fromUtf8(text), QString(), &error);
        store.flush();
    }
};
