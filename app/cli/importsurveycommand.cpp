// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsurveycommand.h"

#include "document/document.h"
#include "interchange/surveyautomapper.h"
#include "model/project.h"

#include <QFile>
#include <QJsonDocument>

namespace cjm {

ImportSurveyCommand::ImportSurveyCommand() : CliCommand(QStringLiteral("import-survey")) {}

void ImportSurveyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("mapping"), tr("Column mapping (JSON, see docs/METRICS.md)."),
                      tr("MAPPING.json")});
    parser.addOption({QStringLiteral("auto"), tr("Map the columns from their questions.")});
    parser.addOption(
            {QStringLiteral("journey"), tr("The journey the survey is about."), tr("NAME")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("Encoding of the CSV: utf-8, utf-16le, utf-16be or gb18030."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("date-order"),
                      tr("Order of day and month when the dates leave it open: dmy, mdy or ymd."),
                      tr("ORDER")});
    parser.addOption({QStringLiteral("keep-answers"),
                      tr("Also store every answer (survey_answer), not only the aggregates.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the rows; write nothing.")});
}

bool ImportSurveyCommand::encodingFromName(const QString &name,
                                           TextEncodingDetector::Encoding *encoding)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        *encoding = TextEncodingDetector::Encoding::Utf8;
    else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        *encoding = TextEncodingDetector::Encoding::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *encoding = TextEncodingDetector::Encoding::Utf16BE;
    else if (n == QLatin1String("gb18030") || n == QLatin1String("gbk"))
        *encoding = TextEncodingDetector::Encoding::Gb18030;
    else
        return false;
    return true;
}

int ImportSurveyCommand::chooseMapping(const QCommandLineParser &parser, Document *document,
                                       const QString &csv, SurveyImporter::Options *options) const
{
    const Project &project = document->project();
    if (parser.isSet(QStringLiteral("mapping"))) {
        const QString path = parser.value(QStringLiteral("mapping"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(path, file.errorString());
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
        if (!json.isObject())
            return failure(path, tr("not a JSON object: %1").arg(error.errorString()));
        if (Status s = SurveyMapping::fromJson(json.object(), &project, path, &options->mapping);
            !s) {
            CliConsole::err() << s.message() << Qt::endl; // names the file already
            return ExitFailed;
        }
        return ExitOk;
    }
    const SurveyImporter::Inspection inspection = SurveyImporter::inspect(csv, options->encoding);
    if (!inspection.status)
        return failure(csv, inspection.status.message());
    if (parser.isSet(QStringLiteral("auto"))) {
        const SurveyAutoMapper::Result mapped
                = SurveyAutoMapper::map(project, options->journeyId, inspection.layout,
                                        inspection.proposals, inspection.segmentValues);
        for (const QString &note : mapped.notes)
            CliConsole::out() << note << Qt::endl;
        options->mapping = mapped.mapping;
        return ExitOk;
    }
    const std::optional<SurveyMapping> stored = SurveyImporter::storedMapping(
            document->workingCopy().database(), inspection.signature, project);
    if (!stored)
        return usageError(tr("import-survey: no mapping stored for these columns: "
                             "give --mapping MAPPING.json or --auto"));
    options->mapping = *stored;
    return ExitOk;
}

int ImportSurveyCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    const QString csv = parser.positionalArguments().value(1);
    if (parser.isSet(QStringLiteral("mapping")) && parser.isSet(QStringLiteral("auto")))
        return usageError(tr("import-survey: give --mapping or --auto, not both"));
    SurveyImporter::Options options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        TextEncodingDetector::Encoding encoding;
        if (!encodingFromName(parser.value(QStringLiteral("encoding")), &encoding))
            return usageError(tr("import-survey: unknown encoding \"%1\"")
                                      .arg(parser.value(QStringLiteral("encoding"))));
        options.encoding = encoding;
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        if (order == QLatin1String("dmy"))
            options.dateOrder = SurveyDateParser::Order::DayMonthYear;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = SurveyDateParser::Order::MonthDayYear;
        else if (order == QLatin1String("ymd"))
            options.dateOrder = SurveyDateParser::Order::YearMonthDay;
        else
            return usageError(tr("import-survey: --date-order must be dmy, mdy or ymd"));
    }
    Document::OpenResult opened;
    std::unique_ptr<Document> document = Document::open(file, {}, &opened);
    if (!document)
        return failure(file, opened.status.message());
    if (document->isReadOnly())
        return failure(file, opened.notice);
    if (parser.isSet(QStringLiteral("journey"))) {
        const QString name = parser.value(QStringLiteral("journey"));
        for (const Journey *journey : document->project().orderedJourneys()) {
            if (journey->name == name && options.journeyId.isNull())
                options.journeyId = journey->id;
        }
        if (options.journeyId.isNull())
            return failure(file, tr("no journey \"%1\"").arg(name));
    }
    if (const int code = chooseMapping(parser, document.get(), csv, &options))
        return code;
    options.keepAnswers = parser.isSet(QStringLiteral("keep-answers"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const SurveyImportSummary summary = dryRun
            ? SurveyImporter::validate(document.get(), csv, options)
            : SurveyImporter::importInto(document.get(), csv, options);
    if (!summary.status)
        return failure(csv, summary.status.message());
    for (const QString &line : summary.lines())
        CliConsole::out() << line << Qt::endl;
    if (summary.alreadyImported || summary.rowsImported == 0)
        return ExitFailed;
    if (dryRun)
        return ExitOk;
    if (Status s = document->save(); !s)
        return failure(file, s.message());
    return ExitOk;
}

} // namespace cjm
