#include "chartfixture.h"
#include "charts/chartexportcommand.h"
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartmodel.h"
#include "charts/chartroles.h"
#include "charts/chartview.h"
#include "charts/cohorttrendmodel.h"
#include "charts/decisionchart.h"
#include "charts/decisiontallymodel.h"
#include "charts/diagonalmodel.h"
#include "charts/distributionchart.h"
#include "charts/distributionmodel.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"
#include "charts/shownfiltermodel.h"
#include "charts/stagecomparisonchart.h"
#include "charts/stagecomparisonmodel.h"
#include "charts/trendchart.h"
#include "roomlanguage.h"
#include "session/demosession.h"
#include "session/sessionrules.h"
#include "stats/shareformat.h"
#include "stats/statistics.h"
#include "store/sessionstore.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QImageReader>
#include <QLineSeries>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

// The charts of a session: their models against the statistics API, the k rule in models,
// widgets and files, live updates coalesced, and exports that outside tools can open.
class tst_Charts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCheckInIsNoChartOfStages();
    void modelsPassTheTester_data();
    void modelsPassTheTester();
    void distributionEqualsStatistics_data();
    void distributionEqualsStatistics();
    void beforeAfterEqualsStatistics();
    void perceptionGapEqualsStatistics();
    void decisionTalliesEqualStatistics_data();
    void decisionTalliesEqualStatistics();
    void groupChoiceIsSaidInWords();
    void decisionOptionsRunTopDown();
    void shareFormatRule();
    void sharesAreWholePercentsEverywhere();
    void cohortTrendEqualsStatistics();
    void renamedLabelsAreUsed();
    void withheldModelsHoldNoNumbers_data();
    void withheldModelsHoldNoNumbers();
    void withheldChartsShowOnlyTheMessage_data();
    void withheldChartsShowOnlyTheMessage();
    void partlyWithheldComparison();
    void modelsUpdateInPlace();
    void burstIsCoalesced();
    void projectorViewForQuestion();
    void labelsAreNotCutShort_data();
    void labelsAreNotCutShort();
    void accessibleDescriptions_data();
    void accessibleDescriptions();
    void exportsOpenInOutsideTools_data();
    void exportsOpenInOutsideTools();
    void pngIsTwiceTheWidgetSize();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void reportHasEverySection();
    void reportWithholdsCommitmentsBelowK();
    void reportKeepsTheTextsTheSessionRan();
    void cancelledReportWritesNothing();
    void commandLineExportNeedsNoDisplay_data();
    void commandLineExportNeedsNoDisplay();

private:
    static QStringList visibleTexts(ChartView *view);
    static int barCount(ChartView *view);
    static QString pdfText(const QString &path);
    static SessionData dataOf(const SessionModel &model);
};

namespace {

QList<double> column(const QAbstractItemModel *model, int c, int role = Qt::DisplayRole)
{
    QList<double> values;
    for (int r = 0; r < model->rowCount(); ++r)
        values.append(model->index(r, c).data(role).toDouble());
    return values;
}

QList<double> percent(const std::array<double, Spectrum::StageCount> &shares)
{
    QList<double> values;
    for (const double share : shares)
        values.append(std::round(share * 1000.0) / 10.0);
    return values;
}

QList<double> counts(const std::array<int, Spectrum::StageCount> &counts)
{
    return QList<double>(counts.begin(), counts.end());
}

// A session with too few answers for its k: four people at baseline and after, and at two
// decisions, two commitments.
void createSmallSession(ChartFixture &f, int k = 5)
{
    f.createSession(QStringLiteral("Small group"), QDate(2026, 3, 3), k, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.decision1 = f.add(ChartFixture::decision(QStringLiteral("review"), QStringLiteral("Do?"),
                                               ChartFixture::decision1Options()));
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.baseline, std::array<int, 5>{1, 1, 0, 1, 1});
    f.answer(f.decision1, std::array<int, 4>{1, 1, 1, 1});
    f.answer(f.after, std::array<int, 5>{0, 1, 1, 1, 1});
    QString error;
    f.model.addCommitment(QStringLiteral("Listen first."), QString(), &error);
    f.model.addCommitment(QStringLiteral("Credit by name."), QString(), &error);
}

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

} // namespace

SessionData tst_Charts::dataOf(const SessionModel &model)
{
    return {model.session(), model.questions(), model.answers(), model.tallies(),
            model.commitments()};
}

QStringList tst_Charts::visibleTexts(ChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->chart()->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    texts.removeAll(QString());
    return texts;
}

// Bars that would be drawn: bar sets with a non-zero value, and points of visible lines.
int tst_Charts::barCount(ChartView *view)
{
    int count = 0;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (!series->isVisible())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    count += set->at(i) != 0 ? 1 : 0;
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            count += int(line->count());
        }
    }
    return count;
}

QString tst_Charts::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Qt's PDF keeps ligatures; the words are what matter here.
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

void tst_Charts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Charts::modelsPassTheTester_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : SessionCharts::chartNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Charts::modelsPassTheTester()
{
    QFETCH(QString, name);
    ChartFixture f;
    createSmallSession(f); // starts withheld, so the answers below cross k
    SessionCharts charts(&f.model);
    const qint64 question = name == QLatin1String("decisions") ? f.decision1 : 0;
    ChartModel *model = charts.model(name, question);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The proxies the charts put between model and mappers.
    DiagonalModel diagonal(model, 0);
    QAbstractItemModelTester diagonalTester(&diagonal,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    ShownFilterModel columns(model, ShownFilterModel::Mode::Columns);
    QAbstractItemModelTester columnsTester(&columns,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    ShownFilterModel rows(model, ShownFilterModel::Mode::Rows, model->columnCount() - 1);
    QAbstractItemModelTester rowsTester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<ChartView> view(
        ChartFactory::create(&charts, name, question, ChartPresentation::Console));
    QVERIFY(view);

    // Cross k, change answers, rename a stage, add a follow-up: every kind of update.
    for (int i = 0; i < 12; ++i) {
        const QString token = QStringLiteral("extra%1").arg(i);
        f.record(f.baseline, token, ChartFixture::stageKey(i % 5));
        f.record(f.after, token, ChartFixture::stageKey((i + 2) % 5));
        f.record(f.decision1, token, ChartFixture::decision1Options().at(i % 4).key);
        charts.flush();
    }
    QString error;
    QVERIFY(f.model.addCommitment(QStringLiteral("Ask before acting."), QString(), &error));
    Session s = f.model.session();
    s.stageLabels.insert(QStringLiteral("advocate"), QStringLiteral("Champion"));
    QVERIFY2(f.model.updateSession(s, &error), qPrintable(error));
    charts.flush();
    const qint64 followUp =
        f.add(ChartFixture::selfPlacement(Phase::FollowUp, QStringLiteral("?")));
    f.answer(followUp, std::array<int, 5>{2, 2, 2, 2, 2});
    charts.flush();
    QCoreApplication::processEvents();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!model->isSuppressed());
}

void tst_Charts::distributionEqualsStatistics_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("baseline question") << QStringLiteral("baseline");
    QTest::newRow("after question") << QStringLiteral("after");
    QTest::newRow("latest phase") << QStringLiteral("latest");
    QTest::newRow("decision: chosen stages") << QStringLiteral("decision2");
}

