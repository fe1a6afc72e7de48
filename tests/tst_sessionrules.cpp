#include "catalogue.h"
#include "scenario/scenario.h"
#include "session/sessionrules.h"
#include "session/wordlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

// The session's rules, headless: which question a step records into, what a count is, whether
// an answer counts, how the self-placement is worded per phase.
using Tallies = QHash<QString, int>;

class tst_SessionRules : public QObject
{
    Q_OBJECT

private slots:
    void roomQuestionText_data();
    void roomQuestionText();
    void wordListHoldsAbuseNotTheWordsOfTheTopic();
    void followUpReplaysTheDecisionsAskedOnce();
    void decisionQuestionIsFoundByScenarioAndScene();
    void newDecisionQuestionKeepsTheTexts();
    void selfPlacementQuestionIsTheLatestOfItsPhase();
    void askedAlreadyFindsWhatADraftStandsFor();
    void selfPlacementPromptPerPhase_data();
    void selfPlacementPromptPerPhase();
    void selfPlacementPromptInTheRoomsLanguage();
    void checkInIsOneQuestionWithFourFixedAnswers();
    void checkAnswer_data();
    void checkAnswer();
    void checkGroupChoice_data();
    void checkGroupChoice();
    void countAddsAnswersAndTallies();
    void groupChoiceIsNeverAVote();
    void revealClosesAndHidingOpens();
    void snapshotKeepsTitleAndDebrief();
    void leadingChoice_data();
    void leadingChoice();

private:
    static Question decision(qint64 id, bool open = true, bool revealed = false);
};

void tst_SessionRules::roomQuestionText_data()
{
    using R = SessionRules::RoomQuestionRefusal;
    QTest::addColumn<QString>("text");
    QTest::addColumn<R>("refusal");
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    QTest::newRow("plain") << QStringLiteral("What if it is my manager?") << R::None;
    QTest::newRow("lines") << QStringLiteral("First line\nsecond line") << R::None;
    QTest::newRow("empty") << QStringLiteral(" \n\t ") << R::Empty;
    QTest::newRow("280 seen") << QString(280, QLatin1Char('x')) << R::None;
    QTest::newRow("281 seen") << QString(281, QLatin1Char('x')) << R::TooLong;
    QTest::newRow("emoji count once") << family.repeated(280) << R::None;
    QTest::newRow("arabic with marks") << QStringLiteral("\u200Fكيف أتدخّل؟") << R::None;
    QTest::newRow("tab") << QStringLiteral("a\tb") << R::ControlCharacters;
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << R::ControlCharacters;
    QTest::newRow("escape") << QStringLiteral("a\x1b[31mb") << R::ControlCharacters;
    QTest::newRow("right-to-left override") << QStringLiteral("a\u202Eb") << R::ControlCharacters;
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << R::ControlCharacters;
}

void tst_SessionRules::roomQuestionText()
{
    QFETCH(QString, text);
    QFETCH(SessionRules::RoomQuestionRefusal, refusal);
    QCOMPARE(SessionRules::checkRoomQuestion(text), refusal);
}

