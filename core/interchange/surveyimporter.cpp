// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveyimporter.h"

#include "document/commands/addmetric.h"
#include "document/commands/addpersona.h"
#include "document/commands/importsurvey.h"
#include "document/commands/refreshsurveymeasurements.h"
#include "document/document.h"
#include "interchange/csvreader.h"
#include "interchange/surveyimportwriter.h"
#include "interchange/surveylayoutdetector.h"
#include "interchange/surveyrowvalidator.h"
#include "model/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace cjm {

namespace {

/// Rows between two progress callbacks.
constexpr qint64 kProgressRows = 4096;

/// The header of each file column, for messages.
QStringList headersOf(const SurveyLayout &layout)
{
    QStringList headers;
    for (const SurveyColumn &column : layout.columns) {
        while (headers.size() <= column.index)
            headers.append(QString());
        headers[column.index] = column.option.isEmpty()
                ? column.question
                : column.question + QStringLiteral(" - ") + column.option;
    }
    return headers;
}

/// Opens `path` and reads its header rows and up to `samples` response records.
Status readStart(CsvReader *reader, int samples, SurveyLayout *layout,
                 QVector<QStringList> *responses, QVector<qint64> *lines)
{
    QVector<QStringList> records;
    QVector<qint64> recordLines;
    QStringList fields;
    qint64 line = 0;
    while (records.size() < samples + 3 && reader->readRecord(&fields, &line)) {
        records.append(fields);
        recordLines.append(line);
    }
    if (!reader->status())
        return reader->status();
    if (Status s = SurveyLayoutDetector::detect(
                records.mid(0, SurveyLayoutDetector::kSampleRecords), layout);
        !s)
        return s;
    *responses = records.mid(layout->headerRows);
    if (lines)
        *lines = recordLines.mid(layout->headerRows);
    return Status::success();
}

} // namespace

QString SurveyImporter::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

SurveyImporter::Inspection
SurveyImporter::inspect(const QString &path, std::optional<TextEncodingDetector::Encoding> encoding)
{
    Inspection result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::failure(tr("cannot open the file: %1").arg(file.errorString()));
        return result;
    }
    CsvReader reader(&file);
    if (encoding)
        reader.setEncoding(*encoding);
    result.status = readStart(&reader, kSampleRecords, &result.layout, &result.sample, nullptr);
    if (!result.status)
        return result;
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    result.signature = SurveyMapping::signatureOf(result.layout);
    result.proposals = SurveyColumnClassifier::classify(result.layout, result.sample);
    int segment = -1;
    for (int i = 0; i < result.proposals.size() && segment < 0; ++i) {
        if (result.proposals.at(i).role == SurveyColumnClassifier::Role::Segment)
            segment = result.layout.columns.at(i).index;
    }
    if (segment < 0)
        return result;
    QSet<QString> seen;
    auto note = [&](const QStringList &record) {
        const QString value = record.value(segment).trimmed();
        if (!value.isEmpty() && !seen.contains(value) && seen.size() < kMaxSegments) {
            seen.insert(value);
            result.segmentValues.append(value);
        }
    };
    for (const QStringList &record : std::as_const(result.sample))
        note(record);
    QStringList fields;
    while (reader.readRecord(&fields))
        note(fields);
    if (!reader.status())
        result.status = reader.status();
    return result;
}

std::optional<SurveyMapping> SurveyImporter::storedMapping(QSqlDatabase database,
                                                           const QString &signature,
                                                           const Project &project)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT definition FROM survey_mapping WHERE signature = ?"));
    query.addBindValue(signature);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    SurveyMapping mapping;
    if (!SurveyMapping::fromJson(json.object(), &project, tr("stored mapping"), &mapping))
        return std::nullopt;
    return mapping;
}

