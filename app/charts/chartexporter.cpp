#include "charts/chartexporter.h"

#include "charts/chartfactory.h"

#include "export/filewriter.h"
#include "charts/sessioncharts.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <memory>

std::optional<ChartExporter::Format> ChartExporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return Format::Png;
    if (n == QLatin1String("svg"))
        return Format::Svg;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QSize ChartExporter::defaultSize(ChartPresentation presentation)
{
    return presentation == ChartPresentation::Projector ? QSize(1600, 900) : QSize(960, 600);
}

QByteArray ChartExporter::render(SessionCharts *charts, const QString &name, qint64 questionId,
                                 ChartPresentation presentation, const QSize &size, Format format)
{
    std::unique_ptr<ChartView> view(ChartFactory::create(charts, name, questionId, presentation));
    if (!view)
        return {};
    return render(view.get(), size, format);
}

QByteArray ChartExporter::render(const ChartView *shown, Format format)
{
    std::unique_ptr<ChartView> view(ChartFactory::create(shown->charts(), shown->name(),
                                                      shown->questionId(), shown->presentation()));
    if (!view)
        return {};
    view->setFont(shown->font());
    return render(view.get(), shown->size(), format);
}

QByteArray ChartExporter::render(ChartView *view, const QSize &size, Format format)
{
    if (view->charts())
        view->charts()->flush();
    view->setPaperStyle(true);
    view->layoutAt(size);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const QString title = view->chart()->title();
    const QString description = view->summary();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Png: {
        QImage image(size * PngScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(PngScale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            view->renderTo(&painter, target);
        }
        image.setText(QStringLiteral("Title"), title);
        image.setText(QStringLiteral("Description"), description);
        QImageWriter writer(&buffer, "png");
        writer.write(image);
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter painter(&svg);
        view->renderTo(&painter, target);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Upstander"));
        pdf.setResolution(96); // one PDF unit per logical pixel of the chart
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        view->renderTo(&painter, target);
        break;
    }
    }
    return bytes;
}

bool ChartExporter::exportChart(const ChartView *view, Format format, const QString &path,
                                QString *error)
{
    return writeFile(path, render(view, format), error);
}

bool ChartExporter::exportChart(SessionCharts *charts, const QString &name, qint64 questionId,
                                ChartPresentation presentation, const QSize &size, Format format,
                                const QString &path, QString *error)
{
    const QByteArray bytes = render(charts, name, questionId, presentation, size, format);
    if (bytes.isEmpty()) {
        *error = tr("There is no chart called \"%1\".").arg(name);
        return false;
    }
    return writeFile(path, bytes, error);
}

bool ChartExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return FileWriter::write(path, bytes, error);
}
