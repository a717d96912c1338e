// SPDX-License-Identifier: GPL-3.0-or-later
// The Metrics view on a copy of the English sample after importing a small hand-made survey:
// the charts hold the figures worked out by hand below, show n, mark small samples, follow
// undo, and export to PNG and SVG.
//
// The survey (journey "Platinum card … (as-is)"): NPS (journey scope), CSAT about two
// touchpoints, CES about a third, a segment naming the sample's two personas.
//   January  R1..R4: NPS 10 9 7 3      → promoters 2, passives 1, detractors 1: NPS 25, n 4
//   February R5..R8: NPS 9 6 10 10     → promoters 3, detractors 1:               NPS 50, n 4
//   March    30 × NPS 9                →                                          NPS 100, n 30
//   Overall: promoters 35, passives 1, detractors 2 of 38: NPS 100 · 33 / 38
//   Amelia (R1 R2 R5 R7 + the 30 of March): all promoters: NPS 100, n 34
//   Daniel (R3 R4 R6 R8): 7 3 6 10 → 1 promoter, 2 detractors: NPS −25, n 4
//   CSAT "rewards calculator": 5 4 4 2 5 3 4 5 + 30 × 4 → 36 of 38 in 4–5: 100 · 36 / 38 %
//   CSAT "dispute line": 2 1 3 1 4 2 – 3 → 1 of 7 in 4–5: 100 / 7 %, small sample
//   CES "phone menu (IVR)": 6 5 4 2 7 3 6 – → mean 33 / 7, n 7

#include "canvas/journeycanvas.h"
#include "charts/driverquadrantchart.h"
#include "charts/emotioncurvechart.h"
#include "charts/metricsdock.h"
#include "charts/metricsview.h"
#include "charts/npsbreakdownchart.h"
#include "charts/npstrendchart.h"
#include "charts/riskmatrixchart.h"
#include "charts/riskmatrixgrid.h"
#include "charts/touchpointscorechart.h"
#include "document/document.h"
#include "interchange/surveyautomapper.h"
#include "interchange/surveyimporter.h"
#include "mainwindow/mainwindow.h"
#include "model/project.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cjm;

namespace {

template<class T>
T *seriesNamed(QChart *chart, const QString &name)
{
    const auto all = chart->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == name)
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

QVector<double> ys(const QXYSeries *series)
{
    QVector<double> values;
    const auto points = series->points();
    for (const QPointF &point : points)
        values.append(point.y());
    return values;
}

const Touchpoint *touchpointTitled(const Project &project, const QString &title)
{
    for (const Touchpoint &touchpoint : project.touchpoints()) {
        if (touchpoint.title == title)
            return &touchpoint;
    }
    return nullptr;
}

const Persona *personaNamed(const Project &project, const QString &name)
{
    for (const Persona &persona : project.personas()) {
        if (persona.name == name)
            return &persona;
    }
    return nullptr;
}

const Metric *metricOfKind(const Project &project, MetricKind kind)
{
    for (const Metric *metric : project.orderedMetrics()) {
        if (metric->kind == kind)
            return metric;
    }
    return nullptr;
}

} // namespace

class TestMetricsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStatesSayWhatToDo();
    void npsTrendHoldsTheMonthlyFigures();
    void breakdownBySegment();
    void touchpointScoresAgainstTarget();
    void driverQuadrantPlacesTheTouchpoints();
    void emotionCurveAndRiskMatrixFollowTheMap();
    void undoEmptiesTheCharts();
    void personaFilterNarrowsTheFigures();
    void exportsPngAndSvg();
    void themesApply();
    void hiddenViewWaitsUntilShown();
    void mainWindowOffersImportAndMetrics();
    void screenshot();

private:
    void importSurvey(bool waitForCharts = true);
    QString writeCsv();

    QTemporaryDir mWorkDir;
    QString mCopy;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MetricsView> mView;
    QUuid mJourney;
};

