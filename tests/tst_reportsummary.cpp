#include "stats/reportsummary.h"

#include "session/sessionrules.h"

#include <QLocale>
#include <QTest>

// The report's first page in words (core/stats/reportsummary.h): who took part, the path
// through each scenario, before and after, the perception gap and k, with the k rule in every
// sentence: what is withheld is said in words and its count never appears.
class tst_ReportSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headcount_data();
    void headcount();
    void roomQuestionsAreCountedNeverQuoted();
    void checkInSaysTheDoneRateFromK();
    void beforeAfter_data();
    void beforeAfter();
    void perceptionGap_data();
    void perceptionGap();
    void pathThroughScenarios();
    void decisionSentences_data();
    void decisionSentences();
    void anonymityRule_data();
    void anonymityRule();
    void shortText_data();
    void shortText();
};

namespace {

// A session built by hand: tokens t1, t2, … place themselves and choose.
struct Builder
{
    SessionData d;
    QList<ScenarioSnapshot> scenarios;
    int seconds = 0;

    explicit Builder(int k = 5)
    {
        d.session.id = 1;
        d.session.title = QStringLiteral("Spring workshop");
        d.session.k = k;
    }

    qint64 selfPlacement(Phase phase)
    {
        Question q;
        q.id = d.questions.size() + 1;
        q.kind = QuestionKind::SelfPlacement;
        q.phase = phase;
        for (const QString &key : Spectrum::keys())
            q.choices.append({key, key});
        d.questions.append(q);
        return q.id;
    }

    // One option per given stage (0 … 4), labelled "Option A", "Option B", …
    qint64 decision(const QString &scenarioId, const QList<int> &stages)
    {
        Question q;
        q.id = d.questions.size() + 1;
        q.kind = QuestionKind::Decision;
        q.scenarioId = scenarioId;
        q.sceneId = QStringLiteral("scene-%1").arg(q.id);
        q.prompt = QStringLiteral("What do you do?");
        for (int i = 0; i < stages.size(); ++i)
            q.choices.append({QStringLiteral("o%1").arg(i + 1), Spectrum::keys().at(stages[i]),
                              QStringLiteral("Option %1").arg(QChar(u'A' + i))});
        d.questions.append(q);
        return q.id;
    }

    void answer(qint64 question, int person, const QString &choice)
    {
        Answer a;
        a.id = d.answers.size() + 1;
        a.questionId = question;
        a.token = QStringLiteral("t%1").arg(person);
        a.choice = choice;
        a.at = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC).addSecs(++seconds);
        d.answers.append(a);
    }

    // stages[i]: the stage (0 … 4) of person first + i.
    void place(qint64 question, const QList<int> &stages, int first = 1)
    {
        for (int i = 0; i < stages.size(); ++i)
            answer(question, first + i, Spectrum::keys().at(stages[i]));
    }

    // options[i]: the option (0-based) person first + i chooses.
    void choose(qint64 question, const QList<int> &options, int first = 1)
    {
        for (int i = 0; i < options.size(); ++i)
            answer(question, first + i, QStringLiteral("o%1").arg(options[i] + 1));
    }

    ReportSummary summary() const
    {
        return ReportSummary::compute(d, Statistics::compute(d), scenarios, Spectrum::standard());
    }
};

// Texts that must not appear: what a withheld statistic counted.
void verifyAbsent(const QString &text, const QStringList &absent)
{
    for (const QString &s : absent)
        QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("\"%1\" in: %2").arg(s, text)));
}

void verifyPresent(const QString &text, const QStringList &present)
{
    for (const QString &s : present)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(s, text)));
}

} // namespace

void tst_ReportSummary::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_ReportSummary::headcount_data()
{
    QTest::addColumn<int>("tokens");
    QTest::addColumn<QList<int>>("tallies"); // hands counted, per question
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("people"); // 0: not shown
    QTest::newRow("25 phones") << 25 << QList<int>() << 5 << QStringLiteral("25 people took part.")
                               << 25;
    QTest::newRow("below k") << 4 << QList<int>() << 5
                             << QStringLiteral("Fewer than 5 people took part, so none of their "
                                               "answers are shown.")
                             << 0;
    QTest::newRow("nobody") << 0 << QList<int>() << 5 << QStringLiteral("Nobody has answered yet.")
                            << 0;
    // Hands counted at two questions are the same room, not twice the people.
    QTest::newRow("hands") << 0 << QList<int>{12, 9} << 5 << QStringLiteral("12 people took part.")
                           << 12;
    QTest::newRow("phones and hands")
        << 6 << QList<int>{8} << 5 << QStringLiteral("8 people took part.") << 8;
}

