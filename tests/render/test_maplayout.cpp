// SPDX-License-Identifier: GPL-3.0-or-later
// MapLayout: the grid (stage widths, column and lane order, hidden lanes), emotion geometry,
// hit-testing, rectOf, insertion points, text wrapping (CJK, long words) and speed.

#include "interchange/projectgenerator.h"
#include "render/emotioncurve.h"
#include "render/maplayout.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cjm;

namespace {

/// A small journey: stage A (2 touchpoints), stage B (empty), stage C (3 touchpoints).
struct Fixture
{
    Project project;
    QUuid journey;
    QUuid stageA, stageB, stageC;
    QVector<QUuid> tpA, tpC;
    QUuid stagePain; ///< a pain point of stage C as a whole
    QHash<LaneKind, QUuid> lanes;

    Fixture()
    {
        Journey j;
        j.id = journey = QUuid::createUuid();
        j.name = QStringLiteral("Journey");
        project.list<Journey>().insert(j);
        int position = 0;
        for (int kind = 0; kind <= int(LaneKind::Text); ++kind) {
            Lane lane;
            lane.id = QUuid::createUuid();
            lane.journeyId = journey;
            lane.position = position++;
            lane.kind = LaneKind(kind);
            if (lane.kind == LaneKind::Text)
                lane.title = QStringLiteral("Notes of the team");
            project.list<Lane>().insert(lane);
            lanes.insert(lane.kind, lane.id);
        }
        stageA = addStage(0, QStringLiteral("Discover"));
        stageB = addStage(1, QStringLiteral("Empty stage"));
        stageC = addStage(2, QStringLiteral("Use"));
        // Inserted out of order: columns must follow positions, not storage order.
        tpA.resize(2);
        tpA[1] = addTouchpoint(stageA, 1, QStringLiteral("Second of A"), 1);
        tpA[0] = addTouchpoint(stageA, 0, QStringLiteral("First of A"), -2);
        tpC.resize(3);
        tpC[2] = addTouchpoint(stageC, 2, QStringLiteral("Third of C"), 2);
        tpC[0] = addTouchpoint(stageC, 0, QStringLiteral("First of C"), 0);
        tpC[1] = addTouchpoint(stageC, 1, QStringLiteral("Second of C"), -1);
        project.list<Touchpoint>().find(tpC[1])->emotionToBe = 2;
        project.list<Touchpoint>().find(tpC[2])->emotionToBe = 1;
        addPainPoint(stageC, tpC[1], 0, QStringLiteral("Waits on hold"));
        addPainPoint(stageC, tpC[1], 1, QStringLiteral("Repeats the story"));
        stagePain = addPainPoint(stageC, QUuid(), 0, QStringLiteral("Nobody owns the stage"));
    }

    QUuid addStage(int position, const QString &name)
    {
        Stage s;
        s.id = QUuid::createUuid();
        s.journeyId = journey;
        s.position = position;
        s.name = name;
        project.list<Stage>().insert(s);
        return s.id;
    }

    QUuid addTouchpoint(const QUuid &stage, int position, const QString &title, int emotion)
    {
        Touchpoint tp;
        tp.id = QUuid::createUuid();
        tp.stageId = stage;
        tp.position = position;
        tp.title = title;
        tp.emotion = emotion;
        tp.customerAction = QStringLiteral("Does something");
        project.list<Touchpoint>().insert(tp);
        return tp.id;
    }

    QUuid addPainPoint(const QUuid &stage, const QUuid &tp, int position, const QString &title)
    {
        PainPoint pp;
        pp.id = QUuid::createUuid();
        pp.stageId = stage;
        pp.touchpointId = tp;
        pp.position = position;
        pp.title = title;
        project.list<PainPoint>().insert(pp);
        return pp.id;
    }