void tst_Charts::distributionEqualsStatistics()
{
    QFETCH(QString, which);
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    const SessionData data = dataOf(f.model);
    const int k = data.session.k;

    Distribution expected;
    qint64 question = 0;
    if (which == QLatin1String("latest")) {
        expected = Statistics::beforeAfter(data).after;
    } else {
        question = which == QLatin1String("baseline") ? f.baseline
                   : which == QLatin1String("after")  ? f.after
                                                      : f.decision2;
        const QList<Question> one{*f.model.question(question)};
        expected = which == QLatin1String("decision2")
                       ? Statistics::choiceDistribution(one, data.answers, data.tallies, k)
                       : Statistics::distribution(one, data.answers, data.tallies, k);
    }
    QVERIFY(expected.isShown());
    DistributionModel *model = charts.distribution(question);
    QCOMPARE(model->rowCount(), Spectrum::StageCount);
    QCOMPARE(column(model, DistributionModel::CountColumn), counts(expected.values()->counts));
    QCOMPARE(column(model, DistributionModel::ShareColumn), percent(expected.values()->shares));
    QCOMPARE(model->median(), std::optional<double>(expected.values()->median));
    QCOMPARE(model->threshold(), k);
    for (int r = 0; r < Spectrum::StageCount; ++r) {
        QCOMPARE(model->headerData(r, Qt::Vertical, ChartRoles::StageKeyRole).toString(),
                 Spectrum::keys().at(r));
        QVERIFY(!model->index(r, 0).data(ChartRoles::SuppressedRole).toBool());
    }
    // And the chart shows those numbers as bars.
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("distribution"),
                                                         question, ChartPresentation::Console));
    auto *chart = qobject_cast<DistributionChart *>(view.get());
    QVERIFY(chart);
    QCOMPARE(chart->bars()->count(), Spectrum::StageCount);
    for (int s = 0; s < Spectrum::StageCount; ++s)
        QCOMPARE(chart->bars()->barSets().at(s)->at(s), double(expected.values()->counts[s]));
    QCOMPARE(chart->medianMarker()->count(), 2);
    QCOMPARE(chart->medianMarker()->at(0).x(), expected.values()->median - 1);
}

void tst_Charts::beforeAfterEqualsStatistics()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    const BeforeAfter expected = Statistics::beforeAfter(dataOf(f.model));
    StageComparisonModel *model = charts.beforeAfter();
    QCOMPARE(model->columnCount(), 2); // no follow-up in this session
    QCOMPARE(column(model, 0), percent(expected.baseline.values()->shares));
    QCOMPARE(column(model, 1), percent(expected.after.values()->shares));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(),
             SessionKeys::phaseLabel(Phase::Baseline));
    QVERIFY2(model->note().contains(QLatin1String("Before: 24 people")), qPrintable(model->note()));
    const TransitionValues *t = expected.transitions.values();
    QVERIFY(t);
    QVERIFY(model->note().contains(QString::number(t->movedUp)));

    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("before-after"), 0,
                                                         ChartPresentation::Console));
    auto *chart = qobject_cast<StageComparisonChart *>(view.get());
    QVERIFY(chart);
    QCOMPARE(chart->bars()->count(), 2);
    for (int s = 0; s < Spectrum::StageCount; ++s)
        QCOMPARE(chart->bars()->barSets().at(1)->at(s),
                 std::round(expected.after.values()->shares[s] * 1000.0) / 10.0);
}

void tst_Charts::perceptionGapEqualsStatistics()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    const SessionData data = dataOf(f.model);
    const SelfVsChosen expected = Statistics::selfVsChosen(data);
    StageComparisonModel *model = charts.perceptionGap();
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(column(model, 0), percent(expected.self.values()->shares));
    QCOMPARE(column(model, 1), percent(expected.chosen.values()->shares));
    const PerceptionGap perception = Statistics::perceptionGap(data);
    const PerceptionGapValues *gap = perception.values.values();
    QVERIFY(gap);
    QVERIFY2(model->note().contains(QLocale().toString(std::abs(gap->meanGap), 'f', 1)),
             qPrintable(model->note()));
}

void tst_Charts::decisionTalliesEqualStatistics_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("first decision") << 1;
    QTest::newRow("second decision") << 2;
    QTest::newRow("latest decision (id 0)") << 0;
}

void tst_Charts::decisionTalliesEqualStatistics()
{
    QFETCH(int, which);
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    const qint64 id = which == 1 ? f.decision1 : f.decision2;
    DecisionTallyModel *model = charts.decision(which == 0 ? 0 : id);
    DecisionTally expected;
    for (const DecisionTally &t : Statistics::decisionTallies(dataOf(f.model))) {
        if (t.questionId == id)
            expected = t;
    }
    QVERIFY(expected.counts.isShown());
    QCOMPARE(model->questionId(), id);
    QCOMPARE(model->rowCount(), expected.options.size());
    QList<double> expectedCounts;
    for (const int c : expected.counts.values()->counts)
        expectedCounts.append(c);
    QCOMPARE(column(model, DecisionTallyModel::CountColumn), expectedCounts);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->headerData(r, Qt::Vertical, ChartRoles::StageKeyRole).toString(),
                 expected.options.at(r).stage);
        // Option texts come from the built-in scenario, not the keys.
        QVERIFY(model->headerData(r, Qt::Vertical).toString().size() > 20);
    }
    std::unique_ptr<ChartView> view(ChartFactory::create(
        &charts, QStringLiteral("decisions"), which == 0 ? 0 : id, ChartPresentation::Console));
    auto *chart = qobject_cast<DecisionChart *>(view.get());
    QVERIFY(chart);
    QCOMPARE(chart->bars()->count(), expected.options.size());
    // Bar set r is option r; its bar is in category n - 1 - r (the categories run bottom-up).
    const int n = expected.options.size();
    for (int r = 0; r < n; ++r)
        QCOMPARE(chart->bars()->barSets().at(r)->at(n - 1 - r), expectedCounts.at(r));
}

