// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "interchange/csvtablewriter.h"
#include "interchange/mapexporter.h"
#include "interchange/mermaidjourneywriter.h"
#include "interchange/projectjsonwriter.h"
#include "interchange/projecttables.h"
#include "interchange/xlsxworkbookwriter.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace cjm {

namespace {

const QString kJourney = QStringLiteral("journey");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kPage = QStringLiteral("page");
const QString kLandscape = QStringLiteral("landscape");
const QString kTiled = QStringLiteral("tiled");
const QString kDpi = QStringLiteral("dpi");
const QString kScale = QStringLiteral("scale");
const QString kTransparent = QStringLiteral("transparent");
const QString kTheme = QStringLiteral("theme");
const QString kNoTitleBlock = QStringLiteral("no-title-block");
const QString kReport = QStringLiteral("report");

constexpr int kMaxDpi = 2400;
constexpr double kMaxScale = 16.0;

bool isMapFormat(const QString &format)
{
    return format == QLatin1String("pdf") || format == QLatin1String("svg")
            || format == QLatin1String("png");
}

} // namespace

ExportCommand::ExportCommand() : CliCommand(QStringLiteral("export")) {}

QStringList ExportCommand::formatNames()
{
    return {QStringLiteral("pdf"),    QStringLiteral("svg"), QStringLiteral("png"),
            QStringLiteral("json"),   QStringLiteral("csv"), QStringLiteral("xlsx"),
            QStringLiteral("mermaid")};
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kJourney, tr("The journey to export (default: the first)."), tr("NAME")});
    parser.addOption({kFormat, tr("pdf, svg, png, json, csv, xlsx or mermaid."), tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), kOutput}, tr("The file to write."), tr("OUT")});
    parser.addOption(
            {kPage, tr("PDF paper: a4, a3 or letter (default: fitted to the map)."), tr("PAGE")});
    parser.addOption({kLandscape, tr("PDF: landscape paper.")});
    parser.addOption({kTiled, tr("PDF: cut the map into overlapping pages at full size.")});
    parser.addOption({kDpi, tr("PNG: dots per inch (96 is the screen size)."), tr("N")});
    parser.addOption({kScale, tr("PNG and tiled PDF: size factor (1 = screen size)."), tr("F")});
    parser.addOption({kTransparent, tr("PNG and SVG: transparent background.")});
    parser.addOption({kTheme, tr("light, dark or high-contrast."), tr("THEME")});
    parser.addOption({kNoTitleBlock, tr("Leave out the title block and legend.")});
    parser.addOption({kReport, tr("PDF: add the pain-point and opportunity tables.")});
}

int ExportCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    Request request;
    if (const int invalid = readRequest(parser, &request))
        return invalid;
    Project project;
    if (const Status status = ProjectFile::validate(file, &project); !status)
        return failure(file, status.message());
    // Formats of the whole project need no journey; the others need one.
    if (request.format == QLatin1String("json"))
        return exportJson(file, project, request);
    if (request.format == QLatin1String("xlsx"))
        return exportXlsx(file, project, request);
    const std::optional<QUuid> journeyId = findJourney(file, project, request.journeyName);
    if (!journeyId)
        return ExitFailed;
    if (isMapFormat(request.format))
        return exportMap(file, project, *journeyId, request);
    if (request.format == QLatin1String("csv"))
        return exportCsv(file, project, *journeyId, request);
    return exportMermaid(file, project, *journeyId, request);
}

int ExportCommand::readRequest(const QCommandLineParser &parser, Request *request) const
{
    if (!parser.isSet(kFormat))
        return usageError(tr("export: --format is missing (one of %1)")
                                  .arg(formatNames().join(QStringLiteral(", "))));
    request->format = parser.value(kFormat).toLower();
    if (!formatNames().contains(request->format))
        return usageError(
                tr("export: unknown format \"%1\" (one of %2)")
                        .arg(parser.value(kFormat), formatNames().join(QStringLiteral(", "))));
    if (!parser.isSet(kOutput) || parser.value(kOutput).isEmpty())
        return usageError(tr("export: -o OUT is missing"));
    request->output = parser.value(kOutput);
    request->journeyName = parser.value(kJourney);
    return readMapOptions(parser, request->format, &request->map);
}