    Lane *lane(LaneKind kind) { return project.list<Lane>().find(lanes.value(kind)); }
};

const MapLayout::Row *rowOf(const MapLayout &layout, LaneKind kind)
{
    for (const MapLayout::Row &row : layout.rows()) {
        if (row.kind == kind)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestMapLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stageColumnsAreAsWideAsTheirTouchpoints();
    void columnsFollowPositions();
    void hiddenLanesTakeNoSpace();
    void lanesFollowPositions();
    void emotionPointsAreMonotonicAndInTheLane();
    void emotionCurveDoesNotOvershoot();
    void emptyJourneys();
    void hitTesting();
    void rectOfRoundTrips();
    void stageLevelItemsSpanTheStage();
    void insertionPoints_data();
    void insertionPoints();
    void textWraps_data();
    void textWraps();
    void largeJourneyIsFast();

private:
    QTemporaryDir mWorkDir;
};

void TestMapLayout::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
}

void TestMapLayout::stageColumnsAreAsWideAsTheirTouchpoints()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const MapStyle &style = layout.style();
    QCOMPARE(layout.stages().size(), 3);
    QCOMPARE(layout.columns().size(), 2 + 1 + 3); // the empty stage keeps one column
    const int expectedColumns[] = {2, 1, 3};
    qreal x = style.laneHeaderWidth;
    for (int i = 0; i < 3; ++i) {
        const MapLayout::StageSpan &span = layout.stages().at(i);
        QCOMPARE(span.columnCount, expectedColumns[i]);
        QCOMPARE(span.left, x);
        qreal sum = 0;
        for (int c = span.firstColumn; c < span.firstColumn + span.columnCount; ++c)
            sum += layout.columns().at(c).width;
        QCOMPARE(span.right - span.left, sum);
        QCOMPARE(sum, expectedColumns[i] * style.columnWidth);
        // The header lies within its stage.
        const QRectF header = layout.rectOf(EntityKind::Stage, span.stageId);
        QVERIFY(header.left() >= span.left && header.right() <= span.right);
        QVERIFY(header.width() > (span.right - span.left) * 0.9);
        x = span.right;
    }
    QCOMPARE(layout.stages().at(1).touchpointCount, 0);
    QCOMPARE(layout.size().width(), x);
}

void TestMapLayout::columnsFollowPositions()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const QVector<QUuid> expected = f.tpA + QVector<QUuid>{QUuid()} + f.tpC;
    QCOMPARE(layout.columns().size(), expected.size());
    qreal lastX = -1;
    for (int c = 0; c < expected.size(); ++c) {
        QCOMPARE(layout.columns().at(c).touchpointId, expected.at(c));
        if (expected.at(c).isNull())
            continue;
        const QRectF card = layout.rectOf(EntityKind::Touchpoint, expected.at(c));
        QVERIFY(!card.isNull());
        QVERIFY(card.left() > lastX);
        lastX = card.left();
    }
}

void TestMapLayout::hiddenLanesTakeNoSpace()
{
    Fixture f;
    MapLayout all;
    all.build(f.project, f.journey);
    const MapLayout::Row *thoughts = rowOf(all, LaneKind::Thoughts);
    QVERIFY(thoughts);
    const qreal thoughtsHeight = thoughts->height;

    f.lane(LaneKind::Thoughts)->visible = false;
    MapLayout hidden;
    hidden.build(f.project, f.journey);
    QVERIFY(!rowOf(hidden, LaneKind::Thoughts));
    QCOMPARE(hidden.rows().size(), all.rows().size() - 1);
    QCOMPARE(hidden.size().height(), all.size().height() - thoughtsHeight);
    for (const LayoutElement &e : hidden.elements())
        QVERIFY(e.lane != LaneKind::Thoughts);
    // Rows tile the map with no gaps.
    qreal top = 0;
    for (const MapLayout::Row &row : hidden.rows()) {
        QCOMPARE(row.top, top);
        QVERIFY(row.height >= hidden.style().laneMinHeight);
        top = row.bottom();
    }
}

void TestMapLayout::lanesFollowPositions()
{
    Fixture f;
    // Pain points first, stage headers last.
    f.lane(LaneKind::PainPoints)->position = -1;
    f.lane(LaneKind::StageHeaders)->position = 100;
    MapLayout layout;
    layout.build(f.project, f.journey);
    QCOMPARE(layout.rows().first().kind, LaneKind::PainPoints);
    QCOMPARE(layout.rows().last().kind, LaneKind::StageHeaders);
    QCOMPARE(layout.rows().at(1).kind, LaneKind::Touchpoints);
    const MapLayout::Row *text = rowOf(layout, LaneKind::Text);
    QVERIFY(text);
    QCOMPARE(text->title, QStringLiteral("Notes of the team"));
    // Every element sits inside the row of its lane.
    for (const LayoutElement &e : layout.elements()) {
        const MapLayout::Row *row = rowOf(layout, e.lane);
        QVERIFY(row);
        QVERIFY2(e.rect.top() >= row->top - 0.01 && e.rect.bottom() <= row->bottom() + 0.01,
                 qPrintable(QStringLiteral("element of lane %1 outside its row").arg(int(e.lane))));
    }
}

