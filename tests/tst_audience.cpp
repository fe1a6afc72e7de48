#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "console/sessiondialog.h"
#include "consoledriver.h"
#include "runner/roundtimer.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

// The projector as the room meets it, through the real console: a round timer that runs out
// (seen large and heard, switchable, and never left on a screen of something else), and the
// "Show on projector" buttons with the audience window closed.
//
// The time-up sound goes to the computer's default sound device through ALSA; here ALSA's
// configuration is this test's own, and its default device is a file, so the test hears what
// the room would.
class tst_Audience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeIsUpLargeOnTheProjector();
    void timeIsUpIsHeardUnlessSwitchedOff();
    void theTimerShowsOnlyWithItsScene();
    void nextRoundStartsTheTimerAndShowsWhoseTurn();
    void welcomeScreenWithTrainerAgendaAndAgreements();
    void welcomeFieldsTakeAnyText();
    void showOnProjectorOpensAClosedAudienceWindow_data();
    void showOnProjectorOpensAClosedAudienceWindow();

private:
    // The console with a session, its projector open at 1280×720, the scenario "credit-taken"
    // at its first decision (a 90-second timer) shown on the projector, and the timer run out.
    struct Room
    {
        std::unique_ptr<MainWindow> window;
        AudienceWindow *audience = nullptr;
        AudienceState *state = nullptr;
        QTabWidget *tabs = nullptr;
        ScenarioRunner *runner = nullptr;
        RoundTimer *timer = nullptr;
        qint64 now = 0;
    };
    void openRoom(Room &room, const QString &name);
    void runOut(Room &room);
    // The visible label on the projector whose text is `text`, if any.
    static QLabel *visibleLabel(QWidget *window, const QString &text);
    // What reached the sound device since the last call: peak amplitude and length in ms.
    void heard(int *peak, int *milliseconds);

    QTemporaryDir mData;
    QString mSoundFile;
};

void tst_Audience::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_audience"));
    QSettings().clear();
    QVERIFY(mData.isValid());
    mSoundFile = mData.filePath(QStringLiteral("sound.raw"));
    QFile config(mData.filePath(QStringLiteral("asound.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("pcm.!default {\n"
                                "    type file\n"
                                "    slave.pcm \"null\"\n"
                                "    file \"%1\"\n"
                                "    format \"raw\"\n"
                                "}\n"
                                "pcm.null { type null }\n")
                     .arg(mSoundFile)
                     .toUtf8());
    config.close();
    qputenv("ALSA_CONFIG_PATH", QFile::encodeName(config.fileName()));
}

void tst_Audience::openRoom(Room &room, const QString &name)
{
    room.window = std::make_unique<MainWindow>(mData.filePath(name));
    MainWindow &window = *room.window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Projector test"), 5);
    room.audience = window.findChild<AudienceWindow *>();
    room.state = window.findChild<AudienceState *>();
    QVERIFY(room.audience && room.state);
    room.audience->resize(1280, 720);
    room.audience->show();
    QVERIFY(QTest::qWaitForWindowExposed(room.audience));
    room.tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    room.runner = ConsoleDriver::runScenario(window, room.tabs, QStringLiteral("credit-taken"));
    QVERIFY(room.runner);
    QVERIFY(ConsoleDriver::walkToDecision(room.runner));
    ConsoleDriver::click(room.runner, "showOnProjector");
    QCOMPARE(room.state->content().mode, AudienceState::Mode::Narration);
    room.timer = room.runner->roundTimer();
    room.timer->setClock([&room] { return room.now; });
}

void tst_Audience::runOut(Room &room)
{
    ConsoleDriver::click(room.runner, "timerStartPause");
    QVERIFY(room.timer->isRunning());
    room.now += qint64(room.timer->duration()) * 1000;
    QTRY_VERIFY(room.timer->hasEnded());
}

QLabel *tst_Audience::visibleLabel(QWidget *window, const QString &text)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().compare(text, Qt::CaseInsensitive) == 0)
            return label;
    }
    return nullptr;
}

void tst_Audience::heard(int *peak, int *milliseconds)
{
    QFile file(mSoundFile);
    *peak = 0;
    *milliseconds = 0;
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray pcm = file.readAll(); // 16-bit little-endian mono at 44.1 kHz
    file.close();
    file.remove();
    for (qsizetype i = 0; i + 1 < pcm.size(); i += 2)
        *peak = qMax(*peak, qAbs(int(qFromLittleEndian<qint16>(pcm.constData() + i))));
    *milliseconds = int(pcm.size() / 2 * 1000 / 44100);
}