void TestMetricsView::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.filePath(QStringLiteral("work")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestMetricsView::init()
{
    mCopy = mWorkDir.filePath(QStringLiteral("sample.cjm"));
    QFile::remove(mCopy);
    QVERIFY(QFile::copy(QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"),
                        mCopy));
    QFile::setPermissions(mCopy, QFile::ReadOwner | QFile::WriteOwner);
    Document::OpenResult result;
    Document::OpenOptions options;
    options.recovery = Document::RecoveryPolicy::Discard;
    mDocument = Document::open(mCopy, options, &result);
    QVERIFY2(mDocument, qPrintable(result.status.message()));
    mJourney = mDocument->project().orderedJourneys().first()->id;
    mView = std::make_unique<MetricsView>();
    mView->setLocale(QLocale::c());
    mView->resize(1200, 1600);
    mView->setDocument(mDocument.get());
    mView->setJourney(mJourney);
    // A hidden view defers its work until shown (see hiddenViewWaitsUntilShown).
    mView->show();
}

void TestMetricsView::cleanup()
{
    mView.reset();
    mDocument.reset();
}

QString TestMetricsView::writeCsv()
{
    QString text = QStringLiteral("Respondent,Date,Segment,NPS,CSAT calculator,CSAT dispute line,"
                                  "CES dispute\n"
                                  "R1,2026-01-05,Amelia Hart,10,5,2,6\n"
                                  "R2,2026-01-12,Amelia Hart,9,4,1,5\n"
                                  "R3,2026-01-20,Daniel Okafor,7,4,3,4\n"
                                  "R4,2026-01-28,Daniel Okafor,3,2,1,2\n"
                                  "R5,2026-02-03,Amelia Hart,9,5,4,7\n"
                                  "R6,2026-02-10,Daniel Okafor,6,3,2,3\n"
                                  "R7,2026-02-17,Amelia Hart,10,4,,6\n"
                                  "R8,2026-02-24,Daniel Okafor,10,5,3,\n");
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("M%1,2026-03-%2,Amelia Hart,9,4,,\n")
                        .arg(i)
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    const QString path = mWorkDir.filePath(QStringLiteral("survey.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(text.toUtf8());
    return path;
}

void TestMetricsView::importSurvey(bool waitForCharts)
{
    const QString path = writeCsv();
    QVERIFY(!path.isEmpty());
    const SurveyImporter::Inspection inspection = SurveyImporter::inspect(path);
    QVERIFY2(inspection.status, qPrintable(inspection.status.message()));
    QCOMPARE(inspection.layout.columns.size(), 7);
    const Project &project = mDocument->project();
    const Touchpoint *calculator
            = touchpointTitled(project, QStringLiteral("Uses the rewards calculator"));
    const Touchpoint *disputeLine = touchpointTitled(
            project, QStringLiteral("Calls the dispute line — outsourced call centre"));
    const Touchpoint *phoneMenu
            = touchpointTitled(project, QStringLiteral("Navigates the phone menu (IVR)"));
    QVERIFY(calculator && disputeLine && phoneMenu);
    SurveyMapping mapping;
    mapping.name = QStringLiteral("test");
    mapping.signature = inspection.signature;
    const auto column = [&](int index, SurveyMapping::Role role) {
        SurveyMapping::Column c;
        c.index = index;
        c.key = SurveyMapping::keyOf(inspection.layout.columns.at(index));
        c.role = role;
        return c;
    };
    const auto score = [&](int index, MetricKind kind, ScopeKind scope, const QUuid &scopeId) {
        SurveyMapping::Column c = column(index, SurveyMapping::Role::Score);
        const Metric *metric = metricOfKind(project, kind);
        c.metricId = metric->id;
        c.kind = kind;
        c.scaleMin = int(metric->scaleMin);
        c.scaleMax = int(metric->scaleMax);
        c.scopeKind = scope;
        c.scopeId = scopeId;
        return c;
    };
    mapping.columns = {column(0, SurveyMapping::Role::RespondentId),
                       column(1, SurveyMapping::Role::Date),
                       column(2, SurveyMapping::Role::Segment),
                       score(3, MetricKind::Nps, ScopeKind::Journey, mJourney),
                       score(4, MetricKind::Csat, ScopeKind::Touchpoint, calculator->id),
                       score(5, MetricKind::Csat, ScopeKind::Touchpoint, disputeLine->id),
                       score(6, MetricKind::Ces, ScopeKind::Touchpoint, phoneMenu->id)};
    for (const QString &name : {QStringLiteral("Amelia Hart"), QStringLiteral("Daniel Okafor")})
        mapping.segmentPersonas.insert(name, personaNamed(project, name)->id);
    SurveyImporter::Options options;
    options.mapping = mapping;
    options.journeyId = mJourney;
    const SurveyImportSummary summary = SurveyImporter::importInto(mDocument.get(), path, options);
    QVERIFY2(summary.status, qPrintable(summary.status.message()));
    QCOMPARE(summary.rowsImported, qint64(38));
    // The view refreshes on the next turn of the event loop after Document::changed.
    if (waitForCharts)
        QTRY_VERIFY(!mView->npsTrend()->isEmptyState());
}

void TestMetricsView::emptyStatesSayWhatToDo()
{
    QVERIFY(mView->npsTrend()->isEmptyState());
    QVERIFY(mView->npsTrend()->emptyText().contains(QStringLiteral("Import survey data")));
    QVERIFY(mView->csatChart()->isEmptyState());
    QVERIFY(mView->driverQuadrant()->isEmptyState());
    // The map's own figures need no survey.
    QVERIFY(!mView->emotionCurve()->isEmptyState());
    QVERIFY(!mView->riskMatrix()->isEmptyState());
    QVERIFY(mView->npsTrend()->exportPng(mWorkDir.filePath(QStringLiteral("none.png"))).ok()
            == false);
}

void TestMetricsView::npsTrendHoldsTheMonthlyFigures()
{
    importSurvey();
    QChart *chart = mView->npsTrend()->view()->chart();
    auto *line = seriesNamed<QLineSeries>(chart, QStringLiteral("NPS"));
    QVERIFY(line);
    QCOMPARE(ys(line), (QVector<double>{25.0, 50.0, 100.0}));
    // Band: NPS ± 1.96 · sqrt((p + d − (p − d)²) / n) · 100, clamped to −100..100.
    auto *band = seriesNamed<QAreaSeries>(chart, QStringLiteral("95 % margin of error"));
    QVERIFY(band);
    const double janMoe = 1.96 * std::sqrt((0.75 - 0.0625) / 4.0) * 100.0;
    QVERIFY(std::abs(band->upperSeries()->at(0).y() - std::min(100.0, 25.0 + janMoe)) < 1e-9);
    QVERIFY(std::abs(band->lowerSeries()->at(0).y() - (25.0 - janMoe)) < 1e-9);
    // March: all 30 promoters: no spread, the band closes on 100.
    QCOMPARE(band->lowerSeries()->at(2).y(), 100.0);
    // Target line of the NPS metric (30).
    auto *target = seriesNamed<QLineSeries>(chart, QStringLiteral("Target 30"));
    QVERIFY(target);
    QCOMPARE(target->at(0).y(), 30.0);
    // Small samples (January and February, n = 4) hollow; March (n = 30) filled.
    auto *hollow = seriesNamed<QScatterSeries>(chart, QStringLiteral("Small sample"));
    auto *solid = seriesNamed<QScatterSeries>(chart, QStringLiteral("30+ answers"));
    QVERIFY(hollow && solid);
    QCOMPARE(ys(hollow), (QVector<double>{25.0, 50.0}));
    QCOMPARE(ys(solid), QVector<double>{100.0});
    QVERIFY(mView->npsTrend()->caption().contains(QStringLiteral("n = 38")));
    QVERIFY(mView->npsTrend()->caption().contains(QStringLiteral("fewer than 30")));
    // Quarters pool the three months into one period of 38 answers.
    mView->setGranularity(PeriodBucket::Granularity::Quarter);
    line = seriesNamed<QLineSeries>(mView->npsTrend()->view()->chart(), QStringLiteral("NPS"));
    QCOMPARE(line->count(), 1);
    QVERIFY(std::abs(line->at(0).y() - 100.0 * 33.0 / 38.0) < 1e-9);
    QVERIFY(mView->snapshot().overall().nps(mDocument->project()).value);
}

void TestMetricsView::breakdownBySegment()
{
    importSurvey();
    NpsBreakdownChart *breakdown = mView->npsBreakdown();
    // NPS answers are about the journey, so no stage holds any: the chart says what to try.
    QVERIFY(breakdown->isEmptyState());
    QVERIFY(breakdown->emptyText().contains(QStringLiteral("By segment")));
    breakdown->setMode(NpsBreakdownChart::Mode::BySegment);
    QVERIFY(!breakdown->isEmptyState());
    auto *series = qobject_cast<QHorizontalPercentBarSeries *>(
            breakdown->view()->chart()->series().constFirst());
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 3);
    // Bars are listed bottom-up: index 0 is the last persona (Daniel), 1 Amelia.
    QCOMPARE(sets.at(0)->at(0), 50.0);  // Daniel's detractors: 2 of 4
    QCOMPARE(sets.at(1)->at(0), 25.0);  // passives: 1 of 4
    QCOMPARE(sets.at(2)->at(0), 25.0);  // promoters: 1 of 4
    QCOMPARE(sets.at(2)->at(1), 100.0); // Amelia: all 34 promoters
    QVERIFY(breakdown->caption().contains(QStringLiteral("n = 38")));
}

void TestMetricsView::touchpointScoresAgainstTarget()
{
    importSurvey();
    TouchpointScoreChart *csat = mView->csatChart();
    QVERIFY(!csat->isEmptyState());
    QChart *chart = csat->view()->chart();
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    // Two touchpoints, in map order from the top: calculator (n 38), dispute line (n 7).
    QBarSet *enough = bars->barSets().at(0);
    QBarSet *small = bars->barSets().at(1);
    QCOMPARE(enough->count(), 2);
    QVERIFY(std::abs(enough->at(1) - 100.0 * 36.0 / 38.0) < 1e-9);
    QCOMPARE(small->at(1), 0.0);
    QVERIFY(std::abs(small->at(0) - 100.0 / 7.0) < 1e-9);
    QCOMPARE(enough->at(0), 0.0);
    QVERIFY(seriesNamed<QLineSeries>(chart, QStringLiteral("Target 80")));
    QVERIFY(csat->caption().contains(QStringLiteral("n = 45")));
    QVERIFY(csat->caption().contains(QStringLiteral("hatched")));

    TouchpointScoreChart *ces = mView->cesChart();
    QVERIFY(!ces->isEmptyState());
    auto *cesBars = qobject_cast<QHorizontalStackedBarSeries *>(
            ces->view()->chart()->series().constFirst());
    QCOMPARE(cesBars->barSets().at(1)->count(), 1);
    QVERIFY(std::abs(cesBars->barSets().at(1)->at(0) - 33.0 / 7.0) < 1e-9);
    QVERIFY(seriesNamed<QLineSeries>(ces->view()->chart(), QStringLiteral("Target 5.5")));
}

void TestMetricsView::driverQuadrantPlacesTheTouchpoints()
{
    importSurvey();
    DriverQuadrantChart *drivers = mView->driverQuadrant();
    QVERIFY(!drivers->isEmptyState());
    // Performance = mean CSAT: calculator (152 / 38 = 4), dispute line (16 / 7).
    QVector<double> xs;
    int hollowPoints = 0;
    const auto all = drivers->view()->chart()->series();
    for (QAbstractSeries *series : all) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter)
            continue;
        const auto points = scatter->points();
        for (const QPointF &point : points)
            xs.append(point.x());
        // Hollow twins are filled with the background.
        if (scatter->color() == MapTheme::light().background)
            hollowPoints += scatter->count();
    }
    std::sort(xs.begin(), xs.end());
    QCOMPARE(xs.size(), 2);
    QVERIFY(std::abs(xs.at(0) - 16.0 / 7.0) < 1e-9);
    QVERIFY(std::abs(xs.at(1) - 4.0) < 1e-9);
    QCOMPARE(hollowPoints, 1); // the dispute line: 7 pairs
}

