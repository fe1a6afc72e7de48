#include "audience/audiencestate.h"
#include "runner/decisionpanel.h"
#include "runner/rolecardsdialog.h"
#include "runner/roundtimer.h"
#include "runner/scenariorunner.h"
#include "scenario/scenarioloader.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace {

Scenario loadScenario(const QString &path)
{
    const ScenarioLoadResult result = ScenarioLoader::loadFile(path);
    if (!result.scenario)
        qFatal("could not load %s", qPrintable(path));
    return *result.scenario;
}

// Everything a console would hold around the runner: a store in a temporary folder, the
// session model, the undo stack with Ctrl+Z / Ctrl+Shift+Z on the window (as Edit ▸ Undo/Redo
// will be in the console), and the audience state with a log of everything it ever showed.
struct Workshop
{
    QTemporaryDir dir;
    SessionStore store;
    std::unique_ptr<SessionModel> model;
    QUndoStack stack;
    AudienceState audience;
    QList<AudienceState::Content> shown;
    QList<int> timerValues;
    QWidget window;
    ScenarioRunner *runner = nullptr;

    explicit Workshop(const Scenario &scenario, bool withSession = true)
    {
        QString error;
        if (!store.open(dir.path(), &error))
            qFatal("store: %s", qPrintable(error));
        if (withSession) {
            Session session;
            session.title = QStringLiteral("Runner test");
            session.date = QDate(2026, 5, 4);
            const qint64 id = store.createSession(session, &error);
            model = std::make_unique<SessionModel>(&store);
            if (!model->load(id, &error))
                qFatal("session: %s", qPrintable(error));
        }
        QObject::connect(&audience, &AudienceState::contentChanged,
                         [this] { shown.append(audience.content()); });
        QObject::connect(&audience, &AudienceState::timerChanged,
                         [this](int seconds) { timerValues.append(seconds); });
        QAction *undo = stack.createUndoAction(&window);
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = stack.createRedoAction(&window);
        redo->setShortcuts(QKeySequence::Redo);
        window.addAction(undo);
        window.addAction(redo);
        runner = new ScenarioRunner(scenario, model.get(), &stack, &audience, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(runner);
        window.resize(1400, 860);
    }

    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    template <typename T> T *find(const QString &name) const
    {
        return runner->findChild<T *>(name);
    }

    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    QWidget *focus() const { return QApplication::focusWidget(); }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    // A button's mnemonic: the button animates its click, so the click lands a moment later.
    void alt(Qt::Key key)
    {
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
        QTest::qWait(200);
    }

    QString choiceOf(const QString &sceneId, int option) const
    {
        return runner->scenario().scene(sceneId)->decision->options.at(option).id;
    }
};

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// What a screen lists: its items, or each revealed option as "N. text — Stage: why".
QStringList shownItems(const AudienceState::Content &content)
{
    if (content.reveal.isEmpty())
        return content.items;
    QStringList items;
    for (const AudienceState::RevealOption &o : content.reveal)
        items.append(
            QStringLiteral("%1. %2 — %3: %4").arg(o.number).arg(o.text, o.stageLabel, o.why));
    return items;
}

QString allText(const AudienceState::Content &content)
{
    return QStringList{content.heading, content.text, shownItems(content).join(QLatin1Char('\n')),
                       content.chart}
        .join(QLatin1Char('\n'));
}

// Sentences long enough that finding one on the projector can only mean a leak.
QStringList privateTexts(const Scenario &scenario)
{
    QStringList texts;
    const auto addSentences = [&texts](const QString &text) {
        const QString simplified = text.simplified();
        if (simplified.isEmpty())
            return;
        texts.append(simplified);
        for (const QString &sentence : simplified.split(QStringLiteral(". "))) {
            if (sentence.size() >= 25)
                texts.append(sentence);
        }
    };
    for (const Scene &scene : scenario.scenes)
        addSentences(scene.notes);
    for (const ScenarioRole &role : scenario.roles)
        addSentences(role.brief);
    return texts;
}

void verifyNothingPrivate(const QList<AudienceState::Content> &shown, const Scenario &scenario)
{
    const QStringList secrets = privateTexts(scenario);
    for (const AudienceState::Content &content : shown) {
        const QString text = allText(content);
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret));
    }
}

// What the room may see of a decision, exactly: no place for a number of votes.
QStringList expectedQuestionItems(const Decision &decision)
{
    QStringList items;
    for (int i = 0; i < decision.options.size(); ++i)
        items.append(
            QStringLiteral("%1. %2").arg(i + 1).arg(decision.options.at(i).text.simplified()));
    return items;
}

QStringList expectedResultItems(const Decision &decision)
{
    const Spectrum spectrum = Spectrum::standard();
    QStringList items;
    for (int i = 0; i < decision.options.size(); ++i) {
        const DecisionOption &o = decision.options.at(i);
        items.append(
            QStringLiteral("%1. %2 — %3: %4")
                .arg(i + 1)
                .arg(o.text.simplified(), spectrum.stage(o.stage)->label, o.why.simplified()));
    }
    return items;
}

void verifyAudienceShapes(const QList<AudienceState::Content> &shown, const Scenario &scenario)
{
    for (const AudienceState::Content &content : shown) {
        if (content.mode != AudienceState::Mode::Question &&
            content.mode != AudienceState::Mode::Results)
            continue;
        bool matches = false;
        for (const Scene &s : scenario.scenes) {
            if (s.decision && s.decision->prompt.simplified() == content.heading)
                matches =
                    matches || shownItems(content) == (content.mode == AudienceState::Mode::Question
                                                           ? expectedQuestionItems(*s.decision)
                                                           : expectedResultItems(*s.decision));
        }
        QVERIFY2(matches, qPrintable(allText(content)));
        QCOMPARE(content.text, QString());
    }
}

} // namespace

