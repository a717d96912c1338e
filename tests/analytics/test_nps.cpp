// SPDX-License-Identifier: GPL-3.0-or-later
// NPS from a 0..10 histogram: the promoter/passive/detractor split at 6|7 and 8|9, the value,
// the 95 % margin of error moe95 = 1.96·sqrt((p + d − (p − d)²)/n)·100 and its interval.
// Every expectation below is worked out by hand in the row's comment.

#include "analytics/npsresult.h"
#include "analytics/scorehistogram.h"

#include <QTest>

#include <cmath>

using namespace cjm;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

/// "none" in the data tables.
const std::optional<double> kNone = std::nullopt;

/// A 0..10 histogram with counts[s] answers of score s.
ScoreHistogram histogram(const QVector<qint64> &counts)
{
    ScoreHistogram h(0, 10);
    for (int score = 0; score < counts.size(); ++score)
        h.add(score, counts.at(score));
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

} // namespace

class TestNps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void interval_data();
    void interval();
    void scoresOffTheScaleAreNoAnswers();
    void additive();
};

void TestNps::compute_data()
{
    // counts of scores 0, 1, …, 10
    QTest::addColumn<QVector<qint64>>("counts");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("promoters");
    QTest::addColumn<qint64>("passives");
    QTest::addColumn<qint64>("detractors");
    QTest::addColumn<double>("promoterPercent");
    QTest::addColumn<double>("passivePercent");
    QTest::addColumn<double>("detractorPercent");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<std::optional<double>>("moe95");

    // 5 promoters (3×10, 2×9), 3 passives (8, 8, 7), 2 detractors (6, 0) of 10:
    // p = 0.5, d = 0.2, NPS = 50 − 20 = 30;
    // p + d − (p − d)² = 0.7 − 0.09 = 0.61; moe = 1.96·sqrt(0.61/10)·100 = 1.96·0.246982·100
    // = 48.4084…
    QTest::newRow("5/3/2 of 10") << QVector<qint64>{1, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3} << qint64(10)
                                 << qint64(5) << qint64(3) << qint64(2) << 50.0 << 30.0 << 20.0
                                 << std::optional<double>(30.0)
                                 << std::optional<double>(1.96 * std::sqrt(0.061) * 100.0);
    // No answers: no value, no margin, shares 0.
    QTest::newRow("no answers") << QVector<qint64>{} << qint64(0) << qint64(0) << qint64(0)
                                << qint64(0) << 0.0 << 0.0 << 0.0 << kNone << kNone;
    // One answer: the value is defined (±100 or 0), its margin is not.
    QTest::newRow("n = 1 promoter") << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1} << qint64(1)
                                    << qint64(1) << qint64(0) << qint64(0) << 100.0 << 0.0 << 0.0
                                    << std::optional<double>(100.0) << kNone;
    QTest::newRow("n = 1 passive")
            << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 1} << qint64(1) << qint64(0) << qint64(1)
            << qint64(0) << 0.0 << 100.0 << 0.0 << std::optional<double>(0.0) << kNone;
    QTest::newRow("n = 1 detractor")
            << QVector<qint64>{1} << qint64(1) << qint64(0) << qint64(0) << qint64(1) << 0.0 << 0.0
            << 100.0 << std::optional<double>(-100.0) << kNone;
    // 12×9 + 8×10: p = 1, d = 0: NPS 100; p + d − (p − d)² = 1 − 1 = 0: moe 0.
    QTest::newRow("all promoters")
            << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 8} << qint64(20) << qint64(20)
            << qint64(0) << qint64(0) << 100.0 << 0.0 << 0.0 << std::optional<double>(100.0)
            << std::optional<double>(0.0);
    // One each of 0..6: d = 1: NPS −100; 1 − (−1)² = 0: moe 0.
    QTest::newRow("all detractors") << QVector<qint64>{1, 1, 1, 1, 1, 1, 1} << qint64(7)
                                    << qint64(0) << qint64(0) << qint64(7) << 0.0 << 0.0 << 100.0
                                    << std::optional<double>(-100.0) << std::optional<double>(0.0);
    // 7, 7, 8, 8: p = d = 0: NPS 0, moe 0.
    QTest::newRow("all passives") << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 2, 2} << qint64(4)
                                  << qint64(0) << qint64(4) << qint64(0) << 0.0 << 100.0 << 0.0
                                  << std::optional<double>(0.0) << std::optional<double>(0.0);
    // The class boundaries: one each of 6 (detractor), 7, 8 (passives), 9 (promoter):
    // p = d = 0.25: NPS 0; 0.5 − 0 = 0.5; moe = 1.96·sqrt(0.5/4)·100 = 1.96·0.353553·100
    // = 69.2965…
    QTest::newRow("boundaries 6|7 8|9")
            << QVector<qint64>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1} << qint64(4) << qint64(1) << qint64(2)
            << qint64(1) << 25.0 << 50.0 << 25.0 << std::optional<double>(0.0)
            << std::optional<double>(1.96 * std::sqrt(0.125) * 100.0);
    // 90 promoters (10s), 60 passives (8s), 50 detractors (5s) of 200: p = 0.45, d = 0.25:
    // NPS 20; 0.70 − 0.04 = 0.66; moe = 1.96·sqrt(0.66/200)·100 = 1.96·0.0574456·100 = 11.2593…
    QTest::newRow("200 answers") << QVector<qint64>{0, 0, 0, 0, 0, 50, 0, 0, 60, 0, 90}
                                 << qint64(200) << qint64(90) << qint64(60) << qint64(50) << 45.0
                                 << 30.0 << 25.0 << std::optional<double>(20.0)
                                 << std::optional<double>(1.96 * std::sqrt(0.0033) * 100.0);
}