void tst_Charts::shareFormatRule()
{
    // One rule for every share shown: a whole percent, "<1%" for a few, in the asked locale.
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(ShareFormat::percent(1.0 / 3, en), QStringLiteral("33%"));
    QCOMPARE(ShareFormat::percent(0.5, en), QStringLiteral("50%"));
    QCOMPARE(ShareFormat::percent(0, en), QStringLiteral("0%"));
    QCOMPARE(ShareFormat::percent(1, en), QStringLiteral("100%"));
    QCOMPARE(ShareFormat::percent(0.004, en), QStringLiteral("<1%"));
    QCOMPARE(ShareFormat::percent(0.009, en), QStringLiteral("<1%"));
    QCOMPARE(ShareFormat::percent(0.01, en), QStringLiteral("1%"));
    QCOMPARE(ShareFormat::percent(0.994, en), QStringLiteral("99%"));
    QCOMPARE(ShareFormat::percent(2.0 / 3, en), QStringLiteral("67%"));
    QCOMPARE(ShareFormat::fromPercent(33.3, en), QStringLiteral("33%"));
    QCOMPARE(ShareFormat::percent(1.0 / 3, de), QStringLiteral("33\u00A0%"));
    QCOMPARE(ShareFormat::percent(0.001, de), QStringLiteral("<1\u00A0%"));
    QCOMPARE(ShareFormat::percent(std::nan(""), en), QStringLiteral("0%"));
}

void tst_Charts::sharesAreWholePercentsEverywhere()
{
    // Before: nine people, thirds and ninths (11.1%, 22.2%, 33.3%); after: 201 people, one of
    // them alone at the first stage (0.5%). Every percent on the chart, in its description
    // and in the report is written by the same rule: whole numbers, "<1%" for the one.
    ChartFixture f;
    f.createSession(QStringLiteral("Shares"), QDate(2026, 3, 3), 5, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.baseline, std::array<int, 5>{1, 2, 3, 2, 1});
    f.answer(f.after, std::array<int, 5>{1, 40, 50, 60, 50});
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("before-after"), 0,
                                                         ChartPresentation::Projector));
    view->resize(1280, 720);
    view->show();
    charts.flush();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(!view->isSuppressed());
    const QRegularExpression whole(QStringLiteral("^(<1|[0-9]{1,3})%$"));
    QStringList percents;
    for (const QString &text : visibleTexts(view.get()))
        if (text.endsWith(QLatin1Char('%')) && !text.contains(QLatin1Char('(')))
            percents.append(text);
    QCOMPARE(percents.size(), 10); // a label on every bar
    for (const QString &text : percents)
        QVERIFY2(whole.match(text).hasMatch(), qPrintable(percents.join(QLatin1Char('|'))));
    QVERIFY2(percents.contains(QStringLiteral("<1%")), qPrintable(percents.join(QLatin1Char('|'))));
    QVERIFY2(percents.contains(QStringLiteral("33%")), qPrintable(percents.join(QLatin1Char('|'))));
    // Each label stands over its own bar: ten different places.
    QSet<int> xs;
    for (QGraphicsItem *item : view->chart()->scene()->items())
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            if (simple->isVisible() && simple->text().endsWith(QLatin1Char('%')))
                xs.insert(qRound(simple->sceneBoundingRect().center().x()));
    QCOMPARE(xs.size(), 10);
    // The description says the same numbers.
    const QString description = view->accessibleDescription();
    QVERIFY2(description.contains(QStringLiteral("<1%")), qPrintable(description));
    QVERIFY2(!description.contains(QRegularExpression(QStringLiteral("[0-9][.,][0-9]+%"))),
             qPrintable(description));
}

void tst_Charts::decisionOptionsRunTopDown()
{
    // A horizontal bar chart lists the options as the list beside it does: the first on top.
    // Checked on the rendered pixels, since the axis may say one thing and the bars another.
    ChartFixture f;
    f.createSession(QStringLiteral("Order"), QDate(2026, 4, 1), 3);
    const qint64 id = f.add(ChartFixture::decision(
        QStringLiteral("order"), QStringLiteral("What do you do?"),
        {{QStringLiteral("first"), ChartFixture::stageKey(0), QStringLiteral("First option")},
         {QStringLiteral("second"), ChartFixture::stageKey(2), QStringLiteral("Second option")},
         {QStringLiteral("third"), ChartFixture::stageKey(4), QStringLiteral("Third option")}}));
    f.model.changeTally(id, QStringLiteral("first"), 4);
    f.model.changeTally(id, QStringLiteral("second"), 4);
    f.model.changeTally(id, QStringLiteral("third"), 4);
    SessionCharts charts(&f.model);
    for (const ChartPresentation presentation :
         {ChartPresentation::Console, ChartPresentation::Projector}) {
        std::unique_ptr<ChartView> view(
            ChartFactory::create(&charts, QStringLiteral("decisions"), id, presentation));
        auto *chart = qobject_cast<DecisionChart *>(view.get());
        QVERIFY(chart);
        view->resize(900, 600);
        view->show();
        charts.flush();
        QCoreApplication::processEvents();
        QVERIFY(!view->isSuppressed());
        const QImage image = view->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        QList<qreal> tops;
        for (int option = 0; option < 3; ++option) {
            QBarSet *set = chart->bars()->barSets().at(option);
            // The topmost pixel row, on the middle of the bar's length, in the set's colour.
            const QPointF start = chart->chart()->mapToPosition(QPointF(0, 0), chart->bars());
            const QPointF end = chart->chart()->mapToPosition(QPointF(4, 0), chart->bars());
            const int x =
                int(view->mapFromScene(QPointF((start.x() + end.x()) / 2, 0)).x() * ratio);
            int top = -1;
            for (int y = 0; y < image.height() && top < 0; ++y)
                if (image.pixelColor(x, y).rgb() == set->color().rgb())
                    top = y;
            QVERIFY2(top >= 0, qPrintable(QStringLiteral("no bar for option %1").arg(option)));
            tops.append(top);
        }
        QVERIFY2(tops.at(0) < tops.at(1) && tops.at(1) < tops.at(2),
                 qPrintable(QStringLiteral("bar tops %1, %2, %3")
                                .arg(tops.at(0))
                                .arg(tops.at(1))
                                .arg(tops.at(2))));
        // The axis says the same: its top category is the first option's label.
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            chart->chart()->axes(Qt::Vertical, chart->bars()).value(0));
        QVERIFY(axis);
        QVERIFY2(axis->categories().constLast().contains(QLatin1String("First option")) !=
                     axis->isReverse(),
                 qPrintable(axis->categories().join(QLatin1Char('|'))));
        // And the description reads top to bottom too.
        const QString description = view->accessibleDescription();
        QVERIFY2(description.indexOf(QLatin1String("First option")) <
                     description.indexOf(QLatin1String("Third option")),
                 qPrintable(description));
    }
}

