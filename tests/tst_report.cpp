#include "chartfixture.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"
#include "export/sessionexport.h"
#include "session/demosession.h"
#include "stats/statistics.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

// The PDF report as HR reads it (issue 10, item 16), read back from the real file with
// poppler's tools: a summary on page 1 with the right numbers, decisions named with their
// scenario, no heading twice, k explained once in words, no half-empty page, few pages.
class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoSummaryOnPageOne();
    void demoLayout();
    void noAfterPhase();
    void belowK();
    void afterBelowK();
    void longWorkshopStaysOffTheFooter();
    void emptySession();

private:
    struct Pdf
    {
        QString path;
        int pages = 0;
        QStringList pageTexts; // pdftotext, per page, simplified
        QString text;          // all pages
    };
    // Exports the report of the session loaded in `model` and reads it back.
    Pdf exportReport(SessionModel *model, const QString &name);
    // The layout rules every report keeps.
    void verifyLayout(const Pdf &pdf, int maxPages);

    static QString run(const QString &program, const QStringList &args);
    // Bold lines at heading size (pdftohtml -xml), in reading order.
    static QStringList headings(const QString &pdf);
    // Per page, how far down its body the content reaches (0 … 1).
    static QList<double> fills(const QString &pdf);

    QTemporaryDir mOut;
};

namespace {

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

QString clean(QString text)
{
    // Qt's PDF keeps ligatures; the words are what matter here.
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

const QString KSentence =
    QStringLiteral("Groups smaller than 5 are not shown, to keep answers anonymous.");

} // namespace

void tst_Report::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const char *tool : {"pdftotext", "pdftohtml", "pdftoppm", "pdfinfo"}) {
        if (!haveTool(tool))
            QSKIP("poppler-utils is not installed");
    }
}

QString tst_Report::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

tst_Report::Pdf tst_Report::exportReport(SessionModel *model, const QString &name)
{
    SessionCharts charts(model);
    SessionReport report(&charts);
    Pdf pdf;
    pdf.path = mOut.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!report.exportPdf(pdf.path, {}, &error))
        qFatal("report not written: %s", qPrintable(error));
    // To look at them: UPSTANDER_KEEP_REPORTS=folder keeps a copy of each.
    const QString keep = qEnvironmentVariable("UPSTANDER_KEEP_REPORTS");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name + QStringLiteral(".pdf")));
        QFile::copy(pdf.path, QDir(keep).filePath(name + QStringLiteral(".pdf")));
    }
    const QString info = run(QStringLiteral("pdfinfo"), {pdf.path});
    pdf.pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    for (int page = 1; page <= pdf.pages; ++page) {
        const QString n = QString::number(page);
        pdf.pageTexts.append(
            clean(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"),
                                                    n, pdf.path, QStringLiteral("-")})));
    }
    pdf.text = pdf.pageTexts.join(QLatin1Char(' '));
    return pdf;
}

QStringList tst_Report::headings(const QString &pdf)
{
    // Body text is 10 pt; headings (and a chart's own title) are larger and bold.
    const QString xml =
        run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                          QStringLiteral("-stdout"), QStringLiteral("-q"), pdf});
    QXmlStreamReader reader(xml);
    QHash<QString, int> fontSize;
    QStringList result;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attr = reader.attributes();
        if (reader.name() == QLatin1String("fontspec")) {
            fontSize.insert(attr.value(QLatin1String("id")).toString(),
                            attr.value(QLatin1String("size")).toInt());
        } else if (reader.name() == QLatin1String("text")) {
            const int size = fontSize.value(attr.value(QLatin1String("font")).toString());
            const bool wide = attr.value(QLatin1String("width")).toInt() > 0; // not rotated
            QString inner;
            bool bold = false;
            while (!(reader.isEndElement() && reader.name() == QLatin1String("text")) &&
                   !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("b"))
                    bold = true;
                if (reader.isCharacters())
                    inner += reader.text();
            }
            if (bold && wide && size >= 18)
                result.append(clean(inner));
        }
    }
    return result;
}

