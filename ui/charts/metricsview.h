// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/periodbucket.h"
#include "charts/metricssnapshot.h"
#include "render/maptheme.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;

namespace cjm {

class Document;
class DriverQuadrantChart;
class EmotionCurveChart;
class MetricChart;
class NpsBreakdownChart;
class NpsTrendChart;
class RiskMatrixChart;
class TouchpointScoreChart;
struct ChangeEvent;

/**
 * The Metrics view of one journey: the survey figures (NPS trend, promoters and detractors,
 * CSAT and CES per touchpoint, drivers) beside the map's own figures (emotion curve, pain
 * point risk), filtered by segment and with a period granularity for the trend. It follows
 * the document: any change (an import, its undo, an edited target or touchpoint) redraws
 * the charts from one fresh MetricsSnapshot.
 */
class MetricsView : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsView(QWidget *parent = nullptr);
    ~MetricsView() override;

    /// Shows `document`'s figures (not owned; nullptr empties the view).
    void setDocument(Document *document);
    /// The journey whose figures are shown.
    void setJourney(const QUuid &journeyId);
    QUuid journey() const { return mJourneyId; }
    /// Colours of the charts (the map's theme).
    void setTheme(const MapTheme &theme);
    /// Null for all segments.
    void setPersonaFilter(const QUuid &personaId);
    QUuid personaFilter() const;
    void setGranularity(PeriodBucket::Granularity granularity);
    PeriodBucket::Granularity granularity() const;

    /// Recomputes and redraws now (changes are otherwise batched to the next event loop turn).
    void refresh();
    /// The figures drawn last.
    const MetricsSnapshot &snapshot() const { return mSnapshot; }

    NpsTrendChart *npsTrend() const { return mNpsTrend; }
    NpsBreakdownChart *npsBreakdown() const { return mNpsBreakdown; }
    TouchpointScoreChart *csatChart() const { return mCsat; }
    TouchpointScoreChart *cesChart() const { return mCes; }
    EmotionCurveChart *emotionCurve() const { return mEmotion; }
    RiskMatrixChart *riskMatrix() const { return mRisk; }
    DriverQuadrantChart *driverQuadrant() const { return mDrivers; }
    /// Every chart, in display order.
    QVector<MetricChart *> charts() const;

Q_SIGNALS:
    /// The user asked to import survey data (from an empty state).
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void scheduleRefresh();
    void fillPersonas();
    void updateHeadline();

    Document *mDocument = nullptr;
    QUuid mJourneyId;
    /// A change arrived while hidden: recompute when shown (a hidden dock costs no SQL).
    bool mStale = false;
    MapTheme mTheme = MapTheme::light();
    MetricsSnapshot mSnapshot;
    QComboBox *mPersonaBox;
    QComboBox *mPeriodBox;
    QLabel *mHeadline;
    QScrollArea *mScroll;
    QWidget *mPage;
    QTimer *mRefreshTimer;
    NpsTrendChart *mNpsTrend;
    NpsBreakdownChart *mNpsBreakdown;
    TouchpointScoreChart *mCsat;
    TouchpointScoreChart *mCes;
    EmotionCurveChart *mEmotion;
    RiskMatrixChart *mRisk;
    DriverQuadrantChart *mDrivers;
};

} // namespace cjm