void tst_Audience::timeIsUpLargeOnTheProjector()
{
    Room room;
    openRoom(room, QStringLiteral("large"));
    if (QTest::currentTestFailed())
        return;
    auto *countdown = room.audience->findChild<QLabel *>(QStringLiteral("audienceTimer"));
    ConsoleDriver::click(room.runner, "timerStartPause");
    QTRY_COMPARE(countdown->text(), QStringLiteral("1:30"));
    const int countdownPx = countdown->font().pixelSize();
    ConsoleDriver::click(room.runner, "timerStartPause"); // pause
    runOut(room);
    QCOMPARE(room.state->timerSeconds(), 0);

    // Across the projector, in type at least twice the countdown's, not a word in its corner.
    QLabel *timeUp = visibleLabel(room.audience, QStringLiteral("Time is up"));
    QVERIFY2(timeUp, qPrintable(QStringLiteral("the projector's timer says \"%1\" in %2 px type")
                                    .arg(countdown->text())
                                    .arg(countdown->font().pixelSize())));
    QVERIFY2(timeUp->font().pixelSize() >= 2 * countdownPx,
             qPrintable(QStringLiteral("%1 px against the countdown's %2 px")
                            .arg(timeUp->font().pixelSize())
                            .arg(countdownPx)));
    QVERIFY(timeUp->width() >= room.audience->width() / 2);
    QVERIFY(room.audience->rect().contains(
        QRect(timeUp->mapTo(room.audience, QPoint(0, 0)), timeUp->size())));
    QVERIFY(!timeUp->accessibleName().isEmpty());
}

void tst_Audience::timeIsUpIsHeardUnlessSwitchedOff()
{
    Room room;
    openRoom(room, QStringLiteral("sound"));
    if (QTest::currentTestFailed())
        return;
    int peak = 0, ms = 0;
    heard(&peak, &ms); // nothing before
    auto *sound = room.runner->findChild<QAbstractButton *>(QStringLiteral("timerSound"));
    QVERIFY2(sound, "no switch for the time-up sound beside the timer");
    QVERIFY(sound->isVisible());
    QVERIFY(sound->isChecked()); // on until the trainer switches it off
    QVERIFY(!sound->accessibleName().isEmpty() || !sound->text().isEmpty());

    // On: the room hears a chime, loud (at least half of full scale) and long enough to notice.
    runOut(room);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mSoundFile) && QFile(mSoundFile).size() > 44100, 5000);
    QTest::qWait(3000); // the whole chime
    heard(&peak, &ms);
    QVERIFY2(peak >= 16384 && ms >= 600,
             qPrintable(QStringLiteral("peak %1, %2 ms").arg(peak).arg(ms)));

    // Off, by the trainer: silence, and it stays off in the next session.
    const QPoint box(sound->height() / 2, sound->height() / 2); // the box, not the row's middle
    QTest::mouseClick(sound, Qt::LeftButton, {}, box);
    QVERIFY(!sound->isChecked());
    ConsoleDriver::click(room.runner, "timerReset");
    runOut(room);
    QTest::qWait(1000);
    heard(&peak, &ms);
    QCOMPARE(peak, 0);
    QCOMPARE(QSettings().value(QStringLiteral("timer/sound")).toBool(), false);
    RoundTimer later;
    auto *laterSound = later.findChild<QAbstractButton *>(QStringLiteral("timerSound"));
    QVERIFY(laterSound && !laterSound->isChecked());
    QTest::mouseClick(sound, Qt::LeftButton, {}, box); // and on again
    QCOMPARE(QSettings().value(QStringLiteral("timer/sound")).toBool(), true);
}