void TestMapLayout::emotionPointsAreMonotonicAndInTheLane()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const MapLayout::Row *row = rowOf(layout, LaneKind::Emotion);
    QVERIFY(row);
    QVERIFY(!layout.emotionBand().isEmpty());
    for (int e = kEmotionMin; e < kEmotionMax; ++e)
        QVERIFY(layout.emotionY(e) > layout.emotionY(e + 1)); // happier is higher up
    QVector<QUuid> all = f.tpA + f.tpC;
    for (const QUuid &id : all) {
        const Touchpoint *tp = f.project.touchpoints().find(id);
        const LayoutElement *point
                = layout.element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint);
        QVERIFY(point);
        QCOMPARE(point->rect.center().y(), layout.emotionY(tp->emotion));
        QVERIFY(point->rect.top() >= row->top && point->rect.bottom() <= row->bottom());
        QVERIFY(layout.emotionBand().contains(point->rect));
        const LayoutElement *toBe
                = layout.element(EntityKind::Touchpoint, id, ElementRole::EmotionPointToBe);
        QCOMPARE(toBe != nullptr, tp->emotionToBe.has_value());
        // The point is centred on its touchpoint's column.
        const QRectF card = layout.rectOf(EntityKind::Touchpoint, id);
        QCOMPARE(point->rect.center().x(), card.center().x());
    }
    // The curves pass through the points and stay in the band.
    QVERIFY(!layout.emotionCurve().isEmpty());
    QVERIFY(layout.emotionBand().contains(layout.emotionCurve().boundingRect()));
    const QRectF first
            = layout.element(EntityKind::Touchpoint, f.tpA[0], ElementRole::EmotionPoint)->rect;
    QCOMPARE(layout.emotionCurve().pointAtPercent(0), first.center());
    QVERIFY(!layout.emotionCurveToBe().isEmpty());
}

void TestMapLayout::emotionCurveDoesNotOvershoot()
{
    // Down, level, up: the curve passes through every point, stays level between the two
    // equal ones and never leaves the range of the data (a Catmull-Rom spline would dip).
    const QVector<QPointF> points{{0, 10}, {100, 30}, {200, 30}, {300, 0}, {400, 0}};
    const QPainterPath path = EmotionCurve::through(points, -100, 100);
    QCOMPARE(path.elementCount(), 1 + 3 * (points.size() - 1));
    QCOMPARE(path.currentPosition(), points.last());
    const QRectF bounds = path.controlPointRect();
    QVERIFY(bounds.top() >= 0 && bounds.bottom() <= 30);
    for (qreal t = 0.26; t < 0.5; t += 0.02)
        QCOMPARE(path.pointAtPercent(t).y() <= 30.0001, true);
    // Control points of a level segment are level too.
    QCOMPARE(path.elementAt(4).y, 30.0);
    QCOMPARE(path.elementAt(5).y, 30.0);
    QVERIFY(EmotionCurve::through({}, 0, 1).isEmpty());
}

void TestMapLayout::emptyJourneys()
{
    Fixture f;
    MapLayout layout;
    // An unknown journey: lanes but no stage, no column, nothing to hit or drop on.
    layout.build(f.project, QUuid::createUuid());
    QVERIFY(layout.columns().isEmpty());
    QCOMPARE(layout.size().width(), layout.style().laneHeaderWidth); // lane titles only
    QVERIFY(!layout.insertionPointAt(QPointF(10, 10)).valid);
    QVERIFY(layout.emotionCurve().isEmpty());
    // The same layout object builds a real journey afterwards.
    layout.build(f.project, f.journey);
    QCOMPARE(layout.columns().size(), 6);
    QVERIFY(layout.elementAt(layout.rectOf(EntityKind::Touchpoint, f.tpA[0]).center()));
}

