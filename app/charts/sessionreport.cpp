#include "charts/sessionreport.h"
#include "stats/shareformat.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartmodel.h"
#include "charts/chartroles.h"
#include "charts/chartview.h"
#include "charts/cohorttrendmodel.h"
#include "charts/decisiontallymodel.h"
#include "charts/sessioncharts.h"

#include "session/sessionrules.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <memory>

struct SessionReport::Block
{
    enum class Kind { Text, Chart };
    Kind kind = Kind::Text;
    QString html;  // Text
    QString chart; // Chart: its name
    qint64 questionId = 0;
    qreal chartHeight = 0;
    bool keepWithNext = false; // a heading stays with what follows it
    qreal spaceAfter = 8.0;    // logical pixels; less between the parts of one list
    // Drawn above the block when it starts a page: what it continues (a table's heading).
    QString continuedHtml;
    qreal continuedHeight = 0;
    // Set by pagination:
    bool continued = false; // starts a page, under its continuedHtml
    int page = 0;
    qreal y = 0;
    qreal height = 0;
};

namespace {

// The report is laid out in logical pixels (1/96 inch) whatever the device's resolution.
constexpr qreal LayoutDpi = 96.0;
constexpr qreal ListSpacing = 2.0;
constexpr qreal FooterHeight = 24.0;

const QString StyleSheet =
    QStringLiteral("h1 { font-size: 20pt; font-weight: bold; margin-bottom: 2px; }"
                   "h2 { font-size: 14pt; font-weight: bold; margin-top: 10px; }"
                   "h3 { font-size: 11pt; font-weight: bold; margin-top: 4px; }"
                   "p, li { font-size: 10pt; }"
                   "ol li { font-size: 11pt; margin-bottom: 6px; }"
                   "p.part { margin-top: 0px; margin-bottom: 0px; }"
                   "ul { margin-top: 0px; margin-bottom: 0px; }"
                   "td, th { font-size: 9pt; }"
                   "td.bar { font-size: 7pt; }"
                   "th { text-align: left; background-color: #eeeeee; }"
                   ".muted { color: #444444; }");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A table row with its cells in reading order: Qt's rich text lays out a table's columns from
// the left whatever the text's direction, so a right-to-left room gets them reversed.
QString tableRow(QStringList cells)
{
    if (RoomLanguage::current().isRightToLeft())
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

std::unique_ptr<QTextDocument> document(const QString &html, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(StyleSheet);
    QFont font = doc->defaultFont();
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    // Paragraphs, lists and tables run in the room's direction: an Arabic report puts its list
    // numbers on the right, and a paragraph that starts with a Latin name is still Arabic.
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(RoomLanguage::current().direction());
    doc->setDefaultTextOption(option);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

void drawDocument(QPainter *painter, QTextDocument *doc, const QPointF &at)
{
    painter->save();
    painter->translate(at);
    QAbstractTextDocumentLayout::PaintContext context;
    // Paper is white, whatever the screen's palette says.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::WindowText, Qt::black);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

// Above a part that starts a page: what it continues.
QString continued(const QString &heading)
{
    return QStringLiteral("<p class=\"muted\">%1</p>")
        .arg(RoomLanguage::emphasised(esc(SessionReport::roomTr("%1 (continued)").arg(heading))));
}

} // namespace

SessionReport::SessionReport(SessionCharts *charts) : mCharts(charts) {}

SessionReport::~SessionReport() = default;

void SessionReport::addText(const QString &html, bool keepWithNext, qreal spaceAfter)
{
    Block b;
    b.html = html;
    b.keepWithNext = keepWithNext;
    if (spaceAfter >= 0)
        b.spaceAfter = spaceAfter;
    mBlocks.append(b);
}

void SessionReport::addChart(const QString &name, qint64 questionId, qreal height,
                             bool keepWithNext)
{
    // A chart with nothing it may show would be an empty frame on paper: a sentence instead.
    const ChartModel *model = mCharts->model(name, questionId);
    if (model && model->isSuppressed()) {
        addText(QStringLiteral("<p>%1</p>")
                    .arg(esc(roomTr("Fewer than %1 people answered, so this chart is not shown.")
                                 .arg(mCharts->threshold()))),
                keepWithNext);
        return;
    }
    Block b;
    b.keepWithNext = keepWithNext;
    b.kind = Block::Kind::Chart;
    b.chart = name;
    b.questionId = questionId;
    b.chartHeight = height;
    mBlocks.append(b);
}

QList<ScenarioSnapshot> SessionReport::scenariosRun() const
{
    // As the session ran them; the library only for sessions from before the texts were kept.
    QStringList ids;
    for (const ScenarioSnapshot &s : mCharts->session()->scenarios())
        ids.append(s.scenarioId);
    for (const Question &q : mCharts->session()->questions()) {
        if (!q.scenarioId.isEmpty() && !ids.contains(q.scenarioId))
            ids.append(q.scenarioId);
    }
    QList<ScenarioSnapshot> run;
    for (const QString &id : std::as_const(ids)) {
        if (const ScenarioSnapshot *snapshot = mCharts->session()->scenario(id))
            run.append(*snapshot);
        else if (const ScenarioLibrary::Entry *entry = mCharts->scenarioLibrary().find(id))
            run.append(SessionRules::snapshotOf(entry->scenario));
        else
            run.append({id, id, {}, {}, {}}); // its title is gone: its id stands in
    }
    return run;
}

ReportSummary SessionReport::summary() const
{
    const SessionModel *model = mCharts->session();
    SessionData data{model->session(), model->questions(), model->answers(), model->tallies(),
                     model->commitments()};
    // Option texts as the room read them, from the scenario for sessions that did not keep them.
    for (Question &q : data.questions) {
        if (q.kind != QuestionKind::Decision)
            continue;
        const QStringList texts = mCharts->optionTexts(q);
        for (int i = 0; i < q.choices.size(); ++i) {
            if (q.choices[i].label.isEmpty())
                q.choices[i].label = texts.value(i);
        }
    }
    return ReportSummary::compute(data, mCharts->statistics(), scenariosRun(), mCharts->spectrum());
}

void SessionReport::build()
{
    mBlocks.clear();
    mCharts->flush();
    const ReportSummary s = summary();
    addSummary(s);

    const QList<Question> &questions = mCharts->session()->questions();
    const auto has = [&questions](QuestionKind kind) {
        return std::any_of(questions.cbegin(), questions.cend(),
                           [kind](const Question &q) { return q.kind == kind; });
    };
    const bool placed = has(QuestionKind::SelfPlacement);
    const bool decided = has(QuestionKind::Decision);

    // The details, each section once, its heading above its chart and never twice.
    const bool placedAgain =
        std::any_of(questions.cbegin(), questions.cend(), [](const Question &q) {
            return q.kind == QuestionKind::SelfPlacement && q.phase != Phase::Baseline;
        });
    if (placedAgain) {
        addHeading(2, SessionCharts::chartTitle(QStringLiteral("before-after")));
        addChart(QStringLiteral("before-after"), 0, 330);
    } else if (placed) {
        // Asked once: where the group stood, not a comparison with an empty "after".
        addHeading(2, roomTr("Where the group stood before the scenarios"));
        addChart(QStringLiteral("distribution"), 0, 330);
    }
    if (placed && decided) {
        addHeading(2, SessionCharts::chartTitle(QStringLiteral("perception-gap")));
        addText(QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(roomTr("Where people place themselves on the spectrum, against the "
                                    "stages of the options they chose in the scenarios."))),
                true);
        addChart(QStringLiteral("perception-gap"), 0, 330);
    }
    addDecisions(s);
    if (!mCharts->session()->session().cohort.isEmpty() && mCharts->cohortTrend()->rowCount() > 1) {
        addHeading(2, SessionCharts::chartTitle(QStringLiteral("cohort-trend")));
        addChart(QStringLiteral("cohort-trend"), 0, 320);
        addCheckIns();
    }
    addDebrief();
    addCommitments();
    addNextSteps();
    addText(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(roomTr("Report made %1 with Upstander.")
                             .arg(RoomLanguage::current().locale().toString(
                                 QDateTime::currentDateTime(), QLocale::ShortFormat)))));
}

void SessionReport::addHeading(int level, const QString &text)
{
    addText(QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(text)), true);
}