void TestMetricsView::emotionCurveAndRiskMatrixFollowTheMap()
{
    const Project &project = mDocument->project();
    QVector<double> expected;
    for (const Stage *stage : project.stagesOf(mJourney))
        for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id))
            expected.append(touchpoint->emotion);
    auto *asIs = seriesNamed<QLineSeries>(mView->emotionCurve()->view()->chart(),
                                          QStringLiteral("As-is"));
    QVERIFY(asIs);
    QCOMPARE(ys(asIs), expected);
    QVERIFY(mView->emotionCurve()->caption().contains(
            QStringLiteral("n = %1 touchpoints").arg(expected.size())));
    // The sample's 16 pain points (all in this journey), counted by hand from the file:
    // 3×3: 4, 3×4: 3, 2×3: 2, 3×5: 2, 4×4: 2, 2×4: 1, 4×2: 1, 5×4: 1.
    RiskMatrixGrid *grid = mView->riskMatrix()->grid();
    QCOMPARE(grid->count(3, 3), 4);
    QCOMPARE(grid->count(3, 4), 3);
    QCOMPARE(grid->count(5, 4), 1);
    QCOMPARE(grid->count(1, 1), 0);
    QVERIFY(mView->riskMatrix()->caption().startsWith(QStringLiteral("n = 16 pain points")));
    // Critical = score 17–25: 5×4 = 20 only.
    QVERIFY(mView->riskMatrix()->caption().contains(QStringLiteral("critical 1 ")));
}

