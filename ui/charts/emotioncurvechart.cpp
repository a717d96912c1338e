// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/emotioncurvechart.h"

#include "charts/metricssnapshot.h"
#include "model/labels.h"
#include "model/project.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace cjm {

namespace {

/// Names of the personas journey `journeyId` is drawn for, in link order.
QStringList personaNames(const Project &project, const QUuid &journeyId)
{
    QStringList names;
    for (const QUuid &id : project.linked(LinkKind::JourneyPersona, journeyId)) {
        if (const Persona *persona = project.personas().find(id))
            names.append(persona->name);
    }
    return names;
}

} // namespace

EmotionCurveChart::EmotionCurveChart(QWidget *parent)
    : MetricChart(tr("Emotion curve: as-is and to-be"), parent), mView(new QChartView(this))
{
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setChart(new QChart);
    setContent(mView);
}

void EmotionCurveChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    const Project *project = snapshot.project();
    const QUuid journeyId = snapshot.options().journeyId;
    if (!project || !project->journeys().contains(journeyId)) {
        showEmpty(tr("Open a project and choose a journey to see its emotion curve."), false);
        replaceChart(mView, new QChart);
        return;
    }
    auto *asIs = new QLineSeries;
    asIs->setName(tr("As-is"));
    auto *toBe = new QLineSeries;
    toBe->setName(tr("To-be"));
    auto *axisX = new QCategoryAxis;
    int index = 0;
    int withToBe = 0;
    for (const Stage *stage : project->stagesOf(journeyId)) {
        const QVector<const Touchpoint *> touchpoints = project->touchpointsOf(stage->id);
        for (const Touchpoint *touchpoint : touchpoints) {
            asIs->append(index, touchpoint->emotion);
            toBe->append(index, touchpoint->emotionToBe.value_or(touchpoint->emotion));
            withToBe += touchpoint->emotionToBe ? 1 : 0;
            ++index;
        }
        if (!touchpoints.isEmpty())
            axisX->append(stage->name, index - 0.5);
    }
    if (index == 0) {
        delete asIs;
        delete toBe;
        delete axisX;
        showEmpty(tr("This journey has no touchpoints yet. Add touchpoints on the map and rate "
                     "their emotion to see the curve."),
                  false);
        replaceChart(mView, new QChart);
        return;
    }
    auto *chart = new QChart;
    QPen asIsPen(theme.emotionCurve, theme.curveWidth);
    asIs->setPen(asIsPen);
    asIs->setPointsVisible(true);
    QPen toBePen(theme.emotionCurveToBe, theme.curveWidth, Qt::DashLine);
    toBe->setPen(toBePen);
    toBe->setPointsVisible(true);
    chart->addSeries(asIs);
    if (withToBe > 0)
        chart->addSeries(toBe);
    else
        delete toBe;
    axisX->setRange(-0.5, index - 0.5);
    axisX->setLabelsAngle(-30);
    auto *axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int emotion = -2; emotion <= 2; ++emotion)
        axisY->append(Labels::emotionName(emotion), emotion);
    axisY->setRange(-2.4, 2.4);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, theme);
    replaceChart(mView, chart);
    const QStringList personas = personaNames(*project, journeyId);
    QString caption = tr("n = %1 touchpoints, %2 with a to-be emotion")
                              .arg(snapshot.options().locale.toString(index),
                                   snapshot.options().locale.toString(withToBe));
    if (!personas.isEmpty())
        caption += QStringLiteral(" · ")
                + tr("persona: %1").arg(personas.join(QStringLiteral(", ")));
    showChart(caption);
}

} // namespace cjm
