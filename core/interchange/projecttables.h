// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/datatable.h"
#include "model/project.h"

#include <QCoreApplication>

namespace cjm {

/**
 * Builds the tables of the spreadsheet exports from a project: touchpoints by
 * stage, pain points with their risk (RiskAssessment), opportunities in
 * OpportunityRanking order, personas and measurements. CSV and XLSX both
 * write exactly these tables, in this order.
 *
 * With a journey id, the journey-bound tables (touchpoints, pain points,
 * opportunities) hold only that journey; personas and measurements are
 * always the whole project's.
 */
class ProjectTables
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectTables)

public:
    /// Every table, in export order.
    static QVector<DataTable> build(const Project &project, const QUuid &journeyId = QUuid());

    static DataTable touchpoints(const Project &project, const QUuid &journeyId);
    static DataTable painPoints(const Project &project, const QUuid &journeyId);
    static DataTable opportunities(const Project &project, const QUuid &journeyId);
    static DataTable personas(const Project &project);
    static DataTable measurements(const Project &project);

private:
    static QVector<const Journey *> journeysOf(const Project &project, const QUuid &journeyId);
    static QString opportunityStatusName(OpportunityStatus status);
    static QString metricKindName(MetricKind kind);
    static QString scopeName(const Project &project, ScopeKind kind, const QUuid &id);
    static QString sourceName(MeasurementSource source);
    static QVariant optionalCell(const std::optional<int> &value);
    static QVariant optionalCell(const std::optional<double> &value);
};

} // namespace cjm
