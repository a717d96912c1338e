// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreHistogram (exact mean, median, variance; additivity; refused input), CSAT top-two-box,
// CES mean and % agree, custom metric summaries, the small-sample mark, target comparison and
// calendar periods. Every expectation is worked out by hand in the row's comment.

#include "analytics/cesresult.h"
#include "analytics/csatresult.h"
#include "analytics/customresult.h"
#include "analytics/periodbucket.h"
#include "analytics/samplequality.h"
#include "analytics/scorehistogram.h"
#include "analytics/targetcomparison.h"
#include "model/metric.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cjm;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(cjm::MetricDirection)
Q_DECLARE_METATYPE(cjm::PeriodBucket::Granularity)

namespace {

const std::optional<double> kNone = std::nullopt;

/// A histogram of the scale min..max holding `scores`.
ScoreHistogram histogram(int min, int max, const QVector<int> &scores)
{
    ScoreHistogram h(min, max);
    for (int score : scores) {
        if (!h.add(score))
            qWarning("score %d is off the scale %d..%d", score, min, max);
    }
    return h;
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || near(*a, *b));
}

#define COMPARE_OPTIONAL(actual, expected) \
    QVERIFY2(same(actual, expected), \
             qPrintable(text(actual) + QStringLiteral(" != ") + text(expected)))

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statistics_data();
    void statistics();
    void addRefusesWhatIsNoScore_data();
    void addRefusesWhatIsNoScore();
    void addIsAdditive();
    void addWidensTheScale();
    void scaleLimits();
    void csat_data();
    void csat();
    void ces_data();
    void ces();
    void custom_data();
    void custom();
    void sampleQuality_data();
    void sampleQuality();
    void target_data();
    void target();
    void targetOfMetric();
    void periods_data();
    void periods();
    void periodLabelFollowsLocale();
};

void TestScores::statistics_data()
{
    QTest::addColumn<QVector<int>>("scores"); // on the scale 0..10
    QTest::addColumn<qint64>("n");
    QTest::addColumn<std::optional<double>>("mean");
    QTest::addColumn<std::optional<double>>("median");
    QTest::addColumn<std::optional<double>>("variance"); // sample variance, n − 1

    QTest::newRow("no answers") << QVector<int>{} << qint64(0) << kNone << kNone << kNone;
    // One answer: mean = median = 7; no variance from one value.
    QTest::newRow("n = 1") << QVector<int>{7} << qint64(1) << std::optional<double>(7.0)
                           << std::optional<double>(7.0) << kNone;
    // 1..5: mean 3, median (3rd of 5) 3, Σ(x − 3)² = 4+1+0+1+4 = 10, /4 = 2.5.
    QTest::newRow("odd n 1..5") << QVector<int>{5, 1, 4, 2, 3} << qint64(5)
                                << std::optional<double>(3.0) << std::optional<double>(3.0)
                                << std::optional<double>(2.5);
    // 1..4: mean 2.5, median (2 + 3)/2 = 2.5, Σ = 2.25+0.25+0.25+2.25 = 5, /3 = 5/3.
    QTest::newRow("even n 1..4") << QVector<int>{4, 3, 2, 1} << qint64(4)
                                 << std::optional<double>(2.5) << std::optional<double>(2.5)
                                 << std::optional<double>(5.0 / 3.0);
    // 0, 0, 0, 10: mean 2.5, median (0 + 0)/2 = 0, Σ = 3·6.25 + 56.25 = 75, /3 = 25.
    QTest::newRow("even n, skewed")
            << QVector<int>{0, 10, 0, 0} << qint64(4) << std::optional<double>(2.5)
            << std::optional<double>(0.0) << std::optional<double>(25.0);
    // 1, 1, 2, 5, 5, 5: median = (3rd + 4th)/2 = (2 + 5)/2 = 3.5 (the two middle values lie in
    // different bins); mean 19/6; Σ = 2·(13/6)² + (7/6)² + 3·(11/6)² = (338 + 49 + 363)/36
    // = 750/36, /5 = 25/6.
    QTest::newRow("even n, middle across bins")
            << QVector<int>{5, 1, 5, 2, 1, 5} << qint64(6) << std::optional<double>(19.0 / 6.0)
            << std::optional<double>(3.5) << std::optional<double>(25.0 / 6.0);
    // 2, 2, 2: no spread.
    QTest::newRow("constant") << QVector<int>{2, 2, 2} << qint64(3) << std::optional<double>(2.0)
                              << std::optional<double>(2.0) << std::optional<double>(0.0);
}