void SessionReport::addSummary(const ReportSummary &s)
{
    const Session &session = mCharts->session()->session();
    const QLocale locale = RoomLanguage::current().locale();
    QStringList facts{locale.toString(session.date, QLocale::LongFormat)};
    if (!session.cohort.isEmpty())
        facts.append(roomTr("Cohort: %1").arg(session.cohort));
    QString html = QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
                       .arg(esc(session.title), esc(facts.join(QStringLiteral(" · "))));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(roomTr("Summary")));
    html += QStringLiteral("<p style=\"font-size: 11pt\">%1</p>").arg(esc(s.headcount));
    html +=
        QStringLiteral("<p style=\"font-size: 11pt\"><b style=\"font-size: 11pt\">%1</b> %2</p>")
            .arg(esc(roomTr("Where people stood.")), esc(s.beforeAfter));
    html +=
        QStringLiteral("<p style=\"font-size: 11pt\"><b style=\"font-size: 11pt\">%1</b> %2</p>")
            .arg(esc(roomTr("Self-view and choices.")), esc(s.perceptionGap));
    if (!s.checkIn.isEmpty())
        html += QStringLiteral(
                    "<p style=\"font-size: 11pt\"><b style=\"font-size: 11pt\">%1</b> %2</p>")
                    .arg(esc(roomTr("Commitments kept.")), esc(s.checkIn));
    if (!s.roomQuestions.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 11pt\">%1</p>").arg(esc(s.roomQuestions));
    html += QStringLiteral("<p style=\"font-size: 11pt\">%1</p>").arg(esc(s.scenariosIntro));
    addText(html, !s.scenarios.isEmpty(), ListSpacing);
    // A scenario per block: a long day's summary goes on over the page instead of under the
    // footer.
    int number = 0;
    for (const ReportSummary::ScenarioPath &path : s.scenarios) {
        const QString item = tableRow(
            {QStringLiteral("<td width=\"24\" style=\"font-size: 11pt\">%1.</td>").arg(++number),
             QStringLiteral("<td style=\"font-size: 11pt\"><b style=\"font-size: "
                            "11pt\">%1</b><br/>%2</td>")
                 .arg(esc(path.title), esc(path.sentence))});
        addText(
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">%1</table>")
                .arg(item),
            false, ListSpacing + 4);
        if (number > 1)
            mBlocks.last().continuedHtml = continued(roomTr("Summary"));
    }
    addText(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(s.anonymity)));
}