void TestMetricsView::undoEmptiesTheCharts()
{
    importSurvey();
    mDocument->undoStack()->undo();
    QTRY_VERIFY(mView->npsTrend()->isEmptyState());
    mDocument->undoStack()->redo();
    QTRY_VERIFY(!mView->npsTrend()->isEmptyState());
}

void TestMetricsView::personaFilterNarrowsTheFigures()
{
    importSurvey();
    const Persona *daniel = personaNamed(mDocument->project(), QStringLiteral("Daniel Okafor"));
    mView->setPersonaFilter(daniel->id);
    const NpsResult nps = mView->snapshot().overall().nps(mDocument->project());
    QCOMPARE(nps.n, qint64(4));
    QCOMPARE(*nps.value, -25.0);
    // The trend narrows too: its months together hold Daniel's 4 NPS answers, no more.
    qint64 trendN = 0;
    for (const SurveyMetricsGroup &month : mView->snapshot().byPeriod())
        trendN += month.nps(mDocument->project()).n;
    QCOMPARE(trendN, qint64(4));
    QVERIFY2(mView->npsTrend()->caption().contains(QStringLiteral("Daniel Okafor")),
             qPrintable(mView->npsTrend()->caption()));
    // And back to everyone.
    mView->setPersonaFilter(QUuid());
    trendN = 0;
    for (const SurveyMetricsGroup &month : mView->snapshot().byPeriod())
        trendN += month.nps(mDocument->project()).n;
    QVERIFY(trendN > 4);
}

