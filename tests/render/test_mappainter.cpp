// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter: the sample map paints every stage header, an exposed rectangle limits painting,
// every theme paints its background, and every icon loads.

#include "render/mapicons.h"
#include "render/mappainter.h"
#include "storage/projectfile.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

class TestMapPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paintsEveryStageHeader();
    void paintsOnlyTheExposedRect();
    void themes_data();
    void themes();
    void iconsLoad();

private:
    /// Pixels of `rect` in `image` that differ from `color`.
    static int differing(const QImage &image, const QRect &rect, QRgb color);

    QTemporaryDir mWorkDir;
    Project mProject;
    QUuid mJourney;
};

void TestMapPainter::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
    const Status status = ProjectFile::validate(
            QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"), &mProject);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QVERIFY(!mProject.orderedJourneys().isEmpty());
    mJourney = mProject.orderedJourneys().first()->id;
}

int TestMapPainter::differing(const QImage &image, const QRect &rect, QRgb color)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            if (line[x] != color)
                ++count;
        }
    }
    return count;
}

void TestMapPainter::paintsEveryStageHeader()
{
    MapLayout layout;
    layout.build(mProject, mJourney);
    QVERIFY(layout.stages().size() >= 3);
    const QSize size = layout.size().toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const MapTheme theme = MapTheme::light();
    image.fill(theme.background);
    QPainter painter(&image);
    MapPainter(theme).paint(&painter, layout, mProject, QRectF(QPointF(), layout.size()));
    painter.end();

    const QRgb background = theme.background.rgba();
    for (const MapLayout::StageSpan &span : layout.stages()) {
        const QRect header = layout.rectOf(EntityKind::Stage, span.stageId).toAlignedRect();
        QVERIFY(!header.isEmpty());
        // The header is filled with the stage colour: most of it is not background.
        QVERIFY2(differing(image, header, background) > header.width() * header.height() / 2,
                 qPrintable(mProject.stages().find(span.stageId)->name));
    }
    // Cards are drawn too.
    const QRect card
            = layout.rectOf(EntityKind::Touchpoint, layout.columns().first().touchpointId).toRect();
    QVERIFY(differing(image, card, background) > 0);
}

void TestMapPainter::paintsOnlyTheExposedRect()
{
    MapLayout layout;
    layout.build(mProject, mJourney);
    const QSize size = layout.size().toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QRgb sentinel = qRgb(1, 2, 3);
    image.fill(sentinel);
    // A window over the middle of the map: cards, cells and the emotion curve.
    const QRect exposed(size.width() / 3, size.height() / 4, size.width() / 3, size.height() / 2);
    QPainter painter(&image);
    MapPainter painterOfMaps;
    painterOfMaps.paint(&painter, layout, mProject, QRectF(exposed));
    painter.end();

    QVERIFY(differing(image, exposed, sentinel) == exposed.width() * exposed.height());
    // Not one pixel outside the window changed.
    const QRect above(0, 0, size.width(), exposed.top());
    const QRect below(0, exposed.bottom() + 1, size.width(), size.height());
    const QRect left(0, exposed.top(), exposed.left(), exposed.height());
    const QRect right(exposed.right() + 1, exposed.top(), size.width(), exposed.height());
    for (const QRect &outside : {above, below, left, right})
        QCOMPARE(differing(image, outside, sentinel), 0);
}

void TestMapPainter::themes_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("light") << 0;
    QTest::newRow("dark") << 1;
    QTest::newRow("high contrast") << 2;
}

void TestMapPainter::themes()
{
    QFETCH(int, which);
    const MapTheme theme = which == 0 ? MapTheme::light()
            : which == 1              ? MapTheme::dark()
                                      : MapTheme::highContrast();
    MapLayout layout;
    layout.build(mProject, mJourney);
    QImage image(layout.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    MapPainter(theme).paint(&painter, layout, mProject, QRectF(QPointF(), layout.size()));
    painter.end();
    // Nothing left unpainted, and the ground between cards is the theme's.
    QCOMPARE(differing(image, image.rect(), qRgb(255, 0, 255)), image.width() * image.height());
    const MapLayout::Column &first = layout.columns().first();
    const QRectF card = layout.rectOf(EntityKind::Touchpoint, first.touchpointId);
    const QPoint gap(int(first.left + 2), int(card.center().y()));
    const int row = layout.rowAt(gap.y());
    const QColor expected = row % 2 == 1 ? theme.laneBand : theme.background;
    QCOMPARE(QColor(image.pixel(gap)), expected);
    // Emotion points differ from the ground: a face on a disc.
    const LayoutElement *point
            = layout.element(EntityKind::Touchpoint, first.touchpointId, ElementRole::EmotionPoint);
    QVERIFY(point);
    QVERIFY(differing(image, point->rect.toRect(), expected.rgba()) > 0);
}

void TestMapPainter::iconsLoad()
{
    MapIcons icons;
    const QStringList names = MapIcons::names();
    QCOMPARE(names.size(), 11 + 3 + 4 + 5);
    for (const QString &name : names)
        QVERIFY2(icons.isValid(name), qPrintable(name));
    QVERIFY(!icons.isValid(QStringLiteral("no-such-icon")));

    // An icon paints in the colour asked for.
    QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    icons.paint(&painter, MapIcons::riskIcon(RiskAssessment::Level::Low), QRectF(0, 0, 24, 24),
                Qt::blue);
    painter.end();
    QCOMPARE(QColor(image.pixel(12, 12)), QColor(Qt::blue));
}

QTEST_MAIN(TestMapPainter)
#include "test_mappainter.moc"
