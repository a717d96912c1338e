// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyMetricsQuery on tests/fixtures/surveys/import-generic.csv imported into the survey test
// project. The five valid rows, worked out by hand:
//
//   row  date        segment  NPS  CSAT website order  CSAT support hotline
//   R1   2026-01-05  Gold     10   5                   4
//   R2   2026-01-20  Regular   9   4                   –
//   R3   2026-02-03  Regular   6   2                   1
//   R4   2026-02-17  Gold      9   –                   3
//   R10  2026-03-20  Gold      0   1                   2
//
// NPS is scoped to the journey; the CSATs to the touchpoints "Website order" (stage Buy) and
// "Support hotline" (stage Support).

#include "analytics/surveymetricsquery.h"
#include "document/commands/addmeasurement.h"
#include "document/commands/removetouchpoint.h"
#include "interchange/surveyimporter.h"
#include "interchange/surveytestproject.h"
#include "model/fieldvalue.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cjm;

namespace {

using GroupBy = SurveyMetricsQuery::GroupBy;

/// Pearson's r of the pairs, straight from the definition (no additive sums).
double pearson(const QVector<QPair<double, double>> &pairs)
{
    double mx = 0, my = 0;
    for (const auto &p : pairs)
        mx += p.first, my += p.second;
    mx /= pairs.size();
    my /= pairs.size();
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto &p : pairs) {
        sxy += (p.first - mx) * (p.second - my);
        sxx += (p.first - mx) * (p.first - mx);
        syy += (p.second - my) * (p.second - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestSurveyMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void overall();
    void byStage();
    void byTouchpoint();
    void byPersona();
    void byMonthWeekQuarter();
    void touchpointByMonth();
    void journeyFilter();
    void drivers();
    void manualMeasurementsSideBySide();
    void removedTouchpointIsIgnored();
    void emptyProject();

private:
    SurveyMetricsQuery::Result compute(GroupBy groupBy, const QUuid &journey = QUuid()) const
    {
        return SurveyMetricsQuery(mP.doc->workingCopy().database(), mP.doc->project())
                .compute(journey, groupBy, QLocale(QLocale::English));
    }
    const Project &project() const { return mP.doc->project(); }

    QTemporaryDir mWorkDir;
    SurveyTestProject mP;
};

void TestSurveyMetrics::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
}

void TestSurveyMetrics::init()
{
    mP = SurveyTestProject::create();
    SurveyImporter::Options options;
    options.mapping = mP.genericMapping();
    const SurveyImportSummary summary = SurveyImporter::importInto(
            mP.doc.get(), QStringLiteral(JS_FIXTURES_DIR "/surveys/import-generic.csv"), options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(summary.rowsImported, 5);
}

void TestSurveyMetrics::overall()
{
    const SurveyMetricsQuery::Result r = compute(GroupBy::None);
    QVERIFY(r.status.ok());
    QVERIFY(r.groups.isEmpty());
    // NPS 10 9 6 9 0: promoters 3, passives 0, detractors 2 of 5 → 60 − 40 = 20.
    const NpsResult nps = r.overall.nps(project());
    QCOMPARE(nps.n, 5);
    QCOMPARE(nps.promoters, 3);
    QCOMPARE(nps.passives, 0);
    QCOMPARE(nps.detractors, 2);
    QVERIFY(near(*nps.value, 20.0));
    // moe95 = 1.96 · sqrt((0.6 + 0.4 − 0.2²) / 5) · 100
    QVERIFY(near(*nps.moe95, 1.96 * std::sqrt(0.96 / 5) * 100));
    // CSAT pooled over both touchpoints: 5 4 2 1 | 4 1 3 2 → top-two 3 of 8, mean 22/8.
    const CsatResult csat = r.overall.csat(project());
    QCOMPARE(csat.n, 8);
    QVERIFY(near(*csat.value, 37.5));
    QVERIFY(near(*csat.mean, 2.75));
    QCOMPARE(r.overall.ces(project()).n, 0);
}

void TestSurveyMetrics::byStage()
{
    const SurveyMetricsQuery::Result r = compute(GroupBy::Stage);
    QCOMPARE(r.groups.size(), 2);
    QCOMPARE(r.groups.at(0).id, mP.stageBuy);
    QCOMPARE(r.groups.at(0).label, QStringLiteral("Buy"));
    QCOMPARE(r.groups.at(1).id, mP.stageSupport);
    // Buy: 5 4 2 1 → 2 of 4 top-two, mean 3. Support: 4 1 3 2 → 1 of 4, mean 2.5.
    QVERIFY(near(*r.groups.at(0).csat(project()).value, 50.0));
    QVERIFY(near(*r.groups.at(0).csat(project()).mean, 3.0));
    QVERIFY(near(*r.groups.at(1).csat(project()).value, 25.0));
    QVERIFY(near(*r.groups.at(1).csat(project()).mean, 2.5));
    // NPS is about the journey, not a stage.
    QCOMPARE(r.groups.at(0).nps(project()).n, 0);
    QCOMPARE(r.overall.nps(project()).n, 5);
}

void TestSurveyMetrics::byTouchpoint()
{
    const SurveyMetricsQuery::Result r = compute(GroupBy::Touchpoint);
    QCOMPARE(r.groups.size(), 2);
    QCOMPARE(r.groups.at(0).id, mP.tpWeb);
    QCOMPARE(r.groups.at(0).key, uuidText(mP.tpWeb));
    QCOMPARE(r.groups.at(1).id, mP.tpHotline);
    QCOMPARE(r.groups.at(0).csat(project()).n, 4);
    QCOMPARE(r.groups.at(1).csat(project()).n, 4);
    QCOMPARE(r.groups.at(1).histograms.value(mP.csat).count(1), 1);
    QCOMPARE(r.groups.at(1).custom(mP.csat).median, 2.5); // 1 2 3 4
}

void TestSurveyMetrics::byPersona()
{
    const SurveyMetricsQuery::Result r = compute(GroupBy::Persona);
    QCOMPARE(r.groups.size(), 2);
    QCOMPARE(r.groups.at(0).label, QStringLiteral("Gold"));
    QCOMPARE(r.groups.at(1).label, QStringLiteral("Regular"));
    // Gold R1 R4 R10: NPS 10 9 0 → 2 promoters, 1 detractor of 3; CSAT 5 4 3 1 2 → 2 of 5.
    const NpsResult gold = r.groups.at(0).nps(project());
    QCOMPARE(gold.n, 3);
    QVERIFY(near(*gold.value, 100.0 * 2 / 3 - 100.0 / 3));
    QVERIFY(near(*r.groups.at(0).csat(project()).value, 40.0));
    // Regular R2 R3: NPS 9 6 → 0; CSAT 4 2 1 → 1 of 3.
    QVERIFY(near(*r.groups.at(1).nps(project()).value, 0.0));
    QVERIFY(near(*r.groups.at(1).csat(project()).value, 100.0 / 3));
}

void TestSurveyMetrics::byMonthWeekQuarter()
{
    const SurveyMetricsQuery::Result month = compute(GroupBy::Month);
    QCOMPARE(month.groups.size(), 3);
    QCOMPARE(month.groups.at(0).key, QStringLiteral("2026-01-01"));
    QCOMPARE(month.groups.at(0).label, QStringLiteral("January 2026"));
    QCOMPARE(month.groups.at(2).periodStart, QDate(2026, 3, 1));
    // January 10 9 → 100; February 6 9 → 0; March 0 → −100.
    QVERIFY(near(*month.groups.at(0).nps(project()).value, 100.0));
    QVERIFY(near(*month.groups.at(1).nps(project()).value, 0.0));
    QVERIFY(near(*month.groups.at(2).nps(project()).value, -100.0));
    QVERIFY(!month.groups.at(2).nps(project()).moe95.has_value()); // n = 1

    // ISO weeks start on Monday: 5 Jan (Mon), 19 Jan, 2 Feb, 16 Feb, 16 Mar.
    const SurveyMetricsQuery::Result week = compute(GroupBy::Week);
    QStringList keys;
    for (const SurveyMetricsGroup &g : week.groups)
        keys << g.key;
    QCOMPARE(keys,
             (QStringList{QStringLiteral("2026-01-05"), QStringLiteral("2026-01-19"),
                          QStringLiteral("2026-02-02"), QStringLiteral("2026-02-16"),
                          QStringLiteral("2026-03-16")}));

    const SurveyMetricsQuery::Result quarter = compute(GroupBy::Quarter);
    QCOMPARE(quarter.groups.size(), 1);
    QCOMPARE(quarter.groups.at(0).nps(project()).n, 5);
    QCOMPARE(quarter.groups.at(0).csat(project()).n, 8);
}

void TestSurveyMetrics::touchpointByMonth()
{
    const SurveyMetricsQuery::Result r
            = SurveyMetricsQuery(mP.doc->workingCopy().database(), project())
                      .compute(QUuid(), GroupBy::Touchpoint, GroupBy::Month,
                               QLocale(QLocale::English));
    // Website order: Jan 5 4, Feb 2, Mar 1; hotline: Jan 4, Feb 1 3, Mar 2.
    QCOMPARE(r.groups.size(), 6);
    QCOMPARE(r.groups.at(0).key, uuidText(mP.tpWeb) + QStringLiteral("|2026-01-01"));
    QCOMPARE(r.groups.at(0).label, QStringLiteral("Website order · January 2026"));
    QCOMPARE(r.groups.at(0).csat(project()).n, 2);
    QVERIFY(near(*r.groups.at(0).csat(project()).value, 100.0));
    QCOMPARE(r.groups.at(3).id, mP.tpHotline);
    QCOMPARE(r.groups.at(4).periodStart, QDate(2026, 2, 1));
    QVERIFY(near(*r.groups.at(4).csat(project()).mean, 2.0));
    QCOMPARE(r.overall.csat(project()).n, 8);
}

void TestSurveyMetrics::journeyFilter()
{
    QCOMPARE(compute(GroupBy::None, mP.journey).overall.nps(project()).n, 5);
    Journey other;
    other.name = QStringLiteral("Other");
    auto *command = new AddJourney(mP.doc.get(), other);
    const QUuid otherId = command->entityId();
    QVERIFY(MutationCommand::push(mP.doc.get(), command).ok());
    const SurveyMetricsQuery::Result r = compute(GroupBy::Stage, otherId);
    QCOMPARE(r.overall.nps(project()).n, 0);
    QCOMPARE(r.overall.csat(project()).n, 0);
    QVERIFY(r.groups.isEmpty());
}

void TestSurveyMetrics::drivers()
{
    const QVector<DriverAnalysis::Input> inputs
            = SurveyMetricsQuery(mP.doc->workingCopy().database(), project())
                      .driverInputs(mP.journey, mP.csat);
    QCOMPARE(inputs.size(), 2);
    QCOMPARE(inputs.at(0).touchpointId, mP.tpWeb);
    QCOMPARE(inputs.at(0).sums.n, 4);
    QVERIFY(near(*inputs.at(0).performance, 3.0));
    QVERIFY(near(*inputs.at(1).performance, 2.5));
    // Website order vs NPS: (5,10) (4,9) (2,6) (1,0); hotline: (4,10) (1,6) (3,9) (2,0).
    const double rWeb = pearson({{5, 10}, {4, 9}, {2, 6}, {1, 0}});
    const double rHotline = pearson({{4, 10}, {1, 6}, {3, 9}, {2, 0}});
    QVERIFY(std::abs(*inputs.at(0).sums.correlation() - rWeb) < 1e-9);
    QVERIFY(std::abs(*inputs.at(1).sums.correlation() - rHotline) < 1e-9);
}

void TestSurveyMetrics::manualMeasurementsSideBySide()
{
    Measurement manual;
    manual.metricId = mP.nps;
    manual.scopeKind = ScopeKind::Journey;
    manual.scopeId = mP.journey;
    manual.periodStart = QDate(2026, 2, 1);
    manual.periodEnd = QDate(2026, 2, 28);
    manual.value = 12;
    manual.sampleSize = 40;
    QVERIFY(MutationCommand::push(mP.doc.get(), new AddMeasurement(mP.doc.get(), manual)).ok());
    const QVector<SurveyMetricsQuery::Comparison> rows
            = SurveyMetricsQuery(mP.doc->workingCopy().database(), project())
                      .compareWithMeasurements(mP.journey, mP.nps,
                                               PeriodBucket::Granularity::Month);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).periodStart, QDate(2026, 2, 1));
    QCOMPARE(rows.at(1).survey.n(), 2);
    QCOMPARE(rows.at(1).manual.size(), 1);
    QCOMPARE(rows.at(1).manual.at(0)->value, 12.0);
    QVERIFY(rows.at(0).manual.isEmpty());
}

void TestSurveyMetrics::removedTouchpointIsIgnored()
{
    QVERIFY(MutationCommand::push(mP.doc.get(), new RemoveTouchpoint(mP.doc.get(), mP.tpHotline))
                    .ok());
    const SurveyMetricsQuery::Result r = compute(GroupBy::Touchpoint);
    QCOMPARE(r.groups.size(), 1);
    QCOMPARE(r.overall.csat(project()).n, 4); // the hotline's answers no longer count
    mP.doc->undoStack()->undo();
    QCOMPARE(compute(GroupBy::Touchpoint).groups.size(), 2);
}

void TestSurveyMetrics::emptyProject()
{
    SurveyTestProject empty = SurveyTestProject::create();
    const SurveyMetricsQuery::Result r
            = SurveyMetricsQuery(empty.doc->workingCopy().database(), empty.doc->project())
                      .compute(QUuid(), GroupBy::Month);
    QVERIFY(r.status.ok());
    QVERIFY(r.groups.isEmpty());
    QCOMPARE(r.overall.nps(empty.doc->project()).n, 0);
    QVERIFY(!r.overall.nps(empty.doc->project()).value.has_value());
}

QTEST_GUILESS_MAIN(TestSurveyMetrics)
#include "test_surveymetrics.moc"