SurveyImportSummary SurveyImporter::run(QSqlDatabase database, const QString &path,
                                        const Options &options, bool write)
{
    SurveyImportSummary summary;
    summary.dryRun = !write;
    summary.fileName = QFileInfo(path).fileName();
    summary.sha256 = sha256Of(path);
    QFile file(path);
    if (summary.sha256.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        summary.status = Status::failure(tr("cannot open the file: %1").arg(file.errorString()));
        return summary;
    }
    if (SurveyImportWriter::isImported(database, summary.sha256)) {
        summary.alreadyImported = true;
        return summary;
    }
    CsvReader reader(&file);
    if (options.encoding)
        reader.setEncoding(*options.encoding);
    SurveyLayout layout;
    QVector<QStringList> buffered;
    QVector<qint64> bufferedLines;
    summary.status = readStart(&reader, kSampleRecords, &layout, &buffered, &bufferedLines);
    if (!summary.status)
        return summary;
    summary.layout = layout.kind;
    summary.encoding = reader.encoding().encoding;
    summary.delimiter = reader.delimiter();

    SurveyMapping mapping = options.mapping;
    const QString signature = SurveyMapping::signatureOf(layout);
    if (!mapping.signature.isEmpty() && mapping.signature != signature) {
        summary.status
                = Status::failure(tr("the mapping was made for an export with other columns"));
        return summary;
    }
    mapping.signature = signature;
    if (Status s = mapping.check(layout); !s) {
        summary.status = s;
        return summary;
    }
    SurveyRowValidator validator(mapping, headersOf(layout));
    if (options.dateOrder) {
        validator.setDateOrder(*options.dateOrder);
    } else if (Status s = validator.decideDates(buffered); !s) {
        summary.status = s;
        return summary;
    }

    SurveyImportWriter writer(database, validator, options.journeyId, options.keepAnswers);
    const QUuid importId = QUuid::createUuid();
    if (write) {
        summary.status = writer.begin(importId, summary.fileName, summary.sha256);
        if (!summary.status)
            return summary;
    }
    SurveyRowValidator::Row row;
    SurveyImportSummary::Issue issue;
    auto process = [&](const QStringList &fields, qint64 line) -> bool {
        ++summary.rowsRead;
        if (options.progress && summary.rowsRead % kProgressRows == 0
            && !options.progress(file.pos(), file.size())) {
            summary.cancelled = true;
            return false;
        }
        if (!validator.validate(fields, line, &row, &issue)) {
            ++summary.skipped[issue.reason];
            summary.addIssue(issue);
            return true;
        }
        ++summary.rowsImported;
        summary.answers += row.answers.size();
        summary.comments += row.comments.size();
        if (write) {
            summary.status = writer.addRow(row);
            if (!summary.status)
                return false;
        }
        return true;
    };
    bool going = true;
    for (int i = 0; going && i < buffered.size(); ++i)
        going = process(buffered.at(i), bufferedLines.at(i));
    buffered.clear();
    QStringList fields;
    qint64 line = 0;
    while (going && reader.readRecord(&fields, &line))
        going = process(fields, line);
    if (going && !reader.status())
        summary.status = reader.status();
    if (going && summary.status && options.progress && !options.progress(file.size(), file.size()))
        summary.cancelled = true;
    if (!write)
        return summary;
    if (!summary.status || summary.cancelled || summary.rowsImported == 0) {
        writer.rollback();
        return summary;
    }
    summary.status = writer.commit(summary.rowsRead);
    if (summary.status)
        summary.importId = importId;
    return summary;
}

SurveyImportSummary SurveyImporter::validate(Document *document, const QString &path,
                                             const Options &options)
{
    Options resolved = options;
    if (resolved.journeyId.isNull() && !document->project().orderedJourneys().isEmpty())
        resolved.journeyId = document->project().orderedJourneys().constFirst()->id;
    resolved.mapping.addMissing(document->project());
    return run(document->workingCopy().database(), path, resolved, false);
}

SurveyImportSummary SurveyImporter::importInto(Document *document, const QString &path,
                                               const Options &options)
{
    if (document->isReadOnly()) {
        SurveyImportSummary summary;
        summary.status = Status::failure(tr("the project is read-only"));
        return summary;
    }
    Options resolved = options;
    if (resolved.journeyId.isNull() && !document->project().orderedJourneys().isEmpty())
        resolved.journeyId = document->project().orderedJourneys().constFirst()->id;
    resolved.mapping.addMissing(document->project());
    SurveyImportSummary summary = run(document->workingCopy().database(), path, resolved, true);
    if (summary.importId.isNull())
        return summary;
    // The data is written; the undo step makes it undoable and announces it.
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Import survey %1").arg(summary.fileName));
    for (const Metric &metric : resolved.mapping.newMetrics) {
        if (!document->project().metrics().contains(metric.id))
            document->push(new AddMetric(document, metric));
    }
    for (const Persona &persona : resolved.mapping.newPersonas) {
        if (!document->project().personas().contains(persona.id))
            document->push(new AddPersona(document, persona));
    }
    document->push(new ImportSurvey(document, summary.importId, summary.fileName));
    // The monthly figures the map shows (metric chips, badges on touchpoint cards) follow
    // the survey data in the same step, so undo takes them back too.
    document->push(new RefreshSurveyMeasurements(document));
    stack->endMacro();
    return summary;
}

} // namespace cjm