void tst_SessionRules::wordListHoldsAbuseNotTheWordsOfTheTopic()
{
    // Every shipped list is read; per language, texts that must be held (case, accents,
    // look-alike characters, full-width letters, Arabic marks) and workshop questions that must
    // not be (words inside other words, the words people use to talk about discrimination).
    const WordList list = WordList::shipped();
    QVERIFY(!list.isEmpty());
    QCOMPARE(WordList::languages().size(), 7);
    QFile file(QStringLiteral(UPSTANDER_FIXTURES "/wordlist-cases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject cases = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(cases.size(), 7);
    for (auto language = cases.begin(); language != cases.end(); ++language) {
        const QJsonObject c = language.value().toObject();
        for (const QJsonValue &text : c.value(QLatin1String("flag")).toArray())
            QVERIFY2(list.flags(text.toString()),
                     qPrintable(language.key() + QStringLiteral(": ") + text.toString()));
        for (const QJsonValue &text : c.value(QLatin1String("pass")).toArray())
            QVERIFY2(!list.flags(text.toString()),
                     qPrintable(language.key() + QStringLiteral(": ") + text.toString()));
    }
    // The trainer's own entries: a phrase, a stem; comments and blank lines skipped.
    WordList own;
    own.addEntries(QStringLiteral("# ours\n\nproject bluebird\nsneak*\n"));
    QVERIFY(own.flags(QStringLiteral("What about PROJECT  Bluebird?")));
    QVERIFY(!own.flags(QStringLiteral("project blue bird")));
    QVERIFY(own.flags(QStringLiteral("That was SNEAKY.")));
    QVERIFY(!own.flags(QStringLiteral("a snea")));
    QVERIFY(!own.flags(QStringLiteral("ours")));
    // Numbers stay numbers; an invisible character does not split a word.
    WordList words;
    words.addEntries(QStringLiteral("ass\ntits\nkill you\n"));
    QVERIFY(!words.flags(QStringLiteral("Our team of 455 people, ticket 7175")));
    QVERIFY(words.flags(QStringLiteral("4ss")));
    QVERIFY(words.flags(QStringLiteral("a\u200Css")));
    QVERIFY(words.flags(QStringLiteral("I will ki\u200Dll y\u200B0u")));
    // Letters of other scripts that look Latin do not hide a word: Cyrillic "а", "ѕ", Greek
    // "ι", "τ" in a Latin word, or a word made only of such letters. Words of those languages
    // themselves stay as they are.
    QVERIFY(words.flags(QStringLiteral("you \u0430ss")));       // Cyrillic a
    QVERIFY(words.flags(QStringLiteral("\u0430\u0455\u0455"))); // Cyrillic a, dze, dze
    QVERIFY(words.flags(QStringLiteral("\u03C4\u03B9ts")));     // Greek tau, iota
    QVERIFY(words.flags(QStringLiteral("KILL Y\u041EU")));      // Cyrillic capital O
    QVERIFY(
        !words.flags(QStringLiteral("\u041A\u0430\u043A \u0434\u0435\u043B\u0430?"))); // Как дела?
    QVERIFY(!words.flags(
        QStringLiteral("\u03A4\u03B9 \u03BA\u03AC\u03BD\u03B5\u03B9\u03C2;"))); // Τι κάνεις;
}

void tst_SessionRules::followUpReplaysTheDecisionsAskedOnce()
{
    // Each decision once (a scenario started over asks its decision again into the same
    // question, but an old session may hold two), in the order asked; self-placements and
    // commitments are not decisions.
    QList<Question> asked;
    const auto add = [&asked](qint64 id, int position, const QString &scenario,
                              const QString &scene, const QString &prompt) {
        Question q = decision(id);
        q.position = position;
        q.scenarioId = scenario;
        q.sceneId = scene;
        q.prompt = prompt;
        asked.append(q);
    };
    add(5, 3, QStringLiteral("banter-joke"), QStringLiteral("retro"),
        QStringLiteral("  What\ndo you do? "));
    add(2, 1, QStringLiteral("credit-taken"), QStringLiteral("review"), QStringLiteral("First"));
    add(9, 4, QStringLiteral("credit-taken"), QStringLiteral("review"), QStringLiteral("Again"));
    Question self;
    self.kind = QuestionKind::SelfPlacement;
    self.position = 0;
    asked.append(self);
    const QList<Replay> replays = SessionRules::replayableDecisions(asked);
    QCOMPARE(replays, (QList<Replay>{{QStringLiteral("credit-taken"), QStringLiteral("review"),
                                      QStringLiteral("First")},
                                     {QStringLiteral("banter-joke"), QStringLiteral("retro"),
                                      QStringLiteral("What do you do?")}}));

    Session workshop;
    workshop.id = 4;
    workshop.title = QStringLiteral("Leads, spring");
    workshop.date = QDate(2026, 3, 2);
    workshop.cohort = QStringLiteral("Leads 2026");
    workshop.language = QStringLiteral("de");
    workshop.k = 7;
    workshop.stageLabels = {{QStringLiteral("advocate"), QStringLiteral("Champion")}};
    workshop.trainer = QStringLiteral("Sam");
    workshop.agenda = QStringLiteral("9:00 Start");
    workshop.agreements = QStringLiteral("Challenge by choice");
    const QDate day = SessionRules::suggestedFollowUpDate(workshop.date);
    QCOMPARE(day, QDate(2026, 4, 27)); // eight weeks later
    const Session followUp =
        SessionRules::followUpOf(workshop, QStringLiteral(" Leads  2026 "), day, replays.mid(1));
    QCOMPARE(followUp.id, 0);
    QVERIFY(followUp.followUp);
    QVERIFY(followUp.title.contains(workshop.title));
    QCOMPARE(followUp.date, day);
    QCOMPARE(followUp.cohort, QStringLiteral("Leads 2026"));
    QCOMPARE(followUp.language, workshop.language);
    QCOMPARE(followUp.k, workshop.k);
    QCOMPARE(followUp.stageLabels, workshop.stageLabels);
    QCOMPARE(followUp.trainer, workshop.trainer);
    QCOMPARE(followUp.agreements, workshop.agreements);
    QVERIFY(followUp.agenda.isEmpty()); // a different, shorter day
    QCOMPARE(followUp.replays, replays.mid(1));
}

Question tst_SessionRules::decision(qint64 id, bool open, bool revealed)
{
    Question q;
    q.id = id;
    q.kind = QuestionKind::Decision;
    q.scenarioId = QStringLiteral("credit-taken");
    q.sceneId = QStringLiteral("review");
    q.choices = {
        {QStringLiteral("quiet"), QStringLiteral("bystander"), QStringLiteral("Say nothing")},
        {QStringLiteral("credit"), QStringLiteral("active-ally"), QStringLiteral("Credit")},
        {QStringLiteral("policy"), QStringLiteral("advocate"), QStringLiteral("Policy")}};
    q.open = open;
    q.revealed = revealed;
    return q;
}

void tst_SessionRules::askedAlreadyFindsWhatADraftStandsFor()
{
    // A decision by its scenario and scene, a self-placement by its phase; a commitment is
    // never asked as a question.
    Question baseline = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    baseline.id = 3;
    const QList<Question> asked{decision(2), baseline};
    Question draft = decision(0);
    QCOMPARE(SessionRules::askedAlready(asked, draft)->id, 2);
    draft.sceneId = QStringLiteral("hallway");
    QVERIFY(!SessionRules::askedAlready(asked, draft));
    QCOMPARE(SessionRules::askedAlready(
                 asked, SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr))
                 ->id,
             3);
    QVERIFY(!SessionRules::askedAlready(
        asked, SessionRules::newSelfPlacementQuestion(Phase::After, nullptr)));
    Question commitment;
    commitment.kind = QuestionKind::Commitment;
    QVERIFY(!SessionRules::askedAlready(asked, commitment));
}

void tst_SessionRules::decisionQuestionIsFoundByScenarioAndScene()
{
    Question self;
    self.id = 1;
    Question other = decision(2);
    other.sceneId = QStringLiteral("later");
    const QList<Question> questions{self, other, decision(3)};
    const Question *found = SessionRules::decisionQuestion(
        questions, QStringLiteral("credit-taken"), QStringLiteral("review"));
    QVERIFY(found);
    QCOMPARE(found->id, 3);
    QVERIFY(!SessionRules::decisionQuestion(questions, QStringLiteral("other-scenario"),
                                            QStringLiteral("review")));
}

void tst_SessionRules::newDecisionQuestionKeepsTheTexts()
{
    Scene scene;
    scene.id = QStringLiteral("review");
    Decision d;
    d.prompt = QStringLiteral("What do you do\n  now?");
    DecisionOption option;
    option.id = QStringLiteral("quiet");
    option.text = QStringLiteral("Say\nnothing");
    option.stage = QStringLiteral("bystander");
    option.why = QStringLiteral("Silence  protects nobody.");
    option.next = QStringLiteral("end");
    d.options = {option};
    scene.decision = d;
    const Question q = SessionRules::newDecisionQuestion(QStringLiteral("credit-taken"), scene);
    QCOMPARE(q.kind, QuestionKind::Decision);
    QCOMPARE(q.scenarioId, QStringLiteral("credit-taken"));
    QCOMPARE(q.sceneId, QStringLiteral("review"));
    QCOMPARE(q.prompt, QStringLiteral("What do you do now?"));
    QCOMPARE(q.choices.size(), 1);
    QCOMPARE(q.choices.first(),
             Choice(QStringLiteral("quiet"), QStringLiteral("bystander"),
                    QStringLiteral("Say nothing"), QStringLiteral("Silence protects nobody.")));
}

void tst_SessionRules::selfPlacementQuestionIsTheLatestOfItsPhase()
{
    QList<Question> questions;
    for (qint64 id : {1, 2, 3}) {
        Question q = SessionRules::newSelfPlacementQuestion(
            id == 2 ? Phase::After : Phase::Baseline, nullptr);
        q.id = id;
        questions.append(q);
    }
    QCOMPARE(SessionRules::selfPlacementQuestion(questions, Phase::Baseline)->id, 3);
    QCOMPARE(SessionRules::selfPlacementQuestion(questions, Phase::After)->id, 2);
    QVERIFY(!SessionRules::selfPlacementQuestion(questions, Phase::FollowUp));
    QCOMPARE(questions.first().choices.size(), 5);
    QCOMPARE(questions.first().choices.first().key, QStringLiteral("bystander"));
}

void tst_SessionRules::selfPlacementPromptPerPhase_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("prompt");
    QTest::newRow("baseline") << Phase::Baseline << QStringLiteral("Where are you today?");
    QTest::newRow("after") << Phase::After
                           << QStringLiteral("Where are you now, after the scenarios?");
    QTest::newRow("follow-up") << Phase::FollowUp
                               << QStringLiteral("Where are you now, weeks later?");
}

