// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveydateparser.h"
#include "interchange/surveyimportsummary.h"
#include "interchange/surveymapping.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace cjm {

/**
 * Checks one record of a survey export against a SurveyMapping and turns it into typed
 * values: the day, the persona of the segment, the scores on their scales and the comments.
 * A row with a score off its scale, a score that is no number, a bad date or a segment the
 * mapping does not know is rejected with the first such problem (line, column, reason).
 */
class SurveyRowValidator
{
public:
    /// One valid row.
    struct Row
    {
        QString respondent;
        /// The segment as written (trimmed); empty without a segment column.
        QString segment;
        /// Invalid when the mapping has no date column.
        QDate day;
        /// Index into personaIds(), or −1 (no segment, or an empty one).
        int persona = -1;
        /// (index into mapping().columns, score) per answered score column.
        QVector<QPair<int, int>> answers;
        /// (index into mapping().columns, text) per non-empty comment.
        QVector<QPair<int, QString>> comments;
    };

    /// Validates against `mapping`; `headers` name the columns in issues (by file index).
    SurveyRowValidator(const SurveyMapping &mapping, const QStringList &headers);

    /// Decides the date order from the first records (`samples`); fails when the date column
    /// is ambiguous (the caller then reports it; rows then fail with "bad date").
    Status decideDates(const QVector<QStringList> &samples);
    /// Sets the date order (the user chose it).
    void setDateOrder(SurveyDateParser::Order order) { mDates.setOrder(order); }

    /// Parses `fields` (the record starting at `line`) into `row`, or fills `issue`.
    bool validate(const QStringList &fields, qint64 line, Row *row,
                  SurveyImportSummary::Issue *issue) const;

    const SurveyMapping &mapping() const { return mMapping; }
    /// The personas rows refer to by index.
    const QVector<QUuid> &personaIds() const { return mPersonaIds; }

private:
    bool fail(int column, SurveyImportSummary::Reason reason, const QString &value, qint64 line,
              SurveyImportSummary::Issue *issue) const;

    SurveyMapping mMapping;
    QStringList mHeaders;
    SurveyDateParser mDates;
    int mDateColumn = -1;
    int mSegmentColumn = -1;
    int mRespondentColumn = -1;
    QHash<QString, int> mPersonaOfSegment;
    QVector<QUuid> mPersonaIds;
};

} // namespace cjm
