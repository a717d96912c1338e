// SPDX-License-Identifier: GPL-3.0-or-later
// MapLayout::update: an edit that moves nothing is applied in place and leaves exactly the
// layout a fresh build() gives; an edit that may move something is refused untouched.
#include "document/changeevent.h"
#include "interchange/projectgenerator.h"
#include "render/maplayout.h"

#include <QtTest>

using namespace cjm;

namespace {

Project generated()
{
    ProjectGenerator::Options options;
    options.journeys = 2;
    options.stagesPerJourney = 3;
    options.touchpointsPerJourney = 12;
    options.seed = 7;
    return ProjectGenerator(options).generate();
}

ChangeEvent changed(EntityKind kind, const QUuid &id, const QStringList &fields)
{
    ChangeEvent event;
    ChangeItem item;
    item.type = ChangeType::Changed;
    item.kind = kind;
    item.id = id;
    item.fields = fields;
    event.items.append(item);
    return event;
}

/// Element by element, the same geometry and the same text lines.
void compareLayouts(const MapLayout &got, const MapLayout &expected)
{
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got.elements().size(), expected.elements().size());
    for (int i = 0; i < got.elements().size(); ++i) {
        const LayoutElement &a = got.elements().at(i);
        const LayoutElement &b = expected.elements().at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.role, b.role);
        QCOMPARE(a.rect, b.rect);
        QCOMPARE(a.texts.size(), b.texts.size());
        for (int t = 0; t < a.texts.size(); ++t) {
            QCOMPARE(a.texts.at(t).text, b.texts.at(t).text);
            QCOMPARE(a.texts.at(t).rect, b.texts.at(t).rect);
        }
    }
    QCOMPARE(got.emotionCurve(), expected.emotionCurve());
    QCOMPARE(got.emotionCurveToBe(), expected.emotionCurveToBe());
}

} // namespace

class TestMapLayoutUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleThatFitsIsUpdatedInPlace();
    void severityRepaintsOnlyItsCard();
    void emotionMovesThePointAndTheCurve();
    void toBeEmotionThatAppearsNeedsABuild();
    void longerTextNeedsABuild();
    void structuralEditsNeedABuild_data();
    void structuralEditsNeedABuild();
    void otherJourneyChangesNothing();
    void touchpointCardCarriesMetricBadges();
};

void TestMapLayoutUpdate::titleThatFitsIsUpdatedInPlace()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    // A touchpoint whose title takes one line: "Call" takes one line too.
    QUuid id;
    for (const MapLayout::Column &column : layout.columns()) {
        const LayoutElement *e
                = layout.element(EntityKind::Touchpoint, column.touchpointId, ElementRole::Card);
        const auto titleLines
                = std::count_if(e->texts.cbegin(), e->texts.cend(),
                                [](const LayoutText &t) { return t.slot == TextSlot::Title; });
        if (titleLines == 1) {
            id = column.touchpointId;
            break;
        }
    }
    QVERIFY(!id.isNull());
    const QRectF card = layout.rectOf(EntityKind::Touchpoint, id);

    project.list<Touchpoint>().find(id)->title = QStringLiteral("Call");
    QRectF dirty;
    QVERIFY(layout.update(project, changed(EntityKind::Touchpoint, id, {QStringLiteral("title")}),
                          &dirty));
    QCOMPARE(dirty, card); // nothing but the card looks different
    bool found = false;
    for (const LayoutText &text :
         layout.element(EntityKind::Touchpoint, id, ElementRole::Card)->texts)
        found = found || text.text == QLatin1String("Call");
    QVERIFY(found);
    MapLayout fresh;
    fresh.build(project, journey);
    compareLayouts(layout, fresh);
}