void tst_ReportSummary::headcount()
{
    QFETCH(int, tokens);
    QFETCH(QList<int>, tallies);
    QFETCH(int, k);
    QFETCH(QString, expected);
    QFETCH(int, people);
    Builder b(k);
    const qint64 before = b.selfPlacement(Phase::Baseline);
    b.place(before, QList<int>(tokens, 2));
    for (int i = 0; i < tallies.size(); ++i) {
        const qint64 q = b.selfPlacement(i == 0 ? Phase::After : Phase::FollowUp);
        b.d.tallies.append({q, Spectrum::keys().at(3), tallies[i]});
    }
    const ReportSummary s = b.summary();
    QCOMPARE(s.headcount, expected);
    QCOMPARE(s.people.value_or(0), people);
    if (!people && tokens > 0)
        verifyAbsent(s.headcount, {QString::number(tokens)});
}

void tst_ReportSummary::checkInSaysTheDoneRateFromK()
{
    Builder b(5);
    QVERIFY(b.summary().checkIn.isEmpty()); // not asked: nothing said
    Question q = SessionRules::newCheckInQuestion(nullptr);
    q.id = b.d.questions.size() + 1;
    b.d.questions.append(q);
    // Four had committed (k is 5), two had not: withheld, said in words, no count of either.
    const QStringList four{QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("partly"),
                           QStringLiteral("not-yet")};
    for (int i = 0; i < four.size(); ++i)
        b.answer(q.id, i + 1, four[i]);
    b.answer(q.id, 5, QStringLiteral("no-commitment"));
    b.answer(q.id, 6, QStringLiteral("no-commitment"));
    QString said = b.summary().checkIn;
    QCOMPARE(said, QStringLiteral("Fewer than 5 people who had made a commitment answered the "
                                  "check-in, too few to show."));
    verifyAbsent(said, {QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("6")});

    // A fifth and a sixth: 3 of 6 did it.
    b.answer(q.id, 7, QStringLiteral("done"));
    b.answer(q.id, 8, QStringLiteral("partly"));
    said = b.summary().checkIn;
    QCOMPARE(said, QStringLiteral("Of the 6 people who had made a commitment, 3 did what they "
                                  "committed to, 2 did it in part and 1 not yet (50% did it). 2 "
                                  "said they had not made one."));
    std::optional<CheckIn> checkIn = Statistics::checkIn(b.d);
    QCOMPARE(ReportSummary::doneRate(*checkIn), QStringLiteral("50%"));
}

void tst_ReportSummary::roomQuestionsAreCountedNeverQuoted()
{
    Builder b(5);
    QVERIFY(b.summary().roomQuestions.isEmpty()); // none sent: nothing said
    b.d.roomQuestionCount = 3;
    const QString said = b.summary().roomQuestions;
    QVERIFY2(said.contains(QStringLiteral("3")) && said.contains(QStringLiteral("question")),
             qPrintable(said));
}

