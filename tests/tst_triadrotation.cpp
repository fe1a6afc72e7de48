#include "catalogue.h"
#include "scenario/scenario.h"
#include "session/triadrotation.h"

#include <QTest>
#include <QTranslator>

// Who plays, responds and observes in each round of a role-play in threes.
class tst_TriadRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyoneDoesEachTaskInThreeRounds();
    void charactersAreNamedFromTheScenario();
    void withoutCharactersSomeoneSpeaks();
    void manyCharactersAreShortened();
    void characterNamesAsPeopleSayThem_data();
    void characterNamesAsPeopleSayThem();

private:
    QTranslator mPlurals;
};

void tst_TriadRotation::initTestCase()
{
    // The English plural forms, as the program loads them ("2 others", not "2 other(s)").
    QVERIFY(mPlurals.load(QStringLiteral(UPSTANDER_BINARY_DIR "/app/upstander_en.qm")));
    QCoreApplication::installTranslator(&mPlurals);
    // The rotation is shown to the room: its texts come from the room's catalogue.
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
}

void tst_TriadRotation::everyoneDoesEachTaskInThreeRounds()
{
    QSet<QString> played, responded, observed;
    for (int n = 1; n <= 3; ++n) {
        const TriadRotation::Round r = TriadRotation::round(QStringList(), n);
        QCOMPARE(r.number, n);
        QCOMPARE(QSet<QString>({r.plays, r.responds, r.observes}).size(), 3);
        played.insert(r.plays);
        responded.insert(r.responds);
        observed.insert(r.observes);
    }
    const QSet<QString> everyone{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QCOMPARE(played, everyone);
    QCOMPARE(responded, everyone);
    QCOMPARE(observed, everyone);
    // Round 4 is round 1 again.
    QCOMPARE(TriadRotation::round(QStringList(), 4).plays,
             TriadRotation::round(QStringList(), 1).plays);
    QCOMPARE(TriadRotation::heading(TriadRotation::round(QStringList(), 4)),
             QStringLiteral("Round 4"));
}

void tst_TriadRotation::charactersAreNamedFromTheScenario()
{
    Scenario scenario;
    scenario.roles = {
        {QStringLiteral("marisol"),
         QStringLiteral("Marisol Ortega, senior analyst (works Monday to Wednesday)"),
         {},
         false,
         {}},
        {QStringLiteral("fiona"),
         QStringLiteral("Fiona McAllister, finance team manager"),
         {},
         false,
         {}},
        {QStringLiteral("observer"), QStringLiteral("Observer"), {}, true, {}},
    };
    const TriadRotation::Round second = TriadRotation::round(scenario, 2);
    QCOMPARE(second.characters,
             (QStringList{QStringLiteral("Marisol Ortega"), QStringLiteral("Fiona McAllister")}));
    QCOMPARE(TriadRotation::tasks(second),
             (QStringList{QStringLiteral("B plays Marisol Ortega and Fiona McAllister"),
                          QStringLiteral("C responds"), QStringLiteral("A observes")}));
    QCOMPARE(
        TriadRotation::summary(second),
        QStringLiteral("B plays Marisol Ortega and Fiona McAllister · C responds · A observes"));
}

void tst_TriadRotation::withoutCharactersSomeoneSpeaks()
{
    QCOMPARE(TriadRotation::summary(TriadRotation::round(Scenario(), 1)),
             QStringLiteral("A speaks · B responds · C observes"));
}

void tst_TriadRotation::manyCharactersAreShortened()
{
    const QStringList four{QStringLiteral("Hana"), QStringLiteral("Kit"), QStringLiteral("Nadia"),
                           QStringLiteral("Colm")};
    QCOMPARE(TriadRotation::tasks(TriadRotation::round(four, 1)).first(),
             QStringLiteral("A plays Hana, Kit and 2 others"));
    QCOMPARE(TriadRotation::tasks(TriadRotation::round(four.mid(0, 3), 1)).first(),
             QStringLiteral("A plays Hana, Kit and Nadia"));
}

void tst_TriadRotation::characterNamesAsPeopleSayThem_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("name");
    QTest::newRow("comma") << QStringLiteral("Fiona McAllister, finance team manager")
                           << QStringLiteral("Fiona McAllister");
    QTest::newRow("aside") << QStringLiteral("Marisol Ortega, senior analyst (works Mon–Wed)")
                           << QStringLiteral("Marisol Ortega");
    QTest::newRow("nickname") << QStringLiteral("Oluwaseun \"Seun\" Adeyemi, operations director")
                              << QStringLiteral("Oluwaseun \"Seun\" Adeyemi");
    QTest::newRow("plain") << QStringLiteral("Kai") << QStringLiteral("Kai");
}

void tst_TriadRotation::characterNamesAsPeopleSayThem()
{
    QFETCH(QString, role);
    QFETCH(QString, name);
    QCOMPARE(TriadRotation::characterName(role), name);
}

QTEST_GUILESS_MAIN(tst_TriadRotation)
#include "tst_triadrotation.moc"