void tst_SessionRules::selfPlacementPromptPerPhase()
{
    QFETCH(Phase, phase);
    QFETCH(QString, prompt);
    QCOMPARE(SessionRules::selfPlacementPrompt(phase, nullptr), prompt);
    QCOMPARE(SessionRules::newSelfPlacementQuestion(phase, nullptr).prompt, prompt);
}

void tst_SessionRules::selfPlacementPromptInTheRoomsLanguage()
{
    // The room's catalogue, not the console's: a German room with an English console.
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
    const std::shared_ptr<const Catalogue> german = Catalogue::forLanguage(QStringLiteral("de"));
    const QString prompt = SessionRules::selfPlacementPrompt(Phase::After, german.get());
    QVERIFY2(prompt.startsWith(QStringLiteral("Wo ")), qPrintable(prompt));
    QCOMPARE(SessionRules::selfPlacementPrompt(Phase::After, nullptr),
             QStringLiteral("Where are you now, after the scenarios?"));
}

void tst_SessionRules::checkAnswer_data()
{
    using R = SessionRules::Refusal;
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<R>("refusal");
    const QString t = QStringLiteral("tok");
    QTest::newRow("counts") << true << true << false << t << QStringLiteral("credit") << R::None;
    QTest::newRow("pass") << true << true << false << t << QStringLiteral("pass") << R::None;
    QTest::newRow("no question") << false << true << false << t << QStringLiteral("credit")
                                 << R::NoQuestion;
    QTest::newRow("closed") << true << false << false << t << QStringLiteral("credit") << R::Closed;
    QTest::newRow("revealed") << true << true << true << t << QStringLiteral("credit") << R::Closed;
    QTest::newRow("no token") << true << true << false << QString() << QStringLiteral("credit")
                              << R::BadToken;
    QTest::newRow("long token") << true << true << false << QString(65, QLatin1Char('x'))
                                << QStringLiteral("credit") << R::BadToken;
    QTest::newRow("unknown option")
        << true << true << false << t << QStringLiteral("shout") << R::UnknownChoice;
    QTest::newRow("a stage is not an option")
        << true << true << false << t << QStringLiteral("advocate") << R::UnknownChoice;
    QTest::newRow("huge choice") << true << true << false << t << QString(5000, QLatin1Char('c'))
                                 << R::UnknownChoice;
}