void tst_Charts::groupChoiceIsSaidInWords()
{
    // "The group chooses 2": one decision of the whole room, not one person's answer, so the
    // chart says what was chosen instead of asking for k answers.
    ChartFixture f;
    f.createSession(QStringLiteral("Group choice"), QDate(2026, 4, 1), 3);
    const qint64 id = f.add(ChartFixture::decision(
        QStringLiteral("review"), QStringLiteral("What do you do?"),
        {{QStringLiteral("quiet"), QStringLiteral("bystander"), QStringLiteral("Say nothing")},
         {QStringLiteral("raise"), QStringLiteral("advocate"), QStringLiteral("Raise it")}}));
    QString error;
    QVERIFY2(f.model.setGroupChoice(id, QStringLiteral("raise"), &error), qPrintable(error));
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(
        ChartFactory::create(&charts, QStringLiteral("decisions"), id, ChartPresentation::Console));
    view->resize(800, 500);
    charts.flush();
    QCoreApplication::processEvents();
    QVERIFY(view->isSuppressed());
    QVERIFY2(view->message().contains(QLatin1String("Raise it")), qPrintable(view->message()));
    QVERIFY(!view->message().contains(QLatin1String("at least")));

    // Votes as well: a count of people again, with the usual rule; the group's choice is still
    // said in words, and never counted as a vote.
    f.model.changeTally(id, QStringLiteral("quiet"), 1);
    charts.flush();
    QCoreApplication::processEvents();
    QVERIFY(view->isSuppressed());
    QVERIFY2(view->message().startsWith(ChartModel::thresholdText(3)), qPrintable(view->message()));
    QVERIFY(view->message().contains(QLatin1String("Raise it")));
    f.model.changeTally(id, QStringLiteral("quiet"), 2);
    charts.flush();
    QCoreApplication::processEvents();
    QVERIFY(!view->isSuppressed());
    QCOMPARE(view->model()->index(0, DecisionTallyModel::CountColumn).data().toInt(), 3);
    QCOMPARE(view->model()->index(1, DecisionTallyModel::CountColumn).data().toInt(), 0);
    QVERIFY2(view->note().contains(QLatin1String("Raise it")), qPrintable(view->note()));
}

void tst_Charts::cohortTrendEqualsStatistics()
{
    ChartFixture f;
    f.createCohort();
    SessionCharts charts(&f.model);
    QList<SessionData> sessions;
    for (const qint64 id : {f.kickOff, f.followUp})
        sessions.append({*f.store.session(id), f.store.questions(id), f.store.answers(id),
                         f.store.tallies(id), f.store.commitments(id)});
    sessions.append(dataOf(f.model));
    const QList<TrendPoint> expected = Statistics::cohortTrend(sessions);
    CohortTrendModel *model = charts.cohortTrend();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 4); // session, before, after, follow-up
    for (int r = 0; r < 3; ++r) {
        const TrendPoint &p = expected.at(r);
        QCOMPARE(model->index(r, CohortTrendModel::SessionColumn).data().toInt(), r + 1);
        const auto check = [&](int c, const Distribution *d) {
            const QModelIndex index = model->index(r, c);
            if (d && d->isShown()) {
                QCOMPARE(index.data().toDouble(), std::round(d->values()->mean * 100.0) / 100.0);
            } else {
                QVERIFY(!index.data().isValid());
            }
        };
        check(CohortTrendModel::BaselineColumn, &p.baseline);
        check(CohortTrendModel::AfterColumn, &p.after);
        check(CohortTrendModel::FollowUpColumn, p.followUp ? &*p.followUp : nullptr);
    }
    // The workshop is the middle session (by date); its after line point is there.
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("cohort-trend"), 0,
                                                         ChartPresentation::Console));
    auto *chart = qobject_cast<TrendChart *>(view.get());
    QVERIFY(chart);
    QCOMPARE(chart->lines().size(), 3);
    QCOMPARE(chart->lines().at(2)->count(), 1); // follow-up: one session asked it
    QCOMPARE(chart->lines().at(2)->at(0).x(), 3.0);
}

void tst_Charts::renamedLabelsAreUsed()
{
    ChartFixture f;
    f.createWorkshop(5, {{QStringLiteral("performative-ally"), QStringLiteral("Visible ally")}});
    SessionCharts charts(&f.model);
    QCOMPARE(charts.distribution()->headerData(2, Qt::Vertical).toString(),
             QStringLiteral("Visible ally"));
    QCOMPARE(charts.beforeAfter()->headerData(2, Qt::Vertical).toString(),
             QStringLiteral("Visible ally"));
    QCOMPARE(charts.decision(f.decision1)
                 ->headerData(2, Qt::Vertical, ChartRoles::StageLabelRole)
                 .toString(),
             QStringLiteral("Visible ally"));
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("distribution"), 0,
                                                         ChartPresentation::Projector));
    view->resize(1600, 900);
    view->show();
    QCoreApplication::processEvents();
    QVERIFY2(visibleTexts(view.get()).join(QLatin1Char(' ')).contains(QLatin1String("Visible")),
             qPrintable(visibleTexts(view.get()).join(QLatin1Char('|'))));
    QVERIFY(view->accessibleDescription().contains(QLatin1String("Visible ally")));
    QVERIFY(!view->accessibleDescription().contains(QLatin1String("Performative")));

    // Renaming during the session follows through.
    Session s = f.model.session();
    s.stageLabels.insert(QStringLiteral("bystander"), QStringLiteral("Onlooker"));
    QString error;
    QVERIFY(f.model.updateSession(s, &error));
    charts.flush();
    QCOMPARE(charts.distribution()->headerData(0, Qt::Vertical).toString(),
             QStringLiteral("Onlooker"));
    QCoreApplication::processEvents();
    QVERIFY(view->accessibleDescription().contains(QLatin1String("Onlooker")));
}