void TestScores::statistics()
{
    QFETCH(QVector<int>, scores);
    QFETCH(std::optional<double>, mean);
    QFETCH(std::optional<double>, median);
    QFETCH(std::optional<double>, variance);
    const ScoreHistogram h = histogram(0, 10, scores);
    QTEST(h.n(), "n");
    QCOMPARE(h.isEmpty(), scores.isEmpty());
    COMPARE_OPTIONAL(h.mean(), mean);
    COMPARE_OPTIONAL(h.median(), median);
    COMPARE_OPTIONAL(h.variance(), variance);
}

void TestScores::addRefusesWhatIsNoScore_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("added");

    QTest::newRow("whole score") << 4.0 << qint64(2) << true;
    QTest::newRow("REAL rounding of a whole score") << 4.0000000001 << qint64(1) << true;
    QTest::newRow("count 0") << 3.0 << qint64(0) << true;
    QTest::newRow("scale ends") << 1.0 << qint64(1) << true;
    QTest::newRow("half point") << 3.5 << qint64(1) << false;
    QTest::newRow("below the scale") << 0.0 << qint64(1) << false;
    QTest::newRow("above the scale") << 6.0 << qint64(1) << false;
    QTest::newRow("negative count") << 3.0 << qint64(-1) << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64(1) << false;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64(1) << false;
}

void TestScores::addRefusesWhatIsNoScore()
{
    QFETCH(double, score);
    QFETCH(qint64, count);
    QFETCH(bool, added);
    ScoreHistogram h(1, 5);
    QCOMPARE(h.add(score, count), added);
    QCOMPARE(h.n(), added ? count : qint64(0));
    if (added)
        QCOMPARE(h.count(int(std::round(score))), count);
}

void TestScores::addIsAdditive()
{
    // {1, 2, 2} + {2, 5} = {1, 2, 2, 2, 5}: n 5, median 2, mean 12/5.
    ScoreHistogram a = histogram(1, 5, {1, 2, 2});
    const ScoreHistogram b = histogram(1, 5, {2, 5});
    a += b;
    QCOMPARE(a, histogram(1, 5, {1, 2, 2, 2, 5}));
    QCOMPARE(a.n(), qint64(5));
    QCOMPARE(a.count(2), qint64(3));
    COMPARE_OPTIONAL(a.median(), std::optional<double>(2.0));
    COMPARE_OPTIONAL(a.mean(), std::optional<double>(2.4));
}

void TestScores::addWidensTheScale()
{
    // 1..5 + 0..10 covers 0..10 and keeps every count.
    ScoreHistogram a = histogram(1, 5, {1, 5});
    a += histogram(0, 10, {0, 10, 5});
    QCOMPARE(a.minScore(), 0);
    QCOMPARE(a.maxScore(), 10);
    QCOMPARE(a.n(), qint64(5));
    QCOMPARE(a.count(0), qint64(1));
    QCOMPARE(a.count(1), qint64(1));
    QCOMPARE(a.count(5), qint64(2));
    QCOMPARE(a.count(10), qint64(1));
    QCOMPARE(a.countInRange(1, 5), qint64(3));
    QCOMPARE(a.countInRange(-100, 100), qint64(5));
}