QList<double> tst_Report::fills(const QString &pdf)
{
    QTemporaryDir dir;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), pdf,
         dir.filePath(QStringLiteral("p"))});
    QList<double> shares;
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("*.pgm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QImage image(dir.filePath(file));
        if (image.isNull())
            return {};
        // The footer (title and page number) is on every page: it does not fill one. The body
        // runs from the first row with ink (the top margin) to just above the footer.
        const int bottom = int(image.height() * 0.9);
        int first = -1;
        int last = -1;
        for (int y = 0; y < bottom; ++y) {
            const uchar *row = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (row[x] < 200) {
                    if (first < 0)
                        first = y;
                    last = y;
                    break;
                }
            }
        }
        shares.append(first < 0 ? 0.0 : double(last - first + 1) / (bottom - first));
    }
    return shares;
}

void tst_Report::verifyLayout(const Pdf &pdf, int maxPages)
{
    QVERIFY2(pdf.pages >= 1 && pdf.pages <= maxPages,
             qPrintable(QStringLiteral("%1 pages").arg(pdf.pages)));
    // k explained in words, once.
    QCOMPARE(pdf.text.count(KSentence), 1);
    QVERIFY(pdf.pageTexts.first().contains(KSentence));
    // Who moved between before and after is said once, in the summary, not again under the
    // chart below it.
    QVERIFY2(QString(pdf.text).simplified().count(QLatin1String("answered both times")) <= 1,
             "who moved is said twice");
    // No heading printed twice (a section's heading and its chart's title, say).
    const QStringList heads = headings(pdf.path);
    QVERIFY(!heads.isEmpty());
    QSet<QString> seen;
    for (const QString &h : heads) {
        QVERIFY2(!seen.contains(h), qPrintable(QStringLiteral("printed twice: ") + h));
        seen.insert(h);
    }
    // No half-empty pages: every page but the last filled more than half way down, the last
    // more than a third.
    const QList<double> fill = fills(pdf.path);
    QCOMPARE(fill.size(), pdf.pages);
    for (int i = 0; i < fill.size(); ++i) {
        const double least = i + 1 < fill.size() ? 0.5 : 1.0 / 3.0;
        QVERIFY2(fill[i] > least, qPrintable(QStringLiteral("page %1 of %2 is %3% full")
                                                 .arg(i + 1)
                                                 .arg(fill.size())
                                                 .arg(fill[i] * 100, 0, 'f', 0)));
    }
}

