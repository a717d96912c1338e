// SPDX-License-Identifier: GPL-3.0-or-later
// Map figures on a generated journey (1 journey x 10 stages x 2,000 touchpoints): MapLayout
// build (first and rebuild), a full MapPainter paint into a QImage, and the latency from an
// edit (SetEmotion push) to the canvas scene laid out again. Reports; never fails.
//
//   bench_map        run it on a Release build.

#include "canvas/mapscene.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "interchange/projectgenerator.h"
#include "render/maplayout.h"
#include "render/mappainter.h"
#include "storage/projectfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace cjm;

namespace {

constexpr int kTouchpoints = 2000;
constexpr int kStages = 10;
constexpr quint32 kSeed = 1;
constexpr int kRebuilds = 10;
constexpr int kPaints = 3;
constexpr int kEdits = 20;
/// Above this many pixels the image is scaled down, so the paint fits in memory.
constexpr double kMaxPixels = 100e6;
constexpr double kLayoutTargetMs = 20.0;
constexpr double kEditTargetMs = 16.0;

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// Median and maximum of some times in ms.
struct Spread
{
    double median = 0;
    double max = 0;
};

Spread spreadOf(QVector<double> times)
{
    Spread spread;
    if (times.isEmpty())
        return spread;
    std::sort(times.begin(), times.end());
    spread.median = times.at(times.size() / 2);
    spread.max = times.constLast();
    return spread;
}

Project generateProject()
{
    ProjectGenerator::Options options;
    options.journeys = 1;
    options.stagesPerJourney = kStages;
    options.touchpointsPerJourney = kTouchpoints;
    options.seed = kSeed;
    return ProjectGenerator(options).generate();
}

QUuid firstJourney(const Project &project)
{
    const QVector<const Journey *> journeys = project.orderedJourneys();
    return journeys.isEmpty() ? QUuid() : journeys.first()->id;
}

void printRow(QTextStream &out, const QString &what, double median, double max,
              const QString &target)
{
    out << QStringLiteral("%1 %2 %3  %4")
                    .arg(what, -34)
                    .arg(median, 10, 'f', 2)
                    .arg(max, 10, 'f', 2)
                    .arg(target)
        << Qt::endl;
}

QString verdict(double value, double target)
{
    return QStringLiteral("<= %1 ms (%2)")
            .arg(target, 0, 'f', 0)
            .arg(value <= target ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

/// Times the first build of `layout` and rebuilds of it (which keep text measurements).
void benchLayout(QTextStream &out, const Project &project, const QUuid &journeyId,
                 MapLayout *layout)
{
    QElapsedTimer timer;
    timer.start();
    layout->build(project, journeyId);
    const double first = msSince(timer);

    QVector<double> times;
    for (int i = 0; i < kRebuilds; ++i) {
        timer.restart();
        layout->build(project, journeyId);
        times.append(msSince(timer));
    }
    const Spread rebuild = spreadOf(times);
    printRow(out, QStringLiteral("layout: first build"), first, first,
             verdict(first, kLayoutTargetMs));
    printRow(out, QStringLiteral("layout: rebuild (of %1)").arg(kRebuilds), rebuild.median,
             rebuild.max, verdict(rebuild.median, kLayoutTargetMs));
}

/// Paints the whole layout into an image of its size at scale 1 (less if too large).
void benchPaint(QTextStream &out, const Project &project, const MapLayout &layout)
{
    const QSizeF mapSize = layout.size();
    const double pixels = mapSize.width() * mapSize.height();
    const double scale = pixels > kMaxPixels ? std::sqrt(kMaxPixels / pixels) : 1.0;
    const QSize imageSize(qMax(1, qCeil(mapSize.width() * scale)),
                          qMax(1, qCeil(mapSize.height() * scale)));
    out << QStringLiteral("map %1 x %2 px at scale 1; image %3 x %4 px (scale %5%6)")
                    .arg(mapSize.width(), 0, 'f', 0)
                    .arg(mapSize.height(), 0, 'f', 0)
                    .arg(imageSize.width())
                    .arg(imageSize.height())
                    .arg(scale, 0, 'f', 3)
                    .arg(scale < 1.0 ? QStringLiteral(", scaled down: over 100 Mpx") : QString())
        << Qt::endl;

    QImage image(imageSize, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        out << "paint: could not allocate the image" << Qt::endl;
        return;
    }
    MapPainter mapPainter;
    const QRectF whole(QPointF(0, 0), mapSize);
    QVector<double> times;
    for (int i = 0; i < kPaints; ++i) {
        image.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        mapPainter.paint(&painter, layout, project, whole);
        painter.end();
        times.append(msSince(timer));
    }
    const Spread paint = spreadOf(times);
    printRow(out, QStringLiteral("paint: whole map (of %1)").arg(kPaints), paint.median, paint.max,
             QStringLiteral("(no target)"));
}

/// Edits touchpoints' emotions through the document and times them until the scene is
/// laid out again; returns an empty string or what went wrong.
QString benchEdits(QTextStream &out, Document &document, MapScene &scene)
{
    int layouts = 0;
    QObject::connect(&scene, &MapScene::layoutChanged, &scene, [&layouts] { ++layouts; });
    const QVector<Touchpoint> touchpoints = document.project().touchpoints().items();
    if (touchpoints.isEmpty())
        return QStringLiteral("the journey has no touchpoints");
    QVector<double> times;
    for (int i = 0; i < kEdits; ++i) {
        // Spread over the map: a different touchpoint each time.
        const Touchpoint &tp = touchpoints.at((i * 7919) % touchpoints.size());
        const int value = tp.emotion == kEmotionMax ? kEmotionMin : tp.emotion + 1;
        const int before = layouts;
        QElapsedTimer timer;
        timer.start();
        document.push(new SetEmotion(&document, tp.id, SetEmotion::Scale::AsIs, value));
        QCoreApplication::processEvents();
        times.append(msSince(timer));
        if (layouts == before)
            return QStringLiteral("the scene was not laid out again after an edit");
        if (document.project().touchpoints().find(tp.id)->emotion != value)
            return QStringLiteral("an edit did not apply");
    }
    const Spread edit = spreadOf(times);
    printRow(out, QStringLiteral("edit -> updated scene (of %1)").arg(kEdits), edit.median,
             edit.max, verdict(edit.median, kEditTargetMs));
    return {};
}

/// Writes the project, opens it through Document and times edits against a MapScene.
QString benchScene(QTextStream &out, const Project &project, const QString &folder)
{
    const QString path = QStringLiteral("%1/bench-map.cjm").arg(folder);
    if (const Status s = ProjectFile::create(path, project); !s)
        return s.message();
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(path, {}, &result);
    if (!document)
        return result.status.message();
    MapScene scene;
    scene.setDocument(document.get(), firstJourney(document->project()));
    QCoreApplication::processEvents();
    return benchEdits(out, *document, scene);
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application; without a display, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir folder;
    QTemporaryDir workFolder;
    if (!folder.isValid() || !workFolder.isValid()) {
        out << "bench_map: no temporary folder" << Qt::endl;
        return 0;
    }
    // Working copies go to a temporary folder, never to the user's data folder.
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(workFolder.path()));

    const Project project = generateProject();
    const QUuid journeyId = firstJourney(project);
    out << QStringLiteral("1 journey x %1 stages x %2 touchpoints (seed %3); times in ms")
                    .arg(kStages)
                    .arg(project.touchpoints().items().size())
                    .arg(kSeed)
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3  target")
                    .arg(QStringLiteral("what"), -34)
                    .arg(QStringLiteral("median"), 10)
                    .arg(QStringLiteral("max"), 10)
        << Qt::endl;

    MapLayout layout;
    benchLayout(out, project, journeyId, &layout);
    benchPaint(out, project, layout);
    if (const QString problem = benchScene(out, project, folder.path()); !problem.isEmpty())
        out << "edit -> updated scene: " << problem << Qt::endl;
    return 0;
}