void SessionReport::addDecisions(const ReportSummary &s)
{
    QList<const ReportSummary::Decision *> decisions;
    for (const ReportSummary::ScenarioPath &path : s.scenarios) {
        for (const ReportSummary::Decision &d : path.decisions)
            decisions.append(&d);
    }
    if (decisions.isEmpty())
        return;
    addHeading(2, roomTr("Decisions"));
    const QLocale locale = RoomLanguage::current().locale();
    const Spectrum &spectrum = mCharts->spectrum();
    for (const ReportSummary::Decision *d : std::as_const(decisions)) {
        const Question *q = mCharts->session()->question(d->questionId);
        DecisionTallyModel *model = mCharts->decision(d->questionId);
        if (!q || !model)
            continue;
        QString html =
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(d->heading), RoomLanguage::emphasised(esc(q->prompt.simplified())));
        if (!model->groupChoice().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(model->groupChoiceSentence()));
        const DecisionTally *tally = nullptr;
        for (const DecisionTally &t : mCharts->statistics().decisions) {
            if (t.questionId == q->id)
                tally = &t;
        }
        const DecisionCounts *counts = tally ? tally->counts.values() : nullptr;
        if (!counts) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(roomTr("Fewer than %1 people chose an option here, so the votes are "
                                    "not shown.")
                                 .arg(mCharts->threshold())));
            addText(html);
            continue;
        }
        const QStringList texts = mCharts->optionTexts(*q);
        const int most = *std::max_element(counts->counts.cbegin(), counts->counts.cend());
        // Every row is a table of its own with the same column widths, so that a long decision
        // can go on over the page between two options; the heading stays with the first one
        // and the last option never stands alone.
        const QString table =
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>");
        const QString header = tableRow(
            {QStringLiteral("<th width=\"52%\">%1</th>").arg(esc(roomTr("Option"))),
             QStringLiteral("<th width=\"19%\">%1</th>").arg(esc(roomTr("Stage"))),
             QStringLiteral("<th width=\"29%\" colspan=\"2\">%1</th>").arg(esc(roomTr("Votes")))});
        const int rows = int(q->choices.size());
        for (int i = 0; i < rows; ++i) {
            const Choice &c = q->choices.at(i);
            const Stage *stage = spectrum.stage(c.stage);
            const int votes = counts->counts.value(i);
            const double share = counts->total > 0 ? 100.0 * votes / counts->total : 0.0;
            // The bar: as wide a share of its cell as the option's votes are of the most any
            // option got; the number beside it says the same without colour.
            const int width = most > 0 ? std::max(1, int(std::lround(100.0 * votes / most))) : 1;
            const QString colour = stage ? stage->colorName() : QStringLiteral("#888888");
            QString bar;
            if (votes > 0) {
                QStringList cells{QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\" class=\"bar\">"
                                                 "&nbsp;</td>")
                                      .arg(width)
                                      .arg(colour)};
                if (width < 100)
                    cells.append(
                        QStringLiteral("<td width=\"%1%\" class=\"bar\"></td>").arg(100 - width));
                bar = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                                     "%1</table>")
                          .arg(tableRow(cells));
            }
            // align="right" is the end of the line: the left in a right-to-left room.
            const QString row = tableRow(
                {QStringLiteral("<td width=\"52%\">%1. %2</td>")
                     .arg(i + 1)
                     .arg(esc(texts.value(i, c.key))),
                 QStringLiteral("<td width=\"19%\"><span style=\"color:%1\">&#9632;</span>"
                                "&nbsp;%2</td>")
                     .arg(colour, esc(stage ? stage->label : c.stage)),
                 QStringLiteral("<td width=\"17%\">%1</td>").arg(bar),
                 QStringLiteral("<td width=\"12%\" align=\"right\">%1&nbsp;(%2)</td>")
                     .arg(locale.toString(votes), esc(ShareFormat::fromPercent(share, locale)))});
            QString block = i == 0 ? html + table.arg(header + row) : table.arg(row);
            if (i + 1 == rows && !model->note().isEmpty())
                block += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(model->note()));
            const bool last = i + 1 == rows;
            addText(block, !last && (i == 0 || i + 2 == rows), last ? -1 : 0);
            if (i > 0)
                mBlocks.last().continuedHtml = continued(d->heading) + table.arg(header);
        }
    }
}