void tst_Charts::withheldModelsHoldNoNumbers_data()
{
    modelsPassTheTester_data();
}

void tst_Charts::withheldModelsHoldNoNumbers()
{
    QFETCH(QString, name);
    ChartFixture f;
    createSmallSession(f);
    SessionCharts charts(&f.model);
    ChartModel *model = charts.model(name, name == QLatin1String("decisions") ? f.decision1 : 0);
    QVERIFY(model->isSuppressed());
    QCOMPARE(model->threshold(), 5);
    QVERIFY(model->note().isEmpty()); // not even how many answered
    const int first = name == QLatin1String("cohort-trend") ? CohortTrendModel::BaselineColumn : 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = first; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            QVERIFY2(!index.data().isValid(), qPrintable(index.data().toString()));
            QVERIFY(index.data(ChartRoles::SuppressedRole).toBool());
            QCOMPARE(index.data(ChartRoles::ThresholdRole).toInt(), 5);
        }
    }
    for (int c = first; c < model->columnCount(); ++c)
        QVERIFY(!model->headerData(c, Qt::Horizontal)
                     .toString()
                     .contains(QRegularExpression(QStringLiteral("\\d"))));
    if (auto *d = qobject_cast<DistributionModel *>(model)) {
        QVERIFY(!d->median());
        QVERIFY(d->medianText().isEmpty());
    }
    QCOMPARE(model->thresholdText(), QStringLiteral("Needs at least 5 answers"));
}

void tst_Charts::withheldChartsShowOnlyTheMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("presentation");
    for (const QString &name : SessionCharts::chartNames()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" console")))
            << name << int(ChartPresentation::Console);
        QTest::newRow(qPrintable(name + QStringLiteral(" projector")))
            << name << int(ChartPresentation::Projector);
    }
}

void tst_Charts::withheldChartsShowOnlyTheMessage()
{
    QFETCH(QString, name);
    QFETCH(int, presentation);
    ChartFixture f;
    createSmallSession(f, 7); // k = 7: the message must carry the real k
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(
        ChartFactory::create(&charts, name, name == QLatin1String("decisions") ? f.decision1 : 0,
                             ChartPresentation(presentation)));
    view->resize(1200, 700);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCoreApplication::processEvents();

    QVERIFY(view->isSuppressed());
    QCOMPARE(view->message(), QStringLiteral("Needs at least 7 answers"));
    QCOMPARE(barCount(view.get()), 0);
    // Nothing on screen carries a number but the message's k: no counts, no axis ticks,
    // no percentages.
    const QStringList texts = visibleTexts(view.get());
    QVERIFY(texts.contains(QStringLiteral("Needs at least 7 answers")));
    for (const QString &text : texts) {
        if (text == view->message())
            continue;
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(text));
    }
    QCOMPARE(view->accessibleDescription(), QStringLiteral("Needs at least 7 answers"));
    QCOMPARE(view->summary(), QStringLiteral("Needs at least 7 answers"));

    // The exported files say the same and nothing more.
    const QByteArray svg = ChartExporter::render(view.get(), ChartExporter::Format::Svg);
    QVERIFY(svg.contains("Needs at least 7 answers"));
    QVERIFY(!svg.contains("%"));

    // Enough answers later, the same view shows the chart.
    for (int i = 0; i < 7; ++i) {
        const QString token = QStringLiteral("late%1").arg(i);
        f.record(f.baseline, token, ChartFixture::stageKey(i % 5));
        f.record(f.after, token, ChartFixture::stageKey(i % 5));
        f.record(f.decision1, token, ChartFixture::decision1Options().at(i % 4).key);
    }
    charts.flush();
    QCoreApplication::processEvents();
    QVERIFY(!view->isSuppressed());
    QVERIFY(barCount(view.get()) > 0);
    QVERIFY(view->message().isEmpty());
}

void tst_Charts::partlyWithheldComparison()
{
    ChartFixture f;
    f.createSession(QStringLiteral("Half"), QDate(2026, 3, 3), 5, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.baseline, std::array<int, 5>{1, 2, 3, 2, 1});
    f.answer(f.after, std::array<int, 5>{0, 1, 1, 1, 0}); // three: below k
    SessionCharts charts(&f.model);
    StageComparisonModel *model = charts.beforeAfter();
    QVERIFY(!model->isSuppressed());
    QVERIFY(!model->isColumnSuppressed(0));
    QVERIFY(model->isColumnSuppressed(1));
    QVERIFY(!model->note().contains(QLatin1String("moved"))); // no transitions from three pairs
    QVERIFY(!model->note().contains(QLatin1String("After:")));
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("before-after"), 0,
                                                         ChartPresentation::Console));
    auto *chart = qobject_cast<StageComparisonChart *>(view.get());
    QCOMPARE(chart->bars()->count(), 1); // only "before"
    QVERIFY2(chart->note().contains(SessionKeys::phaseLabel(Phase::After) +
                                    QStringLiteral(" \u2014 Needs at least 5 answers")),
             qPrintable(chart->note()));

    // Two more answers after: the second group appears in the same chart.
    f.record(f.after, QStringLiteral("p4"), ChartFixture::stageKey(3));
    f.record(f.after, QStringLiteral("p5"), ChartFixture::stageKey(4));
    charts.flush();
    QCoreApplication::processEvents();
    QCOMPARE(chart->bars()->count(), 2);
    QVERIFY(!chart->note().contains(QLatin1String("Needs at least")));
}

void tst_Charts::modelsUpdateInPlace()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    DistributionModel *model = charts.distribution(f.baseline);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    f.record(f.baseline, QStringLiteral("newcomer"), ChartFixture::stageKey(4));
    QVERIFY(charts.isPending()); // coalesced: nothing recomputed yet
    QCOMPARE(changes.size(), 0);
    QTRY_VERIFY(!charts.isPending());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model->index(4, DistributionModel::CountColumn).data().toInt(),
             ChartFixture::Baseline[4] + 1);
    // A recompute that changes nothing emits nothing.
    charts.recompute();
    QCOMPARE(changes.size(), 1);
}