void TestScores::scaleLimits()
{
    const ScoreHistogram reversed(5, 1);
    QCOMPARE(reversed.minScore(), 1);
    QCOMPARE(reversed.maxScore(), 5);
    // A corrupt scale does not allocate billions of bins.
    const ScoreHistogram huge(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    QCOMPARE(huge.minScore(), std::numeric_limits<int>::min());
    QCOMPARE(qint64(huge.maxScore()) - huge.minScore() + 1, qint64(ScoreHistogram::kMaxWidth));
    // Two scales too far apart to merge: the scale stays, counts off it are left out.
    ScoreHistogram low = histogram(0, 10, {3});
    ScoreHistogram far(1000000, 1000010);
    QVERIFY(far.add(1000000));
    low += far;
    QCOMPARE(low.maxScore(), 10);
    QCOMPARE(low.n(), qint64(1));
}

void TestScores::csat_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<QVector<int>>("scores");
    QTest::addColumn<qint64>("topTwoBox");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<std::optional<double>>("mean");

    // 1..5: one 1, one 2, two 3s, three 4s, three 5s: top two box (4, 5) = 6 of 10 = 60 %;
    // mean (1 + 2 + 6 + 12 + 15)/10 = 3.6.
    QTest::newRow("1..5") << 1 << 5 << QVector<int>{1, 2, 3, 3, 4, 4, 4, 5, 5, 5} << qint64(6)
                          << std::optional<double>(60.0) << std::optional<double>(3.6);
    // 1..10: top two are 9 and 10, not 4 and 5: {10, 9, 8, 1}: 2 of 4 = 50 %; mean 28/4 = 7.
    QTest::newRow("1..10") << 1 << 10 << QVector<int>{10, 9, 8, 1} << qint64(2)
                           << std::optional<double>(50.0) << std::optional<double>(7.0);
    // All dissatisfied: 0 %, mean 1.5.
    QTest::newRow("none satisfied") << 1 << 5 << QVector<int>{1, 2} << qint64(0)
                                    << std::optional<double>(0.0) << std::optional<double>(1.5);
    // One answer of 4: 100 %.
    QTest::newRow("n = 1") << 1 << 5 << QVector<int>{4} << qint64(1) << std::optional<double>(100.0)
                           << std::optional<double>(4.0);
    QTest::newRow("no answers") << 1 << 5 << QVector<int>{} << qint64(0) << kNone << kNone;
}

void TestScores::csat()
{
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(QVector<int>, scores);
    QFETCH(std::optional<double>, value);
    QFETCH(std::optional<double>, mean);
    const CsatResult r = computeCsat(histogram(min, max, scores));
    QCOMPARE(r.n, qint64(scores.size()));
    QTEST(r.topTwoBox, "topTwoBox");
    COMPARE_OPTIONAL(r.value, value);
    COMPARE_OPTIONAL(r.mean, mean);
    QCOMPARE(r.isValid(), !scores.isEmpty());
}

void TestScores::ces_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<QVector<int>>("scores");
    QTest::addColumn<qint64>("agreeing");
    QTest::addColumn<std::optional<double>>("agreePercent");
    QTest::addColumn<std::optional<double>>("mean");

    // 1..7, midpoint 4: {1, 4, 5, 6, 7, 7}: 5, 6, 7, 7 agree = 4 of 6 = 66.67 %; mean 30/6 = 5.
    QTest::newRow("1..7") << 1 << 7 << QVector<int>{1, 4, 5, 6, 7, 7} << qint64(4)
                          << std::optional<double>(400.0 / 6.0) << std::optional<double>(5.0);
    // Neutral (4) is no agreement: 0 %.
    QTest::newRow("1..7 all neutral") << 1 << 7 << QVector<int>{4, 4} << qint64(0)
                                      << std::optional<double>(0.0) << std::optional<double>(4.0);
    // 1..5, midpoint 3: {2, 3, 4, 5}: 4 and 5 agree = 50 %; mean 3.5.
    QTest::newRow("1..5") << 1 << 5 << QVector<int>{3, 4, 5, 2} << qint64(2)
                          << std::optional<double>(50.0) << std::optional<double>(3.5);
    // −3..2, midpoint −0.5: {−1, 0, 2}: 0 and 2 agree = 66.67 %; mean 1/3.
    QTest::newRow("-3..2") << -3 << 2 << QVector<int>{-1, 0, 2} << qint64(2)
                           << std::optional<double>(200.0 / 3.0)
                           << std::optional<double>(1.0 / 3.0);
    QTest::newRow("no answers") << 1 << 7 << QVector<int>{} << qint64(0) << kNone << kNone;
}

