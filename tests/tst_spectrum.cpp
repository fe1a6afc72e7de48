#include "spectrum.h"

#include <QTest>

class tst_Spectrum : public QObject
{
    Q_OBJECT

private slots:
    void keysAndOrder();
    void everyStageIsComplete_data();
    void everyStageIsComplete();
    void coloursAreDistinctAndFixed();
    void labelsCanBeRenamed();
    void unknownKeys();
};

void tst_Spectrum::keysAndOrder()
{
    const QStringList expected{QStringLiteral("bystander"), QStringLiteral("passive-supporter"),
                               QStringLiteral("performative-ally"), QStringLiteral("active-ally"),
                               QStringLiteral("advocate")};
    QCOMPARE(Spectrum::keys(), expected);
    const Spectrum spectrum = Spectrum::standard();
    QCOMPARE(spectrum.stages().size(), Spectrum::StageCount);
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        QCOMPARE(spectrum.at(i).key, expected.at(i));
        QCOMPARE(spectrum.at(i).index, i);
        QCOMPARE(spectrum.indexOf(expected.at(i)), i);
    }
}

void tst_Spectrum::everyStageIsComplete_data()
{
    QTest::addColumn<int>("index");
    const Spectrum spectrum = Spectrum::standard();
    for (const Stage &stage : spectrum.stages())
        QTest::newRow(qPrintable(stage.key)) << stage.index;
}

void tst_Spectrum::everyStageIsComplete()
{
    QFETCH(int, index);
    const Spectrum spectrum = Spectrum::standard();
    const Stage &stage = spectrum.at(index);
    QVERIFY(!stage.label.isEmpty());
    QVERIFY(!stage.summary.isEmpty());
    QVERIFY2(stage.summary.size() < 80, "the summary is one line");
    QVERIFY(stage.description.size() > 150);
    QVERIFY(stage.behaviours.size() >= 3 && stage.behaviours.size() <= 5);
    QVERIFY(!stage.inMeeting.isEmpty());
    QVERIFY(!stage.nextStep.isEmpty());
}

void tst_Spectrum::coloursAreDistinctAndFixed()
{
    const Spectrum spectrum = Spectrum::standard();
    // Okabe–Ito: vermillion, orange, reddish purple, sky blue, blue.
    const QStringList expected{QStringLiteral("#d55e00"), QStringLiteral("#e69f00"),
                               QStringLiteral("#cc79a7"), QStringLiteral("#56b4e9"),
                               QStringLiteral("#0072b2")};
    for (int i = 0; i < Spectrum::StageCount; ++i)
        QCOMPARE(spectrum.at(i).colorName(), expected.at(i));
}

void tst_Spectrum::labelsCanBeRenamed()
{
    const Spectrum renamed = Spectrum::standard().withLabels(
        {{QStringLiteral("performative-ally"), QStringLiteral("Visible ally")},
         {QStringLiteral("advocate"), QStringLiteral("   ")},
         {QStringLiteral("no-such-stage"), QStringLiteral("Ignored")}});
    const Spectrum standard = Spectrum::standard();
    QCOMPARE(renamed.stage(QStringLiteral("performative-ally"))->label,
             QStringLiteral("Visible ally"));
    QCOMPARE(renamed.stage(QStringLiteral("advocate"))->label, standard.at(4).label);
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        QCOMPARE(renamed.at(i).key, standard.at(i).key);
        QCOMPARE(renamed.at(i).rgb, standard.at(i).rgb);
    }
}

void tst_Spectrum::unknownKeys()
{
    const Spectrum spectrum = Spectrum::standard();
    QCOMPARE(spectrum.indexOf(QStringLiteral("ally")), -1);
    QVERIFY(!spectrum.stage(QString()));
    QVERIFY(!Spectrum::isKey(QStringLiteral("Bystander")));
}

QTEST_GUILESS_MAIN(tst_Spectrum)
#include "tst_spectrum.moc"
