// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveycolumn.h"
#include "interchange/surveylayout.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cjm {

/**
 * Proposes what each column of a survey export means (respondent id, date, segment, NPS,
 * CSAT, CES, another score, free comment, or metadata to ignore) from its question wording
 * (English, Simplified Chinese, German, Korean) and a sample of its values, so that the
 * column-mapping dialog can start from a sensible mapping instead of an empty one.
 */
class SurveyColumnClassifier
{
public:
    /// What a column is proposed to be.
    enum class Role { Ignore, RespondentId, Date, Segment, Nps, Csat, Ces, CustomScore, Comment };

    /// The proposal for one column.
    struct Proposal
    {
        Role role = Role::Ignore;
        /// 0..1: how sure the proposal is (wording and values agree: high).
        double confidence = 0.0;
        /// Scale of a score role (Nps, Csat, Ces, CustomScore); 0 otherwise.
        int scaleMin = 0;
        int scaleMax = 0;
        /// The part of the question naming what is rated ("installation visit"), or the
        /// matrix row; lets the importer match a touchpoint title. Empty when none is named.
        QString touchpointHint;
    };

    /// Values of a column worth passing to classify().
    static constexpr int kSampleValues = 200;

    /// Proposes a role for \a column from \a values (its first raw values; at most
    /// kSampleValues are looked at, empty ones are ignored).
    static Proposal classify(const SurveyColumn &column, const QStringList &values);
    /// Proposes roles for every column of \a layout from \a responses (records after the
    /// header rows), in the order of layout.columns.
    static QVector<Proposal> classify(const SurveyLayout &layout,
                                      const QVector<QStringList> &responses);

    /// The integer score in \a value: the value itself, or a leading or trailing integer of
    /// a label ("10 - Extremely likely", "Extremely likely - 10"). False when there is none.
    static bool extractScore(const QString &value, int *score);
    /// What \a column names as rated: its option, else the object of its question.
    static QString touchpointHint(const SurveyColumn &column);

private:
    struct Stats;

    static Stats statsOf(const QStringList &values);
    static bool classifyMetadata(const SurveyColumn &column, const Stats &stats,
                                 Proposal *proposal);
    static bool classifyScore(const SurveyColumn &column, const Stats &stats, Proposal *proposal);
    static void classifyText(const SurveyColumn &column, const Stats &stats, Proposal *proposal);
    static QString normalized(const QString &text);
    static bool containsAny(const QString &text, const QStringList &words);
    static bool matchesAny(const SurveyColumn &column, const QStringList &exact);
    static QString hintFromQuestion(const QString &question);
};

} // namespace cjm
