#include "audiencestate.h"
#include "audiencewindow.h"
#include "mainwindow.h"
#include "sessionmodel.h"
#include "sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The console driven like a trainer would: keys and clicks on the real widgets, offscreen.
class tst_Console : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newSessionThroughTheDialog();
    void baselineTallyWithKeysAndUndo();
    void hotSeatShowsNothingOfEarlierAnswers();
    void revealPutsResultsOnTheProjector();
    void commitments();
    void reopenSessionKeepsEverything();
    void audienceNeverShowsWhatIsNotForTheRoom();

private:
    QAction *action(MainWindow &window, const QString &text) const;
    void startSession(MainWindow &window, const QString &title, int k = 3);

    QTemporaryDir mData;
};

void tst_Console::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console"));
    QSettings().clear();
}

QAction *tst_Console::action(MainWindow &window, const QString &text) const
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void tst_Console::startSession(MainWindow &window, const QString &title, int k)
{
    QTimer::singleShot(0, this, [title, k] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle"));
        QTest::keyClicks(titleEdit, title);
        auto *cohort = dialog->findChild<QLineEdit *>(QStringLiteral("sessionCohort"));
        QTest::keyClicks(cohort, QStringLiteral("test-cohort"));
        auto *kBox = dialog->findChild<QSpinBox *>(QStringLiteral("sessionK"));
        kBox->setFocus();
        kBox->selectAll();
        QTest::keyClicks(kBox, QString::number(k));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.sessionModel()->isLoaded());
    // The offscreen platform does not give the focus back after a modal dialog by itself.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void tst_Console::newSessionThroughTheDialog()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QVERIFY(!tabs->isTabEnabled(1)); // nothing to collect without a session
    startSession(window, QStringLiteral("Leads, spring"), 4);
    const Session &s = window.sessionModel()->session();
    QCOMPARE(s.title, QStringLiteral("Leads, spring"));
    QCOMPARE(s.cohort, QStringLiteral("test-cohort"));
    QCOMPARE(s.k, 4);
    QVERIFY(tabs->isTabEnabled(1));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Leads, spring")));
    QCOMPARE(window.audienceState()->content().heading, QStringLiteral("Leads, spring"));
}

void tst_Console::baselineTallyWithKeysAndUndo()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Tally test"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QCOMPARE(tabs->currentIndex(), 1); // a new session opens on self-placement
    QWidget *panel = tabs->currentWidget();
    panel->setFocus();
    // Three people at 2, two at 4, one at 5; a mistaken 1, taken back with "−" then 1.
    for (Qt::Key key : {Qt::Key_2, Qt::Key_2, Qt::Key_2, Qt::Key_4, Qt::Key_4, Qt::Key_5, Qt::Key_1,
                        Qt::Key_Minus, Qt::Key_1})
        QTest::keyClick(panel, key);
    SessionModel *model = window.sessionModel();
    QCOMPARE(model->questions().size(), 1);
    const qint64 q = model->questions().first().id;
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 0);
    QCOMPARE(model->tally(q, QStringLiteral("passive-supporter")), 3);
    QCOMPARE(model->tally(q, QStringLiteral("active-ally")), 2);
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 1);
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("tallyCount2"))->text(),
             QStringLiteral("3"));

    // Ctrl+Z takes back the last press (the advocate), Ctrl+Shift+Z puts it back.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo "−1" on bystander
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo "+1" on bystander
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo advocate
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 0);
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 1);
    // Buttons work as well as keys.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("tallyAdd1")), Qt::LeftButton);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("tallyRemove4")),
                      Qt::LeftButton);
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 1);
    QCOMPARE(model->tally(q, QStringLiteral("active-ally")), 1);

    // Everything reached the database.
    QVERIFY(model->store()->flush());
    int stored = 0;
    for (const Tally &t : model->store()->tallies(model->session().id))
        stored += t.count;
    QCOMPARE(stored, 1 + 3 + 1 + 1);
}

