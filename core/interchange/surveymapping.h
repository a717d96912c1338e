// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveylayout.h"
#include "model/enums.h"
#include "model/metric.h"
#include "model/persona.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVector>

namespace cjm {

class Project;

/**
 * How the columns of one survey export map onto the project: which column is the respondent
 * id, the date, the segment; which columns are scores of which metric at which scope; which
 * are comments. Stored as JSON in survey_mapping (with the signature of the header, so that
 * next month's export with the same columns reuses it) and given to
 * `journeystudio-cli import-survey --mapping` (format in docs/METRICS.md).
 */
class SurveyMapping
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyMapping)

public:
    /// What a column holds.
    enum class Role { Ignore, RespondentId, Date, Segment, Score, Comment };

    /// The mapping of one column.
    struct Column
    {
        /// 0-based index of the column in every record.
        int index = -1;
        /// The column's key (SurveyColumn importId, else id): what the signature is made of.
        QString key;
        Role role = Role::Ignore;
        /// Score: the metric answered, its kind and scale (answers outside it are errors).
        QUuid metricId;
        MetricKind kind = MetricKind::Nps;
        int scaleMin = 0;
        int scaleMax = 10;
        /// Score: what the answer is about (Project, Journey, Stage or Touchpoint + id).
        ScopeKind scopeKind = ScopeKind::Journey;
        QUuid scopeId;
        /// Comment: the touchpoint the comment is about, or null for the whole response.
        QUuid touchpointId;
    };

    /// The id of the stored mapping (survey_mapping.id); null until stored.
    QUuid id;
    /// A name for users ("Skyline monthly NPS").
    QString name;
    /// The signature of the header it was made for (see signatureOf()).
    QString signature;
    /// Every mapped column (columns left out are ignored).
    QVector<Column> columns;
    /// Segment value (as written in the file, trimmed) → persona id. A segment column with
    /// values missing here makes those rows fail with "unknown segment".
    QHash<QString, QUuid> segmentPersonas;
    /// Metrics and personas the mapping refers to that the project does not hold yet (named
    /// by a mapping file, proposed by SurveyAutoMapper): the import adds them (AddMetric,
    /// AddPersona) with these ids. Not part of the JSON form.
    QVector<Metric> newMetrics;
    QVector<Persona> newPersonas;

    /// A hash of the columns' keys in order, so that an export with the same columns is
    /// recognised whatever the question texts were edited to.
    static QString signatureOf(const SurveyLayout &layout);
    /// The key of `column` used in signatures and mappings.
    static QString keyOf(const SurveyColumn &column);

    /// The first column of `role`, or nullptr.
    const Column *firstOf(Role role) const;

    /// The JSON form (docs/METRICS.md, "Mapping file").
    QJsonObject toJson() const;
    /**
     * Reads the JSON form. Metrics, personas, touchpoints, stages and journeys may be named by
     * id or, when `project` is given, by name (touchpoints by title); `where` names the
     * source (a file) in error messages.
     */
    static Status fromJson(const QJsonObject &json, const Project *project, const QString &where,
                           SurveyMapping *mapping);
    /**
     * Adds to newMetrics and newPersonas the metrics and personas the mapping names by id but
     * `project` lacks (a stored mapping whose metric was removed since, or whose import was
     * undone), so that the import recreates them instead of writing answers nobody sees.
     */
    void addMissing(const Project &project);
    /// Checks the mapping against a layout: indexes in range, one id/date/segment column,
    /// scales that make sense, at least one score or comment column.
    Status check(const SurveyLayout &layout) const;

    /// Stable text names used in the JSON form.
    static QString roleName(Role role);
    static QString kindName(MetricKind kind);
    static QString scopeName(ScopeKind kind);
};

} // namespace cjm
