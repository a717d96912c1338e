// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveymapping.h"

#include "model/fieldvalue.h"
#include "model/project.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace cjm {

namespace {

template<typename E>
struct NameTable
{
    E value;
    const char *name;
};

const NameTable<SurveyMapping::Role> kRoles[] = {
        {SurveyMapping::Role::Ignore, "ignore"},
        {SurveyMapping::Role::RespondentId, "respondent_id"},
        {SurveyMapping::Role::Date, "date"},
        {SurveyMapping::Role::Segment, "segment"},
        {SurveyMapping::Role::Score, "score"},
        {SurveyMapping::Role::Comment, "comment"},
};
const NameTable<MetricKind> kKinds[] = {
        {MetricKind::Nps, "nps"},
        {MetricKind::Csat, "csat"},
        {MetricKind::Ces, "ces"},
        {MetricKind::Custom, "custom"},
};
const NameTable<ScopeKind> kScopes[] = {
        {ScopeKind::Project, "project"},
        {ScopeKind::Journey, "journey"},
        {ScopeKind::Stage, "stage"},
        {ScopeKind::Touchpoint, "touchpoint"},
};

template<typename E, size_t N>
QString nameIn(const NameTable<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return QString();
}

template<typename E, size_t N>
bool valueIn(const NameTable<E> (&table)[N], const QString &name, E *value)
{
    for (const auto &entry : table) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

/// The id of `text` when it is a UUID, else of the entity of `list` whose `name` matches.
template<typename List, typename Name>
QUuid resolve(const QString &text, const List *list, Name name)
{
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull())
        return id;
    if (!list)
        return QUuid();
    for (const auto &item : *list) {
        // Case and spacing as people type them: "support hotline" finds "Support  Hotline".
        if ((item.*name).simplified().compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return QUuid();
}

/// The default scale of a kind (NPS 0–10, CSAT 1–5, CES 1–7, custom 1–5).
void defaultScale(MetricKind kind, int *low, int *high)
{
    switch (kind) {
    case MetricKind::Nps:
        *low = 0, *high = 10;
        return;
    case MetricKind::Csat:
        *low = 1, *high = 5;
        return;
    case MetricKind::Ces:
        *low = 1, *high = 7;
        return;
    case MetricKind::Custom:
        *low = 1, *high = 5;
        return;
    }
}

} // namespace

QString SurveyMapping::roleName(Role role)
{
    return nameIn(kRoles, role);
}

QString SurveyMapping::kindName(MetricKind kind)
{
    return nameIn(kKinds, kind);
}

QString SurveyMapping::scopeName(ScopeKind kind)
{
    return nameIn(kScopes, kind);
}

QString SurveyMapping::keyOf(const SurveyColumn &column)
{
    return column.importId.isEmpty() ? column.id : column.importId;
}

QString SurveyMapping::signatureOf(const SurveyLayout &layout)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SurveyColumn &column : layout.columns) {
        hash.addData(keyOf(column).trimmed().toCaseFolded().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

const SurveyMapping::Column *SurveyMapping::firstOf(Role role) const
{
    for (const Column &column : columns) {
        if (column.role == role)
            return &column;
    }
    return nullptr;
}

QJsonObject SurveyMapping::toJson() const
{
    QJsonArray array;
    for (const Column &column : columns) {
        QJsonObject object{{QStringLiteral("index"), column.index},
                           {QStringLiteral("key"), column.key},
                           {QStringLiteral("role"), roleName(column.role)}};
        if (column.role == Role::Score) {
            object.insert(QStringLiteral("metric"), uuidText(column.metricId));
            object.insert(QStringLiteral("kind"), kindName(column.kind));
            object.insert(QStringLiteral("scale"), QJsonArray{column.scaleMin, column.scaleMax});
            object.insert(QStringLiteral("scope"), scopeName(column.scopeKind));
            if (!column.scopeId.isNull())
                object.insert(QStringLiteral("scope_id"), uuidText(column.scopeId));
        } else if (column.role == Role::Comment && !column.touchpointId.isNull()) {
            object.insert(QStringLiteral("touchpoint"), uuidText(column.touchpointId));
        }
        array.append(object);
    }
    QJsonObject segments;
    for (auto it = segmentPersonas.constBegin(); it != segmentPersonas.constEnd(); ++it)
        segments.insert(it.key(), uuidText(it.value()));
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("columns"), array},
                     {QStringLiteral("segments"), segments}};
    if (!signature.isEmpty())
        json.insert(QStringLiteral("signature"), signature);
    return json;
}

namespace {

/// Reads the score part of a column object.
Status readScore(const QJsonObject &object, const Project *project, const QString &where,
                 SurveyMapping *mapping, SurveyMapping::Column *column)
{
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("nps"));
    if (!valueIn(kKinds, kind, &column->kind))
        return Status::failure(SurveyMapping::tr("%1: column %2: unknown metric kind \"%3\"")
                                       .arg(where, QString::number(column->index + 1), kind));
    defaultScale(column->kind, &column->scaleMin, &column->scaleMax);
    const QJsonArray scale = object.value(QStringLiteral("scale")).toArray();
    if (scale.size() == 2) {
        column->scaleMin = scale.at(0).toInt();
        column->scaleMax = scale.at(1).toInt();
    }
    const QString scope = object.value(QStringLiteral("scope")).toString(QStringLiteral("journey"));
    if (!valueIn(kScopes, scope, &column->scopeKind))
        return Status::failure(SurveyMapping::tr("%1: column %2: unknown scope \"%3\"")
                                       .arg(where, QString::number(column->index + 1), scope));
    const QString scopeText = object.value(QStringLiteral("scope_id")).toString();
    if (!scopeText.isEmpty()) {
        switch (column->scopeKind) {
        case ScopeKind::Journey:
            column->scopeId
                    = resolve(scopeText, project ? &project->journeys() : nullptr, &Journey::name);
            break;
        case ScopeKind::Stage:
            column->scopeId
                    = resolve(scopeText, project ? &project->stages() : nullptr, &Stage::name);
            break;
        case ScopeKind::Touchpoint:
            column->scopeId = resolve(scopeText, project ? &project->touchpoints() : nullptr,
                                      &Touchpoint::title);
            break;
        case ScopeKind::Project:
            break;
        }
        if (column->scopeId.isNull())
            return Status::failure(
                    SurveyMapping::tr("%1: column %2: no %3 \"%4\" in the project")
                            .arg(where, QString::number(column->index + 1), scope, scopeText));
    }
    const QString metric = object.value(QStringLiteral("metric")).toString();
    column->metricId = resolve(metric, project ? &project->metrics() : nullptr, &Metric::name);
    if (column->metricId.isNull()) {
        // A metric named by a mapping file and missing from the project is added on import.
        for (const Metric &pending : std::as_const(mapping->newMetrics)) {
            if (pending.name == metric)
                column->metricId = pending.id;
        }
    }
    if (column->metricId.isNull()) {
        Metric created;
        created.id = QUuid::createUuid();
        created.name = metric.isEmpty() ? kind.toUpper() : metric;
        created.kind = column->kind;
        created.scaleMin = column->scaleMin;
        created.scaleMax = column->scaleMax;
        mapping->newMetrics.append(created);
        column->metricId = created.id;
    }
    return Status::success();
}

} // namespace