void tst_ReportSummary::beforeAfter_data()
{
    QTest::addColumn<QList<int>>("before"); // stages of t1, t2, …; empty: not asked
    QTest::addColumn<QList<int>>("after");
    QTest::addColumn<int>("afterFrom"); // the first person who answers after
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("most, then the largest group")
        << QList<int>{1, 1, 1, 1, 3, 3} << QList<int>{3, 3, 1, 1, 4, 3} << 1
        << QStringList{QStringLiteral(
                           "Before the scenarios, most people (4 of 6) placed themselves "
                           "at “Passive supporter”; afterwards, the largest group (3 of "
                           "6) placed themselves at “Active ally”."),
                       QStringLiteral("Of the 6 people who answered both times, 3 moved further "
                                      "along, 3 stayed where they were and 0 moved back.")}
        << QStringList();
    QTest::newRow("the same stage, still the largest")
        << QList<int>{3, 3, 3, 4, 4, 1} << QList<int>{3, 3, 3, 4, 4, 1} << 1
        << QStringList{QStringLiteral("Before the scenarios, the largest group (3 of 6) placed "
                                      "themselves at “Active ally”; afterwards, that was still the "
                                      "largest group (3 of 6).")}
        << QStringList();
    QTest::newRow("the same stage, now most")
        << QList<int>{3, 3, 3, 4, 4, 1} << QList<int>{3, 3, 3, 3, 4, 1} << 1
        << QStringList{QStringLiteral("Before the scenarios, the largest group (3 of 6) placed "
                                      "themselves at “Active ally”; afterwards, most people (4 of "
                                      "6) did.")}
        << QStringList();
    QTest::newRow("split")
        << QList<int>{0, 0, 0, 2, 2, 2} << QList<int>{0, 2, 2, 2, 2, 2} << 1
        << QStringList{QStringLiteral("the group was split between “Bystander” and "
                                      "“Performative ally” (3 each, of 6)"),
                       QStringLiteral("afterwards, most people (5 of 6) placed themselves at "
                                      "“Performative ally”"),
                       QStringLiteral("2 moved further along, 4 stayed where they were and 0 "
                                      "moved back")}
        << QStringList();
    QTest::newRow("no after")
        << QList<int>{3, 3, 3, 4, 4, 1} << QList<int>() << 1
        << QStringList{QStringLiteral("Before the scenarios, the largest group (3 of 6) placed "
                                      "themselves at “Active ally”."),
                       QStringLiteral("The group did not place themselves again afterwards, so "
                                      "there is no before and after to compare.")}
        << QStringList{QStringLiteral("moved")};
    QTest::newRow("after below k")
        << QList<int>{3, 3, 3, 4, 4, 1} << QList<int>{4, 4, 2} << 1
        << QStringList{QStringLiteral("Afterwards, fewer than 5 people placed themselves, too few "
                                      "to show.")}
        << QStringList{QStringLiteral("of 3"), QStringLiteral("3 people"), QStringLiteral("(2 of")};
    QTest::newRow("too few pairs")
        << QList<int>{3, 3, 3, 4, 4, 1} << QList<int>{2, 2, 2, 2, 2, 3} << 4
        << QStringList{QStringLiteral("afterwards, most people (5 of 6) placed themselves at "
                                      "“Performative ally”"),
                       QStringLiteral("Fewer than 5 people answered both times, so who moved is "
                                      "not shown.")}
        << QStringList{QStringLiteral("Of the 3"), QStringLiteral("3 people")};
    QTest::newRow("no before") << QList<int>() << QList<int>{3, 3, 3, 4, 4, 1} << 1
                               << QStringList{QStringLiteral(
                                      "The group was not asked where they stood before the "
                                      "scenarios. Afterwards, the largest group (3 of 6) placed "
                                      "themselves at “Active ally”.")}
                               << QStringList();
}

void tst_ReportSummary::beforeAfter()
{
    QFETCH(QList<int>, before);
    QFETCH(QList<int>, after);
    QFETCH(int, afterFrom);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    Builder b;
    if (!before.isEmpty())
        b.place(b.selfPlacement(Phase::Baseline), before);
    if (!after.isEmpty())
        b.place(b.selfPlacement(Phase::After), after, afterFrom);
    const QString text = b.summary().beforeAfter;
    verifyPresent(text, present);
    verifyAbsent(text, absent);
}

