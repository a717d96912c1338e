// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexporter.h"

#include "interchange/exportreport.h"
#include "interchange/pagetiler.h"
#include "interchange/pdfunicodefixer.h"
#include "interchange/titleblock.h"
#include "render/mappainter.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {

/// Dots per inch of the PDF's coordinates: fine enough that rounding never shows.
constexpr int kPdfResolution = 1200;
constexpr double kPointsPerInch = 72.0;
constexpr double kMmPerInch = 25.4;
/// Image rows painted between two progress reports.
constexpr int kBandHeight = 1024;
/// Crop marks: their length and their gap from the content's corner (mm).
constexpr double kMarkLengthMm = 5.0;
constexpr double kMarkGapMm = 1.0;

QPageSize::PageSizeId pageSizeId(MapExportOptions::Page page)
{
    switch (page) {
    case MapExportOptions::Page::A3:
        return QPageSize::A3;
    case MapExportOptions::Page::Letter:
        return QPageSize::Letter;
    case MapExportOptions::Page::A4:
    case MapExportOptions::Page::FitToMap:
        break;
    }
    return QPageSize::A4;
}

} // namespace

MapExporter::MapExporter(const Project &project, const QUuid &journeyId,
                         const MapExportOptions &options)
    : mProject(project), mJourneyId(journeyId), mOptions(options), mTheme(themeOf(options.theme))
{
    // Paper has no transparency; images and SVG may.
    if (options.transparent && options.format != MapExportOptions::Format::Pdf)
        mTheme.background = Qt::transparent;
    mLayout.build(project, journeyId);
    mTitleHeight = options.titleBlock ? TitleBlock::kHeight : 0.0;
    mPainter = std::make_unique<MapPainter>(mTheme);
    mTitleBlock = std::make_unique<TitleBlock>(project, journeyId, mTheme, mLayout.style());
}

MapExporter::~MapExporter() = default;

MapTheme MapExporter::themeOf(MapExportOptions::Theme theme)
{
    switch (theme) {
    case MapExportOptions::Theme::Dark:
        return MapTheme::dark();
    case MapExportOptions::Theme::HighContrast:
        return MapTheme::highContrast();
    case MapExportOptions::Theme::Light:
        break;
    }
    return MapTheme::light();
}

QSizeF MapExporter::sheetSize() const
{
    qreal width = mLayout.size().width();
    if (mOptions.titleBlock)
        width = std::max(width, kMinSheetWidth);
    return QSizeF(width, mLayout.size().height() + mTitleHeight);
}

QPointF MapExporter::mapOrigin() const
{
    return QPointF(0.0, mTitleHeight);
}

double MapExporter::imageScale() const
{
    const double scale = mOptions.effectiveScale();
    const double width = sheetSize().width() * scale;
    const double height = sheetSize().height() * scale;
    double limit = 1.0;
    limit = std::min(limit, kMaxPixelSide / std::max(width, 1.0));
    limit = std::min(limit, kMaxPixelSide / std::max(height, 1.0));
    limit = std::min(limit, std::sqrt(double(kMaxPixels) / std::max(width * height, 1.0)));
    if (limit >= 1.0)
        return scale;
    // Whole pixels round up: a hair less, so the rounded-up image stays within the limits.
    double capped = scale * limit;
    const QSizeF sheet = sheetSize();
    while (qint64(qCeil(sheet.width() * capped)) * qCeil(sheet.height() * capped) > kMaxPixels
           || qCeil(std::max(sheet.width(), sheet.height()) * capped) > kMaxPixelSide)
        capped *= 0.999;
    return capped;
}

QSize MapExporter::imageSize() const
{
    const double scale = imageScale();
    // Whole pixels that hold the whole sheet; the epsilon keeps 7344.0000001 at 7344.
    return QSize(std::max(1, qCeil(sheetSize().width() * scale - 1e-6)),
                 std::max(1, qCeil(sheetSize().height() * scale - 1e-6)));
}

bool MapExporter::imageCapped() const
{
    return imageScale() < mOptions.effectiveScale() * (1.0 - 1e-9);
}

bool MapExporter::fitsPageToMap() const
{
    return mOptions.page == MapExportOptions::Page::FitToMap && !mOptions.tiled;
}