class tst_ScenarioRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeScenarioByKeyboardAndMouse();
    void askingARevealedDecisionAgainReopensIt();
    void questionCreatedOncePerSession();
    void timerCountsDownAndEnds();
    void timerRealClock();
    void roleCardsPdf_data();
    void roleCardsPdf();
    void digitsTypedIntoTheTimerAreNotVotes();
    void mnemonicsAndTabOrder();
    void everyControlHasAnAccessibleName();
    void runsWithoutASession();
    void pathArrowsPointTheWayItReads();
    void audienceNeverSeesPrivateText_data();
    void audienceNeverSeesPrivateText();
    void contentNoteAndSittingOutForTheTrainer();
    void finishingEndsTheWalk();
    void eachStepStartsItsTimerAfresh();
    void startingOverAsksAboutTheVotes();

private:
    Scenario mCredit;
};

void tst_ScenarioRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    mCredit = loadScenario(QStringLiteral(":/scenarios/credit-taken.yaml"));
    QCOMPARE(mCredit.decisionCount(), 2);
}

void tst_ScenarioRunner::wholeScenarioByKeyboardAndMouse()
{
    Workshop w(mCredit);
    QSignalSpy created(w.runner, &ScenarioRunner::questionCreated);
    QSignalSpy finished(w.runner, &ScenarioRunner::finished);
    QVERIFY(w.show());
    SessionModel &model = *w.model;

    // The first scene is a decision: its question is created once, as the runner reaches it.
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("review"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(model.questions().size(), 1);
    const Question first = model.questions().first();
    QCOMPARE(first.kind, QuestionKind::Decision);
    QCOMPARE(first.scenarioId, QStringLiteral("credit-taken"));
    QCOMPARE(first.sceneId, QStringLiteral("review"));
    QCOMPARE(first.prompt, mCredit.scene(QStringLiteral("review"))->decision->prompt.simplified());
    QCOMPARE(first.choices.size(), 4);
    QCOMPARE(first.choices.at(3).key, QStringLiteral("name-her"));
    QCOMPARE(first.choices.at(3).stage, QStringLiteral("active-ally"));
    // The option's text, as asked: the phones show it.
    QCOMPARE(first.choices.at(3).label,
             mCredit.scene(QStringLiteral("review"))->decision->options.at(3).text.simplified());
    QCOMPARE(created.first().first().toLongLong(), first.id);
    QCOMPARE(w.runner->currentQuestionId(), first.id);
    QCOMPARE(w.runner->roundTimer()->duration(), 90);

    // The narration, then the question, on the projector.
    click(w.button(QStringLiteral("showOnProjector")));
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Narration);
    QCOMPARE(w.audience.content().text,
             mCredit.scene(QStringLiteral("review"))->narration.simplified());
    click(w.button(QStringLiteral("showQuestion")));
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Question);

    // Votes from the keyboard: 1 1 2 4 4 4, Shift+4 takes one back, "−" then 2 takes one back.
    QVERIFY(w.runner->isAncestorOf(w.focus()));
    for (Qt::Key key : {Qt::Key_1, Qt::Key_1, Qt::Key_2, Qt::Key_4, Qt::Key_4, Qt::Key_4})
        w.key(key);
    QCOMPARE(model.tally(first.id, QStringLiteral("stay-out")), 2);
    QCOMPARE(model.tally(first.id, QStringLiteral("tell-marisol")), 1);
    QCOMPARE(model.tally(first.id, QStringLiteral("name-her")), 3);
    w.key(Qt::Key_4, Qt::ShiftModifier);
    QCOMPARE(model.tally(first.id, QStringLiteral("name-her")), 2);
    w.key(Qt::Key_Minus);
    w.key(Qt::Key_2);
    QCOMPARE(model.tally(first.id, QStringLiteral("tell-marisol")), 0);
    // … and with the mouse: + on option 4, − on option 1.
    click(w.find<QToolButton>(QStringLiteral("plus4")));
    click(w.find<QToolButton>(QStringLiteral("minus1")));
    QCOMPARE(model.tally(first.id, QStringLiteral("stay-out")), 1);
    QCOMPARE(model.tally(first.id, QStringLiteral("name-her")), 3);
    QCOMPARE(w.find<QLabel>(QStringLiteral("count4"))->text(), QStringLiteral("3"));
    QCOMPARE(w.find<QLabel>(QStringLiteral("count1"))->text(), QStringLiteral("1"));
    // Nothing to take from an option at zero: no empty undo step.
    const int steps = w.stack.count();
    w.key(Qt::Key_3, Qt::ShiftModifier);
    QCOMPARE(w.stack.count(), steps);
    QCOMPARE(steps, 10);

    // Undo and redo, one press at a time, with the console's shortcuts.
    w.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model.tally(first.id, QStringLiteral("stay-out")), 2);
    w.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model.tally(first.id, QStringLiteral("name-her")), 2);
    QCOMPARE(w.find<QLabel>(QStringLiteral("count4"))->text(), QStringLiteral("2"));
    w.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    w.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model.tally(first.id, QStringLiteral("stay-out")), 1);
    QCOMPARE(model.tally(first.id, QStringLiteral("name-her")), 3);
    QCOMPARE(w.find<QLabel>(QStringLiteral("count4"))->text(), QStringLiteral("3"));

    // Reveal: stages and reasons on the console and the projector, one row per option with
    // its votes (the votes are the rows' own: no separate chart).
    QVERIFY(!w.runner->decisionPanel()->isRevealed());
    click(w.button(QStringLiteral("reveal")));
    QVERIFY(model.question(first.id)->revealed);
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Results);
    QCOMPARE(w.audience.content().chart, QString());
    QCOMPARE(w.audience.content().questionId, first.id);
    QCOMPARE(shownItems(w.audience.content()),
             expectedResultItems(*mCredit.scene(QStringLiteral("review"))->decision));
    bool chipShown = false;
    for (QLabel *label : w.runner->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("4. Active ally")))
            chipShown = true;
    }
    QVERIFY(chipShown);

    // Follow: the most-voted option is the default.
    QCOMPARE(w.runner->decisionPanel()->defaultOption(), 3);
    QCOMPARE(w.runner->decisionPanel()->selectedOption(), 3);
    QVERIFY(w.button(QStringLiteral("follow"))->text().contains(QStringLiteral("4")));
    click(w.button(QStringLiteral("follow")));
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("named-in-room"));
    QCOMPARE(w.runner->currentQuestionId(), 0);

    // Page Down (a presenter's clicker) goes on; Back and Next again do not create the
    // second question twice.
    w.key(Qt::Key_PageDown);
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("board-version"));
    QCOMPARE(created.size(), 2);
    const qint64 second = w.runner->currentQuestionId();
    QVERIFY(second > first.id);
    QCOMPARE(w.runner->roundTimer()->duration(), 120);
    click(w.button(QStringLiteral("back")));
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("named-in-room"));
    click(w.button(QStringLiteral("nextScene")));
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("board-version"));
    QCOMPARE(created.size(), 2);
    QCOMPARE(model.questions().size(), 2);
    QCOMPARE(w.runner->currentQuestionId(), second);
    QCOMPARE(w.runner->path(),
             (QStringList{QStringLiteral("review"), QStringLiteral("named-in-room"),
                          QStringLiteral("board-version")}));

    // The group's single choice: option 4, then the group changes its mind to option 5.
    auto radios = w.runner->decisionPanel()->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 5);
    click(radios.at(3));
    click(w.button(QStringLiteral("groupChooses")));
    QVERIFY(model.answers(second).isEmpty()); // a fact about the group, not a vote
    QCOMPARE(model.question(second)->groupChoice, QStringLiteral("talk-to-fiona"));
    // Arrow keys move the pick among the options.
    radios.at(3)->setFocus();
    w.key(Qt::Key_Down);
    QCOMPARE(w.runner->decisionPanel()->selectedOption(), 4);
    w.alt(Qt::Key_G); // "The group chooses 5"
    QVERIFY(model.answers(second).isEmpty());
    QCOMPARE(model.question(second)->groupChoice, QStringLiteral("change-template"));
    w.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model.question(second)->groupChoice, QStringLiteral("talk-to-fiona"));
    w.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model.question(second)->groupChoice, QStringLiteral("change-template"));
    QCOMPARE(w.runner->decisionPanel()->groupChoice(), QStringLiteral("change-template"));
    QCOMPARE(w.runner->decisionPanel()->defaultOption(), 4);

    // Reveal and follow from the keyboard (Alt+A, Alt+L): to the advocate's ending.
    w.alt(Qt::Key_A);
    QVERIFY(model.question(second)->revealed);
    QCOMPARE(w.audience.content().questionId, second);
    w.alt(Qt::Key_L);
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("new-template"));
    QVERIFY(w.button(QStringLiteral("debrief"))->isVisible());
    QVERIFY(!w.button(QStringLiteral("nextScene"))->isVisible());
    w.key(Qt::Key_Return, Qt::ControlModifier); // show the ending's narration
    QCOMPARE(w.audience.content().heading,
             mCredit.scene(QStringLiteral("new-template"))->title.simplified());

    // Debrief: the questions, a ten-minute timer, the questions on the projector.
    w.key(Qt::Key_PageDown);
    QVERIFY(w.runner->isInDebrief());
    QCOMPARE(w.runner->roundTimer()->duration(), ScenarioRunner::DebriefSeconds);
    const QString debriefText = w.find<QLabel>(QStringLiteral("debriefView"))->text();
    QVERIFY(debriefText.contains(mCredit.debrief.soWhat.first().simplified().toHtmlEscaped()));
    click(w.button(QStringLiteral("showOnProjector")));
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Debrief);
    QCOMPARE(w.audience.content().items.size(), 6);
    QVERIFY(w.audience.content().items.first().startsWith(QStringLiteral("What? ")));
    QVERIFY(w.audience.content().items.last().startsWith(QStringLiteral("Now what? ")));
    click(w.button(QStringLiteral("finish")));
    QCOMPARE(finished.size(), 1);

    // The session holds exactly what was recorded, in memory and on disk.
    const auto verifySession = [&](const SessionModel &m) {
        QCOMPARE(m.questions().size(), 2);
        QCOMPARE(m.tally(first.id, QStringLiteral("stay-out")), 1);
        QCOMPARE(m.tally(first.id, QStringLiteral("tell-marisol")), 0);
        QCOMPARE(m.tally(first.id, QStringLiteral("reply-all-thanks")), 0);
        QCOMPARE(m.tally(first.id, QStringLiteral("name-her")), 3);
        QCOMPARE(m.answers(first.id).size(), 0);
        for (const Choice &c : m.question(second)->choices)
            QCOMPARE(m.tally(second, c.key), 0);
        QVERIFY(m.answers(second).isEmpty()); // the group's choice is not an answer
        QCOMPARE(m.question(second)->groupChoice, QStringLiteral("change-template"));
        QVERIFY(m.question(first.id)->revealed);
        QVERIFY(m.question(second)->revealed);
    };
    verifySession(model);
    QVERIFY(w.store.flush());
    SessionModel reopened(&w.store);
    QString error;
    QVERIFY(reopened.load(model.session().id, &error));
    verifySession(reopened);

    // Everything the room saw: no notes, no briefs, no counts.
    QList<AudienceState::Mode> modes;
    for (const AudienceState::Content &content : std::as_const(w.shown))
        modes.append(content.mode);
    using M = AudienceState::Mode;
    // The last: "… is over", put there by Finish.
    QCOMPARE(modes, (QList<M>{M::Narration, M::Question, M::Results, M::Results, M::Narration,
                              M::Debrief, M::Welcome}));
    verifyNothingPrivate(w.shown, mCredit);
    verifyAudienceShapes(w.shown, mCredit);
}

