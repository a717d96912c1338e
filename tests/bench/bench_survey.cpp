// SPDX-License-Identifier: GPL-3.0-or-later
// Survey import and metrics figures on a generated export of N responses (NPS, five touchpoint
// CSATs, a segment, a date, a comment on every fifth): import time and peak memory (VmHWM),
// the touchpoint × month metrics query (median of 5), and side by side in the same run the
// sqlite3 shell's own `.import` of the same file into a plain table and a plain GROUP BY
// over it. Reports; never fails.
//
//   bench_survey [N] [--keep-answers]     default N = 1000000; run it on a Release build.
//   --keep-answers: also write a survey_answer row per answer (off by default, as in the app).

#include "analytics/surveymetricsquery.h"
#include "document/commands/addjourney.h"
#include "document/commands/addmetric.h"
#include "document/commands/addpersona.h"
#include "document/commands/addstage.h"
#include "document/commands/addtouchpoint.h"
#include "document/document.h"
#include "interchange/surveyimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace cjm;

namespace {

constexpr int kTouchpoints = 5;
const char *const kSegments[] = {"Gold", "Silver", "Regular", "Business"};

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// CPU time (user + system) of this process, or of its finished children, in ms: the machine
/// may be shared, and CPU time is what a busy neighbour does not inflate.
double cpuMs(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
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

/// Writes the export: a generic CSV with one header row.
bool generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "Respondent,Date,Segment,How likely is it that you would recommend us to a "
                     "friend or colleague?";
    for (int t = 1; t <= kTouchpoints; ++t)
        out += ",How satisfied were you with touchpoint " + QByteArray::number(t) + "?";
    out += ",Comment\n";
    std::mt19937 random(42);
    std::uniform_int_distribution<int> nps(0, 10), csat(1, 5), percent(0, 99), segment(0, 3);
    const QDate first(2025, 1, 1);
    char line[256];
    for (qint64 i = 0; i < rows; ++i) {
        const QDate day = first.addDays(i % 365);
        int n = std::snprintf(line, sizeof line, "R%07lld,%04d-%02d-%02d,%s,%d", qlonglong(i),
                              day.year(), day.month(), day.day(), kSegments[segment(random)],
                              nps(random));
        for (int t = 0; t < kTouchpoints; ++t) {
            // One answer in twenty is left empty (not asked, not answered).
            if (percent(random) < 5)
                n += std::snprintf(line + n, sizeof line - n, ",");
            else
                n += std::snprintf(line + n, sizeof line - n, ",%d", csat(random));
        }
        if (i % 5 == 0)
            n += std::snprintf(line + n, sizeof line - n,
                               ",\"Waited %d minutes, then \"\"cut off\"\"\"\n", int(i % 60));
        else
            n += std::snprintf(line + n, sizeof line - n, ",\n");
        out.append(line, n);
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return true;
}

/// A project with one journey, five touchpoints, NPS and CSAT metrics and four personas, and
/// the mapping of the generated export onto it.
std::unique_ptr<Document> makeProject(SurveyMapping *mapping)
{
    Status status;
    std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("Bench"), &status);
    if (!doc) {
        std::printf("cannot create a project: %s\n", qPrintable(status.message()));
        return doc;
    }
    Document *d = doc.get();
    auto add = [&](auto *command) {
        const QUuid id = command->entityId();
        MutationCommand::push(d, command);
        return id;
    };
    Journey journey;
    journey.name = QStringLiteral("Journey");
    const QUuid journeyId = add(new AddJourney(d, journey));
    Stage stage;
    stage.journeyId = journeyId;
    stage.name = QStringLiteral("Stage");
    const QUuid stageId = add(new AddStage(d, stage));
    Metric metric;
    metric.name = QStringLiteral("NPS");
    const QUuid npsId = add(new AddMetric(d, metric));
    metric.name = QStringLiteral("CSAT");
    metric.kind = MetricKind::Csat;
    metric.scaleMin = 1;
    metric.scaleMax = 5;
    const QUuid csatId = add(new AddMetric(d, metric));
    auto column = [](int index, SurveyMapping::Role role) {
        SurveyMapping::Column c;
        c.index = index;
        c.role = role;
        return c;
    };
    mapping->columns << column(0, SurveyMapping::Role::RespondentId)
                     << column(1, SurveyMapping::Role::Date)
                     << column(2, SurveyMapping::Role::Segment);
    SurveyMapping::Column score = column(3, SurveyMapping::Role::Score);
    score.metricId = npsId;
    score.scopeKind = ScopeKind::Journey;
    score.scopeId = journeyId;
    mapping->columns << score;
    for (int t = 0; t < kTouchpoints; ++t) {
        Touchpoint touchpoint;
        touchpoint.stageId = stageId;
        touchpoint.title = QStringLiteral("Touchpoint %1").arg(t + 1);
        score.index = 4 + t;
        score.metricId = csatId;
        score.kind = MetricKind::Csat;
        score.scaleMin = 1;
        score.scaleMax = 5;
        score.scopeKind = ScopeKind::Touchpoint;
        score.scopeId = add(new AddTouchpoint(d, touchpoint));
        mapping->columns << score;
    }
    mapping->columns << column(4 + kTouchpoints, SurveyMapping::Role::Comment);
    for (const char *name : kSegments) {
        Persona persona;
        persona.name = QLatin1String(name);
        mapping->segmentPersonas.insert(persona.name, add(new AddPersona(d, persona)));
    }
    d->undoStack()->clear();
    return doc;
}

/// Runs the sqlite3 shell on `database` with `script` on stdin; wall time in ms or −1, and
/// its CPU time in `cpu`.
double sqliteShell(const QString &database, const QByteArray &script, double *cpu,
                   QByteArray *output = nullptr)
{
    const double childrenBefore = cpuMs(RUSAGE_CHILDREN);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {database});
    if (!process.waitForStarted())
        return -1;
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    const double ms = msSince(timer);
    *cpu = cpuMs(RUSAGE_CHILDREN) - childrenBefore;
    if (output)
        *output = process.readAllStandardOutput();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    bool keepAnswers = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--keep-answers"))
            keepAnswers = true;
        else
            rows = std::max<qint64>(1, arg.toLongLong());
    }
    QTemporaryDir dir;
    qputenv("JOURNEYSTUDIO_WORKDIR", dir.path().toLocal8Bit());
    const QString csv = dir.filePath(QStringLiteral("responses.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(csv, rows)) {
        std::printf("cannot write %s\n", qPrintable(csv));
        return 0;
    }
    std::printf("responses: %lld, CSV: %.1f MB, generated in %.0f ms\n", qlonglong(rows),
                QFileInfo(csv).size() / 1e6, msSince(timer));
    const qint64 peakBefore = procStatusKiB("VmHWM");

    SurveyImporter::Options options;
    std::unique_ptr<Document> doc = makeProject(&options.mapping);
    if (!doc)
        return 0;
    options.keepAnswers = keepAnswers;
    // Reading and checking alone (the wizard's dry run): what the import costs before SQLite.
    timer.restart();
    const double validateCpuBefore = cpuMs();
    const SurveyImportSummary dryRun = SurveyImporter::validate(doc.get(), csv, options);
    std::printf("read and check only (dry run): %.0f ms (CPU %.0f ms), %lld rows\n",
                msSince(timer), cpuMs() - validateCpuBefore, qlonglong(dryRun.rowsImported));
    timer.restart();
    const double cpuBefore = cpuMs();
    const SurveyImportSummary summary = SurveyImporter::importInto(doc.get(), csv, options);
    const double importMs = msSince(timer);
    const double importCpu = cpuMs() - cpuBefore;
    if (!summary.status.ok() || summary.rowsImported != rows) {
        std::printf("import failed: %s (%lld rows)\n", qPrintable(summary.status.message()),
                    qlonglong(summary.rowsImported));
        return 0;
    }
    const qint64 peak = procStatusKiB("VmHWM");
    std::printf("import (%s): %.0f ms (CPU %.0f ms), %lld answers, %lld comments; peak memory "
                "%.1f MB (%.1f MB before the import)\n",
                keepAnswers ? "with survey_answer rows" : "aggregates only", importMs, importCpu,
                qlonglong(summary.answers), qlonglong(summary.comments), peak / 1024.0,
                peakBefore / 1024.0);

    QVector<double> queryMs, queryCpu;
    int groups = 0;
    const SurveyMetricsQuery query(doc->workingCopy().database(), doc->project());
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const double before = cpuMs();
        const SurveyMetricsQuery::Result result
                = query.compute(QUuid(), SurveyMetricsQuery::GroupBy::Touchpoint,
                                SurveyMetricsQuery::GroupBy::Month);
        queryMs.append(msSince(timer));
        queryCpu.append(cpuMs() - before);
        groups = result.groups.size();
    }
    std::sort(queryMs.begin(), queryMs.end());
    std::sort(queryCpu.begin(), queryCpu.end());
    std::printf("metrics touchpoint x month: %.1f ms median of 5 (CPU %.1f ms; %d groups)\n",
                queryMs.at(2), queryCpu.at(2), groups);

    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    double importShellCpu = 0, groupByShellCpu = 0;
    const double importShell = sqliteShell(
            plain, ".mode csv\n.import '" + csv.toUtf8() + "' responses\n", &importShellCpu);
    QByteArray groupByOut;
    QByteArray groupBy = "SELECT substr(Date, 1, 7) AS month, COUNT(*)";
    for (int t = 1; t <= kTouchpoints; ++t) {
        const QByteArray col
                = "\"How satisfied were you with touchpoint " + QByteArray::number(t) + "?\"";
        groupBy += ", AVG(NULLIF(" + col + ", '')), SUM(" + col + " >= 4)";
    }
    groupBy += " FROM responses GROUP BY month;\n";
    const double groupByShell = sqliteShell(plain, groupBy, &groupByShellCpu, &groupByOut);
    std::printf("sqlite3 .import: %.0f ms (CPU %.0f ms); plain GROUP BY month over it: %.0f ms "
                "(CPU %.0f ms; %lld lines)\n",
                importShell, importShellCpu, groupByShell, groupByShellCpu,
                qlonglong(groupByOut.count('\n')));
    if (importShell > 0)
        std::printf("import / .import = %.2f wall, %.2f CPU (target <= 3); peak %s 200 MB; "
                    "metrics %s 100 ms\n",
                    importMs / importShell, importCpu / std::max(1.0, importShellCpu),
                    peak / 1024.0 <= 200 ? "<=" : ">", queryMs.at(2) <= 100 ? "<=" : ">");
    return 0;
}
