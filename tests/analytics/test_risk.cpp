// SPDX-License-Identifier: GPL-3.0-or-later
// RiskAssessment: the 5×5 severity × likelihood matrix and its level bands, clamping of bad
// ratings, revenue at risk (plain and from a project's first journey persona), and the
// opportunity ranking by risk addressed per effort with its tie-breaks.

#include "analytics/opportunityranking.h"
#include "analytics/riskassessment.h"
#include "model/project.h"

#include <QTest>

using namespace cjm;

Q_DECLARE_METATYPE(cjm::RiskAssessment::Level)

namespace {

using Level = RiskAssessment::Level;

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

/// A small project: one journey with one stage; personas and pain points added by the tests.
struct Fixture
{
    Project project;
    QUuid journey = QUuid::createUuid();
    QUuid stage = QUuid::createUuid();

    Fixture()
    {
        Journey j;
        j.id = journey;
        j.name = QStringLiteral("Buy");
        project.list<Journey>().insert(j);
        Stage s;
        s.id = stage;
        s.journeyId = journey;
        s.name = QStringLiteral("Pay");
        project.list<Stage>().insert(s);
    }

    QUuid addPersona(double sharePercent, double valuePerCustomer, int linkPosition)
    {
        Persona p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("Persona %1").arg(linkPosition);
        p.sharePercent = sharePercent;
        p.valuePerCustomer = valuePerCustomer;
        project.list<Persona>().insert(p);
        linkPersona(p.id, linkPosition);
        return p.id;
    }

    void linkPersona(const QUuid &persona, int position)
    {
        project.addLink(Link{LinkKind::JourneyPersona, journey, persona, position});
    }

    QUuid addPainPoint(int severity, int likelihood, double customersAffected = 0.0)
    {
        PainPoint p;
        p.id = QUuid::createUuid();
        p.stageId = stage;
        p.title = QStringLiteral("Pain %1×%2").arg(severity).arg(likelihood);
        p.severity = severity;
        p.likelihood = likelihood;
        p.customersAffected = customersAffected;
        project.list<PainPoint>().insert(p);
        return p.id;
    }

    QUuid addOpportunity(const QString &title, int effort, const QVector<QUuid> &painPoints)
    {
        Opportunity o;
        o.id = QUuid::createUuid();
        o.stageId = stage;
        o.title = title;
        o.effort = effort;
        project.list<Opportunity>().insert(o);
        for (const QUuid &pain : painPoints)
            project.addLink(Link{LinkKind::OpportunityPainPoint, o.id, pain, 0});
        return o.id;
    }
};

} // namespace

class TestRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix();
    void score_data();
    void score();
    void levelBands_data();
    void levelBands();
    void labels();
    void revenueAtRisk_data();
    void revenueAtRisk();
    void revenueAtRiskOfPainPoint();
    void revenueAtRiskNeedsAPersona();
    void opportunityRanking();
    void opportunityRankingOfEmptyProject();
};

void TestRisk::matrix()
{
    // The table of riskassessment.h, row by row (severity 5 at the top, likelihood 1..5).
    const Level L = Level::Low, M = Level::Medium, H = Level::High, C = Level::Critical;
    const Level expected[5][5] = {
            {M, H, H, C, C}, // severity 5:  5 10 15 20 25
            {L, M, H, H, C}, // severity 4:  4  8 12 16 20
            {L, M, M, H, H}, // severity 3:  3  6  9 12 15
            {L, L, M, M, H}, // severity 2:  2  4  6  8 10
            {L, L, L, L, M}, // severity 1:  1  2  3  4  5
    };
    for (int severity = 5; severity >= 1; --severity) {
        for (int likelihood = 1; likelihood <= 5; ++likelihood) {
            const int score = RiskAssessment::score(severity, likelihood);
            QCOMPARE(score, severity * likelihood);
            QCOMPARE(RiskAssessment::level(score), expected[5 - severity][likelihood - 1]);
        }
    }
}