void TestMetricsView::exportsPngAndSvg()
{
    importSurvey();
    const QString png = mWorkDir.filePath(QStringLiteral("trend.png"));
    const QString svg = mWorkDir.filePath(QStringLiteral("trend.svg"));
    QVERIFY(mView->npsTrend()->exportPng(png).ok());
    QVERIFY(mView->npsTrend()->exportSvg(svg).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 200 && image.height() >= 150);
    // Not one flat colour: something was drawn.
    const QRgb first = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7)
        for (int x = 0; x < image.width() && !drawn; x += 7)
            drawn = image.pixel(x, y) != first;
    QVERIFY(drawn);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.size() > 1000);
    QVERIFY(mView->riskMatrix()->exportPng(mWorkDir.filePath(QStringLiteral("risk.png"))).ok());
    // JS_METRICS_EXPORT_DIR=dir keeps copies, to look at them.
    const QString keep = qEnvironmentVariable("JS_METRICS_EXPORT_DIR");
    if (!keep.isEmpty()) {
        QFile::copy(svg, keep + QStringLiteral("/trend.svg"));
        QVERIFY(mView->driverQuadrant()->exportSvg(keep + QStringLiteral("/drivers.svg")).ok());
        QVERIFY(mView->riskMatrix()->exportSvg(keep + QStringLiteral("/risk.svg")).ok());
    }
}

void TestMetricsView::themesApply()
{
    importSurvey();
    mView->setTheme(MapTheme::dark());
    QCOMPARE(mView->npsTrend()->view()->chart()->backgroundBrush().color(),
             MapTheme::dark().background);
    mView->setTheme(MapTheme::highContrast());
    QCOMPARE(mView->csatChart()->view()->chart()->backgroundBrush().color(),
             MapTheme::highContrast().background);
}

