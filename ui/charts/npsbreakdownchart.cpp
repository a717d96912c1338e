// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/npsbreakdownchart.h"

#include "analytics/samplequality.h"
#include "charts/metricssnapshot.h"
#include "model/project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalPercentBarSeries>
#include <QLayout>
#include <QValueAxis>

namespace cjm {

NpsBreakdownChart::NpsBreakdownChart(QWidget *parent)
    : MetricChart(tr("Promoters, passives and detractors"), parent),
      mView(new QChartView(this)),
      mModeBox(new QComboBox(this))
{
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setChart(new QChart);
    setContent(mView);
    mModeBox->addItem(tr("By stage"), int(Mode::ByStage));
    mModeBox->addItem(tr("By segment"), int(Mode::BySegment));
    // The mode choice sits in the chart's header, next to the export buttons.
    if (auto *header = qobject_cast<QBoxLayout *>(layout()->itemAt(0)->layout()))
        header->insertWidget(1, mModeBox);
    connect(mModeBox, &QComboBox::currentIndexChanged, this, &NpsBreakdownChart::modeChanged);
}

NpsBreakdownChart::Mode NpsBreakdownChart::mode() const
{
    return Mode(mModeBox->currentData().toInt());
}

void NpsBreakdownChart::setMode(Mode mode)
{
    mModeBox->setCurrentIndex(mModeBox->findData(int(mode)));
}

void NpsBreakdownChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    const QLocale &locale = snapshot.options().locale;
    auto *detractors = new QBarSet(tr("Detractors (0–6)"));
    auto *passives = new QBarSet(tr("Passives (7–8)"));
    auto *promoters = new QBarSet(tr("Promoters (9–10)"));
    detractors->setColor(theme.emotionNegative);
    passives->setColor(theme.emotionNeutral);
    promoters->setColor(theme.emotionPositive);
    QStringList categories;
    qint64 total = 0;
    int small = 0;
    const QVector<SurveyMetricsGroup> &groups
            = mode() == Mode::ByStage ? snapshot.byStage() : snapshot.byPersona();
    if (snapshot.project()) {
        for (const SurveyMetricsGroup &group : groups) {
            const NpsResult nps = group.nps(*snapshot.project());
            if (!nps.isValid())
                continue;
            // Horizontal bars grow upwards: insert at the front to read top-down in map order.
            detractors->insert(0, nps.detractorPercent);
            passives->insert(0, nps.passivePercent);
            promoters->insert(0, nps.promoterPercent);
            const bool isSmall = SampleQuality::isSmall(nps.n);
            small += isSmall ? 1 : 0;
            total += nps.n;
            QString label = tr("%1 (NPS %2, n = %3)")
                                    .arg(group.label, locale.toString(*nps.value, 'f', 0),
                                         locale.toString(nps.n));
            if (isSmall)
                label += QLatin1Char(' ') + tr("small sample");
            categories.prepend(label);
        }
    }
    if (categories.isEmpty()) {
        delete detractors;
        delete passives;
        delete promoters;
        const bool noData = !snapshot.hasSurveyData();
        showEmpty(noData ? tr("No survey answers for this journey yet. Import survey data "
                              "(File ▸ Import Survey Data…) to compare promoters and detractors.")
                          : mode() == Mode::ByStage
                          ? tr("No NPS answers scoped to a stage or touchpoint of this "
                               "journey. Try “By segment”.")
                          : tr("No NPS answers with a segment. Map a segment column "
                               "when importing survey data."),
                  noData);
        replaceChart(mView, new QChart);
        return;
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append({detractors, passives, promoters});
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    series->setLabelsFormat(QStringLiteral("@value %"));
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, theme);
    for (QBarSet *set : series->barSets())
        set->setLabelColor(MapTheme::textOn(set->color()));
    replaceChart(mView, chart);
    QString caption = SampleQuality::label(total, locale);
    if (small > 0)
        caption += QStringLiteral(" · ")
                + tr("bars resting on fewer than %1 answers: %2")
                          .arg(locale.toString(SampleQuality::kSmallSample),
                               locale.toString(small));
    if (snapshot.personaFiltered())
        caption += QStringLiteral(" · ") + snapshot.segmentLabel();
    showChart(caption);
}

} // namespace cjm
