// SPDX-License-Identifier: GPL-3.0-or-later
// PairSums (additive Σ of paired answers, Pearson r and when it is undefined) and
// DriverAnalysis (importance = r, performance = mean, quadrants split at the medians).
// Every expectation is worked out by hand in the comments.

#include "analytics/driveranalysis.h"
#include "analytics/pairsums.h"

#include <QTest>

#include <cmath>

using namespace cjm;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(cjm::DriverAnalysis::Quadrant)

namespace {

using Quadrant = DriverAnalysis::Quadrant;
using Pairs = QVector<QPair<double, double>>;

const std::optional<double> kNone = std::nullopt;

PairSums sumsOf(const Pairs &pairs)
{
    PairSums s;
    for (const auto &pair : pairs)
        s.add(pair.first, pair.second);
    return s;
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

// Pair sets with a known r (x = touchpoint score, y = overall answer).
/// r = +1: y = 2x.
const Pairs kPositive{{1, 2}, {2, 4}, {3, 6}};
/// r = −1.
const Pairs kNegative{{1, 3}, {2, 2}, {3, 1}};
/// x 1..5, y 2,4,5,4,5: Σx 15, Σy 20, Σx² 55, Σy² 86, Σxy 66 → Sxx = 55 − 225/5 = 10,
/// Syy = 86 − 400/5 = 6, Sxy = 66 − 300/5 = 6 → r = 6/sqrt(60) = sqrt(0.6) = 0.7746.
const Pairs kModerate{{1, 2}, {2, 4}, {3, 5}, {4, 4}, {5, 5}};
/// x 1..4, y 1,3,3,1: Σx 10, Σy 8, Σxy 1+6+9+4 = 20 → Sxy = 20 − 80/4 = 0 → r = 0.
const Pairs kUncorrelated{{1, 1}, {2, 3}, {3, 3}, {4, 1}};
/// Everybody gave the touchpoint 7: Sxx = 3·49 − 21²/3 = 0.
const Pairs kConstantX{{7, 1}, {7, 5}, {7, 9}};

} // namespace

class TestDrivers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correlation_data();
    void correlation();
    void constantDecimalScoreHasNoCorrelation();
    void sumsAreAdditive();
    void means();
    void quadrants();
    void quadrantsOddCount();
    void tooFewForQuadrants();
    void quadrantOf_data();
    void quadrantOf();
    void labels();
};

void TestDrivers::correlation_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<std::optional<double>>("r");

    QTest::newRow("perfect positive") << kPositive << std::optional<double>(1.0);
    QTest::newRow("perfect negative") << kNegative << std::optional<double>(-1.0);
    QTest::newRow("moderate, by hand") << kModerate << std::optional<double>(std::sqrt(0.6));
    QTest::newRow("uncorrelated") << kUncorrelated << std::optional<double>(0.0);
    // Too few pairs: nobody, one, two (two points always give ±1).
    QTest::newRow("n = 0") << Pairs{} << kNone;
    QTest::newRow("n = 1") << Pairs{{3, 4}} << kNone;
    QTest::newRow("n = 2") << Pairs{{1, 2}, {3, 9}} << kNone;
    // No variance in x, or in y: undefined, not 0 and not NaN.
    QTest::newRow("x constant") << kConstantX << kNone;
    QTest::newRow("y constant") << Pairs{{1, 3}, {2, 3}, {3, 3}} << kNone;
    QTest::newRow("all zero") << Pairs{{0, 0}, {0, 0}, {0, 0}} << kNone;
}

void TestDrivers::correlation()
{
    QFETCH(Pairs, pairs);
    QFETCH(std::optional<double>, r);
    COMPARE_OPTIONAL(sumsOf(pairs).correlation(), r);
}

void TestDrivers::constantDecimalScoreHasNoCorrelation()
{
    // 0.1 is not exact in binary: Σx² − (Σx)²/n leaves a rounding residue, which must not
    // pass for a variance.
    PairSums s;
    for (int i = 0; i < 1000; ++i)
        s.add(0.1, i % 11);
    QVERIFY2(!s.correlation(), qPrintable(text(s.correlation())));
}