void tst_ScenarioRunner::questionCreatedOncePerSession()
{
    Workshop w(mCredit);
    w.runner->start();
    const qint64 id = w.runner->currentQuestionId();
    QVERIFY(id > 0);
    w.runner->decisionPanel()->addVote(1, +1);
    w.runner->decisionPanel()->addVote(1, +1);
    QVERIFY(w.store.flush());
    const qint64 sessionId = w.model->session().id;

    // Another runner on the same session: the same question.
    {
        ScenarioRunner again(mCredit, w.model.get(), &w.stack, &w.audience);
        QSignalSpy created(&again, &ScenarioRunner::questionCreated);
        again.start();
        QCOMPARE(created.size(), 0);
        QCOMPARE(again.currentQuestionId(), id);
        QCOMPARE(w.model->questions().size(), 1);
    }
    // A reopened session: the same question, with its counts.
    SessionModel reopened(&w.store);
    QString error;
    QVERIFY(reopened.load(sessionId, &error));
    QUndoStack stack;
    ScenarioRunner runner(mCredit, &reopened, &stack, &w.audience);
    runner.start();
    QCOMPARE(runner.currentQuestionId(), id);
    QCOMPARE(reopened.questions().size(), 1);
    QCOMPARE(runner.findChild<QLabel *>(QStringLiteral("count2"))->text(), QStringLiteral("2"));
    QCOMPARE(runner.decisionPanel()->defaultOption(), 1);
}