void TestRisk::score_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("score");
    QTest::addColumn<Level>("level");

    // The four corners of the matrix.
    QTest::newRow("1×1") << 1 << 1 << 1 << Level::Low;
    QTest::newRow("1×5") << 1 << 5 << 5 << Level::Medium;
    QTest::newRow("5×1") << 5 << 1 << 5 << Level::Medium;
    QTest::newRow("5×5") << 5 << 5 << 25 << Level::Critical;
    // Either side of each band edge: 4|5, 9|10, 16|17 (no product is 17–19: 20 is next).
    QTest::newRow("2×2 = 4") << 2 << 2 << 4 << Level::Low;
    QTest::newRow("3×3 = 9") << 3 << 3 << 9 << Level::Medium;
    QTest::newRow("2×5 = 10") << 2 << 5 << 10 << Level::High;
    QTest::newRow("4×4 = 16") << 4 << 4 << 16 << Level::High;
    QTest::newRow("4×5 = 20") << 4 << 5 << 20 << Level::Critical;
    // Ratings off 1..5 are clamped: 0 → 1, 7 → 5, −3 → 1, 9 → 5.
    QTest::newRow("0×7 clamped to 1×5") << 0 << 7 << 5 << Level::Medium;
    QTest::newRow("−3×−3 clamped to 1×1") << -3 << -3 << 1 << Level::Low;
    QTest::newRow("9×9 clamped to 5×5") << 9 << 9 << 25 << Level::Critical;
}

void TestRisk::score()
{
    QFETCH(int, severity);
    QFETCH(int, likelihood);
    QTEST(RiskAssessment::score(severity, likelihood), "score");
    PainPoint pain;
    pain.severity = severity;
    pain.likelihood = likelihood;
    QTEST(RiskAssessment::score(pain), "score");
    QTEST(RiskAssessment::level(pain), "level");
}

void TestRisk::levelBands_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<Level>("level");
    QTest::newRow("0") << 0 << Level::Low;
    QTest::newRow("1") << 1 << Level::Low;
    QTest::newRow("4") << 4 << Level::Low;
    QTest::newRow("5") << 5 << Level::Medium;
    QTest::newRow("9") << 9 << Level::Medium;
    QTest::newRow("10") << 10 << Level::High;
    QTest::newRow("16") << 16 << Level::High;
    QTest::newRow("17") << 17 << Level::Critical;
    QTest::newRow("25") << 25 << Level::Critical;
    QTest::newRow("100") << 100 << Level::Critical;
}

void TestRisk::levelBands()
{
    QFETCH(int, score);
    QTEST(RiskAssessment::level(score), "level");
}

void TestRisk::labels()
{
    // No translator is installed: the source texts.
    QCOMPARE(RiskAssessment::label(Level::Low), QStringLiteral("Low"));
    QCOMPARE(RiskAssessment::label(Level::Medium), QStringLiteral("Medium"));
    QCOMPARE(RiskAssessment::label(Level::High), QStringLiteral("High"));
    QCOMPARE(RiskAssessment::label(Level::Critical), QStringLiteral("Critical"));
}

void TestRisk::revenueAtRisk_data()
{
    QTest::addColumn<double>("affectedPercent");
    QTest::addColumn<double>("customers");
    QTest::addColumn<double>("valuePerCustomer");
    QTest::addColumn<double>("revenue");

    // 12.5 % of 8 000 customers = 1 000 customers × 300 = 300 000.
    QTest::newRow("12.5 % of 8000 × 300") << 12.5 << 8000.0 << 300.0 << 300000.0;
    QTest::newRow("all of 10 × 50") << 100.0 << 10.0 << 50.0 << 500.0;
    QTest::newRow("nobody affected") << 0.0 << 8000.0 << 300.0 << 0.0;
    QTest::newRow("no customers") << 50.0 << 0.0 << 300.0 << 0.0;
    QTest::newRow("negative inputs count as 0") << -5.0 << 100.0 << 10.0 << 0.0;
}

void TestRisk::revenueAtRisk()
{
    QFETCH(double, affectedPercent);
    QFETCH(double, customers);
    QFETCH(double, valuePerCustomer);
    QFETCH(double, revenue);
    const double actual
            = RiskAssessment::revenueAtRisk(affectedPercent, customers, valuePerCustomer);
    QVERIFY2(near(actual, revenue), qPrintable(QString::number(actual, 'g', 17)));
}

void TestRisk::revenueAtRiskOfPainPoint()
{
    Fixture f;
    // Link positions, not insertion order, decide which persona is first: B (position 0).
    f.addPersona(20.0, 500.0, 1);                  // A
    const QUuid b = f.addPersona(50.0, 100.0, 0);  // B: first
    const QUuid pain = f.addPainPoint(4, 4, 10.0); // 10 % of the persona's customers
    // B's customers: 10 000 × 50 % = 5 000; 10 % affected = 500; × 100 = 50 000.
    std::optional<double> revenue = RiskAssessment::revenueAtRisk(f.project, pain, 10000.0);
    QVERIFY(revenue);
    QVERIFY2(near(*revenue, 50000.0), qPrintable(QString::number(*revenue, 'g', 17)));

    // B gone (a dangling link remains): A is the first existing persona:
    // 10 000 × 20 % = 2 000; 10 % = 200; × 500 = 100 000.
    f.project.list<Persona>().remove(b);
    revenue = RiskAssessment::revenueAtRisk(f.project, pain, 10000.0);
    QVERIFY(revenue);
    QVERIFY2(near(*revenue, 100000.0), qPrintable(QString::number(*revenue, 'g', 17)));
}