void TestDrivers::sumsAreAdditive()
{
    // Sums of two imports add up to the sums of all pairs (exactly, for whole scores).
    PairSums first = sumsOf(Pairs{{1, 2}, {2, 4}});
    const PairSums second = sumsOf(Pairs{{3, 5}, {4, 4}, {5, 5}});
    first += second;
    QCOMPARE(first, sumsOf(kModerate));
    QCOMPARE(first.n, qint64(5));
    QCOMPARE(first.sumXY, 66.0);
    COMPARE_OPTIONAL(first.correlation(), std::optional<double>(std::sqrt(0.6)));
}

void TestDrivers::means()
{
    // kModerate: Σx 15, Σy 20 of 5.
    const PairSums s = sumsOf(kModerate);
    COMPARE_OPTIONAL(s.meanX(), std::optional<double>(3.0));
    COMPARE_OPTIONAL(s.meanY(), std::optional<double>(4.0));
    COMPARE_OPTIONAL(PairSums().meanX(), kNone);
    COMPARE_OPTIONAL(PairSums().meanY(), kNone);
}

void TestDrivers::quadrants()
{
    const QUuid t1 = QUuid::createUuid(), t2 = QUuid::createUuid(), t3 = QUuid::createUuid(),
                t4 = QUuid::createUuid(), t5 = QUuid::createUuid(), t6 = QUuid::createUuid();
    const QVector<DriverAnalysis::Input> inputs{
            {t1, sumsOf(kPositive), 3.0},     // r = 1
            {t2, sumsOf(kModerate), 8.0},     // r = 0.7746
            {t3, sumsOf(kUncorrelated), 2.0}, // r = 0
            {t4, sumsOf(kNegative), 9.0},     // r = −1
            {t5, PairSums(), std::nullopt},   // nobody rated it
            {t6, sumsOf(kConstantX), 7.0},    // everybody gave 7: no importance
    };
    const DriverAnalysis a = DriverAnalysis::compute(inputs);

    // Classified: t1..t4. Importances sorted −1, 0, 0.7746, 1 → median (0 + 0.7746)/2 = 0.3873;
    // performances sorted 2, 3, 8, 9 → median (3 + 8)/2 = 5.5.
    COMPARE_OPTIONAL(a.importanceSplit(), std::optional<double>(std::sqrt(0.6) / 2.0));
    COMPARE_OPTIONAL(a.performanceSplit(), std::optional<double>(5.5));

    QCOMPARE(a.drivers().size(), 6);
    // t1: 1 ≥ 0.387 important, 3 < 5.5 poor → fix first.
    // t2: 0.775 important, 8 good → maintain.
    // t3: 0 unimportant, 2 poor → monitor.
    // t4: −1 unimportant, 9 good → lower priority.
    const QVector<std::optional<Quadrant>> expected{Quadrant::FixFirst, Quadrant::Maintain,
                                                    Quadrant::Monitor,  Quadrant::LowerPriority,
                                                    std::nullopt,       std::nullopt};
    const QVector<QUuid> ids{t1, t2, t3, t4, t5, t6};
    for (int i = 0; i < 6; ++i) {
        const DriverAnalysis::Driver &d = a.drivers().at(i);
        QCOMPARE(d.touchpointId, ids.at(i)); // inputs' order kept
        QVERIFY2(d.quadrant == expected.at(i), qPrintable(QString::number(i + 1)));
    }
    COMPARE_OPTIONAL(a.drivers().at(1).importance, std::optional<double>(std::sqrt(0.6)));
    QCOMPARE(a.drivers().at(1).n, qint64(5));
    // The touchpoint nobody rated: no result at all.
    QCOMPARE(a.drivers().at(4).n, qint64(0));
    COMPARE_OPTIONAL(a.drivers().at(4).importance, kNone);
    COMPARE_OPTIONAL(a.drivers().at(4).performance, kNone);
    // The constant one keeps its performance but has no importance.
    COMPARE_OPTIONAL(a.drivers().at(5).importance, kNone);
    COMPARE_OPTIONAL(a.drivers().at(5).performance, std::optional<double>(7.0));
}