void tst_Charts::burstIsCoalesced()
{
    ChartFixture f;
    f.createSession(QStringLiteral("Keynote"), QDate(2026, 3, 3), 5, QString());
    const qint64 q =
        f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Where are you?")));
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("distribution"), q,
                                                         ChartPresentation::Projector));
    view->resize(1280, 720);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCoreApplication::processEvents();

    struct PaintCounter : QObject
    {
        int paints = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++paints;
            return false;
        }
    } counter;
    view->viewport()->installEventFilter(&counter);
    const int recomputesBefore = charts.recomputeCount();

    // A thousand answers spread over one second, as a room full of phones would send them.
    constexpr int Answers = 1000;
    int sent = 0;
    QElapsedTimer clock;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(1);
    connect(&feeder, &QTimer::timeout, this, [&] {
        const qint64 due = std::min<qint64>(Answers, (clock.elapsed() + 1) * Answers / 1000);
        for (; sent < due; ++sent)
            f.record(q, QStringLiteral("phone%1").arg(sent), ChartFixture::stageKey(sent % 5));
        if (sent >= Answers)
            feeder.stop();
    });
    clock.start();
    feeder.start();
    QTRY_VERIFY_WITH_TIMEOUT(sent >= Answers, 10000);
    const qint64 burstMs = clock.elapsed();
    QTRY_VERIFY(!charts.isPending());
    QCoreApplication::processEvents();

    const int recomputes = charts.recomputeCount() - recomputesBefore;
    const double seconds = std::max<qint64>(burstMs, 1000) / 1000.0;
    qInfo("burst of %d answers in %lld ms: %d recomputes, %d repaints", Answers, burstMs,
          recomputes, counter.paints);
    QVERIFY2(recomputes <= int(std::ceil(60 * seconds)) + 1,
             qPrintable(QString::number(recomputes)));
    QVERIFY2(counter.paints <= int(std::ceil(60 * seconds)) + 1,
             qPrintable(QString::number(counter.paints)));
    QVERIFY(recomputes >= 2); // and it did follow the burst, not just its end
    QCOMPARE(charts.distribution(q)->index(0, 0).data().toInt(), Answers / 5);
}

void tst_Charts::projectorViewForQuestion()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    // What the audience window asks for: chart NAME for question ID, projector presentation.
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("distribution"),
                                                         f.baseline, ChartPresentation::Projector));
    QVERIFY(view);
    QCOMPARE(view->name(), QStringLiteral("distribution"));
    QCOMPARE(view->questionId(), f.baseline);
    QCOMPARE(view->presentation(), ChartPresentation::Projector);
    QCOMPARE(view->model(), charts.distribution(f.baseline));
    QCOMPARE(view->chart()->title(), QStringLiteral("Where are you today?"));
    view->resize(1920, 1080);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const int title = QFontInfo(view->chart()->titleFont()).pixelSize();
    QVERIFY2(title >= 3 * QFontInfo(view->font()).pixelSize(), qPrintable(QString::number(title)));
    view->resize(1280, 720); // a smaller window: smaller type, so that the labels still fit
    QTRY_VERIFY(QFontInfo(view->chart()->titleFont()).pixelSize() < title);
    QVERIFY(!ChartFactory::create(&charts, QStringLiteral("pie"), 0, ChartPresentation::Projector));
    QVERIFY(!ChartFactory::create(nullptr, QStringLiteral("distribution"), 0,
                                  ChartPresentation::Projector));
}

void tst_Charts::labelsAreNotCutShort_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("presentation");
    QTest::addColumn<QSize>("size");
    for (const QString &name : SessionCharts::chartNames()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" console 900x560")))
            << name << int(ChartPresentation::Console) << QSize(900, 560);
        QTest::newRow(qPrintable(name + QStringLiteral(" projector 1280x720")))
            << name << int(ChartPresentation::Projector) << QSize(1280, 720);
        QTest::newRow(qPrintable(name + QStringLiteral(" projector 1920x1080")))
            << name << int(ChartPresentation::Projector) << QSize(1920, 1080);
    }
}

// Qt Charts cuts a label that does not fit with "..."; ours are wrapped (or, for long option
// texts, shortened with "…" on purpose) so that a stage's name is always whole.
void tst_Charts::labelsAreNotCutShort()
{
    QFETCH(QString, name);
    QFETCH(int, presentation);
    QFETCH(QSize, size);
    ChartFixture f;
    f.createCohort();
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(
        ChartFactory::create(&charts, name, name == QLatin1String("decisions") ? f.decision2 : 0,
                             ChartPresentation(presentation)));
    view->resize(size);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    for (const QString &text : visibleTexts(view.get()))
        QVERIFY2(!text.contains(QLatin1String("...")), qPrintable(text));
}

void tst_Charts::accessibleDescriptions_data()
{
    modelsPassTheTester_data();
}

void tst_Charts::accessibleDescriptions()
{
    QFETCH(QString, name);
    ChartFixture f;
    f.createCohort();
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(
        ChartFactory::create(&charts, name, name == QLatin1String("decisions") ? f.decision1 : 0,
                             ChartPresentation::Console));
    QVERIFY(view->accessibleName().startsWith(QLatin1String("Chart: ")));
    const QString description = view->accessibleDescription();
    QVERIFY(!description.isEmpty());
    if (name == QLatin1String("distribution")) {
        QVERIFY2(description.contains(QLatin1String("Active ally: 10 people (42%)")),
                 qPrintable(description));
        QVERIFY(description.contains(QLatin1String("Median: Active ally")));
    } else if (name == QLatin1String("decisions")) {
        QVERIFY2(description.contains(QLatin1String("(Bystander): 7 votes")),
                 qPrintable(description));
    } else {
        QVERIFY2(description.contains(QLatin1String("Passive supporter")) ||
                     name == QLatin1String("cohort-trend"),
                 qPrintable(description));
    }
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
}

void tst_Charts::exportsOpenInOutsideTools_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const QString &name : SessionCharts::chartNames()) {
        for (const char *format : {"png", "svg", "pdf"})
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(format)))
                << name << QString::fromLatin1(format);
    }
}