void TestRisk::revenueAtRiskNeedsAPersona()
{
    Fixture f;
    const QUuid pain = f.addPainPoint(3, 3, 10.0);
    // The journey has no persona: nothing to read the % against.
    QVERIFY(!RiskAssessment::revenueAtRisk(f.project, pain, 10000.0));
    // Only a dangling persona link: still none.
    f.linkPersona(QUuid::createUuid(), 0);
    QVERIFY(!RiskAssessment::revenueAtRisk(f.project, pain, 10000.0));
    // An unknown pain point: none.
    f.addPersona(10.0, 10.0, 1);
    QVERIFY(!RiskAssessment::revenueAtRisk(f.project, QUuid::createUuid(), 10000.0));
    QVERIFY(RiskAssessment::revenueAtRisk(f.project, pain, 10000.0));
}

void TestRisk::opportunityRanking()
{
    Fixture f;
    const QUuid p25 = f.addPainPoint(5, 5); // risk 25
    const QUuid p12 = f.addPainPoint(4, 3); // risk 12
    const QUuid p4 = f.addPainPoint(2, 2);  // risk 4
    const QUuid p1 = f.addPainPoint(1, 1);  // risk 1
    const QUuid gone = QUuid::createUuid(); // a pain point that no longer exists

    // Inserted in no particular order; priority = Σ risk / effort:
    f.addOpportunity(QStringLiteral("Echo"), 3, {});              // 0 / 3 = 0
    f.addOpportunity(QStringLiteral("Gamma"), 1, {p4, p1, gone}); // (4 + 1) / 1 = 5
    f.addOpportunity(QStringLiteral("Apple"), 2, {p12});          // 12 / 2 = 6
    f.addOpportunity(QStringLiteral("Zulu"), 0, {p1});            // effort 0 → 1: 1 / 1 = 1
    f.addOpportunity(QStringLiteral("Beta"), 5, {p25, p12});      // 37 / 5 = 7.4
    f.addOpportunity(QStringLiteral("Delta"), 5, {p25});          // 25 / 5 = 5
    f.addOpportunity(QStringLiteral("alpha"), 2, {p12});          // 12 / 2 = 6

    const QVector<OpportunityRanking::Entry> ranked = OpportunityRanking::rank(f.project);
    // 7.4 Beta; 6 alpha, Apple (ties by title, case-insensitive: "alpha" < "apple");
    // 5 Delta, Gamma; 1 Zulu; 0 Echo.
    QStringList titles;
    for (const OpportunityRanking::Entry &e : ranked)
        titles.append(e.title);
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Beta"), QStringLiteral("alpha"), QStringLiteral("Apple"),
                          QStringLiteral("Delta"), QStringLiteral("Gamma"), QStringLiteral("Zulu"),
                          QStringLiteral("Echo")}));
    const QVector<double> priorities{7.4, 6.0, 6.0, 5.0, 5.0, 1.0, 0.0};
    const QVector<int> risks{37, 12, 12, 25, 5, 1, 0};
    const QVector<int> painCounts{2, 1, 1, 1, 2, 1, 0}; // Gamma's dangling link is no pain point
    const QVector<int> efforts{5, 2, 2, 5, 1, 1, 3};
    for (int i = 0; i < ranked.size(); ++i) {
        QVERIFY2(near(ranked.at(i).priority, priorities.at(i)), qPrintable(titles.at(i)));
        QCOMPARE(ranked.at(i).riskAddressed, risks.at(i));
        QCOMPARE(ranked.at(i).painPoints, painCounts.at(i));
        QCOMPARE(ranked.at(i).effort, efforts.at(i));
        QVERIFY(f.project.opportunities().find(ranked.at(i).opportunityId));
    }
}

void TestRisk::opportunityRankingOfEmptyProject()
{
    const Project empty;
    QVERIFY(OpportunityRanking::rank(empty).isEmpty());
}

QTEST_GUILESS_MAIN(TestRisk)
#include "test_risk.moc"
