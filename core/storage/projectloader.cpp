// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectloader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cjm {

namespace {

template <class T>
QString selectSql()
{
    QStringList columns;
    for (const Field<T> &f : T::fields())
        columns.append(f.name());
    return QStringLiteral("SELECT %1 FROM %2")
        .arg(columns.join(QStringLiteral(", ")), QLatin1String(T::table));
}

QString readError(const QString &table, const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("too big"), Qt::CaseInsensitive))
        return ProjectLoader::tr("table %1 holds a value that is too large (over 16 MiB)")
            .arg(table);
    return ProjectLoader::tr("table %1 cannot be read: %2").arg(table, text);
}

/// Reads the fields of one row into `item`; returns the first problem.
template <class T>
QString readRow(const QSqlQuery &query, T *item)
{
    const QVector<Field<T>> &fields = T::fields();
    for (int i = 0; i < fields.size(); ++i) {
        const Field<T> &f = fields.at(i);
        const QVariant value = query.value(i);
        const QString problem = checkFieldValue(f.type, value, f.min, f.max);
        if (!problem.isEmpty())
            return ProjectLoader::tr("column %1: %2").arg(f.name(), problem);
        if (f.role == FieldRole::Id && value.isNull())
            return ProjectLoader::tr("column %1: the id is missing").arg(f.name());
        f.set(*item, value);
    }
    return QString();
}

} // namespace

Status ProjectLoader::load(QSqlDatabase database, Project *project)
{
    project->clear();
    if (Status status = loadInfo(database, &project->info); !status)
        return status;
    Status status;
    forEachList(*project, [&](auto &list) {
        if (status)
            status = loadList(database, &list);
    });
    if (!status)
        return status;
    if (status = loadLinks(database, project); !status)
        return status;
    if (status = checkStructure(*project); !status)
        return status;
    return checkSurveyData(database);
}

Status ProjectLoader::loadInfo(QSqlDatabase &database, ProjectInfo *info)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(selectSql<ProjectInfo>()))
        return Status::failure(readError(QStringLiteral("project"), query));
    if (!query.next())
        return Status::failure(tr("table project is empty: the file has no project"));
    const QString problem = readRow(query, info);
    if (!problem.isEmpty())
        return Status::failure(tr("table project: %1").arg(problem));
    if (query.next())
        return Status::failure(tr("table project holds more than one project"));
    return Status::success();
}

template <class T>
Status ProjectLoader::loadList(QSqlDatabase &database, EntityList<T> *list)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const QString table = QLatin1String(T::table);
    if (!query.exec(selectSql<T>()))
        return Status::failure(readError(table, query));
    while (query.next()) {
        T item;
        const QString problem = readRow(query, &item);
        if (!problem.isEmpty()) {
            return Status::failure(ProjectLoader::tr("table %1, row %2: %3")
                                       .arg(table, query.value(0).toString().left(40), problem));
        }
        list->insert(item);
    }
    if (query.lastError().isValid())
        return Status::failure(readError(table, query));
    return Status::success();
}

Status ProjectLoader::loadLinks(QSqlDatabase &database, Project *project)
{
    for (LinkKind kind : Link::allKinds) {
        const QString table = QLatin1String(Link::table(kind));
        const bool ordered = Link::isOrdered(kind);
        QSqlQuery query(database);
        query.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT %1, %2%3 FROM %4")
                                .arg(QLatin1String(Link::fromColumn(kind)),
                                     QLatin1String(Link::toColumn(kind)),
                                     ordered ? QStringLiteral(", position") : QString(), table);
        if (!query.exec(sql))
            return Status::failure(readError(table, query));
        while (query.next()) {
            for (int column = 0; column < 2; ++column) {
                const QString problem =
                    checkFieldValue(FieldType::Uuid, query.value(column), 0, 0);
                if (!problem.isEmpty() || query.value(column).isNull())
                    return Status::failure(tr("table %1: a link end is not a UUID").arg(table));
            }
            Link link;
            link.kind = kind;
            link.from = QUuid::fromString(query.value(0).toString());
            link.to = QUuid::fromString(query.value(1).toString());
            if (ordered) {
                const QString problem = checkFieldValue(FieldType::Integer, query.value(2), 0, 1e6);
                if (!problem.isEmpty())
                    return Status::failure(tr("table %1, column position: %2").arg(table, problem));
                link.position = query.value(2).toInt();
            }
            project->addLink(link);
        }
    }
    return Status::success();
}

Status ProjectLoader::checkStructure(const Project &project)
{
    // Pain points, opportunities and insights repeat their touchpoint's stage.
    auto checkHome = [&](const auto &list, const char *table) -> Status {
        for (const auto &item : list) {
            if (item.touchpointId.isNull())
                continue;
            const Touchpoint *touchpoint = project.touchpoints().find(item.touchpointId);
            if (!touchpoint || touchpoint->stageId != item.stageId)
                return Status::failure(
                    tr("table %1, row %2: its stage is not the stage of its touchpoint")
                        .arg(QLatin1String(table), uuidText(item.id)));
        }
        return Status::success();
    };
    if (Status s = checkHome(project.painPoints(), PainPoint::table); !s)
        return s;
    if (Status s = checkHome(project.opportunities(), Opportunity::table); !s)
        return s;
    if (Status s = checkHome(project.insights(), Insight::table); !s)
        return s;
    for (const Metric &metric : project.metrics()) {
        if (metric.scaleMin >= metric.scaleMax)
            return Status::failure(tr("table metric, row %1: the scale's minimum is not below "
                                      "its maximum")
                                       .arg(uuidText(metric.id)));
    }
    return Status::success();
}

Status ProjectLoader::checkSurveyData(QSqlDatabase &database)
{
    // Bulk rows are not loaded; check the types analytics relies on in SQL.
    static const char *const checks[][2] = {
        {"survey_answer", "SELECT count(*) FROM survey_answer WHERE typeof(value) NOT IN "
                          "('integer', 'real') OR value NOT BETWEEN -1e9 AND 1e9"},
        {"survey_histogram", "SELECT count(*) FROM survey_histogram WHERE typeof(count) <> "
                             "'integer' OR count < 0 OR typeof(score) NOT IN ('integer', 'real')"},
        {"survey_response", "SELECT count(*) FROM survey_response WHERE typeof(day) <> 'text'"},
    };
    for (const auto &check : checks) {
        QSqlQuery query(database);
        if (!query.exec(QLatin1String(check[1])) || !query.next())
            return Status::failure(readError(QLatin1String(check[0]), query));
        if (query.value(0).toLongLong() > 0)
            return Status::failure(tr("table %1 holds %2 rows with values of the wrong type or "
                                      "range")
                                       .arg(QLatin1String(check[0]))
                                       .arg(query.value(0).toLongLong()));
    }
    return Status::success();
}

} // namespace cjm
