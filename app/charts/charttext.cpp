#include "charts/charttext.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

QString ChartText::html(const QString &plain)
{
    return plain.toHtmlEscaped();
}

QString ChartText::wrapped(const QString &plain, const QFont &font, qreal maxWidth, int maxLines,
                           bool centred)
{
    const QFontMetricsF metrics(font);
    if (maxLines <= 1)
        return html(metrics.elidedText(plain.simplified(), Qt::ElideRight, maxWidth));
    const QStringList words = plain.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate =
            line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= maxWidth) {
            line = candidate;
            continue;
        }
        lines.append(line);
        line = words.at(i);
        if (lines.size() == maxLines - 1)
            break;
    }
    // The last line takes the rest, elided if it does not fit.
    for (++i; i < words.size(); ++i)
        line += QLatin1Char(' ') + words.at(i);
    if (!line.isEmpty())
        lines.append(metrics.elidedText(line, Qt::ElideRight, maxWidth));
    for (QString &l : lines)
        l = html(l);
    if (lines.size() < 2 || !centred)
        return lines.join(QLatin1String("<br>"));
    // Lines of a label centred on each other, as a single line would be on its tick.
    return QStringLiteral("<center>%1</center>").arg(lines.join(QLatin1String("<br>")));
}

QFont ChartText::fitting(const QStringList &texts, const QFont &font, qreal maxWidth,
                         qreal minScale)
{
    qreal widest = 0;
    {
        const QFontMetricsF metrics(font);
        for (const QString &text : texts) {
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word));
        }
    }
    if (widest <= maxWidth || widest <= 0)
        return font;
    const qreal scale = std::max(minScale, maxWidth / widest);
    QFont smaller = font;
    if (font.pixelSize() > 0)
        smaller.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
    else
        smaller.setPointSizeF(std::max(1.0, font.pointSizeF() * scale));
    return smaller;
}