void TestNps::compute()
{
    QFETCH(QVector<qint64>, counts);
    const NpsResult r = computeNps(histogram(counts));

    QTEST(r.n, "n");
    QTEST(r.promoters, "promoters");
    QTEST(r.passives, "passives");
    QTEST(r.detractors, "detractors");
    QFETCH(double, promoterPercent);
    QFETCH(double, passivePercent);
    QFETCH(double, detractorPercent);
    QVERIFY2(near(r.promoterPercent, promoterPercent),
             qPrintable(QString::number(r.promoterPercent)));
    QVERIFY2(near(r.passivePercent, passivePercent), qPrintable(QString::number(r.passivePercent)));
    QVERIFY2(near(r.detractorPercent, detractorPercent),
             qPrintable(QString::number(r.detractorPercent)));
    QFETCH(std::optional<double>, value);
    QFETCH(std::optional<double>, moe95);
    QVERIFY2(same(r.value, value),
             qPrintable(text(r.value) + QStringLiteral(" != ") + text(value)));
    QVERIFY2(same(r.moe95, moe95),
             qPrintable(text(r.moe95) + QStringLiteral(" != ") + text(moe95)));
    QCOMPARE(r.isValid(), value.has_value());
}

void TestNps::interval_data()
{
    QTest::addColumn<QVector<qint64>>("counts");
    QTest::addColumn<std::optional<double>>("lower");
    QTest::addColumn<std::optional<double>>("upper");

    // NPS 30 ± 48.4084: 30 − 48.4084 = −18.4084, 30 + 48.4084 = 78.4084, both inside ±100.
    const double moe = 1.96 * std::sqrt(0.061) * 100.0;
    QTest::newRow("5/3/2 of 10") << QVector<qint64>{1, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3}
                                 << std::optional<double>(30.0 - moe)
                                 << std::optional<double>(30.0 + moe);
    // One 0 and one 10: p = d = 0.5: NPS 0; 1 − 0 = 1; moe = 1.96·sqrt(1/2)·100 = 138.59:
    // the interval −138.59 … 138.59 is cut to the scale, −100 … 100.
    QTest::newRow("clipped to ±100")
            << QVector<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1} << std::optional<double>(-100.0)
            << std::optional<double>(100.0);
    // All promoters: 100 ± 0.
    QTest::newRow("all promoters") << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 3}
                                   << std::optional<double>(100.0) << std::optional<double>(100.0);
    QTest::newRow("n = 1") << QVector<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1} << kNone << kNone;
    QTest::newRow("no answers") << QVector<qint64>{} << kNone << kNone;
}

void TestNps::interval()
{
    QFETCH(QVector<qint64>, counts);
    QFETCH(std::optional<double>, lower);
    QFETCH(std::optional<double>, upper);
    const NpsResult r = computeNps(histogram(counts));
    QVERIFY2(same(r.lower95(), lower), qPrintable(text(r.lower95())));
    QVERIFY2(same(r.upper95(), upper), qPrintable(text(r.upper95())));
}

void TestNps::scoresOffTheScaleAreNoAnswers()
{
    // A histogram of a wider scale: the 11s and 12s are no NPS answers, so of the rest
    // (one 10, one 0) n = 2 and NPS = 50 − 50 = 0.
    ScoreHistogram h(0, 12);
    QVERIFY(h.add(10));
    QVERIFY(h.add(0));
    QVERIFY(h.add(11, 5));
    QVERIFY(h.add(12, 3));
    const NpsResult r = computeNps(h);
    QCOMPARE(r.n, qint64(2));
    QVERIFY(r.value && near(*r.value, 0.0));
}

void TestNps::additive()
{
    // Two days' histograms add up to the histogram of both: 3 promoters + 1 detractor on day one,
    // 2 promoters + 2 passives + 2 detractors on day two = 5/2/3 of 10: NPS 50 − 30 = 20.
    ScoreHistogram day1 = histogram({1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3});
    const ScoreHistogram day2 = histogram({0, 0, 0, 0, 0, 2, 0, 2, 0, 2});
    day1 += day2;
    const NpsResult r = computeNps(day1);
    QCOMPARE(r.n, qint64(10));
    QCOMPARE(r.promoters, qint64(5));
    QCOMPARE(r.passives, qint64(2));
    QCOMPARE(r.detractors, qint64(3));
    QVERIFY(r.value && near(*r.value, 20.0));
}

QTEST_GUILESS_MAIN(TestNps)
#include "test_nps.moc"