void TestMapLayoutUpdate::severityRepaintsOnlyItsCard()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    const PainPoint *pp = nullptr;
    for (const PainPoint &candidate : project.painPoints().items()) {
        if (layout.element(EntityKind::PainPoint, candidate.id, ElementRole::Card)) {
            pp = &candidate;
            break;
        }
    }
    QVERIFY(pp);
    const QUuid id = pp->id;
    PainPoint *editable = project.list<PainPoint>().find(id);
    editable->severity = editable->severity == 5 ? 1 : 5;
    QRectF dirty;
    QVERIFY(layout.update(project, changed(EntityKind::PainPoint, id, {QStringLiteral("severity")}),
                          &dirty));
    QCOMPARE(dirty, layout.rectOf(EntityKind::PainPoint, id));
    MapLayout fresh;
    fresh.build(project, journey);
    compareLayouts(layout, fresh);
}

void TestMapLayoutUpdate::emotionMovesThePointAndTheCurve()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    const QUuid id = project.touchpointsOf(project.stagesOf(journey).at(1)->id).at(1)->id;
    Touchpoint *tp = project.list<Touchpoint>().find(id);
    tp->emotion = tp->emotion == kEmotionMax ? kEmotionMin : kEmotionMax;
    const qreal before = layout.element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint)
                                 ->rect.center()
                                 .y();

    QRectF dirty;
    QVERIFY(layout.update(project, changed(EntityKind::Touchpoint, id, {QStringLiteral("emotion")}),
                          &dirty));
    const QRectF point
            = layout.element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint)->rect;
    QVERIFY(point.center().y() != before);
    QCOMPARE(point.center().y(), layout.emotionY(tp->emotion));
    QVERIFY(dirty.contains(layout.emotionBand()));
    MapLayout fresh;
    fresh.build(project, journey);
    compareLayouts(layout, fresh);
}

void TestMapLayoutUpdate::toBeEmotionThatAppearsNeedsABuild()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    const Touchpoint *without = nullptr;
    for (const Stage *stage : project.stagesOf(journey)) {
        for (const Touchpoint *tp : project.touchpointsOf(stage->id)) {
            if (!tp->emotionToBe && !without)
                without = tp;
        }
    }
    QVERIFY(without);
    const QUuid id = without->id;
    project.list<Touchpoint>().find(id)->emotionToBe = 1;
    QRectF dirty;
    QVERIFY(!layout.update(project,
                           changed(EntityKind::Touchpoint, id, {QStringLiteral("emotion_to_be")}),
                           &dirty));
    // Refused untouched: still no to-be point.
    QVERIFY(!layout.element(EntityKind::Touchpoint, id, ElementRole::EmotionPointToBe));
}

void TestMapLayoutUpdate::longerTextNeedsABuild()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    const QUuid id = project.stagesOf(journey).first()->id;
    const QVector<LayoutText> textsBefore
            = layout.element(EntityKind::Stage, id, ElementRole::StageHeader)->texts;
    // One line more or less than before: the header row changes height either way.
    Stage *stage = project.list<Stage>().find(id);
    stage->customerGoal = stage->customerGoal.isEmpty()
            ? QStringLiteral("A goal long enough to need a second line below the stage name")
            : QString();
    QRectF dirty;
    QVERIFY(!layout.update(
            project, changed(EntityKind::Stage, id, {QStringLiteral("customer_goal")}), &dirty));
    // Refused untouched.
    const QVector<LayoutText> textsAfter
            = layout.element(EntityKind::Stage, id, ElementRole::StageHeader)->texts;
    QCOMPARE(textsAfter.size(), textsBefore.size());
}

void TestMapLayoutUpdate::structuralEditsNeedABuild_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("kind");
    QTest::newRow("touchpoint added") << int(ChangeType::Added) << int(EntityKind::Touchpoint);
    QTest::newRow("touchpoint moved") << int(ChangeType::Moved) << int(EntityKind::Touchpoint);
    QTest::newRow("pain point removed") << int(ChangeType::Removed) << int(EntityKind::PainPoint);
    QTest::newRow("lane changed") << int(ChangeType::Changed) << int(EntityKind::Lane);
    QTest::newRow("metric changed") << int(ChangeType::Changed) << int(EntityKind::Metric);
    QTest::newRow("linked") << int(ChangeType::Linked) << int(EntityKind::Opportunity);
    QTest::newRow("reset") << int(ChangeType::Reset) << int(EntityKind::ProjectInfo);
}