void SessionReport::addDebrief()
{
    const QList<ScenarioSnapshot> run = scenariosRun();
    QList<ScenarioSnapshot> withQuestions;
    for (const ScenarioSnapshot &s : run) {
        if (!s.what.isEmpty() || !s.soWhat.isEmpty() || !s.nowWhat.isEmpty())
            withQuestions.append(s);
    }
    if (withQuestions.isEmpty())
        return;
    addHeading(2, roomTr("Debrief questions"));
    for (const ScenarioSnapshot &s : std::as_const(withQuestions)) {
        addHeading(3, s.title);
        const QList<std::pair<QString, QStringList>> parts{{roomTr("What?"), s.what},
                                                           {roomTr("So what?"), s.soWhat},
                                                           {roomTr("Now what?"), s.nowWhat}};
        // A part per block, so that a page can end between them.
        for (const auto &[heading, questions] : parts) {
            if (questions.isEmpty())
                continue;
            QString html = QStringLiteral("<p class=\"part\"><b>%1</b></p><ul>").arg(esc(heading));
            for (const QString &question : questions)
                html += QStringLiteral("<li>%1</li>").arg(esc(question));
            addText(html + QStringLiteral("</ul>"), false, ListSpacing);
            if (&heading != &parts.first().first)
                mBlocks.last().continuedHtml = continued(s.title);
        }
    }
}

void SessionReport::addCommitments()
{
    addHeading(2, roomTr("Commitments"));
    const Suppressible<CommitmentTexts> &commitments = mCharts->statistics().commitments;
    const CommitmentTexts *texts = commitments.values();
    if (!texts) {
        addText(QStringLiteral("<p>%1</p>")
                    .arg(esc(roomTr("Commitments are listed once at least %1 people have written "
                                    "one.")
                                 .arg(commitments.threshold()))));
        return;
    }
    // An item per block, so that a long list goes on over the page.
    for (const QString &text : texts->texts) {
        const bool first = mBlocks.last().keepWithNext; // right under the heading
        addText(QStringLiteral("<ul><li>%1</li></ul>").arg(esc(text)), false, ListSpacing);
        if (!first)
            mBlocks.last().continuedHtml = continued(roomTr("Commitments"));
    }
}

