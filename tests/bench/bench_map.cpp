// SPDX-License-Identifier: GPL-3.0-or-later
// Map figures on a generated journey (1 journey x 10 stages x 2,000 touchpoints): MapLayout
// build (first and rebuild), a full MapPainter paint into a QImage, and the latency from an
// edit (SetEmotion push) to the canvas scene laid out again. Reports; never fails.
//
//   bench_map        run it on a Release build.

#include "canvas/mapscene.h"
#include "document/commands/edittouchpoint.h"
#include "document/commands/movetouchpoint.h"
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
#include <ctime>
#include <functional>

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

/// CPU time of this thread in ms: on a shared machine (CI, two cores) the wall time of a
/// short step mostly says how busy the machine was; the CPU time says what the step costs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
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

/// Lays out a small other journey first: the first text a process measures loads the fonts
/// (fontconfig, the CJK fallback), a one-off cost of starting the app, not of a layout.
void warmUpFonts(QTextStream &out)
{
    ProjectGenerator::Options options;
    options.journeys = 1;
    options.stagesPerJourney = 2;
    options.touchpointsPerJourney = 10;
    options.seed = kSeed + 1;
    const Project small = ProjectGenerator(options).generate();
    QElapsedTimer timer;
    timer.start();
    MapLayout layout;
    layout.build(small, firstJourney(small));
    const double ms = msSince(timer);
    printRow(out, QStringLiteral("fonts: first use in the process"), ms, ms,
             QStringLiteral("(no target; once per run)"));
}

/// Times the first build of `layout` and rebuilds of it (which keep text measurements).
void benchLayout(QTextStream &out, const Project &project, const QUuid &journeyId,
                 MapLayout *layout)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    layout->build(project, journeyId);
    const double first = msSince(timer);
    const double firstCpu = threadCpuMs() - cpuStart;

    QVector<double> times;
    QVector<double> cpuTimes;
    for (int i = 0; i < kRebuilds; ++i) {
        timer.restart();
        const double cpu = threadCpuMs();
        layout->build(project, journeyId);
        times.append(msSince(timer));
        cpuTimes.append(threadCpuMs() - cpu);
    }
    const Spread rebuild = spreadOf(times);
    const Spread rebuildCpu = spreadOf(cpuTimes);
    printRow(out, QStringLiteral("layout: first build"), first, first,
             verdict(first, kLayoutTargetMs));
    printRow(out, QStringLiteral("layout: rebuild (of %1)").arg(kRebuilds), rebuild.median,
             rebuild.max, verdict(rebuild.median, kLayoutTargetMs));
    printRow(out, QStringLiteral("layout: first build, CPU time"), firstCpu, firstCpu,
             QStringLiteral("(what it costs on an idle machine)"));
    printRow(out, QStringLiteral("layout: rebuild, CPU time"), rebuildCpu.median, rebuildCpu.max,
             QString());
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

/// One kind of edit to time: pushes the i-th edit (a different touchpoint each time).
using EditMaker = std::function<QUndoCommand *(Document &, const Touchpoint &, int)>;

/// Pushes `kEdits` edits made by `makeEdit` and times each until the scene shows it; returns
/// an empty string or what went wrong.
QString benchEdit(QTextStream &out, const QString &what, Document &document, MapScene &scene,
                  const EditMaker &makeEdit)
{
    int updates = 0;
    const QMetaObject::Connection counter
            = QObject::connect(&scene, &MapScene::mapChanged, &scene, [&updates] { ++updates; });
    const QVector<Touchpoint> touchpoints = document.project().touchpoints().items();
    if (touchpoints.isEmpty())
        return QStringLiteral("the journey has no touchpoints");
    QVector<double> times;
    QVector<double> cpuTimes;
    QString problem;
    for (int i = 0; i < kEdits && problem.isEmpty(); ++i) {
        // Spread over the map: a different touchpoint each time.
        const Touchpoint tp = *document.project().touchpoints().find(
                touchpoints.at((i * 7919) % touchpoints.size()).id);
        const int before = updates;
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        document.push(makeEdit(document, tp, i));
        QCoreApplication::processEvents();
        times.append(msSince(timer));
        cpuTimes.append(threadCpuMs() - cpu);
        if (updates == before)
            problem = QStringLiteral("the scene did not change after an edit");
    }
    QObject::disconnect(counter);
    if (!problem.isEmpty())
        return problem;
    const Spread edit = spreadOf(times);
    const Spread cpu = spreadOf(cpuTimes);
    printRow(out, QStringLiteral("edit -> scene: %1").arg(what), edit.median, edit.max,
             verdict(edit.median, kEditTargetMs));
    printRow(out, QStringLiteral("  the same, CPU time"), cpu.median, cpu.max, QString());
    return {};
}

/// Times three kinds of edit: an emotion drag step and a title edit (updated in place) and a
/// touchpoint moved to the next stage (the journey laid out again).
QString benchEdits(QTextStream &out, Document &document, MapScene &scene)
{
    QString problem
            = benchEdit(out, QStringLiteral("emotion (of %1)").arg(kEdits), document, scene,
                        [](Document &doc, const Touchpoint &tp, int) -> QUndoCommand * {
                            const int value
                                    = tp.emotion == kEmotionMax ? kEmotionMin : tp.emotion + 1;
                            return new SetEmotion(&doc, tp.id, SetEmotion::Scale::AsIs, value);
                        });
    if (problem.isEmpty()) {
        problem = benchEdit(out, QStringLiteral("title (of %1)").arg(kEdits), document, scene,
                            [](Document &doc, const Touchpoint &tp, int i) -> QUndoCommand * {
                                return new EditTouchpoint(&doc, tp.id, QStringLiteral("title"),
                                                          QStringLiteral("Edited %1").arg(i));
                            });
    }
    if (problem.isEmpty()) {
        problem = benchEdit(out, QStringLiteral("move to next stage (of %1)").arg(kEdits), document,
                            scene, [](Document &doc, const Touchpoint &tp, int) -> QUndoCommand * {
                                const Stage *stage = doc.project().stages().find(tp.stageId);
                                const QVector<const Stage *> stages
                                        = doc.project().stagesOf(stage->journeyId);
                                const int next
                                        = (int(stages.indexOf(stage)) + 1) % int(stages.size());
                                return new MoveTouchpoint(&doc, tp.id, stages.at(next)->id, 0);
                            });
    }
    return problem;
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

    warmUpFonts(out);
    MapLayout layout;
    benchLayout(out, project, journeyId, &layout);
    benchPaint(out, project, layout);
    if (const QString problem = benchScene(out, project, folder.path()); !problem.isEmpty())
        out << "edit -> updated scene: " << problem << Qt::endl;
    return 0;
}