QPageLayout MapExporter::pageLayout() const
{
    if (fitsPageToMap()) {
        // The sheet at its screen size (96 units per inch), no larger than a viewer shows.
        QSizeF points = sheetSize() * (kPointsPerInch / MapExportOptions::kUnitsPerInch);
        const double longest = std::max(points.width(), points.height());
        if (longest > kMaxPagePoints)
            points *= kMaxPagePoints / longest;
        const QPageSize size(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
        return QPageLayout(size, QPageLayout::Portrait, QMarginsF());
    }
    const double m = mOptions.marginMm;
    return QPageLayout(QPageSize(pageSizeId(mOptions.page)),
                       mOptions.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

QPageLayout MapExporter::reportPageLayout() const
{
    const double m = mOptions.marginMm;
    return QPageLayout(QPageSize(pageSizeId(mOptions.page)), QPageLayout::Portrait,
                       QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

PageTiler MapExporter::tilerFor(const QPageLayout &layout) const
{
    // Tiles are cut in sheet units: the printable area at the chosen print scale.
    const QSizeF content = layout.paintRect(QPageLayout::Inch).size()
            * (MapExportOptions::kUnitsPerInch / mOptions.scale);
    const double overlap
            = mOptions.overlapMm / kMmPerInch * MapExportOptions::kUnitsPerInch / mOptions.scale;
    return PageTiler(sheetSize(), content, overlap);
}

int MapExporter::mapPageCount(const QPageLayout &layout) const
{
    return mOptions.tiled ? tilerFor(layout).count() : 1;
}

Status MapExporter::write(const QString &path)
{
    if (!mProject.journeys().find(mJourneyId))
        return Status::failure(tr("the journey to export does not exist"));
    // Written next to `path` and renamed over it only once complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    Status status;
    switch (mOptions.format) {
    case MapExportOptions::Format::Pdf:
        status = writePdf(&file);
        break;
    case MapExportOptions::Format::Svg:
        status = writeSvg(&file);
        break;
    case MapExportOptions::Format::Png:
        status = writePng(&file);
        break;
    }
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status MapExporter::writePdf(QIODevice *device)
{
    // Built in memory first: the text map is corrected before anything reaches the file.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (const Status status = paintPdf(&buffer); !status)
        return status;
    buffer.close();
    PdfUnicodeFixer::fix(&pdf);
    if (device->write(pdf) != pdf.size())
        return Status::failure(tr("cannot write the PDF: %1").arg(device->errorString()));
    return Status::success();
}

Status MapExporter::paintPdf(QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Journey Studio"));
    const Journey *journey = mProject.journeys().find(mJourneyId);
    writer.setTitle(QStringLiteral("%1 – %2").arg(mProject.info.name, journey->name));
    writer.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(tr("cannot start the PDF"));
    const Status status = paintPages(&painter, &writer, false);
    painter.end();
    return status;
}

Status MapExporter::paintPages(QPainter *painter, QPagedPaintDevice *device, bool keepPageLayout)
{
    const QPageLayout layout = device->pageLayout();
    const int dpi = painter->device()->logicalDpiX();
    const double unitToDevice = dpi / MapExportOptions::kUnitsPerInch;
    const QRectF content(QPointF(), layout.paintRectPixels(dpi).size());
    const QPageLayout reportLayout = keepPageLayout ? layout : reportPageLayout();
    const int reportPages = mOptions.report
            ? ExportReport(mProject, mJourneyId, mTheme, mLayout.style())
                            .pageCount(QSizeF(reportLayout.paintRectPixels(dpi).size())
                                       / unitToDevice)
                    + int(mOptions.reportPages.size())
            : 0;
    int step = 0;
    if (!mOptions.tiled) {
        const int steps = 1 + reportPages;
        paintFitted(painter, content);
        if (!advance(&step, steps))
            return Status::failure(tr("the export was cancelled"));
        return paintReport(painter, device, keepPageLayout, &step, steps);
    }
    const PageTiler tiler = tilerFor(layout);
    const int steps = tiler.count() + reportPages;
    for (int i = 0; i < tiler.count(); ++i) {
        if (i > 0 && !device->newPage())
            return Status::failure(tr("cannot add a page"));
        paintTile(painter, tiler, i, unitToDevice * mOptions.scale);
        if (mOptions.marks)
            paintTileMarks(painter, tiler, i, unitToDevice * mOptions.scale);
        paintPageLabel(painter, tiler, i, dpi);
        if (!advance(&step, steps))
            return Status::failure(tr("the export was cancelled"));
    }
    return paintReport(painter, device, keepPageLayout, &step, steps);
}

void MapExporter::paintFitted(QPainter *painter, const QRectF &content)
{
    const QSizeF sheet = sheetSize();
    const double scale
            = std::min(content.width() / sheet.width(), content.height() / sheet.height());
    const QSizeF size = sheet * scale;
    // Centred across, at the top: a map reads from the top.
    const QRectF target(
            QPointF(content.left() + (content.width() - size.width()) / 2, content.top()), size);
    paintSheet(painter, sheetRect(), target);
}

void MapExporter::paintTile(QPainter *painter, const PageTiler &tiler, int index,
                            double unitToDevice)
{
    const QRectF tile = tiler.tile(index);
    // The last row and column reach past the sheet: only the sheet is painted.
    const QRectF source = tile.intersected(sheetRect());
    const QRectF target((source.topLeft() - tile.topLeft()) * unitToDevice,
                        source.size() * unitToDevice);
    paintSheet(painter, source, target);
}

void MapExporter::paintSheet(QPainter *painter, const QRectF &source, const QRectF &target)
{
    if (source.isEmpty() || target.isEmpty())
        return;
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    painter->translate(target.topLeft());
    painter->scale(target.width() / source.width(), target.height() / source.height());
    painter->translate(-source.topLeft());
    painter->fillRect(source, mTheme.background);
    const QRectF title(0.0, 0.0, sheetSize().width(), mTitleHeight);
    if (mOptions.titleBlock && title.intersects(source))
        mTitleBlock->paint(painter, title);
    painter->translate(mapOrigin());
    const QRectF exposed
            = source.translated(-mapOrigin()).intersected(QRectF(QPointF(), mLayout.size()));
    if (!exposed.isEmpty())
        mPainter->paint(painter, mLayout, mProject, exposed);
    painter->restore();
}

void MapExporter::paintTileMarks(QPainter *painter, const PageTiler &tiler, int index,
                                 double unitToDevice) const
{
    const QRectF content(QPointF(), tiler.content() * unitToDevice);
    const double deviceMm = painter->device()->logicalDpiX() / kMmPerInch;
    const double overlap = tiler.overlap() * unitToDevice;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Crop marks: short lines in the margin, in line with the content's edges.
    painter->setPen(QPen(Qt::black, 0.25 * deviceMm));
    const double gap = kMarkGapMm * deviceMm;
    const double length = kMarkLengthMm * deviceMm;
    for (const QPointF &corner :
         {content.topLeft(), content.topRight(), content.bottomLeft(), content.bottomRight()}) {
        const double dx = corner.x() > content.center().x() ? 1 : -1;
        const double dy = corner.y() > content.center().y() ? 1 : -1;
        painter->drawLine(QPointF(corner.x() + dx * gap, corner.y()),
                          QPointF(corner.x() + dx * (gap + length), corner.y()));
        painter->drawLine(QPointF(corner.x(), corner.y() + dy * gap),
                          QPointF(corner.x(), corner.y() + dy * (gap + length)));
    }
    // Overlap marks: dashed where a neighbouring page's content begins or ends.
    QPen dashed(QColor(0x80, 0x80, 0x80), 0.2 * deviceMm, Qt::DashLine);
    painter->setPen(dashed);
    const int row = tiler.rowOf(index);
    const int column = tiler.columnOf(index);
    if (column > 0)
        painter->drawLine(QPointF(overlap, 0), QPointF(overlap, content.bottom()));
    if (column < tiler.columns() - 1)
        painter->drawLine(QPointF(content.right() - overlap, 0),
                          QPointF(content.right() - overlap, content.bottom()));
    if (row > 0)
        painter->drawLine(QPointF(0, overlap), QPointF(content.right(), overlap));
    if (row < tiler.rows() - 1)
        painter->drawLine(QPointF(0, content.bottom() - overlap),
                          QPointF(content.right(), content.bottom() - overlap));
    painter->restore();
}

void MapExporter::paintPageLabel(QPainter *painter, const PageTiler &tiler, int index,
                                 double dotsPerInch) const
{
    const QLocale locale;
    const Journey *journey = mProject.journeys().find(mJourneyId);
    const QString label
            = tr("%1 – page %2 of %3 (row %4, column %5)")
                      .arg(journey ? journey->name : QString(), locale.toString(index + 1),
                           locale.toString(tiler.count()), locale.toString(tiler.rowOf(index) + 1),
                           locale.toString(tiler.columnOf(index) + 1));
    QFont font = mLayout.style().font(TextRole::Small);
    // In the margin above the content, whatever the print scale: 8 pt.
    font.setPixelSize(qRound(8.0 / kPointsPerInch * dotsPerInch));
    const double mm = dotsPerInch / kMmPerInch;
    painter->save();
    painter->setFont(font);
    painter->setPen(Qt::black);
    const double width = tiler.content().width() * mOptions.scale * dotsPerInch
            / MapExportOptions::kUnitsPerInch;
    painter->drawText(QRectF(0, -7 * mm, width, 5 * mm),
                      Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, label);
    painter->restore();
}

Status MapExporter::paintReport(QPainter *painter, QPagedPaintDevice *device, bool keepPageLayout,
                                int *step, int steps)
{
    if (!mOptions.report)
        return Status::success();
    if (!keepPageLayout)
        device->setPageLayout(reportPageLayout());
    ExportReport report(mProject, mJourneyId, mTheme, mLayout.style());
    const int dpi = painter->device()->logicalDpiX();
    const double unitToDevice = dpi / MapExportOptions::kUnitsPerInch;
    const QSizeF content = QSizeF(device->pageLayout().paintRectPixels(dpi).size()) / unitToDevice;
    const int pages = report.pageCount(content);
    for (int i = 0; i < pages; ++i) {
        if (!device->newPage())
            return Status::failure(tr("cannot add a page"));
        painter->save();
        painter->scale(unitToDevice, unitToDevice);
        report.paintPage(painter, i, content);
        painter->restore();
        if (!advance(step, steps))
            return Status::failure(tr("the export was cancelled"));
    }
    for (const MapExportOptions::ReportPage &page : mOptions.reportPages) {
        if (!device->newPage())
            return Status::failure(tr("cannot add a page"));
        painter->save();
        painter->scale(unitToDevice, unitToDevice);
        page(painter, content);
        painter->restore();
        if (!advance(step, steps))
            return Status::failure(tr("the export was cancelled"));
    }
    return Status::success();
}

Status MapExporter::writeSvg(QIODevice *device)
{
    const QSizeF sheet = sheetSize();
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setResolution(int(MapExportOptions::kUnitsPerInch));
    generator.setSize(QSize(qCeil(sheet.width()), qCeil(sheet.height())));
    generator.setViewBox(sheetRect());
    generator.setTitle(mProject.info.name);
    generator.setDescription(tr("Journey map exported by Journey Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return Status::failure(tr("cannot start the SVG"));
    paintSheet(&painter, sheetRect(), sheetRect());
    painter.end();
    int step = 0;
    if (!advance(&step, 1))
        return Status::failure(tr("the export was cancelled"));
    return Status::success();
}

Status MapExporter::writePng(QIODevice *device)
{
    const QSize size = imageSize();
    const double scale = imageScale();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Status::failure(
                tr("not enough memory for an image of %1 × %2 pixels")
                        .arg(QLocale().toString(size.width()), QLocale().toString(size.height())));
    // The theme's background (transparent if asked) also under the last, partly covered pixels.
    image.fill(mTheme.background);
    const int dotsPerMeter = qRound(scale * MapExportOptions::kUnitsPerInch / kMmPerInch * 1000);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    const int bands = (size.height() + kBandHeight - 1) / kBandHeight;
    int step = 0;
    QPainter painter(&image);
    for (int band = 0; band < bands; ++band) {
        const int top = band * kBandHeight;
        const int height = std::min(kBandHeight, size.height() - top);
        const QRectF source = QRectF(0.0, top / scale, sheetSize().width(), height / scale)
                                      .intersected(sheetRect());
        paintSheet(&painter, source, QRectF(source.topLeft() * scale, source.size() * scale));
        if (!advance(&step, bands + 1))
            return Status::failure(tr("the export was cancelled"));
    }
    painter.end();
    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return Status::failure(tr("cannot write the PNG: %1").arg(writer.errorString()));
    if (!advance(&step, bands + 1))
        return Status::failure(tr("the export was cancelled"));
    return Status::success();
}

bool MapExporter::advance(int *step, int steps)
{
    ++*step;
    return !mProgress || mProgress(*step, steps);
}

} // namespace cjm