Status SurveyMapping::fromJson(const QJsonObject &json, const Project *project,
                               const QString &where, SurveyMapping *mapping)
{
    SurveyMapping result;
    result.id = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    result.name = json.value(QStringLiteral("name")).toString();
    result.signature = json.value(QStringLiteral("signature")).toString();
    const QJsonArray array = json.value(QStringLiteral("columns")).toArray();
    if (array.isEmpty())
        return Status::failure(tr("%1: the mapping has no \"columns\"").arg(where));
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Column column;
        column.index = object.value(QStringLiteral("index")).toInt(-1);
        column.key = object.value(QStringLiteral("key")).toString();
        const QString role = object.value(QStringLiteral("role")).toString();
        if (column.index < 0)
            return Status::failure(tr("%1: a column has no valid \"index\"").arg(where));
        if (!valueIn(kRoles, role, &column.role))
            return Status::failure(tr("%1: column %2: unknown role \"%3\"")
                                           .arg(where, QString::number(column.index + 1), role));
        if (column.role == Role::Score) {
            if (Status s = readScore(object, project, where, &result, &column); !s)
                return s;
        } else if (column.role == Role::Comment) {
            const QString tp = object.value(QStringLiteral("touchpoint")).toString();
            if (!tp.isEmpty()) {
                column.touchpointId = resolve(tp, project ? &project->touchpoints() : nullptr,
                                              &Touchpoint::title);
                if (column.touchpointId.isNull())
                    return Status::failure(
                            tr("%1: column %2: no touchpoint \"%3\" in the project")
                                    .arg(where, QString::number(column.index + 1), tp));
            }
        }
        result.columns.append(column);
    }
    const QJsonObject segments = json.value(QStringLiteral("segments")).toObject();
    for (auto it = segments.constBegin(); it != segments.constEnd(); ++it) {
        const QString persona = it.value().toString();
        QUuid id = resolve(persona, project ? &project->personas() : nullptr, &Persona::name);
        for (const Persona &pending : std::as_const(result.newPersonas)) {
            if (id.isNull() && pending.name == persona)
                id = pending.id;
        }
        if (id.isNull()) {
            Persona created;
            created.id = id = QUuid::createUuid();
            created.name = persona;
            result.newPersonas.append(created);
        }
        result.segmentPersonas.insert(it.key().trimmed(), id);
    }
    *mapping = result;
    return Status::success();
}

