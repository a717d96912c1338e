// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>

class QPainter;

namespace cjm {

/**
 * What a map export writes and how (issue 5): the format, the page and its
 * tiling (PDF and print), the pixel scale (PNG), the background, the theme and
 * the title block. A value type, so the export dialog, the CLI and the tests
 * fill the same struct and MapExporter reads nothing else.
 *
 * Map units are the logical pixels of MapStyle; 96 of them make an inch at
 * scale 1, so a map prints at the size it has on a 96-dpi screen.
 */
struct MapExportOptions
{
    /// The file format.
    enum class Format { Pdf, Svg, Png };
    /// The paper: the map's own size (one page), or a standard sheet.
    enum class Page { FitToMap, A4, A3, Letter };
    /// One of MapTheme's built-in themes.
    enum class Theme { Light, Dark, HighContrast };

    /// Map units per inch at scale 1.
    static constexpr double kUnitsPerInch = 96.0;

    Format format = Format::Pdf;
    Page page = Page::FitToMap;
    /// Landscape rather than portrait (standard sheets only).
    bool landscape = false;
    /// Cut the map into pages of `page` at `scale` rather than shrink it onto one page.
    bool tiled = false;
    /// Tiled: the strip two neighbouring pages share, so they can be glued together (mm).
    double overlapMm = 10.0;
    /// Tiled and standard sheets: the unprinted border of every page (mm); page labels sit in it.
    double marginMm = 10.0;
    /// Tiled: draw crop marks at the page's content corners and dashed overlap lines.
    bool marks = true;

    /// Map units to pixels (PNG) or to 1/96 inch (tiled pages); used when `dpi` is 0.
    double scale = 1.0;
    /// PNG: dots per inch of the image (scale = dpi / 96) when above 0; written into the file.
    int dpi = 0;
    /// PNG and SVG: leave the background transparent rather than the theme's.
    bool transparent = false;

    Theme theme = Theme::Light;
    /// A block above the map: project, journey, personas, date and the legend.
    bool titleBlock = true;
    /// PDF: pages after the map with the pain-point table and the ranked opportunities.
    bool report = false;
    /// Paints one report page into (0, 0, content), content in 1/96 inch.
    using ReportPage = std::function<void(QPainter *painter, const QSizeF &content)>;
    /// PDF report: pages the caller adds after the tables. Core draws no charts (they are
    /// Qt Charts, in ui/); the application adds its Metrics view here.
    QVector<ReportPage> reportPages;

    /// The effective pixels (or 1/96 inches) per map unit: from `dpi` if set, else `scale`.
    double effectiveScale() const { return dpi > 0 ? dpi / kUnitsPerInch : scale; }
};

} // namespace cjm