void tst_ScenarioRunner::timerCountsDownAndEnds()
{
    Workshop w(mCredit);
    QVERIFY(w.show());
    RoundTimer *timer = w.runner->roundTimer();
    qint64 now = 0;
    timer->setClock([&now] { return now; });
    QSignalSpy ended(timer, &RoundTimer::ended);

    // Set 0:03 from the keyboard.
    auto *minutes = w.find<QSpinBox>(QStringLiteral("timerMinutes"));
    auto *seconds = w.find<QSpinBox>(QStringLiteral("timerSeconds"));
    minutes->setFocus();
    QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(minutes, QStringLiteral("0"));
    QTest::keyClick(minutes, Qt::Key_Tab);
    QCOMPARE(w.focus(), seconds);
    QTest::keyClick(seconds, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(seconds, QStringLiteral("3"));
    QCOMPARE(timer->duration(), 3);
    auto *display = w.find<QLabel>(QStringLiteral("timerDisplay"));
    QCOMPARE(display->text(), QStringLiteral("0:03"));
    QCOMPARE(w.audience.timerSeconds(), -1); // not on the projector before it starts

    // The timer shows with its scene: the scene goes on the projector first.
    click(w.button(QStringLiteral("showOnProjector")));
    QCOMPARE(w.audience.timerSeconds(), -1);
    w.key(Qt::Key_T, Qt::ControlModifier); // start
    QVERIFY(timer->isRunning());
    QCOMPARE(w.audience.timerSeconds(), 3);
    now = 1000;
    QTRY_COMPARE(w.audience.timerSeconds(), 2);
    QCOMPARE(display->text(), QStringLiteral("0:02"));
    // Pause holds the time, whatever the clock does.
    click(w.find<QPushButton>(QStringLiteral("timerStartPause")));
    QVERIFY(!timer->isRunning());
    now = 60000;
    QTest::qWait(250);
    QCOMPARE(timer->remainingSeconds(), 2);
    click(w.find<QPushButton>(QStringLiteral("timerStartPause")));
    now = 60000 + 1000;
    QTRY_COMPARE(w.audience.timerSeconds(), 1);
    now = 60000 + 2000;
    QTRY_VERIFY(timer->hasEnded());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(w.audience.timerSeconds(), 0);
    QCOMPARE(display->text(), QStringLiteral("Time"));
    QCOMPARE(display->backgroundRole(), QPalette::Highlight);
    QCOMPARE(w.find<QLabel>(QStringLiteral("timerStatus"))->text(),
             QStringLiteral("Time is up: the round has ended"));
    QCOMPARE(w.timerValues, (QList<int>{3, 2, 1, 0}));

    // Reset takes it off the projector; the next round rotates the triad, names the
    // scenario's characters, and starts the round's time.
    click(w.find<QPushButton>(QStringLiteral("timerReset")));
    QCOMPARE(w.audience.timerSeconds(), -1);
    QCOMPARE(display->text(), QStringLiteral("0:03"));
    QCOMPARE(display->backgroundRole(), QPalette::Window);
    const QString characters =
        QStringLiteral("Marisol Ortega, Fiona McAllister and Oluwaseun \"Seun\" Adeyemi");
    QCOMPARE(w.find<QLabel>(QStringLiteral("timerRotation"))->text(),
             QStringLiteral("A plays %1 · B responds · C observes").arg(characters));
    click(w.find<QPushButton>(QStringLiteral("timerNextRound")));
    QCOMPARE(timer->round(), 2);
    QVERIFY(timer->isRunning());
    QCOMPARE(w.find<QLabel>(QStringLiteral("timerRound"))->text(), QStringLiteral("Round 2"));
    QCOMPARE(w.find<QLabel>(QStringLiteral("timerRotation"))->text(),
             QStringLiteral("B plays %1 · C responds · A observes").arg(characters));
}

void tst_ScenarioRunner::timerRealClock()
{
    Workshop w(mCredit);
    w.runner->start();
    w.runner->showOnProjector(); // the timer shows with its scene
    RoundTimer *timer = w.runner->roundTimer();
    QSignalSpy ended(timer, &RoundTimer::ended);
    timer->setDuration(1);
    timer->start();
    QCOMPARE(w.audience.timerSeconds(), 1);
    QVERIFY(ended.wait(3000));
    QCOMPARE(w.audience.timerSeconds(), 0);
    QVERIFY(timer->hasEnded());
}

void tst_ScenarioRunner::roleCardsPdf_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("pages");
    QTest::newRow("one card per page") << 1 << 4;
    QTest::newRow("two cards per page") << 2 << 2;
}

