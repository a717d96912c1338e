// SPDX-License-Identifier: GPL-3.0-or-later
// Storage figures on generated projects (1 journey x 10 stages x N touchpoints): generate,
// write a new file, open (validation + working copy), one edit's write-through (median of
// 50 SetEmotion commands), save, file size and peak memory. Reports; never fails.
//
//   bench_storage [N ...]      default: 1000 10000; run it on a Release build.

#include "document/commands/setemotion.h"
#include "document/document.h"
#include "interchange/projectgenerator.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace cjm;

namespace {

/// Figures for one project size; times in milliseconds.
struct Figures
{
    int touchpoints = 0;
    double generate = 0;
    double create = 0;
    double open = 0;
    double editMedian = 0;
    double editMax = 0;
    double save = 0;
    qint64 fileBytes = 0;
    qint64 peakKiB = 0;
    QString problem;
};

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// A line of /proc/self/status ("VmHWM:  123 kB") in KiB, or -1.
qint64 procStatusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// 50 emotion edits on different touchpoints, each timed; fills the median and maximum.
void measureEdits(Document &document, Figures *figures)
{
    const QVector<Touchpoint> &touchpoints = document.project().touchpoints().items();
    QVector<double> times;
    for (int i = 0; i < 50 && !touchpoints.isEmpty(); ++i) {
        const Touchpoint &tp = touchpoints.at((i * 7919) % touchpoints.size());
        const int value = tp.emotion == kEmotionMax ? kEmotionMin : tp.emotion + 1;
        const QUuid id = tp.id;
        QElapsedTimer timer;
        timer.start();
        document.push(new SetEmotion(&document, id, SetEmotion::Scale::AsIs, value));
        times.append(msSince(timer));
        if (document.project().touchpoints().find(id)->emotion != value) {
            figures->problem = QStringLiteral("an edit did not apply");
            return;
        }
    }
    std::sort(times.begin(), times.end());
    figures->editMedian = times.isEmpty() ? 0 : times.at(times.size() / 2);
    figures->editMax = times.isEmpty() ? 0 : times.constLast();
}

Figures measure(const QString &folder, int touchpoints)
{
    Figures figures;
    figures.touchpoints = touchpoints;
    const QString path = QStringLiteral("%1/bench-%2.cjm").arg(folder).arg(touchpoints);

    ProjectGenerator::Options options;
    options.journeys = 1;
    options.stagesPerJourney = 10;
    options.touchpointsPerJourney = touchpoints;
    QElapsedTimer timer;
    timer.start();
    const Project project = ProjectGenerator(options).generate();
    figures.generate = msSince(timer);

    timer.restart();
    if (const Status s = ProjectFile::create(path, project); !s) {
        figures.problem = s.message();
        return figures;
    }
    figures.create = msSince(timer);

    timer.restart();
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(path, {}, &result);
    figures.open = msSince(timer);
    if (!document) {
        figures.problem = result.status.message();
        return figures;
    }
    measureEdits(*document, &figures);

    timer.restart();
    if (const Status s = document->save(); !s)
        figures.problem = s.message();
    figures.save = msSince(timer);
    figures.fileBytes = QFileInfo(path).size();
    figures.peakKiB = procStatusKiB("VmHWM");
    return figures;
}

void print(QTextStream &out, const Figures &f)
{
    if (!f.problem.isEmpty()) {
        out << QStringLiteral("%1 touchpoints: %2").arg(f.touchpoints).arg(f.problem) << Qt::endl;
        return;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                    .arg(f.touchpoints, 11)
                    .arg(f.generate, 9, 'f', 1)
                    .arg(f.create, 8, 'f', 1)
                    .arg(f.open, 8, 'f', 1)
                    .arg(f.editMedian, 10, 'f', 2)
                    .arg(f.editMax, 9, 'f', 2)
                    .arg(f.save, 8, 'f', 1)
                    .arg(f.fileBytes / 1024, 9)
                    .arg(f.peakKiB / 1024, 9)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir folder;
    if (!folder.isValid()) {
        out << "bench_storage: no temporary folder" << Qt::endl;
        return 0;
    }
    // Working copies go to the temporary folder, never to the user's data folder.
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(folder.filePath(QStringLiteral("work"))));

    QVector<int> sizes;
    for (const QString &argument : app.arguments().mid(1))
        sizes.append(argument.toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000};

    out << "1 journey x 10 stages; times in ms; edit = SetEmotion push (write-through), "
           "median and max of 50; VmHWM is the process peak so far"
        << Qt::endl;
    out << "touchpoints  generate   create     open  edit(med) edit(max)     save  file KiB "
           "VmHWM MiB"
        << Qt::endl;
    for (int size : sizes) {
        if (size > 0)
            print(out, measure(folder.path(), size));
    }
    return 0;
}
