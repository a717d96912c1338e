// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/mapexportoptions.h"
#include "model/project.h"
#include "render/maplayout.h"
#include "render/maptheme.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QSize>
#include <QSizeF>
#include <QUuid>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace cjm {

class PageTiler;
class MapPainter;
class TitleBlock;

/**
 * Writes one journey's map as PDF, SVG or PNG (issue 5), and paints it on any
 * paged device such as a printer. Everything is drawn by MapPainter on the
 * MapLayout the editor uses, so an export looks like the canvas.
 *
 * The "sheet" is what gets exported: the title block (optional) above the map.
 * A PDF holds it on one page (fitted to the map, or shrunk onto a standard
 * sheet), or cut into tiles of a standard sheet that overlap by
 * MapExportOptions::overlapMm; optional report pages follow.
 *
 * Files are written through a temporary file that replaces `path` only when
 * everything succeeded: a failed or cancelled export leaves no partial file.
 *
 * Limits (so a 2,000-touchpoint journey still exports in seconds):
 * - a PNG has at most kMaxPixels pixels and kMaxPixelSide on its longest side;
 *   a larger request is scaled down (imageScale() tells by how much, and the
 *   DPI written into the file follows);
 * - a fitted PDF page is at most kMaxPagePoints on its longest side (200 in,
 *   the PDF viewers' limit); the vector drawing is scaled down to fit.
 */
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapExporter)

public:
    /// Reports `done` of `total` steps (pages, tiles or image bands); returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// The most pixels of a PNG (160 MB in memory).
    static constexpr qint64 kMaxPixels = 40'000'000;
    /// The longest side of a PNG (QPainter's raster engine works up to 32,767).
    static constexpr int kMaxPixelSide = 32'000;
    /// The longest side of a fitted PDF page (200 in).
    static constexpr double kMaxPagePoints = 14'400.0;
    /// The title block's width never goes below this (map units), so the legend fits.
    static constexpr double kMinSheetWidth = 980.0;

    /// Lays out `journeyId` of `project`; both must outlive the exporter.
    MapExporter(const Project &project, const QUuid &journeyId, const MapExportOptions &options);
    ~MapExporter();
    MapExporter(const MapExporter &) = delete;
    MapExporter &operator=(const MapExporter &) = delete;

    /// Called after every page, tile or image band; may cancel the export.
    void setProgress(Progress progress) { mProgress = std::move(progress); }

    /// Writes the export in options().format to `path`.
    Status write(const QString &path);

    /**
     * Paints the sheet with `painter`, already begun on `device`, on the device's
     * current page layout (a PDF: pageLayout(); a printer: the paper the user chose),
     * one page fitted or tiled as the options say, then the report pages. With
     * `keepPageLayout` the report uses that layout too; otherwise its own
     * (reportPageLayout()).
     */
    Status paintPages(QPainter *painter, QPagedPaintDevice *device, bool keepPageLayout);

    /// The page of the map in a PDF: fitted to the sheet, or the paper of the options.
    QPageLayout pageLayout() const;
    /// The page of the report: the paper of the options (A4 when fitted), portrait.
    QPageLayout reportPageLayout() const;
    /// The map pages that paintPages() paints on pages of `layout` (report excluded).
    int mapPageCount(const QPageLayout &layout) const;

    /// The options of the constructor.
    const MapExportOptions &options() const { return mOptions; }
    /// The layout drawn.
    const MapLayout &layout() const { return mLayout; }
    /// The theme drawn in (its background transparent when asked).
    const MapTheme &theme() const { return mTheme; }
    /// Title block plus map, in map units.
    QSizeF sheetSize() const;
    /// The map's top-left corner on the sheet.
    QPointF mapOrigin() const;
    /// The PNG's pixel size, after the limits.
    QSize imageSize() const;
    /// The pixels per map unit of the PNG, after the limits.
    double imageScale() const;
    /// Whether the PNG was scaled down to respect kMaxPixels / kMaxPixelSide.
    bool imageCapped() const;
    /// The theme of `theme`.
    static MapTheme themeOf(MapExportOptions::Theme theme);

private:
    Status writePdf(QIODevice *device);
    /// The PDF itself, before PdfUnicodeFixer.
    Status paintPdf(QIODevice *device);
    Status writeSvg(QIODevice *device);
    Status writePng(QIODevice *device);
    /// Paints the sheet's part `source` (sheet units) into `target` (device units).
    void paintSheet(QPainter *painter, const QRectF &source, const QRectF &target);
    void paintFitted(QPainter *painter, const QRectF &content);
    void paintTile(QPainter *painter, const PageTiler &tiler, int index, double unitToDevice);
    void paintTileMarks(QPainter *painter, const PageTiler &tiler, int index,
                        double unitToDevice) const;
    void paintPageLabel(QPainter *painter, const PageTiler &tiler, int index,
                        double dotsPerInch) const;
    Status paintReport(QPainter *painter, QPagedPaintDevice *device, bool keepPageLayout, int *step,
                       int steps);
    /// The tiler of pages of `layout` at the device resolution `dotsPerInch`.
    PageTiler tilerFor(const QPageLayout &layout) const;
    /// Reports progress; false when the user cancelled.
    bool advance(int *step, int steps);
    bool fitsPageToMap() const;
    QRectF sheetRect() const { return QRectF(QPointF(), sheetSize()); }

    const Project &mProject;
    QUuid mJourneyId;
    MapExportOptions mOptions;
    MapTheme mTheme;
    MapLayout mLayout;
    Progress mProgress;
    double mTitleHeight = 0.0;
    std::unique_ptr<MapPainter> mPainter;
    std::unique_ptr<TitleBlock> mTitleBlock;
};

} // namespace cjm