void SessionReport::addCheckIns()
{
    // The done-rate of each follow-up of the cohort that asked the check-in, beside the trend.
    QString rows;
    const QLocale locale = RoomLanguage::current().locale();
    for (const TrendPoint &point : mCharts->trendPoints()) {
        if (!point.checkIn)
            continue;
        rows += tableRow(
            {QStringLiteral("<td>%1</td>")
                 .arg(esc(locale.toString(point.date, QLocale::ShortFormat))),
             QStringLiteral("<td>%1</td>").arg(esc(point.title)),
             QStringLiteral("<td>%1</td>").arg(esc(ReportSummary::doneRate(*point.checkIn)))});
    }
    if (rows.isEmpty())
        return;
    addHeading(3, roomTr("Did people do what they committed to?"));
    const QString head = tableRow({QStringLiteral("<th>%1</th>").arg(esc(roomTr("Date"))),
                                   QStringLiteral("<th>%1</th>").arg(esc(roomTr("Session"))),
                                   QStringLiteral("<th>%1</th>").arg(esc(roomTr("Did it")))});
    addText(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1%2</table>"
                           "<p class=\"muted\">%3</p>")
                .arg(head, rows,
                     esc(roomTr("Of the people who had made a commitment and answered the "
                                "check-in of a follow-up."))));
}

void SessionReport::addNextSteps()
{
    addHeading(2, roomTr("The next step from each stage"));
    const Spectrum spectrum = mCharts->spectrum();
    QString html;
    for (const Stage &stage : spectrum.stages()) {
        html += QStringLiteral("<p><span style=\"color:%1\">&#9632;</span>"
                               "&nbsp;<b>%2</b> &mdash; %3</p>")
                    .arg(stage.colorName(), esc(stage.label), esc(stage.nextStep));
    }
    addText(html); // one block: the five steps belong on one page
}