void TestMetricsView::hiddenViewWaitsUntilShown()
{
    mView->hide();
    importSurvey(false);
    QTest::qWait(20);
    QVERIFY(mView->npsTrend()->isEmptyState()); // nothing recomputed while hidden
    mView->show();
    QVERIFY(!mView->npsTrend()->isEmptyState());
}

void TestMetricsView::mainWindowOffersImportAndMetrics()
{
    // The window opens its own copy: release the one init() opened.
    mView.reset();
    mDocument.reset();
    MainWindow window;
    window.setInteractive(false);
    QAction *import = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("Import &Survey Data…"))
            import = action;
    }
    QVERIFY(import);
    QVERIFY(!import->isEnabled()); // nothing open yet
    auto *dock = window.findChild<MetricsDock *>();
    QVERIFY(dock);
    QVERIFY(window.openFile(mCopy));
    QVERIFY(import->isEnabled());
    QCOMPARE(dock->view()->snapshot().project(), &window.document()->project());
    QCOMPARE(dock->view()->journey(), window.canvas()->currentJourney());
    // View › Metrics toggles the dock.
    QVERIFY(dock->isHidden());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isHidden());
}

/// For the README: JS_METRICS_SCREENSHOT=out.png [JS_METRICS_SURVEY=export.csv] imports the
/// export (auto mapping) and writes the whole view.
void TestMetricsView::screenshot()
{
    const QString shot = qEnvironmentVariable("JS_METRICS_SCREENSHOT");
    const QString survey = qEnvironmentVariable("JS_METRICS_SURVEY");
    if (shot.isEmpty() || survey.isEmpty())
        QSKIP("set JS_METRICS_SCREENSHOT and JS_METRICS_SURVEY to write a screenshot");
    const SurveyImporter::Inspection inspection = SurveyImporter::inspect(survey);
    QVERIFY2(inspection.status, qPrintable(inspection.status.message()));
    const SurveyAutoMapper::Result mapped
            = SurveyAutoMapper::map(mDocument->project(), mJourney, inspection.layout,
                                    inspection.proposals, inspection.segmentValues);
    SurveyImporter::Options options;
    options.mapping = mapped.mapping;
    options.journeyId = mJourney;
    // What a user does in the wizard: the classifier takes no touchpoint from CES wordings
    // ("The dispute line made it easy …"), so scope such columns by hand.
    for (SurveyMapping::Column &column : options.mapping.columns) {
        const QString question = inspection.layout.columns.value(column.index).question;
        const qsizetype easy = question.indexOf(QStringLiteral(" made it easy"));
        if (column.role != SurveyMapping::Role::Score || column.kind != MetricKind::Ces
            || !question.startsWith(QStringLiteral("The ")) || easy < 0)
            continue;
        const QUuid touchpoint = SurveyAutoMapper::matchTouchpoint(mDocument->project(), mJourney,
                                                                   question.mid(4, easy - 4));
        if (!touchpoint.isNull()) {
            column.scopeKind = ScopeKind::Touchpoint;
            column.scopeId = touchpoint;
        }
    }
    const SurveyImportSummary summary
            = SurveyImporter::importInto(mDocument.get(), survey, options);
    QVERIFY2(summary.status, qPrintable(summary.status.message()));
    qInfo().noquote() << summary.lines().join(QLatin1Char('\n'));
    qInfo().noquote() << mapped.notes.join(QLatin1Char('\n'));
    mView->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString theme = qEnvironmentVariable("JS_METRICS_THEME");
    mView->setTheme(theme == QLatin1String("dark")                   ? MapTheme::dark()
                            : theme == QLatin1String("highContrast") ? MapTheme::highContrast()
                                                                     : MapTheme::light());
    mView->npsBreakdown()->setMode(NpsBreakdownChart::Mode::BySegment);
    if (qEnvironmentVariable("JS_METRICS_PERIOD") == QLatin1String("week"))
        mView->setGranularity(PeriodBucket::Granularity::Week);
    mView->resize(1400, 1750);
    mView->show();
    mView->refresh();
    QTest::qWait(50);
    QVERIFY(mView->grab().save(shot));
}

QTEST_MAIN(TestMetricsView)
#include "test_metricsview.moc"
