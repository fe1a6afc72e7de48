#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "audience/revealview.h"
#include "scenario/scenariolibrary.h"
#include "spectrum.h"

#include <QKeyEvent>
#include <QSet>
#include <QTest>

// The reveal on the projector: every option of the longest decision in the library, whole, at
// every window size from 1024x768 up; smaller type, then two columns, then pages with a key.
class tst_Reveal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOptionWhole_data();
    void everyOptionWhole();
    void pagesStepWithAKey();
    void votesOnlyFromK();

private:
    static QList<AudienceState::RevealOption> longestDecision();
    static AudienceState::Content reveal(const QList<AudienceState::RevealOption> &options,
                                         int withheldBelow = 0);
    QList<AudienceState::RevealOption> mLongest;
};

void tst_Reveal::initTestCase()
{
    mLongest = longestDecision();
    QVERIFY(mLongest.size() >= 5);
}

QList<AudienceState::RevealOption> tst_Reveal::longestDecision()
{
    // The decision with the most text among the built-in scenarios: the hardest to fit.
    ScenarioLibrary library;
    library.load(QString(), {});
    const Spectrum spectrum = Spectrum::standard();
    QList<AudienceState::RevealOption> longest;
    qsizetype longestLength = 0;
    for (const ScenarioLibrary::Entry &entry : library.entries()) {
        for (const Scene &scene : entry.scenario.scenes) {
            if (!scene.decision)
                continue;
            QList<AudienceState::RevealOption> options;
            qsizetype length = 0;
            for (int i = 0; i < scene.decision->options.size(); ++i) {
                const DecisionOption &o = scene.decision->options.at(i);
                options.append({i + 1, o.text.simplified(), o.stage, spectrum.stage(o.stage)->label,
                                o.why.simplified(), 7 * i});
                length += o.text.size() + o.why.size();
            }
            if (options.size() > longest.size() ||
                (options.size() == longest.size() && length > longestLength)) {
                longest = options;
                longestLength = length;
            }
        }
    }
    return longest;
}

AudienceState::Content tst_Reveal::reveal(const QList<AudienceState::RevealOption> &options,
                                          int withheldBelow)
{
    AudienceState::Content c;
    c.mode = AudienceState::Mode::Results;
    c.heading = QStringLiteral("What do you do?");
    c.reveal = options;
    c.votesWithheldBelow = withheldBelow;
    return c;
}

void tst_Reveal::everyOptionWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("onePage");
    QTest::newRow("1024x768") << QSize(1024, 768) << false;
    QTest::newRow("1280x720") << QSize(1280, 720) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << true;
}

void tst_Reveal::everyOptionWhole()
{
    QFETCH(QSize, size);
    QFETCH(bool, onePage);
    AudienceState state;
    state.show(reveal(mLongest));
    AudienceWindow window(&state);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<RevealView *>();
    QVERIFY(view && view->isVisible());
    // Below the heading, inside the window.
    QVERIFY(view->geometry().top() > 0);
    QVERIFY(window.rect().contains(view->geometry()));
    if (onePage)
        QCOMPARE(view->pageCount(), 1);
    QSet<int> seen;
    for (int page = 0; page < view->pageCount(); ++page) {
        for (const auto &[number, rect] : view->placedOptions()) {
            QVERIFY2(view->rect().contains(rect),
                     qPrintable(QStringLiteral("option %1 at %2,%3 %4x%5 in %6x%7")
                                    .arg(number)
                                    .arg(rect.x())
                                    .arg(rect.y())
                                    .arg(rect.width())
                                    .arg(rect.height())
                                    .arg(view->width())
                                    .arg(view->height())));
            seen.insert(number);
        }
        view->nextPage();
    }
    QCOMPARE(seen.size(), mLongest.size());
    // The room reads the stages and reasons in the accessible description too.
    for (const AudienceState::RevealOption &o : std::as_const(mLongest))
        QVERIFY(view->accessibleDescription().contains(o.stageLabel));
}

void tst_Reveal::pagesStepWithAKey()
{
    // Fifteen long options (more than any scenario may hold) in a small window: pages, stepped
    // with → and ←.
    QList<AudienceState::RevealOption> many = mLongest + mLongest + mLongest;
    for (int i = 0; i < many.size(); ++i)
        many[i].number = i + 1;
    AudienceState state;
    state.show(reveal(many));
    AudienceWindow window(&state);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<RevealView *>();
    QVERIFY(view->pageCount() > 1);
    QCOMPARE(view->page(), 0);
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(view->page(), 1);
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(view->page(), 0);
}

void tst_Reveal::votesOnlyFromK()
{
    QList<AudienceState::RevealOption> withheld = mLongest;
    for (AudienceState::RevealOption &o : withheld)
        o.votes = -1;
    AudienceState state;
    state.show(reveal(withheld, 5));
    AudienceWindow window(&state);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString text = window.findChild<RevealView *>()->accessibleDescription();
    QVERIFY(!text.contains(QLatin1String("vote(s)")) && !text.contains(QLatin1String(" votes.")));
    QVERIFY(text.contains(QLatin1String("at least 5 people")));
}

QTEST_MAIN(tst_Reveal)
#include "tst_reveal.moc"