void tst_ScenarioRunner::roleCardsPdf()
{
    QFETCH(int, perPage);
    QFETCH(int, pages);
    Workshop w(mCredit);
    QVERIFY(w.show());

    click(w.button(QStringLiteral("roleCards")));
    auto *dialog = w.runner->findChild<RoleCardsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString onScreen = dialog->findChild<QTextBrowser *>()->toPlainText();
    for (const ScenarioRole &role : mCredit.roles) {
        QVERIFY(onScreen.contains(role.name.simplified()));
        QVERIFY(onScreen.contains(role.brief.simplified()));
    }
    QVERIFY(onScreen.contains(mCredit.observerChecklist.first().simplified()));
    dialog->setCardsPerPage(perPage);

    // "Save as PDF…" through the real file dialog.
    const QString path = w.dir.filePath(QStringLiteral("cards-%1.pdf").arg(perPage));
    QSignalSpy saved(dialog, &RoleCardsDialog::pdfSaved);
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = fileDialog ? fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                                : nullptr;
        if (!name || !name->isVisible())
            return; // not up yet
        answer.stop();
        // The name, then Enter. (Typed letter by letter, the name would open the file name
        // completer, which takes the Enter for itself.)
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        // Should the dialog still be up, close it: a failure, not a hang.
        QTimer::singleShot(3000, fileDialog, &QFileDialog::reject);
    });
    answer.start(20);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveCardsPdf")),
                      Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(QFileInfo(path).size() > 1000);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(20000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString &name : {QStringLiteral("Marisol Ortega"),
                                QStringLiteral("Fiona McAllister"), QStringLiteral("Adeyemi"),
                                QStringLiteral("Observer"), QStringLiteral("Observer checklist")})
        QVERIFY2(text.contains(name), qPrintable(name));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(pdfinfo.waitForFinished(20000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))),
             qPrintable(info));
    dialog->close();
}

void tst_ScenarioRunner::digitsTypedIntoTheTimerAreNotVotes()
{
    Workshop w(mCredit);
    QVERIFY(w.show());
    const qint64 id = w.runner->currentQuestionId();
    auto *seconds = w.find<QSpinBox>(QStringLiteral("timerSeconds"));
    seconds->setFocus();
    QTest::keyClick(seconds, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(seconds, QStringLiteral("45"));
    QCOMPARE(seconds->value(), 45);
    for (const Choice &c : w.model->question(id)->choices)
        QCOMPARE(w.model->tally(id, c.key), 0);
    QCOMPARE(w.stack.count(), 0);
}

void tst_ScenarioRunner::mnemonicsAndTabOrder()
{
    Workshop w(mCredit);
    QVERIFY(w.show());
    // Alt+P: the narration on the projector.
    w.alt(Qt::Key_P);
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Narration);
    // Alt+Q: the question.
    w.alt(Qt::Key_Q);
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Question);
    // Alt+C: the role cards.
    w.alt(Qt::Key_C);
    auto *dialog = w.runner->findChild<RoleCardsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));

    // Tab walks the decision in reading order: the option picked, each option's − and +
    // (− only once there is a vote to take), the actions, then the navigation and the timer.
    auto *radio = w.runner->decisionPanel()->findChildren<QRadioButton *>().first();
    QVERIFY(radio->isChecked());
    radio->setFocus();
    QStringList order;
    for (int i = 0; i < 12; ++i) {
        w.key(Qt::Key_Tab);
        order.append(w.focus()->objectName());
    }
    // Back is disabled on the first scene, so Tab passes it by.
    QCOMPARE(order, (QStringList{QStringLiteral("plus1"), QStringLiteral("plus2"),
                                 QStringLiteral("plus3"), QStringLiteral("plus4"),
                                 QStringLiteral("showQuestion"), QStringLiteral("groupChooses"),
                                 QStringLiteral("reveal"), QStringLiteral("follow"),
                                 QStringLiteral("timerMinutes"), QStringLiteral("timerSeconds"),
                                 QStringLiteral("timerStartPause"), QStringLiteral("timerReset")}));
    // Backwards from the first option: Show on projector, then the top of the runner.
    radio->setFocus();
    w.key(Qt::Key_Backtab);
    QCOMPARE(w.focus()->objectName(), QStringLiteral("showOnProjector"));
    w.key(Qt::Key_Backtab);
    QCOMPARE(w.focus()->objectName(), QStringLiteral("restart"));

    // No two visible controls share a mnemonic, at any kind of step.
    const auto verifyMnemonics = [&w] {
        QHash<QKeySequence, QString> seen;
        for (QWidget *widget : w.runner->findChildren<QWidget *>()) {
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!widget->isVisible() || key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key),
                     qPrintable(seen.value(key) + QStringLiteral(" / ") + text));
            seen.insert(key, text);
        }
        QVERIFY(seen.size() >= 5); // Reset, Time and Finish have none: their letters are the tabs'
    };
    verifyMnemonics();

    // Alt+Right and Alt+Left move on and back once a branch is followed.
    w.alt(Qt::Key_L);
    const QString branch = w.runner->currentSceneId();
    QVERIFY(branch != QStringLiteral("review"));
    w.key(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("board-version"));
    w.key(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.runner->currentSceneId(), branch);
    verifyMnemonics();
    w.runner->goToScene(QStringLiteral("one-name"));
    verifyMnemonics();
    w.key(Qt::Key_PageDown);
    QVERIFY(w.runner->isInDebrief());
    verifyMnemonics();
    // Alt+O: start over.
    w.alt(Qt::Key_O);
    QCOMPARE(w.runner->path(), QStringList{QStringLiteral("review")});
}