void TestScores::ces()
{
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(QVector<int>, scores);
    QFETCH(std::optional<double>, agreePercent);
    QFETCH(std::optional<double>, mean);
    const CesResult r = computeCes(histogram(min, max, scores));
    QCOMPARE(r.n, qint64(scores.size()));
    QTEST(r.agreeing, "agreeing");
    COMPARE_OPTIONAL(r.agreePercent, agreePercent);
    COMPARE_OPTIONAL(r.mean, mean);
    QCOMPARE(r.isValid(), !scores.isEmpty());
}

void TestScores::custom_data()
{
    QTest::addColumn<QVector<int>>("scores"); // on the scale 0..100
    QTest::addColumn<std::optional<double>>("mean");
    QTest::addColumn<std::optional<double>>("median");

    // {10, 20, 90}: mean 40, median 20 (the long tail moves the mean, not the median).
    QTest::newRow("odd n") << QVector<int>{90, 10, 20} << std::optional<double>(40.0)
                           << std::optional<double>(20.0);
    // {10, 20, 30, 90}: mean 37.5, median (20 + 30)/2 = 25.
    QTest::newRow("even n") << QVector<int>{30, 90, 10, 20} << std::optional<double>(37.5)
                            << std::optional<double>(25.0);
    QTest::newRow("no answers") << QVector<int>{} << kNone << kNone;
}

void TestScores::custom()
{
    QFETCH(QVector<int>, scores);
    QFETCH(std::optional<double>, mean);
    QFETCH(std::optional<double>, median);
    const CustomResult r = computeCustom(histogram(0, 100, scores));
    QCOMPARE(r.n, qint64(scores.size()));
    COMPARE_OPTIONAL(r.mean, mean);
    COMPARE_OPTIONAL(r.median, median);
    QCOMPARE(r.isValid(), !scores.isEmpty());
}

void TestScores::sampleQuality_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<bool>("small");
    QTest::addColumn<QString>("label");

    QTest::newRow("no answers") << qint64(0) << true << QStringLiteral("n = 0 (small sample)");
    QTest::newRow("29") << qint64(29) << true << QStringLiteral("n = 29 (small sample)");
    QTest::newRow("30") << qint64(30) << false << QStringLiteral("n = 30");
    QTest::newRow("1234") << qint64(1234) << false << QStringLiteral("n = 1,234");
}

void TestScores::sampleQuality()
{
    QFETCH(qint64, n);
    QFETCH(bool, small);
    QCOMPARE(SampleQuality::kSmallSample, qint64(30));
    QCOMPARE(SampleQuality::isSmall(n), small);
    QTEST(SampleQuality::label(n, kEnglish), "label");
}

void TestScores::target_data()
{
    QTest::addColumn<MetricDirection>("direction");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("meets");
    QTest::addColumn<double>("gap");

    const auto higher = MetricDirection::HigherIsBetter;
    const auto lower = MetricDirection::LowerIsBetter;
    // NPS 35 against 30: 5 points better.
    QTest::newRow("higher, above") << higher << 35.0 << 30.0 << true << 5.0;
    QTest::newRow("higher, below") << higher << 25.0 << 30.0 << false << -5.0;
    QTest::newRow("higher, on target") << higher << 30.0 << 30.0 << true << 0.0;
    QTest::newRow("higher, negative NPS") << higher << -10.0 << 5.0 << false << -15.0;
    // Waiting time 3 min against at most 4: 1 better; 5 against 4: 1 short.
    QTest::newRow("lower, below") << lower << 3.0 << 4.0 << true << 1.0;
    QTest::newRow("lower, above") << lower << 5.0 << 4.0 << false << -1.0;
    QTest::newRow("lower, on target") << lower << 4.0 << 4.0 << true << 0.0;
    // A computed 30 a hair below 30 by rounding still meets 30; 29.99 does not.
    QTest::newRow("rounding") << higher << 29.999999999999996 << 30.0 << true << 0.0;
    QTest::newRow("just short") << higher << 29.99 << 30.0 << false << -0.01;
}

void TestScores::target()
{
    QFETCH(MetricDirection, direction);
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(double, gap);
    const TargetComparison c = TargetComparison::compare(direction, value, target);
    QTEST(c.meets, "meets");
    QVERIFY2(qAbs(c.gap - gap) < 1e-9, qPrintable(QString::number(c.gap, 'g', 17)));
}