void tst_ReportSummary::perceptionGap_data()
{
    QTest::addColumn<QList<int>>("self");   // stages of t1, t2, …
    QTest::addColumn<QList<int>>("chosen"); // the stage of the option each chose; empty: none
    QTest::addColumn<QString>("expected");

    QTest::newRow("higher") << QList<int>{3, 3, 3, 4, 4, 3} << QList<int>{1, 1, 1, 1, 3, 3}
                            << QStringLiteral(
                                   "People placed themselves 1.7 stages further along, on "
                                   "average, than the options they chose in the scenarios: 5 of 6 "
                                   "saw themselves at least one stage higher than their choices.");
    QTest::newRow("lower") << QList<int>{0, 0, 0, 1, 1} << QList<int>{2, 2, 2, 1, 3}
                           << QStringLiteral(
                                  "People chose options 1.6 stages further along, on average, "
                                  "than where they placed themselves: 4 of 5 chose at least one "
                                  "stage higher than they placed themselves.");
    QTest::newRow("same") << QList<int>{2, 2, 2, 2, 2} << QList<int>{2, 2, 2, 2, 2}
                          << QStringLiteral("On average, the options people chose in the "
                                            "scenarios matched where they placed themselves: 5 "
                                            "of 5 were within one stage.");
    QTest::newRow("below k") << QList<int>{3, 3, 3, 3} << QList<int>{1, 1, 1, 1}
                             << QStringLiteral(
                                    "Fewer than 5 people both placed themselves on the spectrum "
                                    "and decided in the scenarios, so the gap between how they see "
                                    "themselves and what they chose is not shown.");
    QTest::newRow("no decisions") << QList<int>{3, 3, 3, 3, 3} << QList<int>()
                                  << QStringLiteral(
                                         "There is no gap between self-view and choices to report: "
                                         "the group did not both place themselves on the spectrum "
                                         "and decide in a scenario.");
}

void tst_ReportSummary::perceptionGap()
{
    QFETCH(QList<int>, self);
    QFETCH(QList<int>, chosen);
    QFETCH(QString, expected);
    Builder b;
    b.place(b.selfPlacement(Phase::Baseline), self);
    if (!chosen.isEmpty()) {
        // One option per stage: option index = stage.
        const qint64 d = b.decision(QStringLiteral("alpha"), {0, 1, 2, 3, 4});
        b.choose(d, chosen);
    }
    QCOMPARE(b.summary().perceptionGap, expected);
}

void tst_ReportSummary::pathThroughScenarios()
{
    Builder b;
    b.scenarios = {{QStringLiteral("alpha"), QStringLiteral("The meeting"), {}, {}, {}},
                   {QStringLiteral("beta"), QStringLiteral("The name"), {}, {}, {}},
                   {QStringLiteral("gamma"), QStringLiteral("Not reached"), {}, {}, {}}};
    const qint64 a1 = b.decision(QStringLiteral("alpha"), {0, 1, 3});
    const qint64 a2 = b.decision(QStringLiteral("alpha"), {1, 4});
    const qint64 b1 = b.decision(QStringLiteral("beta"), {0, 3});
    const qint64 x1 = b.decision(QStringLiteral("removed"), {0, 3});
    b.choose(a1, {2, 2, 2, 2, 0, 1});
    b.choose(a2, {0, 0, 0, 0, 0, 1});
    b.choose(b1, {1, 1, 1, 1, 1});
    b.choose(x1, {0, 0, 0, 0, 0});
    const ReportSummary s = b.summary();
    QCOMPARE(s.scenariosIntro, QStringLiteral("The group worked through these scenarios, in this "
                                              "order:"));
    QCOMPARE(s.scenarios.size(), 4);
    QCOMPARE(s.scenarios[0].title, QStringLiteral("The meeting"));
    QCOMPARE(s.scenarios[0].decisions.size(), 2);
    QCOMPARE(s.scenarios[0].decisions[0].questionId, a1);
    QCOMPARE(s.scenarios[0].decisions[0].heading, QStringLiteral("The meeting, decision 1 of 2"));
    QCOMPARE(s.scenarios[0].decisions[1].heading, QStringLiteral("The meeting, decision 2 of 2"));
    QCOMPARE(s.scenarios[0].sentence,
             QStringLiteral("At decision 1, the most common choice was “Option C” (Active ally), "
                            "chosen by 4 of 6. At decision 2, the most common choice was “Option "
                            "A” (Passive supporter), chosen by 5 of 6."));
    QCOMPARE(s.scenarios[1].decisions[0].heading, QStringLiteral("The name, decision 1 of 1"));
    QCOMPARE(s.scenarios[2].sentence, QStringLiteral("The group did not reach a decision in it."));
    // A decision whose scenario was not kept goes under the scenario's id.
    QCOMPARE(s.scenarios[3].title, QStringLiteral("removed"));
    QCOMPARE(s.scenarios[3].decisions[0].questionId, x1);
}

