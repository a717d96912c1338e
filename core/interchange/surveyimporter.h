// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveycolumnclassifier.h"
#include "interchange/surveydateparser.h"
#include "interchange/surveyimportsummary.h"
#include "interchange/surveylayout.h"
#include "interchange/surveymapping.h"
#include "interchange/textencodingdetector.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>
#include <QVector>

#include <functional>
#include <optional>

namespace cjm {

class Document;
class Project;

/**
 * Imports a survey export (CSV) into a project: the API behind the import wizard and
 * `journeystudio-cli import-survey`.
 *
 * 1. inspect() reads the start of the file: encoding, delimiter, layout (Qualtrics,
 *    SurveyMonkey, Google Forms, generic), the classifier's proposal per column and the
 *    segment values — enough to show the mapping table (SurveyAutoMapper proposes one; a
 *    stored mapping with the same header signature is found with storedMapping()).
 * 2. validate() runs the whole file through the mapping without writing: the summary of rows
 *    imported and skipped by reason, with line, column and reason of each problem.
 * 3. importInto() writes it: one transaction on the document's working copy, then one undo
 *    step (new metrics and personas, then the ImportSurvey command).
 *
 * The file is streamed (CsvReader): memory does not grow with its size. A progress callback
 * sees bytes read against the file size and cancels by returning false; a cancel, an error or
 * a file whose SHA-256 was imported before leaves the project unchanged.
 */
class SurveyImporter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyImporter)

public:
    /// Called every few thousand rows with bytes read and the file size; return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

    /// What inspect() found.
    struct Inspection
    {
        Status status;
        TextEncodingDetector::Result encoding;
        QChar delimiter;
        SurveyLayout layout;
        /// The classifier's proposal per column of layout.columns.
        QVector<SurveyColumnClassifier::Proposal> proposals;
        /// The first response records (up to kSampleRecords).
        QVector<QStringList> sample;
        /// Distinct values of the proposed segment column over the whole file (at most
        /// kMaxSegments), in order of first appearance.
        QStringList segmentValues;
        /// SurveyMapping::signatureOf(layout).
        QString signature;
    };

    /// How to import.
    struct Options
    {
        SurveyMapping mapping;
        /// The journey that journey-scoped columns without a scope id refer to (null: the
        /// project's first journey; none at all: the project).
        QUuid journeyId;
        /// Forces an encoding (the user chose one) instead of detecting it.
        std::optional<TextEncodingDetector::Encoding> encoding;
        /// Forces the order of day and month (the user chose one).
        std::optional<SurveyDateParser::Order> dateOrder;
        /// Whether to store every valid response (survey_response) and every answer
        /// (survey_answer) besides the aggregates. Off by default: every figure comes from
        /// survey_histogram and survey_pair_sums, only responses with a comment get a row (so
        /// the comment keeps its respondent), and the per-row tables made an import of a
        /// million responses several times slower and the file several times larger. Turn
        /// on to keep the raw responses for analysis elsewhere.
        bool keepAnswers = false;
        Progress progress;
    };

    static constexpr int kSampleRecords = 200;
    static constexpr int kMaxSegments = 500;

    /// Reads the start of `path` (and its segment column to the end).
    static Inspection inspect(const QString &path,
                              std::optional<TextEncodingDetector::Encoding> encoding = {});

    /// The mapping stored in `database` for exports with `signature`, read against `project`.
    static std::optional<SurveyMapping>
    storedMapping(QSqlDatabase database, const QString &signature, const Project &project);

    /// A dry run against `document`: the summary, nothing written.
    static SurveyImportSummary validate(Document *document, const QString &path,
                                        const Options &options);
    /**
     * Imports `path` into `document`: writes the survey data in one transaction, then pushes
     * one undo step that adds the mapping's new metrics and personas and the ImportSurvey
     * command. Nothing changes when no row is valid, the file was imported before, the user
     * cancelled or writing failed (see the summary).
     */
    static SurveyImportSummary importInto(Document *document, const QString &path,
                                          const Options &options);
    /**
     * The import itself on `database` (write) or its dry run, without the undo stack: for
     * benchmarks and tools. `options.journeyId` must be set for journey scopes.
     */
    static SurveyImportSummary run(QSqlDatabase database, const QString &path,
                                   const Options &options, bool write);

    /// The SHA-256 of a file's content (hex), or empty when it cannot be read.
    static QString sha256Of(const QString &path);
};

} // namespace cjm
