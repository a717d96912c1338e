// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectGenerator: the counts asked for, every value in its field's range, dense positions,
// a consistent structure, the same project for the same seed, and a file that validates.

#include "interchange/projectgenerator.h"
#include "storage/projectfile.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cjm;

namespace {

ProjectGenerator::Options options(int journeys, int stages, int touchpoints, quint32 seed = 1)
{
    ProjectGenerator::Options o;
    o.journeys = journeys;
    o.stagesPerJourney = stages;
    o.touchpointsPerJourney = touchpoints;
    o.seed = seed;
    return o;
}

/// The first field of any entity whose value is outside its range, as "table.column: reason".
template<class T>
QString firstValueOutOfRange(const EntityList<T> &list)
{
    for (const T &item : list) {
        for (const Field<T> &f : T::fields()) {
            const QString problem = checkFieldValue(f.type, f.get(item), f.min, f.max);
            if (!problem.isEmpty())
                return QStringLiteral("%1.%2: %3").arg(QLatin1String(T::table), f.name(), problem);
        }
    }
    return QString();
}

/// The first sibling group whose positions are not exactly 0..n-1, or empty.
template<class T>
QString firstSparseGroup(const EntityList<T> &list)
{
    if constexpr (HasPosition<T>::value) {
        QHash<QUuid, QVector<int>> groups;
        for (const T &item : list)
            groups[item.siblingKey()].append(item.position);
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (int i = 0; i < it->size(); ++i) {
                if (it->at(i) != i)
                    return QStringLiteral("%1 under %2")
                            .arg(QLatin1String(T::table), uuidText(it.key()));
            }
        }
    }
    return QString();
}

bool entityExists(const Project &project, const QUuid &id)
{
    bool found = false;
    forEachList(project, [&](const auto &list) { found = found || list.contains(id); });
    return found;
}

} // namespace

class TestProjectGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void touchpointsAreSpreadEvenly();
    void valuesAreInRange();
    void positionsAreDense();
    void structureIsConsistent();
    void contentIsVaried();
    void sameSeedSameProject();
    void fileValidates();
    void isFast();

private:
    QTemporaryDir mWorkDir;
};

void TestProjectGenerator::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestProjectGenerator::counts_data()
{
    QTest::addColumn<int>("journeys");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("touchpoints");
    QTest::newRow("default") << 1 << 6 << 30;
    QTest::newRow("several journeys") << 4 << 7 << 23;
    QTest::newRow("more stages than names") << 1 << 14 << 28;
    QTest::newRow("fewer touchpoints than stages") << 2 << 5 << 3;
    QTest::newRow("no touchpoints") << 2 << 4 << 0;
    QTest::newRow("no stages") << 1 << 0 << 0;
    QTest::newRow("no journeys") << 0 << 5 << 10;
}

void TestProjectGenerator::counts()
{
    QFETCH(int, journeys);
    QFETCH(int, stages);
    QFETCH(int, touchpoints);
    const Project project = ProjectGenerator(options(journeys, stages, touchpoints)).generate();
    QCOMPARE(project.journeys().size(), journeys);
    QCOMPARE(project.stages().size(), journeys * stages);
    QCOMPARE(project.touchpoints().size(), journeys * touchpoints);
    QCOMPARE(project.list<Lane>().size(), journeys * 11); // one lane of every kind 0..10
    QVERIFY(project.personas().size() >= 3);
    QCOMPARE(project.metrics().size(), 3);
    QCOMPARE(project.measurements().size(), 3 * 12 * (1 + journeys));
    QVERIFY(!project.info.id.isNull());
    QVERIFY(!project.info.name.isEmpty());
}

void TestProjectGenerator::touchpointsAreSpreadEvenly()
{
    const Project project = ProjectGenerator(options(2, 7, 100)).generate();
    for (const Journey *journey : project.orderedJourneys()) {
        int total = 0;
        for (const Stage *stage : project.stagesOf(journey->id)) {
            const int here = project.touchpointsOf(stage->id).size();
            QVERIFY2(here == 14 || here == 15, qPrintable(QString::number(here)));
            total += here;
        }
        QCOMPARE(total, 100);
    }
}