void tst_SessionRules::checkAnswer()
{
    using R = SessionRules::Refusal;
    QFETCH(bool, exists);
    QFETCH(bool, open);
    QFETCH(bool, revealed);
    QFETCH(QString, token);
    QFETCH(QString, choice);
    QFETCH(SessionRules::Refusal, refusal);
    const Question q = decision(7, open, revealed);
    QCOMPARE(SessionRules::checkAnswer(exists ? &q : nullptr, token, choice), refusal);
    if (refusal != SessionRules::Refusal::None)
        QVERIFY(!SessionRules::refusalText(refusal, 7, choice).isEmpty());

    Question commitment;
    commitment.kind = QuestionKind::Commitment;
    QCOMPARE(SessionRules::checkAnswer(&commitment, token, choice), SessionRules::Refusal::Written);

    // Sitting the role-play out: its decisions are not asked, not even a pass counts; a closed
    // question stays closed, and a self-placement belongs to no role-play.
    const R sittingOut = SessionRules::checkAnswer(exists ? &q : nullptr, token, choice, true);
    QCOMPARE(sittingOut, refusal == R::None || refusal == R::UnknownChoice ? R::SatOut : refusal);
    if (sittingOut == R::SatOut)
        QVERIFY(!SessionRules::refusalText(sittingOut, 7, choice).isEmpty());
    Question self = q;
    self.kind = QuestionKind::SelfPlacement;
    self.choices = {{QStringLiteral("advocate"), QStringLiteral("advocate")}};
    QCOMPARE(
        SessionRules::checkAnswer(exists ? &self : nullptr, token, QStringLiteral("pass"), true),
        refusal == R::UnknownChoice ? R::None : refusal);
}