void TestMapLayoutUpdate::structuralEditsNeedABuild()
{
    QFETCH(int, type);
    QFETCH(int, kind);
    const Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    MapLayout layout;
    layout.build(project, journey);
    ChangeEvent event;
    ChangeItem item;
    item.type = ChangeType(type);
    item.kind = EntityKind(kind);
    item.id = project.touchpoints().items().first().id;
    event.items.append(item);
    QRectF dirty;
    QVERIFY(!layout.update(project, event, &dirty));
}

void TestMapLayoutUpdate::otherJourneyChangesNothing()
{
    Project project = generated();
    const QVector<const Journey *> journeys = project.orderedJourneys();
    MapLayout layout;
    layout.build(project, journeys.first()->id);
    const QUuid other
            = project.touchpointsOf(project.stagesOf(journeys.last()->id).first()->id).first()->id;
    project.list<Touchpoint>().find(other)->title = QStringLiteral("Elsewhere");
    QRectF dirty;
    QVERIFY(layout.update(
            project, changed(EntityKind::Touchpoint, other, {QStringLiteral("title")}), &dirty));
    QVERIFY(dirty.isEmpty());
    MapLayout fresh;
    fresh.build(project, journeys.first()->id);
    compareLayouts(layout, fresh);
}

void TestMapLayoutUpdate::touchpointCardCarriesMetricBadges()
{
    Project project = generated();
    const QUuid journey = project.orderedJourneys().first()->id;
    const QUuid tp = project.touchpointsOf(project.stagesOf(journey).first()->id).first()->id;
    // A project-wide CSAT that survey answers rate per touchpoint: two months of figures.
    Metric csat;
    csat.id = QUuid::createUuid();
    csat.name = QStringLiteral("Servicing CSAT");
    csat.kind = MetricKind::Csat;
    csat.unit = QStringLiteral("%");
    csat.target = 80.0;
    csat.position = project.metrics().items().size();
    project.list<Metric>().insert(csat);
    for (int month = 1; month <= 2; ++month) {
        Measurement m;
        m.id = QUuid::createUuid();
        m.metricId = csat.id;
        m.scopeKind = ScopeKind::Touchpoint;
        m.scopeId = tp;
        m.periodStart = QDate(2025, month, 1);
        m.periodEnd = QDate(2025, month, 1).addMonths(1).addDays(-1);
        m.value = month == 1 ? 85.0 : 72.0; // the latest one is short of the target
        m.sampleSize = 40;
        m.source = MeasurementSource::Survey;
        project.list<Measurement>().insert(m);
    }
    MapLayout layout;
    layout.build(project, journey);
    QStringList scores;
    for (const LayoutText &text :
         layout.element(EntityKind::Touchpoint, tp, ElementRole::Card)->texts) {
        if (text.slot == TextSlot::Score)
            scores.append(text.text);
    }
    QCOMPARE(scores.size(), 1);
    QVERIFY2(scores.first().contains(QStringLiteral("Servicing CSAT")), qPrintable(scores.first()));
    QVERIFY2(scores.first().contains(QStringLiteral("72")), qPrintable(scores.first()));
    QVERIFY2(scores.first().startsWith(QChar(0x2717)), qPrintable(scores.first())); // ✗: short

    // An edit in place keeps the badge.
    project.list<Touchpoint>().find(tp)->description = QStringLiteral("x");
    QRectF dirty;
    if (layout.update(project, changed(EntityKind::Touchpoint, tp, {QStringLiteral("description")}),
                      &dirty)) {
        MapLayout fresh;
        fresh.build(project, journey);
        compareLayouts(layout, fresh);
    }
}

QTEST_MAIN(TestMapLayoutUpdate)
#include "test_maplayoutupdate.moc"