void tst_ScenarioRunner::everyControlHasAnAccessibleName()
{
    Workshop w(mCredit);
    QVERIFY(w.show());
    const auto verify = [&w] {
        for (QWidget *widget : w.runner->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // the spin box's own line edit: the spin box carries the name
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("%1 (%2)").arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
        }
    };
    verify();
    click(w.button(QStringLiteral("reveal")));
    verify();
    click(w.button(QStringLiteral("follow")));
    verify();
    w.runner->goToScene(QStringLiteral("one-name"));
    verify();
    w.runner->openDebrief();
    verify();
}

void tst_ScenarioRunner::runsWithoutASession()
{
    Workshop w(mCredit, false);
    QVERIFY(w.show());
    QCOMPARE(w.runner->currentQuestionId(), 0);
    w.key(Qt::Key_1);
    QCOMPARE(w.stack.count(), 0);
    QVERIFY(!w.button(QStringLiteral("groupChooses"))->isEnabled());
    QVERIFY(!w.find<QLabel>(QStringLiteral("decisionStatus"))->text().isEmpty());
    click(w.button(QStringLiteral("reveal")));
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Results);
    QCOMPARE(w.audience.content().chart, QString()); // no question, so no chart
    click(w.button(QStringLiteral("follow")));
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("fiona-to-board"));
    verifyNothingPrivate(w.shown, mCredit);
}

void tst_ScenarioRunner::pathArrowsPointTheWayItReads()
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        // The console turned right to left, as an Arabic catalogue turns it.
        QApplication::setLayoutDirection(direction);
        const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
        Workshop w(mCredit, false);
        QVERIFY(w.show());
        click(w.button(QStringLiteral("follow")));
        const QString path = w.find<QLabel>(QStringLiteral("breadcrumb"))->text();
        const bool rtl = direction == Qt::RightToLeft;
        QVERIFY2(path.contains(rtl ? QStringLiteral("‹") : QStringLiteral("›")), qPrintable(path));
        QVERIFY2(!path.contains(rtl ? QStringLiteral("›") : QStringLiteral("‹")), qPrintable(path));
    }
}