void tst_SessionRules::checkGroupChoice_data()
{
    using R = SessionRules::Refusal;
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<R>("refusal");
    QTest::newRow("open") << true << QStringLiteral("credit") << R::None;
    QTest::newRow("after the reveal") << false << QStringLiteral("credit") << R::None;
    QTest::newRow("cleared") << false << QString() << R::None;
    QTest::newRow("pass is no choice") << true << QStringLiteral("pass") << R::UnknownChoice;
    QTest::newRow("unknown") << true << QStringLiteral("shout") << R::UnknownChoice;
}

void tst_SessionRules::checkGroupChoice()
{
    QFETCH(bool, open);
    QFETCH(QString, choice);
    QFETCH(SessionRules::Refusal, refusal);
    const Question q = decision(3, open, !open);
    QCOMPARE(SessionRules::checkGroupChoice(&q, choice), refusal);
    Question self = SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr);
    QCOMPARE(SessionRules::checkGroupChoice(&self, QStringLiteral("advocate")),
             SessionRules::Refusal::Written);
    QCOMPARE(SessionRules::checkGroupChoice(nullptr, choice), SessionRules::Refusal::NoQuestion);
}

void tst_SessionRules::countAddsAnswersAndTallies()
{
    const Question q = decision(5);
    const QList<Answer> answers{
        {1, 5, QStringLiteral("a"), QStringLiteral("credit"), {}},
        {2, 5, QStringLiteral("b"), QStringLiteral("pass"), {}},
        {3, 5, QStringLiteral("c"), QStringLiteral("policy"), {}},
        {4, 6, QStringLiteral("d"), QStringLiteral("policy"), {}},  // another question
        {5, 5, QStringLiteral("e"), QStringLiteral("unknown"), {}}, // not a choice: ignored
    };
    const QHash<QString, int> tallies{
        {QStringLiteral("credit"), 4}, {QStringLiteral("quiet"), 0}, {QStringLiteral("bogus"), 9}};
    const QuestionCount c = SessionRules::count(q, answers, tallies);
    QCOMPARE(c.votes, (QList<int>{0, 5, 1}));
    QCOMPARE(c.passes, 1);
    QCOMPARE(c.answered, 3);
    QCOMPARE(c.tallied, 4);
    QCOMPARE(c.people(), 7);
    QVERIFY(c.mixesModes());
    QVERIFY(!SessionRules::count(q, answers, {}).mixesModes());
}

void tst_SessionRules::groupChoiceIsNeverAVote()
{
    // 20 votes, 6 of them for option 3; the group then chooses option 3: still 20 and 6.
    Question q = decision(9);
    q.groupChoice = QStringLiteral("policy");
    const QHash<QString, int> tallies{
        {QStringLiteral("quiet"), 6}, {QStringLiteral("credit"), 8}, {QStringLiteral("policy"), 6}};
    const QuestionCount c = SessionRules::count(q, {}, tallies);
    QCOMPARE(c.votesFor(2), 6);
    QCOMPARE(c.people(), 20);
    QCOMPARE(c.groupChoice, QStringLiteral("policy"));
}

void tst_SessionRules::revealClosesAndHidingOpens()
{
    QVERIFY(!SessionRules::isOpenWhenRevealed(true));
    QVERIFY(SessionRules::isOpenWhenRevealed(false));
}

void tst_SessionRules::snapshotKeepsTitleAndDebrief()
{
    Scenario scenario;
    scenario.id = QStringLiteral("credit-taken");
    scenario.title = QStringLiteral("Credit\n  taken");
    scenario.debrief.what = {QStringLiteral("What  happened?")};
    scenario.debrief.nowWhat = {QStringLiteral("One thing"), QStringLiteral("Another")};
    const ScenarioSnapshot s = SessionRules::snapshotOf(scenario);
    QCOMPARE(s.scenarioId, QStringLiteral("credit-taken"));
    QCOMPARE(s.title, QStringLiteral("Credit taken"));
    QCOMPARE(s.what, QStringList{QStringLiteral("What happened?")});
    QVERIFY(s.soWhat.isEmpty());
    QCOMPARE(s.nowWhat.size(), 2);
}

