#include "audience/revealview.h"

#include "spectrum.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace {

constexpr int MaxTextLines = 2;
constexpr int MaxWhyLines = 4;
constexpr qreal Scales[] = {1.0, 0.9, 0.8, 0.72};

// `text` wrapped to `width`, at most `maxLines` lines; a longer text ends its last line in "…".
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    int lastStart = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lastStart = line.textStart();
            lines.append(QString());
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.size() == maxLines) {
        const QFontMetrics metrics(font);
        lines.last() = metrics.elidedText(text.mid(lastStart).simplified(), Qt::ElideRight, width);
    }
    return lines;
}

int gap(const QFont &font)
{
    return QFontMetrics(font).height() / 2;
}

} // namespace

RevealView::RevealView(QWidget *parent) : PagedView(parent)
{
    setObjectName(QStringLiteral("audienceReveal"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void RevealView::setReveal(const QList<AudienceState::RevealOption> &options, int withheldBelow)
{
    if (options == mOptions && withheldBelow == mWithheldBelow)
        return;
    const bool sameOptions = options.size() == mOptions.size();
    mOptions = options;
    mWithheldBelow = withheldBelow;
    if (!sameOptions)
        mPage = 0; // a new decision starts on its first page; new votes keep the page
    relayout();
}

void RevealView::setUnit(int unit)
{
    if (unit == mUnit)
        return;
    mUnit = unit;
    relayout();
}

RevealView::Fonts RevealView::fonts(qreal scale) const
{
    Fonts f;
    const auto sized = [this, scale](qreal factor, bool bold) {
        QFont font = this->font();
        font.setPixelSize(qMax(10, int(mUnit * factor * scale)));
        font.setBold(bold);
        return font;
    };
    f.number = sized(1.6, true);
    f.text = sized(1.3, true);
    f.stage = sized(1.05, true);
    f.why = sized(1.0, false);
    f.note = sized(0.9, false);
    return f;
}

int RevealView::rowHeight(const AudienceState::RevealOption &option, int width,
                          const Fonts &f) const
{
    const int indent = QFontMetrics(f.number).horizontalAdvance(QStringLiteral("00 "));
    const int textWidth = qMax(40, width - indent);
    const int textLines = int(wrapped(option.text, f.text, textWidth, MaxTextLines).size());
    const int whyLines = int(wrapped(option.why, f.why, textWidth, MaxWhyLines).size());
    return textLines * QFontMetrics(f.text).lineSpacing() + gap(f.text) / 2 +
           QFontMetrics(f.stage).lineSpacing() + gap(f.text) / 2 +
           whyLines * QFontMetrics(f.why).lineSpacing() + gap(f.number);
}

int RevealView::footerHeight(const Fonts &f) const
{
    return QFontMetrics(f.note).lineSpacing() + gap(f.note);
}

void RevealView::relayout()
{
    mPages.clear();
    if (mOptions.isEmpty() || width() <= 0 || height() <= 0) {
        update();
        describe();
        return;
    }
    const int columnGap = mUnit * 2;
    // Smaller type first, then two columns, then pages: the first that holds every row whole.
    for (const int columns : {1, 2}) {
        const int columnWidth = (width() - (columns - 1) * columnGap) / columns;
        for (const qreal scale : Scales) {
            const Fonts f = fonts(scale);
            const int room = height() - footerHeight(f);
            QList<QList<int>> page(columns);
            const int perColumn = (int(mOptions.size()) + columns - 1) / columns;
            bool fits = true;
            for (int c = 0; c < columns && fits; ++c) {
                int used = 0;
                for (int i = c * perColumn; i < qMin(int(mOptions.size()), (c + 1) * perColumn);
                     ++i) {
                    used += rowHeight(mOptions.at(i), columnWidth, f);
                    page[c].append(i);
                }
                fits = used <= room;
            }
            if (fits) {
                mColumns = columns;
                mScale = scale;
                mPages = {page};
                mPage = 0;
                update();
                describe();
                return;
            }
        }
    }
    // A page at a time, one column, the smallest type: as many whole rows as fit on each.
    mColumns = 1;
    mScale = Scales[std::size(Scales) - 1];
    const Fonts f = fonts(mScale);
    const int room = height() - footerHeight(f);
    QList<int> current;
    int used = 0;
    for (int i = 0; i < mOptions.size(); ++i) {
        const int h = rowHeight(mOptions.at(i), width(), f);
        if (!current.isEmpty() && used + h > room) {
            mPages.append({current});
            current.clear();
            used = 0;
        }
        current.append(i); // a row taller than the whole room still gets a page of its own
        used += h;
    }
    if (!current.isEmpty())
        mPages.append({current});
    mPage = qBound(0, mPage, int(mPages.size()) - 1);
    update();
    describe();
}

QList<std::pair<int, QRect>> RevealView::placedOptions() const
{
    QList<std::pair<int, QRect>> placed;
    if (mPages.isEmpty())
        return placed;
    const Fonts f = fonts(mScale);
    const int columnGap = mUnit * 2;
    const int columnWidth = (width() - (mColumns - 1) * columnGap) / mColumns;
    const QList<QList<int>> &page = mPages.at(mPage);
    for (int c = 0; c < page.size(); ++c) {
        int y = 0;
        for (const int i : page.at(c)) {
            const int h = rowHeight(mOptions.at(i), columnWidth, f);
            placed.append(
                {mOptions.at(i).number, QRect(c * (columnWidth + columnGap), y, columnWidth, h)});
            y += h;
        }
    }
    return placed;
}

void RevealView::paintEvent(QPaintEvent *)
{
    if (mPages.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Fonts f = fonts(mScale);
    const QColor ink = palette().color(QPalette::WindowText);
    const Spectrum spectrum = Spectrum::standard();
    // Laid out left to right, then mirrored as a whole in a right-to-left room: numbers, text,
    // the stage and the bars all start at the right (text aligned "left" is drawn at the
    // right there, as Qt does for non-absolute alignment).
    const auto placed = [this](const QRect &r) {
        return QStyle::visualRect(layoutDirection(), rect(), r);
    };
    const auto line = [&](int x, int baseline, int width, const QFontMetrics &m,
                          const QString &text) {
        p.drawText(placed(QRect(x, baseline - m.ascent(), width, m.height())),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    // Every bar starts at the same place, after the longest stage name, so lengths compare.
    int maxVotes = 1;
    int labelColumn = 0;
    for (const AudienceState::RevealOption &o : std::as_const(mOptions)) {
        maxVotes = qMax(maxVotes, o.votes);
        labelColumn = qMax(labelColumn, QFontMetrics(f.stage).horizontalAdvance(o.stageLabel));
    }
    for (const auto &[number, rect] : placedOptions()) {
        const AudienceState::RevealOption *option = nullptr;
        for (const AudienceState::RevealOption &o : std::as_const(mOptions)) {
            if (o.number == number)
                option = &o;
        }
        const int indent = QFontMetrics(f.number).horizontalAdvance(QStringLiteral("00 "));
        const int textWidth = qMax(40, rect.width() - indent);
        int y = rect.top();
        p.setPen(ink);
        p.setFont(f.number);
        p.drawText(placed(QRect(rect.left(), y, indent, QFontMetrics(f.number).height())),
                   Qt::AlignLeft | Qt::AlignTop, QString::number(number));
        p.setFont(f.text);
        const QFontMetrics textMetrics(f.text);
        for (const QString &text : wrapped(option->text, f.text, textWidth, MaxTextLines)) {
            line(rect.left() + indent, y + textMetrics.ascent(), textWidth, textMetrics, text);
            y += textMetrics.lineSpacing();
        }
        y += gap(f.text) / 2;
        // The stage: a colour square and its name (never colour alone), then the votes.
        const QFontMetrics stageMetrics(f.stage);
        const int chip = stageMetrics.ascent();
        // An answer that is no stage (a check-in's) has neither square nor name.
        const Stage *stage = spectrum.stage(option->stage);
        const QColor colour = stage ? QColor::fromRgb(stage->rgb) : palette().color(QPalette::Mid);
        if (stage) {
            p.fillRect(placed(QRect(rect.left() + indent, y + (stageMetrics.height() - chip) / 2,
                                    chip, chip)),
                       colour);
        }
        p.setFont(f.stage);
        const int stageX = rect.left() + indent + (stage ? chip + chip / 2 : 0);
        line(stageX, y + stageMetrics.ascent(), labelColumn + chip / 2, stageMetrics,
             option->stageLabel);
        if (option->votes >= 0) {
            const QString votes = roomTr("%n vote(s)", nullptr, option->votes);
            const int votesWidth = stageMetrics.horizontalAdvance(votes);
            const int barLeft = stageX + labelColumn + chip;
            const int barRoom = rect.right() - votesWidth - chip / 2 - barLeft;
            if (barRoom > chip && option->votes > 0) {
                const int bar = barRoom * option->votes / maxVotes;
                const QRect barRect =
                    placed(QRect(barLeft, y + (stageMetrics.height() - chip) / 2, bar, chip));
                p.fillRect(barRect, colour);
                p.setPen(ink);
                p.drawRect(barRect);
            }
            line(rect.right() - votesWidth, y + stageMetrics.ascent(), votesWidth + 1, stageMetrics,
                 votes);
        }
        y += stageMetrics.lineSpacing() + gap(f.text) / 2;
        p.setFont(f.why);
        const QFontMetrics whyMetrics(f.why);
        for (const QString &text : wrapped(option->why, f.why, textWidth, MaxWhyLines)) {
            line(rect.left() + indent, y + whyMetrics.ascent(), textWidth, whyMetrics, text);
            y += whyMetrics.lineSpacing();
        }
    }
    // The footer: why there are no votes, and which page this is.
    p.setFont(f.note);
    const QFontMetrics noteMetrics(f.note);
    QStringList notes;
    if (mWithheldBelow > 0)
        notes.append(
            roomTr("Votes are shown once at least %1 people have voted.").arg(mWithheldBelow));
    if (pageCount() > 1)
        notes.append(roomTr("Page %1 of %2").arg(mPage + 1).arg(pageCount()));
    p.setPen(ink);
    p.drawText(QRect(0, height() - noteMetrics.lineSpacing(), width(), noteMetrics.lineSpacing()),
               Qt::AlignRight | Qt::AlignVCenter, notes.join(QStringLiteral(" · ")));
}

void RevealView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void RevealView::describe()
{
    setAccessibleName(roomTr("Revealed options"));
    QStringList lines;
    for (const AudienceState::RevealOption &o : std::as_const(mOptions)) {
        QString line = o.stage.isEmpty() ? roomTr("Option %1: %2.").arg(o.number).arg(o.text)
                                         : roomTr("Option %1: %2. Stage: %3. Why: %4")
                                               .arg(o.number)
                                               .arg(o.text, o.stageLabel, o.why);
        if (o.votes >= 0)
            line += QLatin1Char(' ') + roomTr("%n vote(s).", nullptr, o.votes);
        lines.append(line);
    }
    if (mWithheldBelow > 0)
        lines.append(
            roomTr("Votes are shown once at least %1 people have voted.").arg(mWithheldBelow));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}