void tst_ScenarioRunner::audienceNeverSeesPrivateText_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(":/scenarios"));
    for (const QString &name : folder.entryList({QStringLiteral("*.yaml")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

void tst_ScenarioRunner::audienceNeverSeesPrivateText()
{
    // Every scene of the scenario, every button that sends something to the projector.
    QFETCH(QString, path);
    const Scenario scenario = loadScenario(path);
    Workshop w(scenario);
    QVERIFY(w.show());
    for (const Scene &scene : scenario.scenes) {
        w.runner->goToScene(scene.id);
        click(w.button(QStringLiteral("showOnProjector")));
        if (scene.decision) {
            w.key(Qt::Key_1);
            w.key(Qt::Key_2);
            click(w.button(QStringLiteral("showQuestion")));
            click(w.button(QStringLiteral("reveal")));
        }
        if (scene.ending) {
            click(w.button(QStringLiteral("debrief")));
            click(w.button(QStringLiteral("showOnProjector")));
        }
    }
    QVERIFY(w.shown.size() >= scenario.scenes.size());
    verifyNothingPrivate(w.shown, scenario);
    verifyAudienceShapes(w.shown, scenario);
    QCOMPARE(w.model->questions().size(), scenario.decisionCount());
}

void tst_ScenarioRunner::askingARevealedDecisionAgainReopensIt()
{
    // The scenario was started over: the decision's question is the same, already revealed.
    // Showing it again asks it again (phones may vote), and the next reveal closes it.
    Workshop w(mCredit);
    QVERIFY(w.show());
    const qint64 id = w.runner->currentQuestionId();
    click(w.button(QStringLiteral("reveal")));
    QVERIFY(w.model->question(id)->revealed);
    QVERIFY(!w.model->question(id)->open);
    click(w.button(QStringLiteral("showQuestion")));
    QVERIFY(!w.model->question(id)->revealed);
    QVERIFY(w.model->question(id)->open);
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Question);
    click(w.button(QStringLiteral("reveal")));
    QVERIFY(w.model->question(id)->revealed);
    QVERIFY(!w.model->question(id)->open);
}

void tst_ScenarioRunner::contentNoteAndSittingOutForTheTrainer()
{
    // The trainer reads the content note out before the first scene, and sees how many sit the
    // role-play out (on the runner and in the decision's status, apart from passes), never who,
    // and never on the projector.
    Workshop w(mCredit);
    QVERIFY(w.show());
    auto *note = w.find<QLabel>(QStringLiteral("contentNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(!mCredit.contentNote.isEmpty());
    QVERIFY2(note->text().endsWith(mCredit.contentNote.simplified()), qPrintable(note->text()));
    auto *sitting = w.find<QLabel>(QStringLiteral("sittingOut"));
    QVERIFY(sitting);
    QVERIFY(!sitting->isVisible());
    const qint64 id = w.runner->currentQuestionId();
    QVERIFY(id != 0);
    QVERIFY(w.model->answerCount() == 0);

    QVERIFY(w.model->setSittingOut(mCredit.id, QStringLiteral("phone-1"), true) != 0);
    // Not at the moment a phone was tapped: the trainer could match the count to a person.
    QTest::qWait(100);
    QVERIFY(!sitting->isVisible());
    w.runner->setSittingOutDelay(0); // the wait over, for the test
    QVERIFY(w.model->setSittingOut(mCredit.id, QStringLiteral("phone-2"), true) != 0);
    QVERIFY(w.model->setSittingOut(QStringLiteral("banter-joke"), QStringLiteral("phone-3"), true));
    QTRY_VERIFY(sitting->isVisible());
    // "2 people …" with the English catalogue, "2 person(s) …" without it, as here.
    QVERIFY2(sitting->text().startsWith(QStringLiteral("2 p")), qPrintable(sitting->text()));
    QVERIFY(sitting->accessibleName().startsWith(sitting->text()));
    QVERIFY(w.model->recordAnswer(id, QStringLiteral("phone-4"), SessionKeys::Pass).ok);
    const QString status = w.runner->findChild<QLabel *>(QStringLiteral("decisionStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("1 passed")), qPrintable(status)); // apart from passes
    QVERIFY(!w.model->recordAnswer(id, QStringLiteral("phone-1"), SessionKeys::Pass).ok);

    QVERIFY(w.model->setSittingOut(mCredit.id, QStringLiteral("phone-1"), false) != 0);
    QVERIFY(w.model->setSittingOut(mCredit.id, QStringLiteral("phone-2"), false) != 0);
    QTRY_VERIFY(!sitting->isVisible());
    for (const AudienceState::Content &content : std::as_const(w.shown))
        QVERIFY2(!allText(content).contains(QStringLiteral("sitting")),
                 qPrintable(allText(content)));
}

void tst_ScenarioRunner::finishingEndsTheWalk()
{
    // "Finish scenario" ends the walk, stops the timer and tells the room the scenario is over.
    Workshop w(mCredit);
    QSignalSpy finished(w.runner, &ScenarioRunner::finished);
    QVERIFY(w.show());
    w.runner->goToScene(QStringLiteral("one-name")); // an ending
    click(w.button(QStringLiteral("debrief")));
    QVERIFY(w.runner->isInDebrief());
    click(w.button(QStringLiteral("showOnProjector"))); // the timer shows with the debrief
    click(w.find<QPushButton>(QStringLiteral("timerStartPause")));
    QVERIFY(w.runner->roundTimer()->isRunning());
    QCOMPARE(w.audience.timerSeconds(), ScenarioRunner::DebriefSeconds);

    click(w.button(QStringLiteral("finish")));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!w.runner->roundTimer()->isRunning());
    QCOMPARE(w.audience.timerSeconds(), -1);
    const QString over = QStringLiteral("“%1” is over").arg(mCredit.title.simplified());
    QCOMPARE(w.audience.content().mode, AudienceState::Mode::Welcome);
    QCOMPARE(w.audience.content().heading, over);
    // The console says so too; no way on but Start over (or Back to the debrief).
    QVERIFY(!w.runner->isInDebrief());
    QCOMPARE(w.find<QLabel>(QStringLiteral("sceneTitle"))->text(), over);
    QCOMPARE(w.find<QLabel>(QStringLiteral("projectorStatus"))->text(),
             QStringLiteral("On the projector now."));
    for (const char *name : {"finish", "debrief", "nextScene"})
        QVERIFY2(!w.button(QLatin1String(name))->isVisible(), name);
    QVERIFY(!w.find<QWidget>(QStringLiteral("decisionPanel"))->isVisible());
    QCOMPARE(w.focus(), static_cast<QWidget *>(w.button(QStringLiteral("restart"))));
    w.key(Qt::Key_T, Qt::ControlModifier); // the timer's shortcut starts nothing now
    QVERIFY(!w.runner->roundTimer()->isRunning());
    QCOMPARE(w.audience.timerSeconds(), -1);

    // Back to the debrief (a Finish pressed too soon), then finish again and start over.
    click(w.button(QStringLiteral("back")));
    QVERIFY(w.runner->isInDebrief());
    QCOMPARE(w.runner->roundTimer()->duration(), ScenarioRunner::DebriefSeconds);
    click(w.button(QStringLiteral("finish")));
    QCOMPARE(finished.size(), 2);
    click(w.button(QStringLiteral("restart")));
    QCOMPARE(w.runner->path(), QStringList{QStringLiteral("review")});
    QVERIFY(w.button(QStringLiteral("showQuestion"))->isVisible());
    QCOMPARE(w.runner->roundTimer()->duration(), 90);
    verifyNothingPrivate(w.shown, mCredit);
}

void tst_ScenarioRunner::eachStepStartsItsTimerAfresh()
{
    // Nothing of one step's timer (running, "Time is up", its length, its round) reaches the
    // next: each starts from the scenario's length, stopped and off the projector.
    constexpr int RoundDefault = RoundTimer::DefaultSeconds; // a scene without a timer of its own
    Workshop w(mCredit);
    QVERIFY(w.show());
    RoundTimer *timer = w.runner->roundTimer();
    qint64 now = 0;
    timer->setClock([&now] { return now; });
    auto *display = w.find<QLabel>(QStringLiteral("timerDisplay"));
    auto *status = w.find<QLabel>(QStringLiteral("timerStatus"));
    auto *startPause = w.find<QPushButton>(QStringLiteral("timerStartPause"));
    const auto verifyFresh = [&](int seconds) {
        QVERIFY(!timer->isRunning());
        QVERIFY(!timer->hasEnded());
        QCOMPARE(timer->duration(), seconds);
        QCOMPARE(timer->remainingSeconds(), seconds);
        QCOMPARE(timer->round(), 1);
        QCOMPARE(
            display->text(),
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        QCOMPARE(status->text(), QStringLiteral("Ready"));
        QCOMPARE(w.audience.timerSeconds(), -1);
    };
    // A failure inside the lambda ends only the lambda: end the test too.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
    const auto runOut = [&] {
        click(startPause);
        now += qint64(timer->duration()) * 1000;
        QTRY_VERIFY(timer->hasEnded());
        QCOMPARE(status->text(), QStringLiteral("Time is up: the round has ended"));
    };

    // The first decision's 90 s run out; the scene after it has no timer of its own.
    CHECKED(verifyFresh(90));
    click(w.find<QPushButton>(QStringLiteral("timerNextRound")));
    QCOMPARE(timer->round(), 2);
    QVERIFY(timer->isRunning()); // the next round's time starts at once
    click(startPause);
    CHECKED(runOut());
    click(w.button(QStringLiteral("follow")));
    QCOMPARE(w.runner->currentSceneId(), QStringLiteral("fiona-to-board"));
    CHECKED(verifyFresh(RoundDefault));

    // The second decision's 120 s, left running: Back stops it, Next starts afresh.
    click(w.button(QStringLiteral("nextScene")));
    CHECKED(verifyFresh(120));
    click(w.button(QStringLiteral("showOnProjector"))); // the timer shows with its scene
    click(startPause);
    now += 30000;
    QTRY_COMPARE(w.audience.timerSeconds(), 90);
    click(w.button(QStringLiteral("back")));
    CHECKED(verifyFresh(RoundDefault));
    click(w.button(QStringLiteral("nextScene")));
    CHECKED(verifyFresh(120));

    // Still running when the group follows to an ending, then the debrief: ten minutes.
    click(startPause);
    click(w.button(QStringLiteral("follow")));
    QVERIFY(w.button(QStringLiteral("debrief"))->isVisible());
    CHECKED(verifyFresh(RoundDefault));
    click(w.button(QStringLiteral("debrief")));
    CHECKED(verifyFresh(ScenarioRunner::DebriefSeconds));

    // The debrief runs out; started over and walked again, the debrief is fresh again.
    CHECKED(runOut());
    click(w.button(QStringLiteral("restart")));
    CHECKED(verifyFresh(90));
    click(startPause);
    w.runner->goToScene(QStringLiteral("one-name"));
    CHECKED(verifyFresh(RoundDefault));
    click(startPause);
    click(w.button(QStringLiteral("debrief")));
    CHECKED(verifyFresh(ScenarioRunner::DebriefSeconds));
#undef CHECKED
}

void tst_ScenarioRunner::startingOverAsksAboutTheVotes()
{
    // Votes recorded at this scenario's decisions: Start over asks first and says what becomes
    // of them (kept, and counted with the next run's). Cancel changes nothing.
    Workshop w(mCredit);
    QVERIFY(w.show());
    const qint64 id = w.runner->currentQuestionId();
    for (Qt::Key key : {Qt::Key_1, Qt::Key_4, Qt::Key_4})
        w.key(key);
    QCOMPARE(w.model->count(id).people(), 3);
    w.runner->goToScene(QStringLiteral("one-name"));
    const QStringList walked = w.runner->path();

    QString asked;
    const auto answerWith = [&w, &asked](const QString &buttonName) {
        asked.clear();
        QTimer::singleShot(0, w.runner, [&asked, buttonName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            auto *button = box->findChild<QAbstractButton *>(buttonName);
            if (button)
                QTest::mouseClick(button, Qt::LeftButton);
            else
                box->reject();
        });
    };

    answerWith(QStringLiteral("startOverCancel"));
    click(w.button(QStringLiteral("restart")));
    QVERIFY2(!asked.isEmpty(), "Start over did not ask");
    QVERIFY2(asked.contains(QStringLiteral("3 vote")), qPrintable(asked)); // "vote(s)" untranslated
    QVERIFY2(asked.contains(QStringLiteral("kept")), qPrintable(asked));
    QCOMPARE(w.runner->path(), walked);
    QCOMPARE(w.model->count(id).people(), 3);

    answerWith(QStringLiteral("startOverKeep"));
    click(w.button(QStringLiteral("restart")));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(w.runner->path(), QStringList{QStringLiteral("review")});
    QCOMPARE(w.model->count(id).people(), 3); // nothing deleted
}

QTEST_MAIN(tst_ScenarioRunner)
#include "tst_scenariorunner.moc"
