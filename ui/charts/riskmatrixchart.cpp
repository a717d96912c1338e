// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/riskmatrixchart.h"

#include "analytics/riskassessment.h"
#include "charts/metricssnapshot.h"
#include "charts/riskmatrixgrid.h"
#include "model/project.h"

#include <QSet>

namespace cjm {

RiskMatrixChart::RiskMatrixChart(QWidget *parent)
    : MetricChart(tr("Pain-point risk matrix"), parent), mGrid(new RiskMatrixGrid(this))
{
    setContent(mGrid);
}

void RiskMatrixChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    const Project *project = snapshot.project();
    RiskMatrixGrid::Counts counts{};
    int total = 0;
    int levels[4] = {0, 0, 0, 0};
    if (project) {
        QSet<QUuid> stages;
        for (const Stage *stage : project->stagesOf(snapshot.options().journeyId))
            stages.insert(stage->id);
        for (const PainPoint &painPoint : project->painPoints()) {
            if (!stages.contains(painPoint.stageId))
                continue;
            const int severity = qBound(1, painPoint.severity, 5);
            const int likelihood = qBound(1, painPoint.likelihood, 5);
            ++counts[severity - 1][likelihood - 1];
            ++levels[int(RiskAssessment::level(painPoint))];
            ++total;
        }
    }
    if (total == 0) {
        showEmpty(tr("This journey has no pain points yet. Add pain points to its touchpoints "
                     "and rate their severity and likelihood to see the risk matrix."),
                  false);
        return;
    }
    mGrid->setCounts(counts, theme);
    const QLocale &locale = snapshot.options().locale;
    showChart(tr("n = %1 pain points · critical %2 · high %3 · medium %4 · low %5")
                      .arg(locale.toString(total), locale.toString(levels[3]),
                           locale.toString(levels[2]), locale.toString(levels[1]),
                           locale.toString(levels[0])));
}

} // namespace cjm