void tst_Audience::theTimerShowsOnlyWithItsScene()
{
    // The timer ran out on a scene; the trainer goes on to other screens without touching the
    // runner. None of them may carry the scene's "Time".
    Room room;
    openRoom(room, QStringLiteral("stale"));
    if (QTest::currentTestFailed())
        return;
    runOut(room);
    auto *countdown = room.audience->findChild<QLabel *>(QStringLiteral("audienceTimer"));
    const auto verifyNoTimer = [&](const char *where) {
        QVERIFY2(room.state->timerSeconds() == -1, where);
        QVERIFY2(
            !countdown->isVisible() || countdown->text().isEmpty(),
            qPrintable(
                QStringLiteral("%1 shows \"%2\"").arg(QLatin1String(where), countdown->text())));
        QVERIFY2(!visibleLabel(room.audience, QStringLiteral("Time is up")), where);
    };
    room.tabs->setCurrentIndex(1);
    ConsoleDriver::click(room.tabs->currentWidget(), "showQuestion");
    QCOMPARE(room.state->content().mode, AudienceState::Mode::Question);
    verifyNoTimer("the self-placement question");
    room.tabs->setCurrentIndex(4);
    ConsoleDriver::click(room.tabs->currentWidget(), "chartToProjector");
    QCOMPARE(room.state->content().mode, AudienceState::Mode::Results);
    verifyNoTimer("a chart");
    room.tabs->setCurrentIndex(3);
    ConsoleDriver::click(room.tabs->currentWidget(), "askForCommitments");
    QCOMPARE(room.state->content().mode, AudienceState::Mode::Commitment);
    verifyNoTimer("the commitment prompt");

    // Its own scene back on the projector: its time is still up.
    room.tabs->setCurrentIndex(2);
    ConsoleDriver::click(room.runner, "showOnProjector");
    QCOMPARE(room.state->timerSeconds(), 0);
    QVERIFY(visibleLabel(room.audience, QStringLiteral("Time is up")));
    // The next scene starts afresh: no timer until it is started.
    ConsoleDriver::click(room.runner, "follow");
    ConsoleDriver::click(room.runner, "showOnProjector");
    QCOMPARE(room.state->timerSeconds(), -1);
    QVERIFY(!visibleLabel(room.audience, QStringLiteral("Time is up")));
    QVERIFY(countdown->text().isEmpty() || !countdown->isVisible());
}

void tst_Audience::nextRoundStartsTheTimerAndShowsWhoseTurn()
{
    Room room;
    openRoom(room, QStringLiteral("rounds.sqlite"));
    if (QTest::currentTestFailed())
        return;
    // "Next round": the next three people's turn, timed at once, and the room is told whose
    // turn it is by the scenario's names for its characters.
    ConsoleDriver::click(room.runner, "timerNextRound");
    QVERIFY(room.timer->isRunning());
    QCOMPARE(room.timer->round(), 2);
    const QString expected = QStringLiteral(
        "Round 2: B plays Marisol Ortega, Fiona McAllister and Oluwaseun \"Seun\" Adeyemi · "
        "C responds · A observes");
    QCOMPARE(room.state->rotation(), expected);
    auto *shown = room.audience->findChild<QLabel *>(QStringLiteral("audienceRotation"));
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->text(), expected);
    // As large as the narration, to be read from the back row.
    auto *narration = room.audience->findChild<QLabel *>(QStringLiteral("audienceText"));
    QCOMPARE(shown->fontInfo().pixelSize(), narration->fontInfo().pixelSize());
    // It lasts as long as the round's scene is on the projector: not on the next scene's.
    ConsoleDriver::click(room.runner, "follow");
    ConsoleDriver::click(room.runner, "showOnProjector");
    QVERIFY(room.state->rotation().isEmpty());
    QVERIFY(!shown->isVisible());
}