void tst_Charts::exportsOpenInOutsideTools()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    ChartFixture f;
    f.createCohort(5, {{QStringLiteral("advocate"), QStringLiteral("Champion")}});
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("chart.") + format);
    QString error;
    const ChartExporter::Format fmt = *ChartExporter::formatFromName(format);
    QVERIFY2(ChartExporter::exportChart(
                 &charts, name, name == QLatin1String("decisions") ? f.decision2 : 0,
                 ChartPresentation::Console, QSize(1200, 700), fmt, path, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1); // no temporary files left

    // Every stage the chart names, with the renamed one under its new name.
    QStringList labels;
    for (const Stage &stage : charts.spectrum().stages())
        labels.append(stage.label);
    QVERIFY(labels.contains(QStringLiteral("Champion")));

    QString text;
    if (format == QLatin1String("png")) {
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(2400, 1400));
        text = image.text(QStringLiteral("Description")); // the chart as text, for tools
    } else if (format == QLatin1String("svg")) {
        if (!haveTool("rsvg-convert"))
            QSKIP("rsvg-convert (librsvg2-bin) is not installed");
        const QString png = out.filePath(QStringLiteral("rendered.png"));
        QCOMPARE(
            QProcess::execute(QStringLiteral("rsvg-convert"), {QStringLiteral("-o"), png, path}),
            0);
        QVERIFY(!QImage(png).isNull());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTextDocument decoder; // the SVG escapes text as XML
        decoder.setHtml(QString::fromUtf8(file.readAll()));
        text = decoder.toPlainText().simplified();
    } else {
        if (!haveTool("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is not installed");
        text = pdfText(path);
    }
    QVERIFY(!text.isEmpty());
    const QString flat = text.simplified();
    for (const QString &label : labels) {
        // Only the charts laid out by stage name every stage; the others name those they show.
        if (name == QLatin1String("decisions") || name == QLatin1String("cohort-trend") ||
            name == QLatin1String("distribution") || name == QLatin1String("before-after") ||
            name == QLatin1String("perception-gap"))
            QVERIFY2(flat.contains(label), qPrintable(label + QStringLiteral(" in ") + flat));
    }
}

void tst_Charts::pngIsTwiceTheWidgetSize()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    std::unique_ptr<ChartView> view(ChartFactory::create(&charts, QStringLiteral("before-after"), 0,
                                                         ChartPresentation::Console));
    view->resize(731, 457);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("shown.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(view.get(), ChartExporter::Format::Png, path, &error),
             qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), view->size() * 2);
    // Paper style: a white background whatever the screen's palette.
    QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white));
    // The live view was left as it was.
    QVERIFY(!view->isPaperStyle());
}

void tst_Charts::unwritablePathLeavesNoFile_data()
{
    QTest::addColumn<QString>("relative"); // under a temporary folder
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/chart.pdf");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
    QTest::newRow("under a file") << QStringLiteral("file.txt/chart.pdf");
}

void tst_Charts::unwritablePathLeavesNoFile()
{
    QFETCH(QString, relative);
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    QVERIFY(QDir(out.path()).mkdir(QStringLiteral("folder")));
    QFile file(out.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList before = QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const QString path = out.filePath(relative);

    QString error;
    QVERIFY(!ChartExporter::exportChart(&charts, QStringLiteral("distribution"), 0,
                                        ChartPresentation::Console, QSize(800, 500),
                                        ChartExporter::Format::Pdf, path, &error));
    // The message names the file or the folder that is the problem.
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
             qPrintable(error));
    const QString chartError = error;
    error.clear();
    SessionReport report(&charts);
    QVERIFY(!report.exportPdf(path, {}, &error));
    QCOMPARE(error, chartError);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(out.filePath(QStringLiteral("folder"))).isEmpty());
}

void tst_Charts::reportHasEverySection()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    ChartFixture f;
    f.createCohort();
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    SessionReport report(&charts);
    QList<int> steps;
    QString error;
    QVERIFY2(report.exportPdf(
                 path,
                 [&steps](int done, int) {
                     steps.append(done);
                     return true;
                 },
                 &error),
             qPrintable(error));
    QVERIFY(report.pageCount() >= 3);
    QVERIFY(steps.size() > 5);
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));

    const QString text = pdfText(path);
    QVERIFY(text.contains(QLatin1String("Allyship in finance")));
    // The date is written in the room's language, whatever the console's locale.
    QVERIFY(text.contains(
        RoomLanguage::current().locale().toString(QDate(2026, 3, 3), QLocale::LongFormat)));
    QVERIFY(text.contains(QLatin1String("finance-leads")));
    QVERIFY(text.contains(
        QLatin1String("Groups smaller than 5 are not shown, to keep answers anonymous.")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(report.pageCount())));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(report.pageCount())));
    // Charts, as vectors with their text.
    for (const QString &name : {QStringLiteral("before-after"), QStringLiteral("perception-gap"),
                                QStringLiteral("cohort-trend")})
        QVERIFY2(text.contains(SessionCharts::chartTitle(name)), qPrintable(name));
    // Per-decision tallies as tables, with the options' texts.
    QVERIFY(text.contains(
        QLatin1String("The deck with one name on it, decision 1 of 2 What do you do?")));
    QVERIFY(text.contains(QLatin1String("Say nothing. It is Fiona's team")));
    // Debrief questions of the scenario played.
    const ScenarioLibrary::Entry *scenario =
        charts.scenarioLibrary().find(QStringLiteral("credit-taken"));
    QVERIFY(scenario);
    QVERIFY(text.contains(scenario->scenario.debrief.nowWhat.first().simplified().left(40)));
    // Commitments (six people, k = 5).
    QVERIFY(text.contains(QLatin1String("Own my mistake when I get it wrong.")));
    // Every stage's next step.
    for (const Stage &stage : charts.spectrum().stages()) {
        QVERIFY(text.contains(stage.label));
        QVERIFY2(text.contains(stage.nextStep.simplified().left(30)), qPrintable(stage.nextStep));
    }
}