void tst_ReportSummary::decisionSentences_data()
{
    QTest::addColumn<QList<int>>("choices"); // the option each person chose
    QTest::addColumn<QString>("groupChoice");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("most common") << QList<int>{0, 1, 1, 1, 2} << QString()
                                 << QStringLiteral("At decision 1, the most common choice was "
                                                   "“Option B” (Passive supporter), chosen by 3 "
                                                   "of 5.")
                                 << QStringList();
    QTest::newRow("split") << QList<int>{0, 0, 2, 2, 1} << QString()
                           << QStringLiteral("At decision 1, the choices were split between "
                                             "“Option A” (Bystander) and “Option C” (Active "
                                             "ally), chosen by 2 each, of 5.")
                           << QStringList();
    QTest::newRow("group choice") << QList<int>{0, 0, 0, 0, 1} << QStringLiteral("o3")
                                  << QStringLiteral("At decision 1, the group settled together "
                                                    "on “Option C” (Active ally).")
                                  << QStringList();
    QTest::newRow("below k") << QList<int>{0, 0, 1, 2} << QString()
                             << QStringLiteral("At decision 1, fewer than 5 people chose an "
                                               "option, so the choices are not shown.")
                             << QStringList{QStringLiteral("of 4"), QStringLiteral("Option A")};
}

void tst_ReportSummary::decisionSentences()
{
    QFETCH(QList<int>, choices);
    QFETCH(QString, groupChoice);
    QFETCH(QString, expected);
    QFETCH(QStringList, absent);
    Builder b;
    b.scenarios = {{QStringLiteral("alpha"), QStringLiteral("The meeting"), {}, {}, {}}};
    const qint64 d = b.decision(QStringLiteral("alpha"), {0, 1, 3});
    b.d.questions.last().groupChoice = groupChoice;
    b.choose(d, choices);
    const ReportSummary s = b.summary();
    QCOMPARE(s.scenarios.size(), 1);
    QCOMPARE(s.scenarios[0].decisions.size(), 1);
    QCOMPARE(s.scenarios[0].decisions[0].sentence, expected);
    verifyAbsent(s.scenarios[0].sentence, absent);
}

void tst_ReportSummary::anonymityRule_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5") << 5
                       << QStringLiteral("Groups smaller than 5 are not shown, to keep answers "
                                         "anonymous.");
    QTest::newRow("8") << 8
                       << QStringLiteral("Groups smaller than 8 are not shown, to keep answers "
                                         "anonymous.");
    // Never weaker than the product's minimum.
    QTest::newRow("1 is 3") << 1
                            << QStringLiteral("Groups smaller than 3 are not shown, to keep "
                                              "answers anonymous.");
}

void tst_ReportSummary::anonymityRule()
{
    QFETCH(int, k);
    QFETCH(QString, expected);
    QCOMPARE(Builder(k).summary().anonymity, expected);
}

void tst_ReportSummary::shortText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("Say nothing.") << 60
                           << QStringLiteral("Say nothing.");
    QTest::newRow("quotes") << QStringLiteral("\"Luca's fine.\"") << 60
                            << QStringLiteral("Luca's fine.");
    QTest::newRow("at a word")
        << QStringLiteral("Send Nkechi a private chat message: your idea sounded promising") << 30
        << QStringLiteral("Send Nkechi a private chat…");
    QTest::newRow("first sentence")
        << QStringLiteral("\"Graham, can we give Nkechi one more minute first? She was halfway "
                          "through the ticket numbers.\"")
        << 60 << QStringLiteral("Graham, can we give Nkechi one more minute first?…");
    QTest::newRow("first sentence too short")
        << QStringLiteral("No. Send Nkechi a private chat message: your idea sounded promising")
        << 30 << QStringLiteral("No. Send Nkechi a private chat…");
    QTest::newRow("no spaces") << QStringLiteral("abcdefghijklmnopqrstuvwxyz") << 10
                               << QStringLiteral("abcdefghij…");
}

void tst_ReportSummary::shortText()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QCOMPARE(ReportSummary::shortText(text, length), expected);
}

QTEST_GUILESS_MAIN(tst_ReportSummary)
#include "tst_reportsummary.moc"