void SurveyMapping::addMissing(const Project &project)
{
    auto pending = [](const auto &list, const QUuid &id) {
        for (const auto &item : list) {
            if (item.id == id)
                return true;
        }
        return false;
    };
    for (const Column &column : std::as_const(columns)) {
        if (column.role != Role::Score || column.metricId.isNull()
            || project.metrics().contains(column.metricId) || pending(newMetrics, column.metricId))
            continue;
        Metric metric;
        metric.id = column.metricId;
        metric.name = kindName(column.kind).toUpper();
        metric.kind = column.kind;
        metric.scaleMin = column.scaleMin;
        metric.scaleMax = column.scaleMax;
        newMetrics.append(metric);
    }
    for (auto it = segmentPersonas.constBegin(); it != segmentPersonas.constEnd(); ++it) {
        if (it.value().isNull() || project.personas().contains(it.value())
            || pending(newPersonas, it.value()))
            continue;
        Persona persona;
        persona.id = it.value();
        persona.name = it.key();
        newPersonas.append(persona);
    }
}

Status SurveyMapping::check(const SurveyLayout &layout) const
{
    int ids = 0, dates = 0, segments = 0, data = 0;
    QHash<int, bool> seen;
    for (const Column &column : columns) {
        const QString where = tr("column %1").arg(column.index + 1);
        if (column.index < 0 || column.index >= layout.columns.size())
            return Status::failure(tr("the mapping names %1, but the file has %2 columns")
                                           .arg(where, QString::number(layout.columns.size())));
        if (seen.contains(column.index))
            return Status::failure(tr("the mapping names %1 twice").arg(where));
        seen.insert(column.index, true);
        ids += column.role == Role::RespondentId;
        dates += column.role == Role::Date;
        segments += column.role == Role::Segment;
        data += column.role == Role::Score || column.role == Role::Comment;
        if (column.role == Role::Score) {
            if (column.scaleMin >= column.scaleMax || column.scaleMax - column.scaleMin >= 10000)
                return Status::failure(tr("%1: the scale %2–%3 makes no sense")
                                               .arg(where, QString::number(column.scaleMin),
                                                    QString::number(column.scaleMax)));
            if (column.metricId.isNull())
                return Status::failure(tr("%1: no metric chosen").arg(where));
            if (column.scopeKind != ScopeKind::Project && column.scopeKind != ScopeKind::Journey
                && column.scopeId.isNull())
                return Status::failure(tr("%1: no stage or touchpoint chosen").arg(where));
        }
    }
    if (ids > 1 || dates > 1 || segments > 1)
        return Status::failure(
                tr("the mapping has more than one respondent id, date or segment column"));
    if (data == 0)
        return Status::failure(tr("the mapping has no score or comment column"));
    return Status::success();
}

} // namespace cjm
