// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveycolumnclassifier.h"
#include "interchange/surveymapping.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace cjm {

class Project;

/**
 * Turns SurveyColumnClassifier's proposals into a complete SurveyMapping for a project: what
 * `import-survey --auto` uses and what the import wizard shows first.
 *
 * - Score columns of one kind (NPS, CSAT, CES) become ONE metric — the project's first metric
 *   of that kind, or a new one — with a scope per column: a column whose touchpoint hint
 *   matches the title of a touchpoint of the journey (case- and whitespace-insensitive, exact
 *   first, else one containing the other) is scoped to it; any other is scoped to the
 *   journey, and a hint that names no touchpoint is reported (NPS questions name the company,
 *   not a touchpoint, so they are not). Custom scores get one metric per column.
 * - Segment values map to the personas of the same name; missing personas are proposed
 *   (SurveyMapping::newPersonas) and reported.
 * - Comments attach to the touchpoint their hint names, else to the response.
 */
class SurveyAutoMapper
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyAutoMapper)

public:
    /// The proposal and what the user should know about it.
    struct Result
    {
        SurveyMapping mapping;
        /// One line per fallback or creation ("…: no touchpoint "X"; scoped to the journey").
        QStringList notes;
    };

    /**
     * Maps `layout`'s columns from `proposals` (in the order of layout.columns) for journey
     * `journeyId` of `project` (null: the project's first journey). `segmentValues` are the
     * distinct values of the segment column (SurveyImporter::inspect() collects them).
     */
    static Result map(const Project &project, const QUuid &journeyId, const SurveyLayout &layout,
                      const QVector<SurveyColumnClassifier::Proposal> &proposals,
                      const QStringList &segmentValues);

    /// The touchpoint of `journeyId` whose title matches `hint` (see class comment), or null.
    static QUuid matchTouchpoint(const Project &project, const QUuid &journeyId,
                                 const QString &hint);

private:
    static QUuid metricFor(const Project &project, MetricKind kind, int scaleMin, int scaleMax,
                           const QString &customName, Result *result);
    static void mapSegments(const Project &project, const QStringList &values, Result *result);
};

} // namespace cjm