void tst_Report::demoSummaryOnPageOne()
{
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    const auto demo = DemoSession::create(&store, QDate(2026, 3, 3), QStringLiteral("en"), &error);
    QVERIFY2(demo, qPrintable(error));
    SessionModel model(&store);
    QVERIFY2(model.load(demo->sessionId, &error), qPrintable(error));
    const Pdf pdf = exportReport(&model, QStringLiteral("demo"));
    const QString page1 = pdf.pageTexts.first();

    // The numbers, worked out here from the statistics, not from the report.
    const std::optional<SessionData> data = SessionExport::load(store, demo->sessionId);
    QVERIFY(data);
    const SessionStatistics stats = Statistics::compute(*data);
    QSet<QString> tokens;
    for (const Answer &a : data->answers)
        tokens.insert(a.token);

    QVERIFY(page1.contains(DemoSession::title()));
    QVERIFY(page1.contains(QLocale().toString(QDate(2026, 3, 3), QLocale::LongFormat)));
    QVERIFY2(page1.contains(QStringLiteral("%1 people took part.").arg(tokens.size())),
             qPrintable(page1));
    // Before → after, in words: where the largest group stood before, and its size after.
    const Spectrum spectrum = Spectrum::standard();
    const DistributionValues *before = stats.beforeAfter.baseline.values();
    const DistributionValues *after = stats.beforeAfter.after.values();
    QVERIFY(before && after);
    const auto top = std::max_element(before->counts.cbegin(), before->counts.cend());
    QVERIFY2(page1.contains(QStringLiteral("Before the scenarios, the largest group (%1 of %2) "
                                           "placed themselves at “%3”; afterwards, ")
                                .arg(*top)
                                .arg(before->total)
                                .arg(spectrum.at(int(top - before->counts.cbegin())).label)),
             qPrintable(page1));
    const int topAfter = *std::max_element(after->counts.cbegin(), after->counts.cend());
    QVERIFY(page1.contains(QStringLiteral("(%1 of %2)").arg(topAfter).arg(after->total)));
    const TransitionValues *t = stats.beforeAfter.transitions.values();
    QVERIFY(t);
    QVERIFY(page1.contains(QStringLiteral("Of the %1 people who answered both times, %2 moved "
                                          "further along, %3 stayed where they were and %4 moved "
                                          "back.")
                               .arg(t->pairs)
                               .arg(t->movedUp)
                               .arg(t->unchanged)
                               .arg(t->movedDown)));
    // The perception gap in one sentence.
    const PerceptionGapValues *g = stats.perceptionGap.values.values();
    QVERIFY(g);
    QVERIFY(g->meanGap > 0); // the demo's crowd overrates itself
    QVERIFY2(page1.contains(QStringLiteral("People placed themselves %1 stages further along, on "
                                           "average, than the options they chose in the "
                                           "scenarios: %2 of %3 saw themselves at least one "
                                           "stage higher than their choices.")
                                .arg(QLocale().toString(g->meanGap, 'f', 1))
                                .arg(g->seesSelfHigher)
                                .arg(g->participants)),
             qPrintable(page1));
    // The scenarios run, in order, and the path through each.
    const QList<ScenarioSnapshot> &scenarios = model.scenarios();
    QCOMPARE(scenarios.size(), DemoSession::scenarioIds().size());
    qsizetype at = -1;
    for (const ScenarioSnapshot &s : scenarios) {
        const qsizetype found = page1.indexOf(s.title);
        QVERIFY2(found > at, qPrintable(s.title));
        at = found;
    }
    for (const DecisionTally &d : stats.decisions) {
        const DecisionCounts *c = d.counts.values();
        QVERIFY(c);
        const int most = *std::max_element(c->counts.cbegin(), c->counts.cend());
        QVERIFY2(
            page1.contains(QStringLiteral("chosen by %1 of %2.").arg(most).arg(c->total)) ||
                page1.contains(QStringLiteral("chosen by %1 each, of %2.").arg(most).arg(c->total)),
            qPrintable(d.prompt));
    }
    QVERIFY(page1.contains(KSentence));
}