void TestProjectGenerator::valuesAreInRange()
{
    const Project project = ProjectGenerator(options(3, 8, 400, 42)).generate();
    QString problem;
    forEachList(project, [&](const auto &list) {
        if (problem.isEmpty())
            problem = firstValueOutOfRange(list);
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const Field<ProjectInfo> &f : ProjectInfo::fields())
        QVERIFY(checkFieldValue(f.type, f.get(project.info), f.min, f.max).isEmpty());
    for (const Metric &metric : project.metrics())
        QVERIFY(metric.scaleMin < metric.scaleMax);
}

void TestProjectGenerator::positionsAreDense()
{
    const Project project = ProjectGenerator(options(5, 9, 300, 7)).generate();
    QString sparse;
    forEachList(project, [&](const auto &list) {
        if (sparse.isEmpty())
            sparse = firstSparseGroup(list);
    });
    QVERIFY2(sparse.isEmpty(), qPrintable(sparse));
    // Ordered links too: the personas of each journey.
    for (const Journey &journey : project.journeys()) {
        QVector<int> positions;
        for (const Link &link : project.links()) {
            if (link.kind == LinkKind::JourneyPersona && link.from == journey.id)
                positions.append(link.position);
        }
        std::sort(positions.begin(), positions.end());
        QVERIFY(!positions.isEmpty());
        for (int i = 0; i < positions.size(); ++i)
            QCOMPARE(positions.at(i), i);
    }
}

void TestProjectGenerator::structureIsConsistent()
{
    const Project project = ProjectGenerator(options(3, 6, 500, 3)).generate();
    for (const Stage &stage : project.stages())
        QVERIFY(project.journeys().contains(stage.journeyId));
    for (const Touchpoint &tp : project.touchpoints())
        QVERIFY(project.stages().contains(tp.stageId));
    auto checkHome = [&](const auto &list) {
        for (const auto &item : list) {
            QVERIFY(project.stages().contains(item.stageId));
            if (item.touchpointId.isNull())
                continue;
            const Touchpoint *tp = project.touchpoints().find(item.touchpointId);
            QVERIFY(tp);
            QCOMPARE(tp->stageId, item.stageId); // stage_id repeats the touchpoint's stage
        }
    };
    checkHome(project.painPoints());
    checkHome(project.opportunities());
    checkHome(project.insights());
    for (const Link &link : project.links()) {
        QVERIFY(entityExists(project, link.from));
        QVERIFY(entityExists(project, link.to));
    }
    // Every opportunity addresses a pain point; every insight is evidence for a touchpoint.
    for (const Opportunity &op : project.opportunities())
        QVERIFY(!project.linked(LinkKind::OpportunityPainPoint, op.id).isEmpty());
    for (const Insight &insight : project.insights())
        QVERIFY(!project.linked(LinkKind::InsightTouchpoint, insight.id).isEmpty());
    for (const Measurement &m : project.measurements()) {
        QVERIFY(project.metrics().contains(m.metricId));
        QVERIFY(m.periodStart <= m.periodEnd);
        QVERIFY(m.scopeId.isNull() || project.journeys().contains(m.scopeId));
    }
    for (const Journey &journey : project.journeys()) {
        if (journey.state == JourneyState::ToBe)
            QVERIFY(project.journeys().contains(journey.asIsJourneyId));
    }
}

void TestProjectGenerator::contentIsVaried()
{
    const Project project = ProjectGenerator(options(3, 8, 1000, 11)).generate();
    const int touchpoints = project.touchpoints().size();
    // Pain points on about 30% of the touchpoints.
    QSet<QUuid> withPain;
    for (const PainPoint &pp : project.painPoints()) {
        if (!pp.touchpointId.isNull())
            withPain.insert(pp.touchpointId);
    }
    const double painShare = double(withPain.size()) / touchpoints;
    QVERIFY2(painShare > 0.2 && painShare < 0.45, qPrintable(QString::number(painShare)));
    QVERIFY(!project.opportunities().isEmpty());
    QVERIFY(!project.insights().isEmpty());

    QSet<int> emotions, channels;
    QSet<QString> titles;
    int external = 0;
    for (const Touchpoint &tp : project.touchpoints()) {
        emotions.insert(tp.emotion);
        channels.insert(int(tp.channel));
        titles.insert(tp.title);
        external += tp.ownerExternal ? 1 : 0;
    }
    QCOMPARE(emotions.size(), 5); // the whole scale −2..2
    QVERIFY(channels.size() >= 8);
    QVERIFY(titles.size() >= 50);
    QVERIFY(external > 0 && external < touchpoints / 2);

    // The emotion curve is smooth-ish: neighbours differ less than random values would.
    double step = 0;
    int steps = 0;
    for (const Journey *journey : project.orderedJourneys()) {
        int previous = 99;
        for (const Stage *stage : project.stagesOf(journey->id)) {
            for (const Touchpoint *tp : project.touchpointsOf(stage->id)) {
                if (previous != 99) {
                    step += std::abs(tp->emotion - previous);
                    ++steps;
                }
                previous = tp->emotion;
            }
        }
    }
    QVERIFY2(step / steps < 1.0, qPrintable(QString::number(step / steps)));
}

void TestProjectGenerator::sameSeedSameProject()
{
    const Project a = ProjectGenerator(options(2, 5, 120, 99)).generate();
    const Project b = ProjectGenerator(options(2, 5, 120, 99)).generate();
    QVERIFY(a == b);
    ProjectGenerator generator(options(2, 5, 120, 99));
    QVERIFY(generator.generate() == generator.generate()); // a generator can be reused
    const Project c = ProjectGenerator(options(2, 5, 120, 100)).generate();
    QVERIFY(a != c);
}

void TestProjectGenerator::fileValidates()
{
    const Project project = ProjectGenerator(options(3, 6, 200, 5)).generate();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.cjm"));
    const Status created = ProjectFile::create(path, project);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    Project loaded;
    const Status valid = ProjectFile::validate(path, &loaded);
    QVERIFY2(valid.ok(), qPrintable(valid.message()));
    QVERIFY(loaded == project);
}

void TestProjectGenerator::isFast()
{
    QElapsedTimer timer;
    timer.start();
    const Project project = ProjectGenerator(options(1, 10, 10000)).generate();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(project.touchpoints().size(), 10000);
    qInfo("10,000 touchpoints generated in %lld ms", elapsed);
    // Well under a second in a release build; generous for sanitizer builds.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestProjectGenerator)
#include "test_projectgenerator.moc"
