// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/mapexportoptions.h"

#include <QUuid>

#include <memory>

namespace cjm {

class Document;
class MetricsView;

/**
 * The Metrics view's charts as pages of a PDF report (MapExportOptions::reportPages): the
 * charts with data, two to a page, each with its title and n, drawn as vectors. Holds an
 * off-screen MetricsView of the journey in the light theme, which must live until the
 * export is written.
 */
class ChartReportPages
{
public:
    ChartReportPages(Document *document, const QUuid &journeyId);
    ~ChartReportPages();
    ChartReportPages(const ChartReportPages &) = delete;
    ChartReportPages &operator=(const ChartReportPages &) = delete;

    /// The pages; none when no chart has data.
    QVector<MapExportOptions::ReportPage> pages() const;

private:
    std::unique_ptr<MetricsView> mView;
};

} // namespace cjm