void tst_Report::demoLayout()
{
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    const auto demo = DemoSession::create(&store, QDate(2026, 3, 3), QStringLiteral("en"), &error);
    QVERIFY2(demo, qPrintable(error));
    SessionModel model(&store);
    QVERIFY2(model.load(demo->sessionId, &error), qPrintable(error));
    const Pdf pdf = exportReport(&model, QStringLiteral("demo-layout"));
    // One morning: a summary page and the details, not eight pages.
    verifyLayout(pdf, 5);
    if (QTest::currentTestFailed())
        return;

    // Each decision's heading names its scenario.
    QStringList titles;
    for (const ScenarioSnapshot &s : model.scenarios())
        titles.append(s.title);
    int decisionHeadings = 0;
    for (const QString &h : headings(pdf.path)) {
        static const QRegularExpression decision(QStringLiteral("\\bdecision \\d"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (!h.contains(decision))
            continue;
        ++decisionHeadings;
        QVERIFY2(std::any_of(titles.cbegin(), titles.cend(),
                             [&h](const QString &t) { return h.contains(t); }),
                 qPrintable(h));
    }
    int decisions = 0;
    for (const Question &q : model.questions())
        decisions += q.kind == QuestionKind::Decision ? 1 : 0;
    QCOMPARE(decisionHeadings, decisions);
    // The details are all there, after the summary.
    for (const Question &q : model.questions()) {
        if (q.kind == QuestionKind::Decision)
            QVERIFY2(!pdf.pageTexts.first().contains(q.prompt.simplified()) &&
                         pdf.text.contains(q.prompt.simplified()),
                     qPrintable(q.prompt));
    }
    QVERIFY(pdf.text.contains(SessionCharts::chartTitle(QStringLiteral("before-after"))));
    QVERIFY(pdf.text.contains(SessionCharts::chartTitle(QStringLiteral("perception-gap"))));
}

void tst_Report::noAfterPhase()
{
    ChartFixture f;
    f.createSession(QStringLiteral("Morning without a closing round"), QDate(2026, 5, 5), 5,
                    QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.decision1 =
        f.add(ChartFixture::decision(QStringLiteral("review"), QStringLiteral("What do you do?"),
                                     ChartFixture::decision1Options()));
    f.answer(f.baseline, ChartFixture::Baseline);
    f.answer(f.decision1, ChartFixture::Decision1);
    const Pdf pdf = exportReport(&f.model, QStringLiteral("no-after"));
    verifyLayout(pdf, 3);
    const QString page1 = pdf.pageTexts.first();
    QVERIFY2(page1.contains(QStringLiteral("The group did not place themselves again afterwards, "
                                           "so there is no before and after to compare.")),
             qPrintable(page1));
    // 24 people: 2, 5, 6, 8, 3 over the stages; active ally is the largest group.
    QVERIFY(page1.contains(QStringLiteral("Before the scenarios, the largest group (8 of 24) "
                                          "placed themselves at “Active ally”.")));
    QVERIFY(page1.contains(QStringLiteral("24 people took part.")));
    QVERIFY(!page1.contains(QStringLiteral("moved further along")));
}

void tst_Report::belowK()
{
    // Four people, k = 5: nothing is shown, and the four is never printed.
    ChartFixture f;
    f.createSession(QStringLiteral("Small group"), QDate(2026, 3, 3), 5, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.decision1 = f.add(ChartFixture::decision(QStringLiteral("review"), QStringLiteral("Do?"),
                                               ChartFixture::decision1Options()));
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.baseline, std::array<int, 5>{1, 1, 0, 1, 1});
    f.answer(f.decision1, std::array<int, 4>{1, 1, 1, 1});
    f.answer(f.after, std::array<int, 5>{0, 1, 1, 1, 1});
    const Pdf pdf = exportReport(&f.model, QStringLiteral("below-k"));
    verifyLayout(pdf, 2);
    const QString page1 = pdf.pageTexts.first();
    QVERIFY2(page1.contains(QStringLiteral("Fewer than 5 people took part, so none of their "
                                           "answers are shown.")),
             qPrintable(page1));
    QVERIFY(page1.contains(QStringLiteral("fewer than 5 people chose an option")));
    for (const QString &leak : {QStringLiteral("4 people"), QStringLiteral("of 4"),
                                QStringLiteral("4 votes"), QStringLiteral("25%")})
        QVERIFY2(!pdf.text.contains(leak), qPrintable(leak));
}

void tst_Report::afterBelowK()
{
    // Seven people before, three after: the before is shown, the after is said in words.
    ChartFixture f;
    f.createSession(QStringLiteral("Some left early"), QDate(2026, 3, 3), 5, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.decision1 = f.add(ChartFixture::decision(QStringLiteral("review"), QStringLiteral("Do?"),
                                               ChartFixture::decision1Options()));
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.baseline, std::array<int, 5>{1, 1, 0, 4, 1});
    f.answer(f.decision1, std::array<int, 4>{2, 2, 2, 1});
    f.answer(f.after, std::array<int, 5>{0, 1, 0, 2, 0});
    const Pdf pdf = exportReport(&f.model, QStringLiteral("after-below-k"));
    verifyLayout(pdf, 3);
    const QString page1 = pdf.pageTexts.first();
    QVERIFY2(page1.contains(QStringLiteral("Before the scenarios, most people (4 of 7) placed "
                                           "themselves at “Active ally”.")),
             qPrintable(page1));
    QVERIFY(page1.contains(QStringLiteral("Afterwards, fewer than 5 people placed themselves, "
                                          "too few to show.")));
    for (const QString &leak : {QStringLiteral("(3 of"), QStringLiteral("of 3)"),
                                QStringLiteral("3 people"), QStringLiteral("After: 3")})
        QVERIFY2(!pdf.text.contains(leak), qPrintable(leak));
}

void tst_Report::longWorkshopStaysOffTheFooter()
{
    // A whole day: eight scenarios of three decisions each. The summary runs over the page and
    // nothing is drawn over the footer.
    ChartFixture f;
    f.createSession(QStringLiteral("A long day"), QDate(2026, 6, 1), 5, QString());
    f.baseline = f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Today?")));
    f.answer(f.baseline, ChartFixture::Baseline);
    const QStringList ids{
        QStringLiteral("amplify-overlooked-idea"), QStringLiteral("banter-joke"),
        QStringLiteral("biased-shortlist"),        QStringLiteral("client-introduction"),
        QStringLiteral("erg-no-budget"),           QStringLiteral("mispronounced-name"),
        QStringLiteral("owning-a-mistake"),        QStringLiteral("stretch-project")};
    for (const QString &id : ids) {
        for (int d = 0; d < 3; ++d) {
            Question q = ChartFixture::decision(QStringLiteral("scene-%1").arg(d),
                                                QStringLiteral("What do you do at %1?").arg(d),
                                                ChartFixture::decision1Options());
            q.scenarioId = id;
            f.answer(f.add(q), ChartFixture::Decision1);
        }
    }
    f.after = f.add(ChartFixture::selfPlacement(Phase::After, QStringLiteral("Now?")));
    f.answer(f.after, ChartFixture::After);
    const Pdf pdf = exportReport(&f.model, QStringLiteral("long-day"));
    QVERIFY(pdf.pages >= 2);

    const QString xml = run(QStringLiteral("pdftohtml"),
                            {QStringLiteral("-xml"), QStringLiteral("-i"),
                             QStringLiteral("-stdout"), QStringLiteral("-q"), pdf.path});
    QXmlStreamReader reader(xml);
    int page = 0;
    int pageHeight = 0;
    int footerTop = -1;                   // where "Page n of m" starts on this page
    QList<std::pair<int, QString>> texts; // top, text
    const auto check = [&] {
        QVERIFY2(footerTop > 0, qPrintable(QStringLiteral("page %1 has no footer").arg(page)));
        for (const auto &[top, text] : std::as_const(texts)) {
            if (text == QLatin1String("A long day") || text.startsWith(QLatin1String("Page ")))
                continue;
            QVERIFY2(top < footerTop - 4,
                     qPrintable(QStringLiteral("page %1: \"%2\" at %3, footer at %4")
                                    .arg(page)
                                    .arg(text)
                                    .arg(top)
                                    .arg(footerTop)));
        }
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("page")) {
            if (page > 0) {
                check();
                if (QTest::currentTestFailed())
                    return;
            }
            ++page;
            pageHeight = reader.attributes().value(QLatin1String("height")).toInt();
            footerTop = -1;
            texts.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("text")) {
            const int top = reader.attributes().value(QLatin1String("top")).toInt();
            const QString text =
                clean(reader.readElementText(QXmlStreamReader::IncludeChildElements));
            if (text.startsWith(QLatin1String("Page ")) && top > pageHeight / 2)
                footerTop = top;
            texts.append({top, text});
        }
    }
    check();
}

void tst_Report::emptySession()
{
    // Exported before anyone answered: one page that says so, and nothing broken.
    ChartFixture f;
    f.createSession(QStringLiteral("Not started"), QDate(2026, 6, 2), 5, QString());
    const Pdf pdf = exportReport(&f.model, QStringLiteral("empty"));
    verifyLayout(pdf, 1);
    const QString page1 = pdf.pageTexts.first();
    for (const QString &sentence :
         {QStringLiteral("Nobody has answered yet."), QStringLiteral("No scenario was played."),
          QStringLiteral("The group was not asked where they place themselves on the spectrum, so "
                         "there is no before and after."),
          QStringLiteral("There is no gap between self-view and choices to report")})
        QVERIFY2(page1.contains(sentence), qPrintable(sentence));
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