void TestDrivers::quadrantsOddCount()
{
    // Three classified: importances 0, 0.7746, 1 → median 0.7746 (t2 itself); performances
    // 2, 3, 8 → median 3 (t1 itself). A value equal to the split is high:
    // t1 (1, 3) → maintain; t2 (0.7746, 8) → maintain; t3 (0, 2) → monitor.
    const QVector<DriverAnalysis::Input> inputs{
            {QUuid::createUuid(), sumsOf(kPositive), 3.0},
            {QUuid::createUuid(), sumsOf(kModerate), 8.0},
            {QUuid::createUuid(), sumsOf(kUncorrelated), 2.0},
    };
    const DriverAnalysis a = DriverAnalysis::compute(inputs);
    COMPARE_OPTIONAL(a.importanceSplit(), std::optional<double>(std::sqrt(0.6)));
    COMPARE_OPTIONAL(a.performanceSplit(), std::optional<double>(3.0));
    QVERIFY(a.drivers().at(0).quadrant == Quadrant::Maintain);
    QVERIFY(a.drivers().at(1).quadrant == Quadrant::Maintain);
    QVERIFY(a.drivers().at(2).quadrant == Quadrant::Monitor);
}

void TestDrivers::tooFewForQuadrants()
{
    // One classifiable touchpoint (the other has too few pairs): a split through one point
    // says nothing, so no quadrants and no splits; the importance is still reported.
    const QVector<DriverAnalysis::Input> inputs{
            {QUuid::createUuid(), sumsOf(kPositive), 3.0},
            {QUuid::createUuid(), sumsOf(Pairs{{1, 2}, {3, 9}}), 5.0},
    };
    const DriverAnalysis a = DriverAnalysis::compute(inputs);
    QVERIFY(!a.importanceSplit());
    QVERIFY(!a.performanceSplit());
    QVERIFY(!a.drivers().at(0).quadrant);
    QVERIFY(!a.drivers().at(1).quadrant);
    COMPARE_OPTIONAL(a.drivers().at(0).importance, std::optional<double>(1.0));

    const DriverAnalysis none = DriverAnalysis::compute({});
    QVERIFY(none.drivers().isEmpty());
    QVERIFY(!none.importanceSplit());
}

void TestDrivers::quadrantOf_data()
{
    QTest::addColumn<double>("importance");
    QTest::addColumn<double>("performance");
    QTest::addColumn<Quadrant>("quadrant");
    // Splits: importance 0.5, performance 5.
    QTest::newRow("high, low") << 0.9 << 2.0 << Quadrant::FixFirst;
    QTest::newRow("high, high") << 0.9 << 8.0 << Quadrant::Maintain;
    QTest::newRow("low, low") << 0.1 << 2.0 << Quadrant::Monitor;
    QTest::newRow("low, high") << 0.1 << 8.0 << Quadrant::LowerPriority;
    QTest::newRow("on both splits") << 0.5 << 5.0 << Quadrant::Maintain;
    QTest::newRow("on importance split, low") << 0.5 << 4.9 << Quadrant::FixFirst;
    QTest::newRow("negative r, on performance split") << -0.3 << 5.0 << Quadrant::LowerPriority;
}

void TestDrivers::quadrantOf()
{
    QFETCH(double, importance);
    QFETCH(double, performance);
    QTEST(DriverAnalysis::quadrantOf(importance, performance, 0.5, 5.0), "quadrant");
}

void TestDrivers::labels()
{
    // No translator is installed: the source texts.
    QCOMPARE(DriverAnalysis::label(Quadrant::FixFirst), QStringLiteral("Fix first"));
    QCOMPARE(DriverAnalysis::label(Quadrant::Maintain), QStringLiteral("Maintain"));
    QCOMPARE(DriverAnalysis::label(Quadrant::Monitor), QStringLiteral("Monitor"));
    QCOMPARE(DriverAnalysis::label(Quadrant::LowerPriority), QStringLiteral("Lower priority"));
}

QTEST_GUILESS_MAIN(TestDrivers)
#include "test_drivers.moc"
