// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveylayout.h"
#include "interchange/textencodingdetector.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace cjm {

/**
 * What an import (or its dry run) found: rows read, imported and skipped by reason, and the
 * first problems with line, column and reason, so that the user can decide to import the
 * valid rows or cancel. The import wizard and `import-survey` show it.
 */
class SurveyImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyImportSummary)

public:
    /// Why a row was skipped.
    enum class Reason { OutOfScale, NotANumber, BadDate, UnknownSegment, NoAnswers };

    /// One problem in one row (the first of the row decides its skip reason).
    struct Issue
    {
        /// Physical, 1-based line of the file where the record starts.
        qint64 line = 0;
        /// 1-based column number; 0 when the problem is the row as a whole (no answers).
        int column = 0;
        /// The column's header, as the user knows it.
        QString header;
        Reason reason = Reason::NotANumber;
        /// The offending value.
        QString value;
    };

    /// Issues kept (the counts cover all of them).
    static constexpr int kMaxIssues = 200;

    /// Ok; or why the import could not run at all (unreadable file, bad mapping, write error).
    Status status;
    /// True when nothing was written because the same file (SHA-256) was imported before.
    bool alreadyImported = false;
    /// True when the user cancelled (nothing was written).
    bool cancelled = false;
    /// True for a dry run (nothing was written by design).
    bool dryRun = false;

    QString fileName;
    QString sha256;
    SurveyLayout::Kind layout = SurveyLayout::Kind::Generic;
    TextEncodingDetector::Encoding encoding = TextEncodingDetector::Encoding::Utf8;
    QChar delimiter;
    /// The id of the survey_import row written (null when nothing was written).
    QUuid importId;

    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 answers = 0;
    qint64 comments = 0;
    QMap<Reason, qint64> skipped;
    QVector<Issue> issues;

    /// Rows skipped for any reason.
    qint64 rowsSkipped() const;
    /// Records an issue (keeps at most kMaxIssues).
    void addIssue(const Issue &issue);
    /// The reason's name for users ("out of scale").
    static QString reasonText(Reason reason);
    /// A stable name for JSON ("out_of_scale").
    static QString reasonKey(Reason reason);
    /// "line 12, column 5 (How satisfied…): out of scale: "9"".
    static QString issueText(const Issue &issue);
    /// The summary for users, one line each, at most `maxIssues` issues listed.
    QStringList lines(int maxIssues = 20, const QLocale &locale = QLocale()) const;
};

} // namespace cjm
