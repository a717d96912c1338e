// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveyrowvalidator.h"

#include "interchange/surveycolumnclassifier.h"

namespace cjm {

SurveyRowValidator::SurveyRowValidator(const SurveyMapping &mapping, const QStringList &headers)
    : mMapping(mapping), mHeaders(headers)
{
    for (const SurveyMapping::Column &column : mapping.columns) {
        if (column.role == SurveyMapping::Role::Date)
            mDateColumn = column.index;
        else if (column.role == SurveyMapping::Role::Segment)
            mSegmentColumn = column.index;
        else if (column.role == SurveyMapping::Role::RespondentId)
            mRespondentColumn = column.index;
    }
    QHash<QUuid, int> slotOf;
    for (auto it = mapping.segmentPersonas.constBegin(); it != mapping.segmentPersonas.constEnd();
         ++it) {
        if (!slotOf.contains(it.value())) {
            slotOf.insert(it.value(), mPersonaIds.size());
            mPersonaIds.append(it.value());
        }
        mPersonaOfSegment.insert(it.key().trimmed(), slotOf.value(it.value()));
    }
}

Status SurveyRowValidator::decideDates(const QVector<QStringList> &samples)
{
    if (mDateColumn < 0)
        return Status::success();
    QStringList values;
    for (const QStringList &record : samples)
        values.append(record.value(mDateColumn));
    return mDates.decide(values, mHeaders.value(mDateColumn));
}

bool SurveyRowValidator::fail(int column, SurveyImportSummary::Reason reason, const QString &value,
                              qint64 line, SurveyImportSummary::Issue *issue) const
{
    issue->line = line;
    issue->column = column + 1;
    issue->header = mHeaders.value(column);
    issue->reason = reason;
    issue->value = value;
    return false;
}

bool SurveyRowValidator::validate(const QStringList &fields, qint64 line, Row *row,
                                  SurveyImportSummary::Issue *issue) const
{
    using Reason = SurveyImportSummary::Reason;
    row->answers.clear();
    row->comments.clear();
    row->persona = -1;
    row->segment.clear();
    row->day = QDate();
    row->respondent
            = mRespondentColumn >= 0 ? fields.value(mRespondentColumn).trimmed() : QString();
    if (mDateColumn >= 0) {
        const QString value = fields.value(mDateColumn).trimmed();
        row->day = mDates.parse(value);
        if (!row->day.isValid())
            return fail(mDateColumn, Reason::BadDate, value, line, issue);
    }
    if (mSegmentColumn >= 0) {
        const QString value = fields.value(mSegmentColumn).trimmed();
        row->segment = value;
        if (!value.isEmpty()) {
            const auto it = mPersonaOfSegment.constFind(value);
            if (it == mPersonaOfSegment.constEnd())
                return fail(mSegmentColumn, Reason::UnknownSegment, value, line, issue);
            row->persona = *it;
        }
    }
    for (int i = 0; i < mMapping.columns.size(); ++i) {
        const SurveyMapping::Column &column = mMapping.columns.at(i);
        if (column.role != SurveyMapping::Role::Score
            && column.role != SurveyMapping::Role::Comment)
            continue;
        const QString value = fields.value(column.index).trimmed();
        if (value.isEmpty())
            continue; // not answered
        if (column.role == SurveyMapping::Role::Comment) {
            row->comments.append({i, value});
            continue;
        }
        // Plain integers are the common case; labels ("10 - Extremely likely") need the regex.
        bool plain = false;
        int score = value.toInt(&plain);
        if (!plain && !SurveyColumnClassifier::extractScore(value, &score))
            return fail(column.index, Reason::NotANumber, value, line, issue);
        if (score < column.scaleMin || score > column.scaleMax)
            return fail(column.index, Reason::OutOfScale, value, line, issue);
        row->answers.append({i, score});
    }
    if (row->answers.isEmpty() && row->comments.isEmpty())
        return fail(-1, Reason::NoAnswers, QString(), line, issue); // the row as a whole
    return true;
}

} // namespace cjm