void TestMapLayout::hitTesting()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const QRectF card = layout.rectOf(EntityKind::Touchpoint, f.tpC[1]);
    const LayoutElement *hit = layout.elementAt(card.center());
    QVERIFY(hit);
    QCOMPARE(hit->kind, EntityKind::Touchpoint);
    QCOMPARE(hit->id, f.tpC[1]);
    QCOMPARE(hit->role, ElementRole::Card);
    QCOMPARE(hit->lane, LaneKind::Touchpoints);

    // Nothing outside the map, nor in the gap between two cards.
    QVERIFY(!layout.elementAt(QPointF(-5, card.center().y())));
    QVERIFY(!layout.elementAt(QPointF(layout.size().width() + 5, card.center().y())));
    QVERIFY(!layout.elementAt(QPointF(card.center().x(), layout.size().height() + 5)));
    QVERIFY(!layout.elementAt(QPointF(card.right() + layout.style().margin, card.center().y())));

    // The emotion point wins over the lane behind it.
    const LayoutElement *point
            = layout.element(EntityKind::Touchpoint, f.tpA[0], ElementRole::EmotionPoint);
    QCOMPARE(layout.elementAt(point->rect.center()), point);

    // The left column holds lane headers.
    const MapLayout::Row *painRow = rowOf(layout, LaneKind::PainPoints);
    const LayoutElement *header = layout.elementAt(QPointF(10, painRow->top + 5));
    QVERIFY(header);
    QCOMPARE(header->role, ElementRole::LaneHeader);
    QCOMPARE(header->id, f.lanes.value(LaneKind::PainPoints));
}

void TestMapLayout::rectOfRoundTrips()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    int checked = 0;
    for (const LayoutElement &e : layout.elements()) {
        if (e.id.isNull())
            continue;
        if (e.role == ElementRole::Card || e.role == ElementRole::StageHeader) {
            QCOMPARE(layout.rectOf(e.kind, e.id), e.rect);
            const LayoutElement *hit = layout.elementAt(e.rect.center());
            QVERIFY(hit);
            QCOMPARE(hit->kind, e.kind);
            QCOMPARE(hit->id, e.id);
            ++checked;
        }
        QVERIFY(layout.element(e.kind, e.id, e.role));
    }
    QVERIFY(checked >= 5 + 3 + 3); // touchpoints, stages, pain points
    QVERIFY(layout.rectOf(EntityKind::Touchpoint, QUuid::createUuid()).isNull());
}

void TestMapLayout::stageLevelItemsSpanTheStage()
{
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const MapLayout::StageSpan &stageC = layout.stages().at(2);
    const QRectF stagePain = layout.rectOf(EntityKind::PainPoint, f.stagePain);
    QCOMPARE(stagePain.left(), stageC.left + layout.style().margin);
    QCOMPARE(stagePain.right(), stageC.right - layout.style().margin);
    // Touchpoints' pain points stack below it, in position order.
    const PainPoint *first = nullptr;
    for (const PainPoint &pp : f.project.painPoints()) {
        if (pp.touchpointId == f.tpC[1] && pp.position == 0)
            first = &pp;
    }
    QVERIFY(first);
    const QRectF a = layout.rectOf(EntityKind::PainPoint, first->id);
    QVERIFY(a.top() > stagePain.bottom());
    for (const PainPoint &pp : f.project.painPoints()) {
        if (pp.touchpointId == f.tpC[1] && pp.position == 1)
            QVERIFY(layout.rectOf(EntityKind::PainPoint, pp.id).top() > a.bottom());
    }
}

void TestMapLayout::insertionPoints_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<qreal>("fraction"); // of the column's width
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("index");

    QTest::newRow("left half of the first card") << 0 << 0.2 << 0 << 0;
    QTest::newRow("right half of the first card") << 0 << 0.8 << 0 << 1;
    QTest::newRow("just left of the gap between A1 and A2") << 0 << 0.99 << 0 << 1;
    QTest::newRow("just right of the gap between A1 and A2") << 1 << 0.01 << 0 << 1;
    QTest::newRow("end of stage A") << 1 << 0.9 << 0 << 2;
    QTest::newRow("empty stage") << 2 << 0.3 << 1 << 0;
    QTest::newRow("between C2 and C3") << 4 << 0.95 << 2 << 2;
    QTest::newRow("past the end") << 5 << 5.0 << 2 << 3;
    QTest::newRow("left of the map") << 0 << -3.0 << 0 << 0;
}

