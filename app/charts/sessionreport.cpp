#include "charts/sessionreport.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartmodel.h"
#include "charts/chartroles.h"
#include "charts/chartview.h"
#include "charts/decisiontallymodel.h"
#include "charts/sessioncharts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

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
    // Set by pagination:
    int page = 0;
    qreal y = 0;
    qreal height = 0;
};

namespace {

// The report is laid out in logical pixels (1/96 inch) whatever the device's resolution.
constexpr qreal LayoutDpi = 96.0;
constexpr qreal BlockSpacing = 8.0;
constexpr qreal FooterHeight = 24.0;

const QString StyleSheet =
    QStringLiteral("h1 { font-size: 20pt; font-weight: bold; }"
                   "h2 { font-size: 14pt; font-weight: bold; margin-top: 10px; }"
                   "h3 { font-size: 11pt; font-weight: bold; margin-top: 6px; }"
                   "p, li { font-size: 10pt; }"
                   "td, th { font-size: 10pt; padding: 3px 6px; }"
                   "th { text-align: left; background-color: #eeeeee; }"
                   ".muted { color: #555555; }");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

std::unique_ptr<QTextDocument> document(const QString &html, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(StyleSheet);
    QFont font = doc->defaultFont();
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
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

} // namespace

SessionReport::SessionReport(SessionCharts *charts) : mCharts(charts) {}

SessionReport::~SessionReport() = default;

void SessionReport::addText(const QString &html, bool keepWithNext)
{
    Block b;
    b.html = html;
    b.keepWithNext = keepWithNext;
    mBlocks.append(b);
}

void SessionReport::addChart(const QString &name, qint64 questionId, qreal height,
                             bool keepWithNext)
{
    Block b;
    b.keepWithNext = keepWithNext;
    b.kind = Block::Kind::Chart;
    b.chart = name;
    b.questionId = questionId;
    b.chartHeight = height;
    mBlocks.append(b);
}

QString SessionReport::headerHtml() const
{
    const Session &s = mCharts->session()->session();
    const QLocale locale;
    const int k = mCharts->threshold();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(s.title));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Date"), locale.toString(s.date, QLocale::LongFormat));
    row(tr("Cohort"), s.cohort.isEmpty() ? tr("none") : s.cohort);
    row(tr("Anonymity threshold"),
        tr("k = %1: nothing built from fewer than %1 people is shown").arg(k));
    row(tr("Report made"), locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    return html;
}

void SessionReport::build()
{
    mBlocks.clear();
    mCharts->flush();
    addText(headerHtml());

    addText(QStringLiteral("<h2>%1</h2>").arg(esc(tr("Where the group stands"))), true);
    addChart(QStringLiteral("distribution"), 0, 330);
    addText(QStringLiteral("<h2>%1</h2>")
                .arg(esc(SessionCharts::chartTitle(QStringLiteral("before-after")))),
            true);
    addChart(QStringLiteral("before-after"), 0, 360);
    addText(QStringLiteral("<h2>%1</h2>")
                .arg(esc(SessionCharts::chartTitle(QStringLiteral("perception-gap")))),
            true);
    addText(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("Where people place themselves on the spectrum, against the stages of "
                            "the options they chose in the scenarios."))),
            true);
    addChart(QStringLiteral("perception-gap"), 0, 360);
    addDecisions();
    if (!mCharts->session()->session().cohort.isEmpty()) {
        addText(QStringLiteral("<h2>%1</h2>")
                    .arg(esc(SessionCharts::chartTitle(QStringLiteral("cohort-trend")))),
                true);
        addChart(QStringLiteral("cohort-trend"), 0, 340);
    }
    addDebrief();
    addCommitments();
    addNextSteps();
}

void SessionReport::addDecisions()
{
    const QList<qint64> ids = mCharts->decisionQuestionIds();
    if (ids.isEmpty())
        return;
    addText(QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions"))), true);
    const QLocale locale;
    int number = 0;
    for (const qint64 id : ids) {
        DecisionTallyModel *model = mCharts->decision(id);
        addText(QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("Decision %1: %2").arg(++number).arg(model->title()))),
                true);
        if (model->isSuppressed()) {
            addText(QStringLiteral("<p>%1</p>").arg(esc(model->withheldText())));
            continue;
        }
        // The chart and its table on one page.
        addChart(QStringLiteral("decisions"), id, 80 + 64 * model->rowCount(), true);
        if (!model->groupChoice().isEmpty())
            addText(QStringLiteral("<p>%1</p>").arg(esc(model->groupChoiceSentence())));
        QString table = QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
        for (const QString &h : {tr("Option"), tr("Stage"), tr("Votes"), tr("Share")})
            table += QStringLiteral("<th>%1</th>").arg(esc(h));
        table += QStringLiteral("</tr>");
        for (int r = 0; r < model->rowCount(); ++r) {
            table += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                                    "<td align=\"right\">%4</td></tr>")
                         .arg(esc(model->headerData(r, Qt::Vertical).toString()),
                              esc(model->index(r, 0).data(ChartRoles::StageLabelRole).toString()),
                              locale.toString(model->index(r, 0).data().toInt()),
                              esc(tr("%1%").arg(
                                  locale.toString(model->index(r, 1).data().toDouble(), 'f', 1))));
        }
        table += QStringLiteral("</table>");
        if (!model->note().isEmpty())
            table += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(model->note()));
        addText(table);
    }
}

