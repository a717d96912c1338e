// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/maptheme.h"
#include "util/status.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPainter;
class QPushButton;
class QStackedWidget;

namespace cjm {

class MetricsSnapshot;

/**
 * One chart of the Metrics view: a title, the chart itself, a caption with the sample size
 * (and the small-sample note), and an empty state that says what to do instead of showing
 * blank axes. Each chart exports itself to PNG and SVG (buttons and context menu), so that
 * figures can go into a report exactly as seen.
 */
class MetricChart : public QWidget
{
    Q_OBJECT

public:
    explicit MetricChart(const QString &title, QWidget *parent = nullptr);

    /// Redraws from `snapshot` in `theme`'s colours.
    virtual void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) = 0;

    QString title() const;
    /// The caption under the chart ("n = 120 · hollow points: fewer than 30 answers").
    QString caption() const;
    /// Whether the empty state is shown instead of the chart.
    bool isEmptyState() const;
    /// The empty state's text.
    QString emptyText() const;
    /// The widget drawing the chart (a QChartView or a painted widget).
    QWidget *content() const { return mContent; }

    /// Writes the chart as a PNG (at its size on screen, or 800 × 480 when not shown yet).
    Status exportPng(const QString &path);
    /// Writes the chart as an SVG.
    Status exportSvg(const QString &path);
    /// The picture the exports write — title, chart, caption with n — at its natural size,
    /// for pages of a PDF report (ChartReportPages).
    QSize pictureSize();
    void paintPicture(QPainter *painter, const QSize &size) { paintExport(painter, size); }

    /// Applies `theme` to a chart's background, title, axes, grid and legend.
    static void styleChart(QChart *chart, const MapTheme &theme);

Q_SIGNALS:
    /// The user asked to import survey data from an empty state.
    void importRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    /// Sets the widget that draws the chart (once, from the constructor).
    void setContent(QWidget *content);
    /// Shows the chart with `caption` under it.
    void showChart(const QString &caption);
    /// Shows `text` instead of the chart; `offerImport` adds an "Import Survey Data…" button.
    void showEmpty(const QString &text, bool offerImport);
    /// Puts `chart` into `view` and deletes the chart it showed before.
    static void replaceChart(QChartView *view, QChart *chart);
    /// Colours the frame, title and caption.
    void styleFrame(const MapTheme &theme);

private:
    void exportWithDialog(bool svg);
    QSize exportSize();
    /// Paints title, chart and caption (with n) as one picture of `size`, for exports.
    void paintExport(QPainter *painter, const QSize &size);
    int exportTextHeight() const;

    QLabel *mTitle;
    QLabel *mCaption;
    QStackedWidget *mStack;
    QWidget *mEmptyPage;
    QLabel *mEmptyLabel;
    QPushButton *mImportButton;
    QWidget *mContent = nullptr;
};

} // namespace cjm