void tst_Charts::reportWithholdsCommitmentsBelowK()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    ChartFixture f;
    f.createWorkshop(10, {}, QString()); // six commitments, k = 10; no cohort
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    SessionReport report(&charts);
    QString error;
    QVERIFY2(report.exportPdf(path, {}, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(!text.contains(QLatin1String("Own my mistake")));
    QVERIFY(text.contains(QLatin1String("Commitments are listed once at least 10 people")));
    QVERIFY(!text.contains(SessionCharts::chartTitle(QStringLiteral("cohort-trend"))));
}

void tst_Charts::reportKeepsTheTextsTheSessionRan()
{
    // A scenario that was edited or removed after the workshop: the report still says what the
    // room was asked and debriefed, from what the session kept.
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    ChartFixture f;
    f.createSession(QStringLiteral("Kept texts"), QDate(2026, 4, 2), 3);
    Question q = ChartFixture::decision(
        QStringLiteral("review"), QStringLiteral("What do you do with the deck?"),
        {{QStringLiteral("quiet"), QStringLiteral("bystander"), QStringLiteral("Leave it as is")},
         {QStringLiteral("name"), QStringLiteral("active-ally"),
          QStringLiteral("Put her name on the title slide")}});
    q.scenarioId = QStringLiteral("a-removed-scenario");
    f.add(q);
    QString error;
    QVERIFY(f.model.keepScenario({QStringLiteral("a-removed-scenario"),
                                  QStringLiteral("The deck nobody signed"),
                                  {QStringLiteral("Who noticed the missing name first?")},
                                  {QStringLiteral("Whose work goes unseen here?")},
                                  {QStringLiteral("Which deck will you check next week?")}},
                                 &error));
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    SessionReport report(&charts);
    QVERIFY2(report.exportPdf(path, {}, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY2(text.contains(QLatin1String("The deck nobody signed")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Whose work goes unseen here?")));
    QVERIFY(text.contains(QLatin1String("What do you do with the deck?")));
    QVERIFY(!text.contains(QLatin1String("not in the library")));
}

void tst_Charts::cancelledReportWritesNothing()
{
    ChartFixture f;
    f.createWorkshop();
    SessionCharts charts(&f.model);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    SessionReport report(&charts);
    QString error;
    QVERIFY(!report.exportPdf(
        path, [](int done, int) { return done < 3; }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(out.path()).isEmpty());
}

void tst_Charts::commandLineExportNeedsNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "export --session ID"; @ is the folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("file");     // written, or empty when nothing may be
    QTest::addColumn<QString>("expected"); // in the file's text, or in the error

    const auto args = [](std::initializer_list<const char *> list) {
        QStringList l;
        for (const char *a : list)
            l.append(QString::fromUtf8(a));
        return l;
    };
    QTest::newRow("report") << args({"--format", "pdf", "--out", "@/report.pdf"}) << 0
                            << QStringLiteral("report.pdf") << QStringLiteral("Page 1 of");
    QTest::newRow("report, format from the name")
        << args({"--out", "@/r.PDF"}) << 0 << QStringLiteral("r.PDF")
        << QStringLiteral("The next step from each stage");
    QTest::newRow("chart png") << args({"--format", "png", "--chart", "distribution", "--out",
                                        "@/d.png"})
                               << 0 << QStringLiteral("d.png") << QStringLiteral("Active ally");
    QTest::newRow("chart svg") << args({"--format=svg", "--chart=before-after", "--out=@/ba.svg"})
                               << 0 << QStringLiteral("ba.svg")
                               << QStringLiteral("Passive supporter");
    QTest::newRow("chart pdf") << args({"--format", "pdf", "--chart", "decisions", "--out",
                                        "@/v.pdf"})
                               << 0 << QStringLiteral("v.pdf") << QStringLiteral("Votes");
    QTest::newRow("png needs a chart") << args({"--format", "png", "--out", "@/x.png"}) << 2
                                       << QString() << QStringLiteral("needs --chart NAME");
    QTest::newRow("unknown chart") << args({"--chart", "pie", "--out", "@/x.svg"}) << 2 << QString()
                                   << QStringLiteral("unknown chart \"pie\"");
    QTest::newRow("no such question")
        << args({"--chart", "decisions", "--question", "999", "--out", "@/x.svg"}) << 1 << QString()
        << QStringLiteral("has no question 999");
    QTest::newRow("missing folder")
        << args({"--out", "@/missing/r.pdf"}) << 1 << QString() << QStringLiteral("does not exist");
}

void tst_Charts::commandLineExportNeedsNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir data, out;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name)); // no display at all
    const auto upstander = [&](const QStringList &args, QString *stdOut, QString *stdErr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(UPSTANDER_BINARY), args);
        if (!p.waitForFinished(120000))
            return -1;
        *stdOut = QString::fromUtf8(p.readAllStandardOutput());
        *stdErr = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString stdOut, stdErr;
    QCOMPARE(upstander({QStringLiteral("demo"), QStringLiteral("--data-dir"), data.path()}, &stdOut,
                       &stdErr),
             0);
    const QString session = stdOut.trimmed();
    for (QString &a : arguments)
        a.replace(QLatin1Char('@'), out.path());
    QCOMPARE(upstander(QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"),
                                   data.path(), QStringLiteral("--session"), session} +
                           arguments,
                       &stdOut, &stdErr),
             exitCode);
    if (file.isEmpty()) {
        QVERIFY2(stdErr.contains(expected), qPrintable(stdErr));
        QVERIFY(QDir(out.path()).isEmpty());
        return;
    }
    QVERIFY2(stdErr.contains(QStringLiteral("exported to")), qPrintable(stdErr));
    const QString path = out.filePath(file);
    QString text;
    if (file.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), ChartExporter::defaultSize(ChartPresentation::Console) * 2);
        text = image.text(QStringLiteral("Description"));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        if (!haveTool("rsvg-convert"))
            QSKIP("rsvg-convert (librsvg2-bin) is not installed");
        QCOMPARE(
            QProcess::execute(QStringLiteral("rsvg-convert"),
                              {QStringLiteral("-o"), out.filePath(QStringLiteral("r.png")), path}),
            0);
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(svg.readAll());
    } else {
        if (!haveTool("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is not installed");
        text = pdfText(path);
    }
    QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
}

void tst_Charts::aCheckInIsNoChartOfStages()
{
    // "Did you do what you committed to?" has no stages: asked for as a distribution or a
    // decision chart, it is refused, not drawn as a chart of stages that "needs more answers".
    QTemporaryDir data, out;
    qint64 checkIn = 0;
    qint64 followUp = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(data.path(), &error), qPrintable(error));
        const auto demo =
            DemoSession::create(&store, QDate(2026, 3, 2), QStringLiteral("en"), &error);
        QVERIFY2(demo, qPrintable(error));
        const auto later = DemoSession::createFollowUp(&store, demo->sessionId, &error);
        QVERIFY2(later, qPrintable(error));
        followUp = later->sessionId;
        SessionModel model(&store);
        QVERIFY(model.load(followUp, &error));
        checkIn = SessionRules::checkInQuestion(model.questions())->id;
    }
    ChartExportCommand command;
    for (const char *chart : {"distribution", "decisions"}) {
        GraphicExport::Request request;
        request.dataFolder = data.path();
        request.sessionId = followUp;
        request.format = QStringLiteral("svg");
        request.out = out.filePath(QStringLiteral("chart.svg"));
        request.chart = QString::fromLatin1(chart);
        request.questionId = checkIn;
        const QString error = command.write(request);
        QVERIFY2(error.contains(QStringLiteral("has no question %1").arg(checkIn)),
                 qPrintable(error));
        QVERIFY(!QFile::exists(request.out));
    }
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