void SessionReport::addDebrief()
{
    QStringList scenarioIds;
    for (const Question &q : mCharts->session()->questions()) {
        if (!q.scenarioId.isEmpty() && !scenarioIds.contains(q.scenarioId))
            scenarioIds.append(q.scenarioId);
    }
    if (scenarioIds.isEmpty())
        return;
    addText(QStringLiteral("<h2>%1</h2>").arg(esc(tr("Debrief notes"))), true);
    for (const QString &id : scenarioIds) {
        // As the session ran it; the library only for sessions from before the texts were kept.
        std::optional<ScenarioSnapshot> kept;
        if (const ScenarioSnapshot *snapshot = mCharts->session()->scenario(id))
            kept = *snapshot;
        else if (const ScenarioLibrary::Entry *entry = mCharts->scenarioLibrary().find(id))
            kept = SessionRules::snapshotOf(entry->scenario);
        if (!kept) {
            addText(QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Scenario \"%1\" is not in the library.").arg(id))));
            continue;
        }
        const ScenarioSnapshot &s = *kept;
        addText(QStringLiteral("<h3>%1</h3>").arg(esc(s.title)), true);
        const QList<std::pair<QString, QStringList>> parts{
            {tr("What?"), s.what}, {tr("So what?"), s.soWhat}, {tr("Now what?"), s.nowWhat}};
        for (const auto &[heading, questions] : parts) {
            if (questions.isEmpty())
                continue;
            QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(heading));
            for (const QString &question : questions)
                html += QStringLiteral("<li>%1</li>").arg(esc(question));
            addText(html + QStringLiteral("</ul>"));
        }
    }
}

void SessionReport::addCommitments()
{
    addText(QStringLiteral("<h2>%1</h2>").arg(esc(tr("Commitments"))), true);
    const Suppressible<CommitmentTexts> &commitments = mCharts->statistics().commitments;
    const CommitmentTexts *texts = commitments.values();
    if (!texts) {
        addText(QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Commitments are listed once at least %1 people have written "
                                "one.")
                                 .arg(commitments.threshold()))));
        return;
    }
    QString html = QStringLiteral("<ul>");
    for (const QString &text : texts->texts)
        html += QStringLiteral("<li>%1</li>").arg(esc(text));
    addText(html + QStringLiteral("</ul>"));
}

void SessionReport::addNextSteps()
{
    addText(QStringLiteral("<h2>%1</h2>").arg(esc(tr("The next step from each stage"))), true);
    const Spectrum spectrum = mCharts->spectrum();
    QString html;
    for (const Stage &stage : spectrum.stages()) {
        html += QStringLiteral("<p><span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>"
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
            *error = tr("Cannot start drawing the report.");
        return false;
    }
    const qreal scale = device->logicalDpiX() / LayoutDpi;
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal width = paintRect.width() / scale;
    const qreal pageHeight = paintRect.height() / scale - FooterHeight;

    // Pagination first, so that the footer can say "page 2 of 5".
    std::vector<std::unique_ptr<QTextDocument>> docs(mBlocks.size());
    for (int i = 0; i < mBlocks.size(); ++i) {
        Block &b = mBlocks[i];
        if (b.kind == Block::Kind::Text) {
            docs[i] = document(b.html, width);
            b.height = docs[i]->size().height();
        } else {
            b.height = b.chartHeight;
        }
    }
    int page = 0;
    qreal y = 0;
    for (int i = 0; i < mBlocks.size(); ++i) {
        Block &b = mBlocks[i];
        // Headings (and the lines under them) move on with the block they introduce.
        qreal needed = b.height;
        for (int j = i; j + 1 < mBlocks.size() && mBlocks[j].keepWithNext; ++j)
            needed += BlockSpacing + mBlocks[j + 1].height;
        if (y > 0 && y + std::min(needed, pageHeight) > pageHeight) {
            ++page;
            y = 0;
        }
        b.page = page;
        b.y = y;
        y += b.height + BlockSpacing;
    }
    mPageCount = page + 1;

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
            const QRectF footer(0, pageHeight, width, FooterHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(current + 1).arg(mPageCount));
        }
        if (b.kind == Block::Kind::Text) {
            drawDocument(&painter, docs[i].get(), QPointF(0, b.y));
        } else {
            std::unique_ptr<ChartView> view(
                ChartFactory::create(mCharts, b.chart, b.questionId, ChartPresentation::Console));
            if (view) {
                view->setPaperStyle(true);
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

QByteArray SessionReport::pdf(const Progress &progress, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(int(LayoutDpi)); // vectors: the resolution only sets the units
    writer.setTitle(tr("Report: %1").arg(mCharts->session()->session().title));
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
            *error = localError.isEmpty() ? tr("The export was cancelled.") : localError;
        return false;
    }
    return ChartExporter::writeFile(path, bytes, error);
}