void tst_Console::hotSeatShowsNothingOfEarlierAnswers()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Hot seat"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *panel = tabs->currentWidget();
    auto *mode = panel->findChild<QComboBox *>(QStringLiteral("mode"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    auto *advocate = panel->findChild<QPushButton *>(QStringLiteral("hotSeat5"));
    QVERIFY(advocate->isVisible());
    const QStringList choices{QStringLiteral("hotSeat5"), QStringLiteral("hotSeat2"),
                              QStringLiteral("hotSeatPass"), QStringLiteral("hotSeat2")};
    for (const QString &name : choices) {
        QTest::mouseClick(panel->findChild<QPushButton *>(name), Qt::LeftButton);
        // The screen clears: only the thank-you is visible, no counts, no earlier choice.
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("hotSeatThanks"))->isVisible());
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(QLatin1Char('2')), qPrintable(label->text()));
        }
        // The Edit menu does not name the previous person's choice either.
        QVERIFY(!window.undoStack()->undoText().contains(QStringLiteral("Advocate")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("nextPerson")),
                          Qt::LeftButton);
        QVERIFY(advocate->isVisible());
    }
    SessionModel *model = window.sessionModel();
    const QList<Answer> answers = model->answers(model->questions().first().id);
    QCOMPARE(answers.size(), 4);
    QSet<QString> tokens;
    for (const Answer &a : answers)
        tokens.insert(a.token);
    QCOMPARE(tokens.size(), 4); // each person is their own anonymous token
}

void tst_Console::revealPutsResultsOnTheProjector()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Reveal"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *panel = tabs->currentWidget();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("showQuestion")),
                      Qt::LeftButton);
    QCOMPARE(window.audienceState()->content().mode, AudienceState::Mode::Question);
    QCOMPARE(window.audienceState()->content().items.size(), 5);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    const AudienceState::Content shown = window.audienceState()->content();
    QCOMPARE(shown.mode, AudienceState::Mode::Results);
    QCOMPARE(shown.chart, QStringLiteral("distribution"));
    QCOMPARE(shown.questionId, window.sessionModel()->questions().first().id);
    QVERIFY(window.sessionModel()->questions().first().revealed);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    QCOMPARE(window.audienceState()->content().mode, AudienceState::Mode::Question);
}

void tst_Console::commitments()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Commitments"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    tabs->setCurrentIndex(3);
    QWidget *panel = tabs->currentWidget();
    auto *text = panel->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addCommitment"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(text, QStringLiteral("Say \"I'd like to hear the rest\", once a week "));
    text->insertPlainText(QStringLiteral("🙂")); // as an input method would
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(window.sessionModel()->commitments().size(), 1);
    QVERIFY(text->toPlainText().isEmpty());
    QTest::keyClicks(text, QString(281, QLatin1Char('x')));
    QVERIFY(!add->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("commitmentCounter"))
                ->text()
                .contains(QStringLiteral("281")));
    window.undoStack()->undo();
    QCOMPARE(window.sessionModel()->commitments().size(), 0);
    window.undoStack()->redo();
    QCOMPARE(window.sessionModel()->commitments().size(), 1);
}

void tst_Console::reopenSessionKeepsEverything()
{
    qint64 id = 0;
    {
        MainWindow window(mData.path());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        startSession(window, QStringLiteral("Reopen me"));
        QWidget *panel =
            window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->currentWidget();
        panel->setFocus();
        QTest::keyClick(panel, Qt::Key_3);
        QTest::keyClick(panel, Qt::Key_3);
        id = window.sessionModel()->session().id;
        window.close();
    }
    MainWindow again(mData.path());
    QVERIFY(again.openSession(id));
    const qint64 q = again.sessionModel()->questions().first().id;
    QCOMPARE(again.sessionModel()->tally(q, QStringLiteral("performative-ally")), 2);
    QMenu *recent = nullptr;
    for (QMenu *menu : again.findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    QVERIFY(!recent->actions().isEmpty());
    QVERIFY(recent->actions().first()->text().startsWith(QStringLiteral("Reopen me")));
}

void tst_Console::audienceNeverShowsWhatIsNotForTheRoom()
{
    // Whatever the console puts on the projector, the audience window only renders
    // AudienceState: walk its widget tree and check every text it holds.
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Privacy"));
    AudienceWindow *audience = window.audienceWindow();
    audience->show();
    QVERIFY(QTest::qWaitForWindowExposed(audience));
    QWidget *panel = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->currentWidget();
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_4); // one answer: below k = 3
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    QStringList texts;
    for (QLabel *label : audience->findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1Char('1')), qPrintable(all)); // no count below k
    QVERIFY(!all.contains(QStringLiteral("Count the people"))); // console instructions stay
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
