// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreportpages.h"

#include "metricchart.h"
#include "metricsview.h"
#include "render/maptheme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPicture>

namespace cjm {

namespace {

/// Room between the two charts of a page, in 1/96 inch.
constexpr qreal kGap = 24.0;

/// Paints `chart` scaled to fit `box`, centred horizontally.
void paintChart(QPainter *painter, MetricChart *chart, const QRectF &box)
{
    const QSize size = chart->pictureSize();
    const qreal scale = std::min(box.width() / size.width(), box.height() / size.height());
    // Recorded at screen resolution and played back: QPicture keeps it vector and sizes
    // the widgets' point-sized fonts for the page as they look on screen.
    QPicture picture;
    QPainter recorder(&picture);
    chart->paintPicture(&recorder, size);
    recorder.end();
    painter->save();
    painter->translate(box.left() + (box.width() - size.width() * scale) / 2, box.top());
    painter->scale(scale, scale);
    // QPainter::drawPicture scales a picture from its resolution to the device's; the
    // page's painter is already in 1/96 inch, so undo that.
    const qreal ratio = qreal(picture.logicalDpiX()) / painter->device()->logicalDpiX();
    painter->scale(ratio, ratio);
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

} // namespace

ChartReportPages::ChartReportPages(Document *document, const QUuid &journeyId)
    : mView(std::make_unique<MetricsView>())
{
    // Paper is white: the light theme, whatever the screen shows.
    mView->setAttribute(Qt::WA_DontShowOnScreen);
    mView->setTheme(MapTheme::light());
    mView->setDocument(document);
    mView->setJourney(journeyId);
    mView->resize(1800, 3600); // charts about as wide as a page is tall and half as high
    mView->show();             // the view computes its figures when shown
    QCoreApplication::processEvents();
}

ChartReportPages::~ChartReportPages() = default;

QVector<MapExportOptions::ReportPage> ChartReportPages::pages() const
{
    QVector<MetricChart *> charts;
    for (MetricChart *chart : mView->charts()) {
        if (!chart->isEmptyState())
            charts.append(chart);
    }
    QVector<MapExportOptions::ReportPage> pages;
    for (int i = 0; i < charts.size(); i += 2) {
        MetricChart *first = charts.at(i);
        MetricChart *second = i + 1 < charts.size() ? charts.at(i + 1) : nullptr;
        pages.append([first, second](QPainter *painter, const QSizeF &content) {
            const qreal half = (content.height() - kGap) / 2;
            paintChart(painter, first, QRectF(0, 0, content.width(), half));
            if (second)
                paintChart(painter, second, QRectF(0, half + kGap, content.width(), half));
        });
    }
    return pages;
}

} // namespace cjm
