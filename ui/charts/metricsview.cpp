// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/metricsview.h"

#include "analytics/samplequality.h"
#include "charts/driverquadrantchart.h"
#include "charts/emotioncurvechart.h"
#include "charts/npsbreakdownchart.h"
#include "charts/npstrendchart.h"
#include "charts/riskmatrixchart.h"
#include "charts/touchpointscorechart.h"
#include "document/document.h"
#include "model/project.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace cjm {

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent),
      mPersonaBox(new QComboBox(this)),
      mPeriodBox(new QComboBox(this)),
      mHeadline(new QLabel(this)),
      mScroll(new QScrollArea(this)),
      mPage(new QWidget),
      mRefreshTimer(new QTimer(this)),
      mNpsTrend(new NpsTrendChart(mPage)),
      mNpsBreakdown(new NpsBreakdownChart(mPage)),
      mCsat(new TouchpointScoreChart(MetricKind::Csat, mPage)),
      mCes(new TouchpointScoreChart(MetricKind::Ces, mPage)),
      mEmotion(new EmotionCurveChart(mPage)),
      mRisk(new RiskMatrixChart(mPage)),
      mDrivers(new DriverQuadrantChart(mPage))
{
    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(0);
    connect(mRefreshTimer, &QTimer::timeout, this, &MetricsView::refresh);

    mPersonaBox->setAccessibleName(tr("Segment"));
    mPeriodBox->setAccessibleName(tr("Period"));
    mPeriodBox->addItem(tr("Week"), int(PeriodBucket::Granularity::Week));
    mPeriodBox->addItem(tr("Month"), int(PeriodBucket::Granularity::Month));
    mPeriodBox->addItem(tr("Quarter"), int(PeriodBucket::Granularity::Quarter));
    mPeriodBox->setCurrentIndex(1);
    fillPersonas();
    connect(mPersonaBox, &QComboBox::currentIndexChanged, this, &MetricsView::refresh);
    connect(mPeriodBox, &QComboBox::currentIndexChanged, this, &MetricsView::refresh);
    connect(mNpsBreakdown, &NpsBreakdownChart::modeChanged, this, &MetricsView::refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Segment:"), this));
    bar->addWidget(mPersonaBox);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Trend by:"), this));
    bar->addWidget(mPeriodBox);
    bar->addSpacing(12);
    bar->addWidget(mHeadline, 1);

    auto *grid = new QGridLayout(mPage);
    const QVector<MetricChart *> all = charts();
    for (int i = 0; i < all.size(); ++i) {
        grid->addWidget(all.at(i), i / 2, i % 2);
        connect(all.at(i), &MetricChart::importRequested, this, &MetricsView::importRequested);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    mPage->setAutoFillBackground(true);
    mScroll->setWidget(mPage);
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(mScroll, 1);
    setTheme(mTheme);
}

MetricsView::~MetricsView() = default;

QVector<MetricChart *> MetricsView::charts() const
{
    return {mNpsTrend, mNpsBreakdown, mCsat, mCes, mDrivers, mEmotion, mRisk};
}

void MetricsView::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mJourneyId = QUuid();
    if (mDocument) {
        connect(mDocument, &Document::changed, this, &MetricsView::onChanged);
        connect(mDocument, &QObject::destroyed, this, [this] {
            mDocument = nullptr;
            mSnapshot = MetricsSnapshot();
        });
        const QVector<const Journey *> journeys = mDocument->project().orderedJourneys();
        if (!journeys.isEmpty())
            mJourneyId = journeys.first()->id;
    }
    fillPersonas();
    refresh();
}

void MetricsView::setJourney(const QUuid &journeyId)
{
    if (journeyId == mJourneyId)
        return;
    mJourneyId = journeyId;
    refresh();
}

void MetricsView::setTheme(const MapTheme &theme)
{
    mTheme = theme;
    QPalette palette = mPage->palette();
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::WindowText, theme.text);
    mPage->setPalette(palette);
    refresh();
}