int ExportCommand::readMapOptions(const QCommandLineParser &parser, const QString &format,
                                  MapExportOptions *options) const
{
    options->format = format == QLatin1String("svg") ? MapExportOptions::Format::Svg
            : format == QLatin1String("png")         ? MapExportOptions::Format::Png
                                                     : MapExportOptions::Format::Pdf;
    if (parser.isSet(kPage)) {
        const QString page = parser.value(kPage).toLower();
        if (page == QLatin1String("a4"))
            options->page = MapExportOptions::Page::A4;
        else if (page == QLatin1String("a3"))
            options->page = MapExportOptions::Page::A3;
        else if (page == QLatin1String("letter"))
            options->page = MapExportOptions::Page::Letter;
        else
            return usageError(
                    tr("export: unknown page \"%1\" (a4, a3 or letter)").arg(parser.value(kPage)));
    }
    options->landscape = parser.isSet(kLandscape);
    options->tiled = parser.isSet(kTiled);
    if (options->tiled && options->page == MapExportOptions::Page::FitToMap)
        options->page = MapExportOptions::Page::A4;
    if (parser.isSet(kDpi)) {
        bool ok = false;
        const int dpi = parser.value(kDpi).toInt(&ok);
        if (!ok || dpi < 1 || dpi > kMaxDpi)
            return usageError(tr("export: --dpi must be a whole number from 1 to %1, not \"%2\"")
                                      .arg(QString::number(kMaxDpi), parser.value(kDpi)));
        options->dpi = dpi;
    }
    if (parser.isSet(kScale)) {
        bool ok = false;
        // The C locale: scripts write 1.5 whatever the user's language.
        const double scale = parser.value(kScale).toDouble(&ok);
        if (!ok || !(scale > 0.0) || scale > kMaxScale)
            return usageError(tr("export: --scale must be a number above 0 and at most %1, "
                                 "not \"%2\"")
                                      .arg(QString::number(kMaxScale), parser.value(kScale)));
        options->scale = scale;
    }
    options->transparent = parser.isSet(kTransparent);
    if (parser.isSet(kTheme)) {
        const QString theme = parser.value(kTheme).toLower();
        if (theme == QLatin1String("light"))
            options->theme = MapExportOptions::Theme::Light;
        else if (theme == QLatin1String("dark"))
            options->theme = MapExportOptions::Theme::Dark;
        else if (theme == QLatin1String("high-contrast"))
            options->theme = MapExportOptions::Theme::HighContrast;
        else
            return usageError(tr("export: unknown theme \"%1\" (light, dark or high-contrast)")
                                      .arg(parser.value(kTheme)));
    }
    options->titleBlock = !parser.isSet(kNoTitleBlock);
    options->report = parser.isSet(kReport);
    return ExitOk;
}

std::optional<QUuid> ExportCommand::findJourney(const QString &file, const Project &project,
                                                const QString &name) const
{
    const QVector<const Journey *> journeys = project.orderedJourneys();
    if (journeys.isEmpty()) {
        failure(file, tr("the project has no journey to export"));
        return std::nullopt;
    }
    if (name.isEmpty())
        return journeys.constFirst()->id;
    for (const Journey *journey : journeys) {
        if (journey->name == name)
            return journey->id;
    }
    QStringList names;
    for (const Journey *journey : journeys)
        names.append(QStringLiteral("\"%1\"").arg(journey->name));
    failure(file,
            tr("no journey named \"%1\"; the journeys are: %2")
                    .arg(name, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

int ExportCommand::exportMap(const QString &file, const Project &project, const QUuid &journeyId,
                             const Request &request) const
{
    MapExporter exporter(project, journeyId, request.map);
    if (const Status status = exporter.write(request.output); !status)
        return failure(request.output, status.message());
    if (request.map.format == MapExportOptions::Format::Png && exporter.imageCapped()) {
        const QLocale locale;
        CliConsole::err() << tr("%1: the image was limited to %2 × %3 pixels (scale %4)")
                                     .arg(request.output,
                                          locale.toString(exporter.imageSize().width()),
                                          locale.toString(exporter.imageSize().height()),
                                          locale.toString(exporter.imageScale(), 'g', 3))
                          << Qt::endl;
    }
    CliConsole::out() << tr("%1: wrote %2").arg(file, QDir::toNativeSeparators(request.output))
                      << Qt::endl;
    return ExitOk;
}

// The data formats are written by the interchange writers (JSON, CSV, XLSX, Mermaid).

namespace {

/// Writes `bytes` to `path` atomically; returns an empty string or the reason.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return out.errorString();
    return QString();
}

} // namespace

int ExportCommand::exportJson(const QString &file, const Project &project,
                              const Request &request) const
{
    if (const QString error = writeFile(request.output, ProjectJsonWriter::write(project));
        !error.isEmpty())
        return failure(request.output, error);
    CliConsole::out() << tr("%1: wrote %2").arg(file, QDir::toNativeSeparators(request.output))
                      << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportCsv(const QString &file, const Project &project, const QUuid &journeyId,
                             const Request &request) const
{
    // Without --journey the tables cover every journey, as the XLSX workbook does.
    const QUuid scope = request.journeyName.isEmpty() ? QUuid() : journeyId;
    QStringList written;
    if (const Status s
        = CsvTableWriter::writeAll(ProjectTables::build(project, scope), request.output, &written);
        !s)
        return failure(request.output, s.message());
    for (const QString &path : written)
        CliConsole::out() << tr("%1: wrote %2").arg(file, QDir::toNativeSeparators(path))
                          << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportXlsx(const QString &file, const Project &project,
                              const Request &request) const
{
    if (const Status s = XlsxWorkbookWriter::write(ProjectTables::build(project), request.output);
        !s)
        return failure(request.output, s.message());
    CliConsole::out() << tr("%1: wrote %2").arg(file, QDir::toNativeSeparators(request.output))
                      << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportMermaid(const QString &file, const Project &project,
                                 const QUuid &journeyId, const Request &request) const
{
    const QString text = MermaidJourneyWriter::write(project, journeyId);
    if (const QString error = writeFile(request.output, text.toUtf8()); !error.isEmpty())
        return failure(request.output, error);
    if (text.size() > MermaidJourneyWriter::kMermaidMaxTextSize)
        CliConsole::err() << tr("%1: note: %2 characters; Mermaid draws at most %3 unless its "
                                "maxTextSize setting is raised")
                                     .arg(request.output)
                                     .arg(text.size())
                                     .arg(MermaidJourneyWriter::kMermaidMaxTextSize)
                          << Qt::endl;
    CliConsole::out() << tr("%1: wrote %2").arg(file, QDir::toNativeSeparators(request.output))
                      << Qt::endl;
    return ExitOk;
}

} // namespace cjm