bool SessionReport::paint(QPagedPaintDevice *device, const Progress &progress, QString *error)
{
    build();
    const int total = int(mBlocks.size()) + 1;
    if (progress && !progress(0, total))
        return false;

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = roomTr("Cannot start drawing the report.");
        return false;
    }
    const qreal scale = device->logicalDpiX() / LayoutDpi;
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal width = paintRect.width() / scale;
    const qreal pageHeight = paintRect.height() / scale - FooterHeight;

    // Pagination first, so that the footer can say "page 2 of 5".
    std::vector<std::unique_ptr<QTextDocument>> docs(mBlocks.size());
    std::vector<std::unique_ptr<QTextDocument>> continuedDocs(mBlocks.size());
    for (int i = 0; i < mBlocks.size(); ++i) {
        Block &b = mBlocks[i];
        if (!b.continuedHtml.isEmpty()) {
            continuedDocs[i] = document(b.continuedHtml, width);
            b.continuedHeight = continuedDocs[i]->size().height();
        }
        if (b.kind == Block::Kind::Text) {
            docs[i] = document(b.html, width);
            b.height = docs[i]->size().height();
        } else {
            b.height = b.chartHeight;
        }
    }
    mPageCount = paginate(pageHeight, {});
    // A last page with a few lines on it: end the page before it earlier, so that both are
    // about as full as the blocks allow.
    if (mPageCount > 1) {
        const auto used = [this](int page) {
            qreal bottom = 0;
            for (const Block &b : std::as_const(mBlocks)) {
                if (b.page == page)
                    bottom = std::max(bottom, b.y + b.height);
            }
            return bottom;
        };
        const int last = mPageCount - 1;
        const qreal lastUsed = used(last);
        if (lastUsed < pageHeight / 2) {
            int first = 0; // the first block of the page before the last
            while (mBlocks[first].page < last - 1)
                ++first;
            int firstOfLast = first;
            while (mBlocks[firstOfLast].page < last)
                ++firstOfLast;
            qreal best = lastUsed;
            int bestCut = -1;
            for (int cut = firstOfLast - 1; cut > first; --cut) {
                if (mBlocks[cut - 1].keepWithNext)
                    continue;
                const qreal moved = mBlocks[firstOfLast - 1].y + mBlocks[firstOfLast - 1].height -
                                    mBlocks[cut].y + mBlocks[firstOfLast - 1].spaceAfter;
                const qreal newLast = moved + lastUsed;
                if (newLast > pageHeight)
                    break;
                const qreal before = mBlocks[cut - 1].y + mBlocks[cut - 1].height;
                if (std::min(before, newLast) > best) {
                    best = std::min(before, newLast);
                    bestCut = cut;
                }
            }
            if (bestCut >= 0)
                mPageCount = paginate(pageHeight, {bestCut});
        }
    }

    const QFont footerFont = [] {
        QFont f;
        f.setPixelSize(11); // logical pixels, whatever the device's resolution
        return f;
    }();
    const QString title = mCharts->session()->session().title;
    int current = -1;
    for (int i = 0; i < mBlocks.size(); ++i) {
        const Block &b = mBlocks[i];
        while (current < b.page) {
            if (current >= 0) {
                painter.restore();
                device->newPage();
            }
            ++current;
            painter.save();
            painter.scale(scale, scale);
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            // The title at the start of the line, the page number at its end, in either direction.
            painter.setLayoutDirection(RoomLanguage::current().direction());
            const QRectF footer(0, pageHeight, width, FooterHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             roomTr("Page %1 of %2").arg(current + 1).arg(mPageCount));
        }
        if (b.continued)
            drawDocument(&painter, continuedDocs[i].get(), QPointF(0, b.y - b.continuedHeight));
        if (b.kind == Block::Kind::Text) {
            drawDocument(&painter, docs[i].get(), QPointF(0, b.y));
        } else {
            std::unique_ptr<ChartView> view(
                ChartFactory::create(mCharts, b.chart, b.questionId, ChartPresentation::Console));
            if (view) {
                view->setPaperStyle(true);
                view->setTitleShown(false); // the report's heading above it says what it is
                // Who moved is the summary's sentence already, just above this chart.
                view->setModelNoteShown(b.chart != QLatin1String("before-after"));
                view->layoutAt(QSize(int(width), int(b.chartHeight)));
                view->renderTo(&painter, QRectF(0, b.y, width, b.chartHeight));
            }
        }
        if (progress && !progress(i + 1, total)) {
            painter.restore();
            painter.end();
            return false;
        }
    }
    if (current >= 0)
        painter.restore();
    painter.end();
    if (progress)
        progress(total, total);
    return true;
}

int SessionReport::paginate(qreal pageHeight, const QSet<int> &breakBefore)
{
    int page = 0;
    qreal y = 0;
    for (int i = 0; i < mBlocks.size(); ++i) {
        Block &b = mBlocks[i];
        // Headings (and the lines under them) move on with the block they introduce.
        qreal needed = b.height;
        for (int j = i; j + 1 < mBlocks.size() && mBlocks[j].keepWithNext; ++j)
            needed += mBlocks[j].spaceAfter + mBlocks[j + 1].height;
        b.continued = false;
        if (y > 0 && (breakBefore.contains(i) || y + std::min(needed, pageHeight) > pageHeight)) {
            ++page;
            b.continued = !b.continuedHtml.isEmpty();
            y = b.continued ? b.continuedHeight : 0.0;
        }
        b.page = page;
        b.y = y;
        y += b.height + b.spaceAfter;
    }
    return page + 1;
}

QByteArray SessionReport::pdf(const Progress &progress, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(int(LayoutDpi)); // vectors: the resolution only sets the units
    writer.setTitle(roomTr("Report: %1").arg(mCharts->session()->session().title));
    writer.setCreator(QStringLiteral("Upstander"));
    if (!paint(&writer, progress, error))
        return {};
    buffer.close();
    return bytes;
}

bool SessionReport::exportPdf(const QString &path, const Progress &progress, QString *error)
{
    QString localError;
    const QByteArray bytes = pdf(progress, &localError);
    if (bytes.isEmpty()) {
        if (error)
            *error = localError.isEmpty() ? roomTr("The export was cancelled.") : localError;
        return false;
    }
    return ChartExporter::writeFile(path, bytes, error);
}