void MetricsView::setPersonaFilter(const QUuid &personaId)
{
    const int index = mPersonaBox->findData(personaId);
    mPersonaBox->setCurrentIndex(index < 0 ? 0 : index);
}

QUuid MetricsView::personaFilter() const
{
    return mPersonaBox->currentData().toUuid();
}

void MetricsView::setGranularity(PeriodBucket::Granularity granularity)
{
    mPeriodBox->setCurrentIndex(mPeriodBox->findData(int(granularity)));
}

PeriodBucket::Granularity MetricsView::granularity() const
{
    return PeriodBucket::Granularity(mPeriodBox->currentData().toInt());
}

void MetricsView::onChanged(const ChangeEvent &event)
{
    if (event.has(ChangeType::Selection) && event.items.size() == 1)
        return;
    if (event.has(ChangeType::Reset) || event.has(ChangeType::Added, EntityKind::Persona)
        || event.has(ChangeType::Removed, EntityKind::Persona)
        || event.has(ChangeType::Changed, EntityKind::Persona))
        fillPersonas();
    if (event.has(ChangeType::Reset) || !mDocument->project().journeys().contains(mJourneyId)) {
        const QVector<const Journey *> journeys = mDocument->project().orderedJourneys();
        mJourneyId = journeys.isEmpty() ? QUuid() : journeys.first()->id;
    }
    scheduleRefresh();
}

void MetricsView::scheduleRefresh()
{
    if (!isVisible()) {
        mStale = true;
        return;
    }
    mRefreshTimer->start();
}

void MetricsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        refresh();
}

void MetricsView::fillPersonas()
{
    const QUuid current = mPersonaBox->currentData().toUuid();
    const QSignalBlocker blocker(mPersonaBox);
    mPersonaBox->clear();
    mPersonaBox->addItem(tr("All segments"), QUuid());
    if (mDocument) {
        for (const Persona *persona : mDocument->project().orderedPersonas())
            mPersonaBox->addItem(persona->name, persona->id);
    }
    const int index = mPersonaBox->findData(current);
    mPersonaBox->setCurrentIndex(index < 0 ? 0 : index);
}

void MetricsView::refresh()
{
    mRefreshTimer->stop();
    mStale = false;
    MetricsSnapshot::Options options;
    options.journeyId = mJourneyId;
    options.personaId = personaFilter();
    options.granularity = granularity();
    options.locale = locale();
    mSnapshot = MetricsSnapshot(mDocument, options);
    const QVector<MetricChart *> all = charts();
    for (MetricChart *chart : all)
        chart->refresh(mSnapshot, mTheme);
    updateHeadline();
}

void MetricsView::updateHeadline()
{
    const Project *project = mSnapshot.project();
    if (!project) {
        mHeadline->setText(tr("Open a project to see its metrics."));
        return;
    }
    if (!mSnapshot.status()) {
        mHeadline->setText(
                tr("The survey figures cannot be read: %1").arg(mSnapshot.status().message()));
        return;
    }
    const QLocale loc = locale();
    QStringList parts;
    const NpsResult nps = mSnapshot.overall().nps(*project);
    if (nps.isValid()) {
        QString text = tr("NPS %1").arg(loc.toString(*nps.value, 'f', 0));
        if (nps.moe95)
            text += QStringLiteral(" ± ") + loc.toString(*nps.moe95, 'f', 1);
        parts.append(text + QStringLiteral(" (") + SampleQuality::label(nps.n, loc)
                     + QLatin1Char(')'));
    }
    const CsatResult csat = mSnapshot.overall().csat(*project);
    if (csat.isValid())
        parts.append(tr("CSAT %1 % (n = %2)")
                             .arg(loc.toString(*csat.value, 'f', 1), loc.toString(csat.n)));
    const CesResult ces = mSnapshot.overall().ces(*project);
    if (ces.isValid())
        parts.append(
                tr("CES %1 (n = %2)").arg(loc.toString(*ces.mean, 'f', 2), loc.toString(ces.n)));
    mHeadline->setText(parts.isEmpty() ? tr("No survey answers for this selection.")
                                       : parts.join(QStringLiteral(" · ")));
}

} // namespace cjm