void TestScores::targetOfMetric()
{
    Metric metric;
    QVERIFY(!TargetComparison::compare(metric, 50.0)); // no target: nothing to compare
    metric.target = 4.0;
    metric.direction = MetricDirection::LowerIsBetter;
    const std::optional<TargetComparison> c = TargetComparison::compare(metric, 4.5);
    QVERIFY(c);
    QVERIFY(!c->meets);
    QVERIFY(qAbs(c->gap - -0.5) < 1e-9);
}

void TestScores::periods_data()
{
    using G = PeriodBucket::Granularity;
    QTest::addColumn<QDate>("date");
    QTest::addColumn<G>("granularity");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("label");

    // 2024-01-01 is a Monday, so week 1 of 2024 is 1–7 Jan and 11 Mar (day 71) starts week 11.
    QTest::newRow("week, Thursday") << QDate(2024, 3, 14) << G::Week << QDate(2024, 3, 11)
                                    << QDate(2024, 3, 17) << QStringLiteral("Week 11, 2024");
    QTest::newRow("week, Monday") << QDate(2024, 3, 11) << G::Week << QDate(2024, 3, 11)
                                  << QDate(2024, 3, 17) << QStringLiteral("Week 11, 2024");
    QTest::newRow("week, Sunday") << QDate(2024, 3, 17) << G::Week << QDate(2024, 3, 11)
                                  << QDate(2024, 3, 17) << QStringLiteral("Week 11, 2024");
    // Friday 2021-01-01 belongs to the week of Monday 2020-12-28: ISO week 53 of 2020.
    QTest::newRow("week across new year") << QDate(2021, 1, 1) << G::Week << QDate(2020, 12, 28)
                                          << QDate(2021, 1, 3) << QStringLiteral("Week 53, 2020");
    // Monday 2024-12-30: its Thursday is 2 Jan 2025, so it is week 1 of 2025.
    QTest::newRow("week 1 starting in December")
            << QDate(2024, 12, 30) << G::Week << QDate(2024, 12, 30) << QDate(2025, 1, 5)
            << QStringLiteral("Week 1, 2025");
    QTest::newRow("month, leap day") << QDate(2024, 2, 29) << G::Month << QDate(2024, 2, 1)
                                     << QDate(2024, 2, 29) << QStringLiteral("February 2024");
    QTest::newRow("month, 31st") << QDate(2023, 12, 31) << G::Month << QDate(2023, 12, 1)
                                 << QDate(2023, 12, 31) << QStringLiteral("December 2023");
    QTest::newRow("quarter 1, first day") << QDate(2024, 1, 1) << G::Quarter << QDate(2024, 1, 1)
                                          << QDate(2024, 3, 31) << QStringLiteral("Q1 2024");
    QTest::newRow("quarter 2") << QDate(2024, 5, 15) << G::Quarter << QDate(2024, 4, 1)
                               << QDate(2024, 6, 30) << QStringLiteral("Q2 2024");
    QTest::newRow("quarter 4, last day") << QDate(2024, 12, 31) << G::Quarter << QDate(2024, 10, 1)
                                         << QDate(2024, 12, 31) << QStringLiteral("Q4 2024");
    QTest::newRow("invalid date") << QDate() << G::Month << QDate() << QDate() << QString();
}

void TestScores::periods()
{
    QFETCH(QDate, date);
    QFETCH(PeriodBucket::Granularity, granularity);
    QTEST(PeriodBucket::periodStart(date, granularity), "start");
    QTEST(PeriodBucket::periodEnd(date, granularity), "end");
    QTEST(PeriodBucket::label(date, granularity, kEnglish), "label");
}

void TestScores::periodLabelFollowsLocale()
{
    // The month name comes from the locale; the year has no group separator ("2024", never
    // "2.024").
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(PeriodBucket::label(QDate(2024, 3, 5), PeriodBucket::Granularity::Month, german),
             QStringLiteral("März 2024"));
    QCOMPARE(PeriodBucket::label(QDate(2024, 3, 5), PeriodBucket::Granularity::Quarter, german),
             QStringLiteral("Q1 2024"));
}

QTEST_GUILESS_MAIN(TestScores)
#include "test_scores.moc"