void tst_Audience::welcomeScreenWithTrainerAgendaAndAgreements()
{
    const QString data = mData.filePath(QStringLiteral("welcome.sqlite"));
    qint64 id = 0;
    {
        MainWindow window(data);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool filled = false;
        QTimer::singleShot(0, &window, [&filled] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")),
                             QStringLiteral("Team leads, spring"));
            // The agreements start from the brave-space ground rules, to keep or change.
            auto *agreements =
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionAgreements"));
            QVERIFY(agreements);
            QCOMPARE(agreements->toPlainText().split(QLatin1Char('\n')).size(), 4);
            QVERIFY(agreements->toPlainText().contains(QStringLiteral("Challenge by choice")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTrainer")),
                             QStringLiteral("Sam Okafor"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionAgenda")),
                             QStringLiteral("9:30 Where we stand"));
            agreements->moveCursor(QTextCursor::End);
            QTest::keyClick(agreements, Qt::Key_Return);
            QTest::keyClicks(agreements, QStringLiteral("Phones face down during role-plays"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            filled = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(filled);
        QVERIFY(window.sessionModel()->isLoaded());
        id = window.sessionModel()->session().id;
        AudienceState *state = window.audienceState();
        const auto checkWelcome = [state] {
            const AudienceState::Content &c = state->content();
            QCOMPARE(c.mode, AudienceState::Mode::Welcome);
            QCOMPARE(c.heading, QStringLiteral("Team leads, spring"));
            QVERIFY2(c.text.contains(QStringLiteral("With Sam Okafor")), qPrintable(c.text));
            QVERIFY(c.text.contains(QStringLiteral("9:30 Where we stand")));
            QCOMPARE(c.items.size(), 5);
            QCOMPARE(c.items.last(), QStringLiteral("Phones face down during role-plays"));
        };
        checkWelcome();
        if (QTest::currentTestFailed())
            return;
        // Another screen, then View ▸ Projector: Welcome Screen brings it back.
        AudienceState::Content other;
        other.mode = AudienceState::Mode::Join;
        state->show(other);
        auto *action = window.findChild<QAction *>(QStringLiteral("showWelcome"));
        QVERIFY(action);
        action->trigger();
        checkWelcome();
        if (QTest::currentTestFailed())
            return;
        // The audience window shows it: the agreements as a list under the words.
        auto *items = window.audienceWindow()->findChild<QLabel *>(QStringLiteral("audienceItems"));
        QVERIFY(items && items->text().contains(QStringLiteral("Phones face down")));
        window.close();
    }
    // Kept with the session: a new console on the same data has the same welcome.
    MainWindow again(data);
    again.ensureReady();
    QVERIFY(again.openSession(id));
    QCOMPARE(again.audienceState()->content().items.size(), 5);
    QVERIFY(again.audienceState()->content().text.contains(QStringLiteral("Sam Okafor")));
}

void tst_Audience::welcomeFieldsTakeAnyText()
{
    // Blank lines, tabs, control characters and very long text in the welcome fields: no empty
    // agreement reaches the projector, a name is cut at its limit, a long agenda is kept whole.
    Session draft;
    draft.title = QStringLiteral("Garbage in");
    SessionDialog dialog(draft);
    auto *trainer = dialog.findChild<QLineEdit *>(QStringLiteral("sessionTrainer"));
    auto *agenda = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sessionAgenda"));
    auto *agreements = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sessionAgreements"));
    QVERIFY(trainer && agenda && agreements);
    trainer->setText(QString(500, QLatin1Char('x')));
    const QString longAgenda = QString(100000, QLatin1Char('a'));
    agenda->setPlainText(QStringLiteral("  \n") + longAgenda + QStringLiteral("\n\t"));
    agreements->setPlainText(QStringLiteral("\n   \n\tListen first\t\n\u0001\n\n"));
    const Session s = dialog.session();
    QCOMPARE(s.trainer.size(), 80);
    QCOMPARE(s.agenda, longAgenda);
    QCOMPARE(s.agreements, QStringLiteral("Listen first")); // no blank or invisible lines
    agreements->setPlainText(QStringLiteral(" \n\t\n "));
    QVERIFY(dialog.session().agreements.isEmpty());
}

void tst_Audience::showOnProjectorOpensAClosedAudienceWindow_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("mode");
    QTest::newRow("scenario") << 2 << QStringLiteral("showOnProjector")
                              << int(AudienceState::Mode::Narration);
    QTest::newRow("self-placement")
        << 1 << QStringLiteral("showQuestion") << int(AudienceState::Mode::Question);
    QTest::newRow("commitments") << 3 << QStringLiteral("askForCommitments")
                                 << int(AudienceState::Mode::Commitment);
    QTest::newRow("results") << 4 << QStringLiteral("chartToProjector")
                             << int(AudienceState::Mode::Results);
}

void tst_Audience::showOnProjectorOpensAClosedAudienceWindow()
{
    QFETCH(int, tab);
    QFETCH(QString, button);
    QFETCH(int, mode);
    MainWindow window(mData.filePath(QStringLiteral("closed-") + button));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Closed projector"), 5);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    if (tab == 2)
        QVERIFY(ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken")));
    tabs->setCurrentIndex(tab);
    // The trainer opened the projector and closed it again.
    auto *audience = window.findChild<AudienceWindow *>();
    audience->show();
    QVERIFY(QTest::qWaitForWindowExposed(audience));
    audience->close();
    QVERIFY(!audience->isVisible());

    ConsoleDriver::click(tabs->currentWidget(), qPrintable(button));
    QCOMPARE(int(window.findChild<AudienceState *>()->content().mode), mode);
    QTRY_VERIFY2(audience->isVisible(), "the audience window stays closed: nothing to see");
    QVERIFY(!audience->isMinimized());
}

QTEST_MAIN(tst_Audience)
#include "tst_audience.moc"