void TestMapLayout::insertionPoints()
{
    QFETCH(int, column);
    QFETCH(qreal, fraction);
    QFETCH(int, stage);
    QFETCH(int, index);
    Fixture f;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const MapLayout::Column &c = layout.columns().at(column);
    const MapLayout::Row *painRow = rowOf(layout, LaneKind::PainPoints);
    const InsertionPoint point
            = layout.insertionPointAt(QPointF(c.left + fraction * c.width, painRow->top + 10));
    QVERIFY(point.valid);
    QCOMPARE(point.stageId, layout.stages().at(stage).stageId);
    QCOMPARE(point.index, index);
    QCOMPARE(point.lane, LaneKind::PainPoints);
    QCOMPARE(point.laneId, f.lanes.value(LaneKind::PainPoints));

    MapLayout empty;
    QVERIFY(!empty.insertionPointAt(QPointF(10, 10)).valid);
}

void TestMapLayout::textWraps_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("minLines");

    QTest::newRow("CJK") << QStringLiteral(
            "客户在营业厅办理宽带新装业务时需要反复提交身份证明材料并等待人工审核结果")
                         << 2;
    QTest::newRow("Latin words") << QStringLiteral(
            "The customer compares the annual fee and the interest rate of several cards")
                                 << 2;
    QTest::newRow("one long word")
            << QStringLiteral("Supercalifragilisticexpialidociouslyunbreakablewordwithoutanyspaces")
            << 2;
}

void TestMapLayout::textWraps()
{
    QFETCH(QString, title);
    QFETCH(int, minLines);
    Fixture f;
    f.project.list<Touchpoint>().find(f.tpA[0])->title = title;
    MapLayout layout;
    layout.build(f.project, f.journey);
    const MapStyle &style = layout.style();
    const LayoutElement *card = layout.element(EntityKind::Touchpoint, f.tpA[0], ElementRole::Card);
    QVERIFY(card);
    const QFontMetricsF metrics(style.font(TextRole::Title));
    QStringList lines;
    for (const LayoutText &text : card->texts) {
        if (text.slot != TextSlot::Title)
            continue;
        lines.append(text.text);
        QVERIFY(card->rect.contains(text.rect));
        QVERIFY2(metrics.horizontalAdvance(text.text) <= text.rect.width() + 0.5,
                 qPrintable(text.text));
    }
    QVERIFY2(lines.size() >= minLines, qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY(lines.size() <= style.titleMaxLines);
    // Nothing lost but what the ellipsis stands for.
    const QString joined = lines.join(QString());
    if (!joined.contains(QChar(0x2026))) {
        QString compact = title;
        compact.remove(QLatin1Char(' '));
        QString got = joined;
        got.remove(QLatin1Char(' '));
        QCOMPARE(got, compact);
    }
}

void TestMapLayout::largeJourneyIsFast()
{
    ProjectGenerator::Options options;
    options.stagesPerJourney = 8;
    options.touchpointsPerJourney = 2000;
    const Project project = ProjectGenerator(options).generate();
    const QUuid journey = project.orderedJourneys().first()->id;

    MapLayout layout;
    QElapsedTimer timer;
    timer.start();
    layout.build(project, journey);
    const qint64 first = timer.elapsed();
    timer.restart();
    layout.build(project, journey);
    const qint64 again = timer.elapsed();
    qInfo("layout of 2,000 touchpoints: %lld ms, again (text measured): %lld ms, %lld elements",
          first, again, qint64(layout.elements().size()));
    QCOMPARE(layout.columns().size(), 2000);
    QVERIFY(layout.size().width() > 2000 * layout.style().columnWidth);
    // Times are reported, not gated (tests/bench measures the Release figure); the
    // bound only catches an accidental quadratic blow-up on a loaded CI machine.
    QVERIFY2(first < 10000, qPrintable(QString::number(first)));
    QVERIFY2(again < 10000, qPrintable(QString::number(again)));

    timer.restart();
    int hits = 0;
    for (const MapLayout::Column &column : layout.columns()) {
        if (layout.elementAt(layout.rectOf(EntityKind::Touchpoint, column.touchpointId).center()))
            ++hits;
    }
    qInfo("2,000 hit tests: %lld ms", timer.elapsed());
    QCOMPARE(hits, 2000);
}

QTEST_MAIN(TestMapLayout)
#include "test_maplayout.moc"
