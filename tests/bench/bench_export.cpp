// SPDX-License-Identifier: GPL-3.0-or-later
// Export figures on a generated journey (1 journey x 10 stages x 2,000 touchpoints): the map
// to a one-page PDF and to a 300-dpi PNG with MapExporter, as File › Export and
// `journeystudio-cli export` do (layout included). Target: at most 2 s each. Reports; never
// fails. The verdict is on CPU time (the machine may be shared).
//
//   bench_export        run it on a Release build.
//
// A 300-dpi PNG of this map would be about 1.3 million × 4,000 pixels: MapExporter caps an
// image at kMaxPixels (40 million) and kMaxPixelSide (32,000), scaling it down; the figure
// printed says the size and the effective DPI.

#include "interchange/mapexporter.h"
#include "interchange/projectgenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace cjm;

namespace {

constexpr int kTouchpoints = 2000;
constexpr int kStages = 10;
constexpr double kTargetMs = 2000.0;

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// CPU time of the process in ms: on a shared machine the wall time mostly says how busy the
/// machine was; the CPU time says what the export costs.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QString verdict(double ms)
{
    return ms <= kTargetMs ? QStringLiteral("ok") : QStringLiteral("OVER TARGET");
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    ProjectGenerator::Options generate;
    generate.stagesPerJourney = kStages;
    generate.touchpointsPerJourney = kTouchpoints;
    const Project project = ProjectGenerator(generate).generate();
    const QUuid journey = project.orderedJourneys().constFirst()->id;
    out << "journey: " << kTouchpoints << " touchpoints, " << kStages << " stages" << Qt::endl;

    MapExportOptions pdf;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    {
        MapExporter exporter(project, journey, pdf);
        const Status status = exporter.write(dir.filePath(QStringLiteral("map.pdf")));
        if (!status)
            out << "PDF failed: " << status.message() << Qt::endl;
        out << "sheet: " << exporter.sheetSize().width() << " x " << exporter.sheetSize().height()
            << " units" << Qt::endl;
    }
    const double pdfMs = msSince(timer);
    const double pdfCpu = cpuMs() - cpu;
    out << "PDF, one page: " << pdfMs << " ms wall, " << pdfCpu << " ms CPU ("
        << QFileInfo(dir.filePath(QStringLiteral("map.pdf"))).size() / 1024 << " KiB) "
        << verdict(pdfCpu) << Qt::endl;

    MapExportOptions png;
    png.format = MapExportOptions::Format::Png;
    png.dpi = 300;
    timer.restart();
    cpu = cpuMs();
    MapExporter exporter(project, journey, png);
    const Status status = exporter.write(dir.filePath(QStringLiteral("map.png")));
    const double pngMs = msSince(timer);
    const double pngCpu = cpuMs() - cpu;
    if (!status)
        out << "PNG failed: " << status.message() << Qt::endl;
    const QSize size = QImageReader(dir.filePath(QStringLiteral("map.png"))).size();
    out << "PNG, 300 dpi asked: " << pngMs << " ms wall, " << pngCpu << " ms CPU, " << size.width()
        << " x " << size.height() << " px ("
        << qRound(exporter.imageScale() * MapExportOptions::kUnitsPerInch) << " dpi effective"
        << (exporter.imageCapped() ? ", capped" : "") << ", "
        << QFileInfo(dir.filePath(QStringLiteral("map.png"))).size() / 1024 << " KiB) "
        << verdict(pngCpu) << Qt::endl;
    return 0;
}