void tst_SessionRules::leadingChoice_data()
{
    QTest::addColumn<Tallies>("tallies");
    QTest::addColumn<QString>("groupChoice");
    QTest::addColumn<int>("leading");
    const QString quiet = QStringLiteral("quiet");
    const QString credit = QStringLiteral("credit");
    const QString policy = QStringLiteral("policy");
    QTest::newRow("no votes: the first") << Tallies() << QString() << 0;
    QTest::newRow("most votes") << Tallies{{quiet, 2}, {policy, 5}} << QString() << 2;
    QTest::newRow("tie: the first of them") << Tallies{{credit, 3}, {policy, 3}} << QString() << 1;
    QTest::newRow("the group's choice wins over votes") << Tallies{{quiet, 9}} << credit << 1;
    QTest::newRow("an unknown group choice is ignored")
        << Tallies{{policy, 1}} << QStringLiteral("gone") << 2;
}

void tst_SessionRules::leadingChoice()
{
    QFETCH(Tallies, tallies);
    QFETCH(QString, groupChoice);
    QFETCH(int, leading);
    Question q = decision(4);
    q.groupChoice = groupChoice;
    QCOMPARE(SessionRules::leadingChoice(q, SessionRules::count(q, {}, tallies)), leading);
    Question none;
    QCOMPARE(SessionRules::leadingChoice(none, {}), -1);
}

void tst_SessionRules::checkInIsOneQuestionWithFourFixedAnswers()
{
    const Question draft = SessionRules::newCheckInQuestion(nullptr);
    QCOMPARE(draft.kind, QuestionKind::CheckIn);
    QCOMPARE(draft.phase, Phase::FollowUp);
    QCOMPARE(draft.prompt, QStringLiteral("Did you do what you committed to?"));
    QStringList keys;
    QStringList labels;
    for (const Choice &c : draft.choices) {
        keys.append(c.key);
        labels.append(c.label);
        QVERIFY(c.stage.isEmpty()); // no place on the spectrum
    }
    QCOMPARE(keys, SessionKeys::checkInKeys());
    QCOMPARE(labels, (QStringList{QStringLiteral("Yes, I did"), QStringLiteral("Partly"),
                                  QStringLiteral("Not yet"),
                                  QStringLiteral("I did not make a commitment")}));
    QCOMPARE(SessionKeys::kindFromKey(QStringLiteral("check-in")), QuestionKind::CheckIn);

    // Asked once: asking again finds it, whatever else the session asked.
    QList<Question> asked{SessionRules::newSelfPlacementQuestion(Phase::FollowUp, nullptr), draft};
    asked[0].id = 1;
    asked[1].id = 2;
    QCOMPARE(SessionRules::askedAlready(asked, draft), &asked[1]);
    QCOMPARE(SessionRules::checkInQuestion(asked), &asked[1]);
    QCOMPARE(SessionRules::checkInQuestion(asked.mid(0, 1)), nullptr);

    // Its answers: the four keys and a pass, nothing else.
    const QString token = QStringLiteral("t1");
    for (const QString &key : SessionKeys::checkInKeys())
        QCOMPARE(SessionRules::checkAnswer(&asked[1], token, key), SessionRules::Refusal::None);
    QCOMPARE(SessionRules::checkAnswer(&asked[1], token, SessionKeys::Pass),
             SessionRules::Refusal::None);
    QCOMPARE(SessionRules::checkAnswer(&asked[1], token, QStringLiteral("bystander")),
             SessionRules::Refusal::UnknownChoice);

    // Another reader's language words it anew; its keys stay.
    const auto german = Catalogue::forLanguage(QStringLiteral("de"));
    const Question worded = SessionRules::inLanguage(asked[1], nullptr, *german);
    QCOMPARE(worded.prompt, SessionRules::checkInPrompt(german.get()));
    QCOMPARE(worded.choices.at(3).key, QStringLiteral("no-commitment"));
    QCOMPARE(worded.choices.at(3).label,
             SessionRules::checkInLabel(QStringLiteral("no-commitment"), german.get()));
}

QTEST_MAIN(tst_SessionRules)
#include "tst_sessionrules.moc"
