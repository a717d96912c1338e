// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectjsonreader.h"

#include "document/commands/commandchecks.h"
#include "document/commands/linkentities.h"
#include "interchange/projectjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {

/// Largest integer a JSON number (a double) carries exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString indexPath(const QString &base, int index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
}

QString memberPath(const QString &base, const QString &key)
{
    return base + QLatin1Char('.') + key;
}

} // namespace

Status ProjectJsonReader::read(const QByteArray &json, Project *project)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(
                tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Status::failure(tr("$: expected an object"));
    const QJsonObject root = doc.object();
    if (Status s = readHeader(root); !s)
        return s;

    Project result;
    if (Status s = readEntity(root.value(QStringLiteral("project")), QStringLiteral("$.project"),
                              &result.info);
        !s)
        return s;
    Paths paths;
    Status status;
    forEachList(result, [&](auto &list) {
        if (status)
            status = readList(root, &list, &paths);
    });
    if (!status)
        return status;
    if (Status s = readLinks(root, &result); !s)
        return s;
    if (Status s = checkReferences(&result, paths); !s)
        return s;
    renumberPositions(&result);
    *project = std::move(result);
    return Status::success();
}

Status ProjectJsonReader::readHeader(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != ProjectJsonWriter::formatName())
        return Status::failure(tr("$.format: expected \"%1\"; this is not a Journey Studio "
                                  "project export")
                                       .arg(ProjectJsonWriter::formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return Status::failure(tr("$.version: expected a number"));
    if (version.toDouble() != ProjectJsonWriter::kVersion)
        return Status::failure(tr("$.version: version %1 is not supported (this Journey Studio "
                                  "reads version %2)")
                                       .arg(version.toDouble())
                                       .arg(ProjectJsonWriter::kVersion));
    return Status::success();
}

QString ProjectJsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QString();
}

QString ProjectJsonReader::fromJsonValue(FieldType type, const QJsonValue &value, QVariant *stored)
{
    auto integer = [&](bool optional) -> QString {
        if (optional && value.isNull()) {
            *stored = QVariant(QMetaType::fromType<int>());
            return {};
        }
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            return tr("expected an integer, got %1").arg(typeName(value));
        *stored = QVariant(qlonglong(d));
        return {};
    };
    auto real = [&](bool optional) -> QString {
        if (optional && value.isNull()) {
            *stored = QVariant(QMetaType::fromType<double>());
            return {};
        }
        if (!value.isDouble())
            return tr("expected a number, got %1").arg(typeName(value));
        *stored = QVariant(value.toDouble());
        return {};
    };
    switch (type) {
    case FieldType::Text:
    case FieldType::Color:
    case FieldType::Date:
    case FieldType::DateTime:
        if (!value.isString())
            return tr("expected a string, got %1").arg(typeName(value));
        *stored = QVariant(value.toString());
        return {};
    case FieldType::Uuid:
        if (value.isNull()) {
            *stored = QVariant(QMetaType::fromType<QString>());
            return {};
        }
        if (!value.isString())
            return tr("expected a UUID string or null, got %1").arg(typeName(value));
        *stored = QVariant(value.toString());
        return {};
    case FieldType::Integer:
        return integer(false);
    case FieldType::OptionalInt:
        return integer(true);
    case FieldType::Real:
        return real(false);
    case FieldType::OptionalReal:
        return real(true);
    case FieldType::Bool:
        if (!value.isBool())
            return tr("expected true or false, got %1").arg(typeName(value));
        *stored = QVariant(value.toBool() ? 1 : 0);
        return {};
    case FieldType::Blob: {
        if (!value.isString())
            return tr("expected base64 text, got %1").arg(typeName(value));
        const auto decoded = QByteArray::fromBase64Encoding(
                value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return tr("not valid base64");
        *stored = QVariant(*decoded);
        return {};
    }
    case FieldType::TextList: {
        if (!value.isArray())
            return tr("expected an array of strings, got %1").arg(typeName(value));
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return tr("expected an array of strings, found %1 in it").arg(typeName(item));
        }
        *stored = QVariant(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return {};
    }
    }
    return tr("unknown field type");
}

template<class T>
Status ProjectJsonReader::readEntity(const QJsonValue &value, const QString &path, T *entity)
{
    if (!value.isObject())
        return Status::failure(tr("%1: expected an object, got %2").arg(path, typeName(value)));
    const QJsonObject object = value.toObject();
    T result{};
    for (const Field<T> &f : T::fields()) {
        const QString fieldPath = memberPath(path, f.name());
        const auto it = object.constFind(f.name());
        if (it == object.constEnd())
            return Status::failure(tr("%1: missing").arg(fieldPath));
        QVariant stored;
        QString reason = fromJsonValue(f.type, *it, &stored);
        if (reason.isEmpty())
            reason = checkFieldValue(f.type, stored, f.min, f.max);
        if (!reason.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(fieldPath, reason));
        f.set(result, stored);
    }
    if (result.id.isNull())
        return Status::failure(
                tr("%1: the id is missing").arg(memberPath(path, QStringLiteral("id"))));
    *entity = result;
    return Status::success();
}

template<class T>
Status ProjectJsonReader::readList(const QJsonObject &root, EntityList<T> *list, Paths *paths)
{
    const QString key = QLatin1String(T::table);
    const QString path = memberPath(QStringLiteral("$"), key);
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return Status::success(); // an absent table is an empty one
    if (!value.isArray())
        return Status::failure(tr("%1: expected an array, got %2").arg(path, typeName(value)));
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = indexPath(path, i);
        T entity;
        if (Status s = readEntity(array.at(i), itemPath, &entity); !s)
            return s;
        if (paths->contains(entity.id))
            return Status::failure(
                    tr("%1.id: %2 is used twice (also at %3)")
                            .arg(itemPath, uuidText(entity.id), paths->value(entity.id)));
        paths->insert(entity.id, itemPath);
        list->insert(entity);
    }
    return Status::success();
}

Status ProjectJsonReader::readLinks(const QJsonObject &root, Project *project)
{
    const QJsonValue value = root.value(QStringLiteral("links"));
    if (value.isUndefined())
        return Status::success();
    if (!value.isArray())
        return Status::failure(tr("$.links: expected an array, got %1").arg(typeName(value)));
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = indexPath(QStringLiteral("$.links"), i);
        if (!array.at(i).isObject())
            return Status::failure(
                    tr("%1: expected an object, got %2").arg(path, typeName(array.at(i))));
        const QJsonObject object = array.at(i).toObject();
        Link link;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        bool known = false;
        for (LinkKind k : Link::allKinds) {
            if (kind == QLatin1String(Link::table(k))) {
                link.kind = k;
                known = true;
            }
        }
        if (!known)
            return Status::failure(tr("%1.kind: unknown link kind \"%2\"").arg(path, kind));
        for (const char *end : {"from", "to"}) {
            const QString key = QLatin1String(end);
            QVariant stored;
            QString reason = fromJsonValue(FieldType::Uuid, object.value(key), &stored);
            if (reason.isEmpty() && stored.isNull())
                reason = tr("expected a UUID");
            if (reason.isEmpty())
                reason = checkFieldValue(FieldType::Uuid, stored, 0, kMaxTextLength);
            if (!reason.isEmpty())
                return Status::failure(QStringLiteral("%1: %2").arg(memberPath(path, key), reason));
            (key == QLatin1String("from") ? link.from : link.to)
                    = QUuid::fromString(stored.toString());
        }
        QVariant position;
        QString reason = fromJsonValue(FieldType::Integer, object.value(QStringLiteral("position")),
                                       &position);
        if (reason.isEmpty())
            reason = checkFieldValue(FieldType::Integer, position, 0, 1000000.0);
        if (!reason.isEmpty())
            return Status::failure(tr("%1.position: %2").arg(path, reason));
        link.position = position.toInt();
        if (Status s = LinkEntities::checkEnds(*project, link.kind, link.from, link.to); !s)
            return Status::failure(tr("%1: dangling link: %2").arg(path, s.message()));
        if (project->findLink(link.kind, link.from, link.to))
            return Status::failure(tr("%1: the same link is given twice").arg(path));
        project->addLink(link);
    }
    return Status::success();
}

Status ProjectJsonReader::checkReferences(Project *project, const Paths &paths)
{
    Status status;
    forEachList(*project, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        QVector<T> checked;
        for (const T &item : list) {
            if (!status)
                return;
            const QString path = paths.value(item.id);
            T copy = item; // checkReferences fills a card's stage from its touchpoint
            if (Status s = CommandChecks::checkReferences(*project, copy); !s) {
                status = Status::failure(tr("%1: unknown reference: %2").arg(path, s.message()));
                return;
            }
            checked.append(copy);
        }
        for (const T &item : checked)
            list.insert(item);
    });
    return status;
}

void ProjectJsonReader::renumberPositions(Project *project)
{
    forEachList(*project, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if constexpr (HasPosition<T>::value) {
            QHash<QUuid, QVector<T>> groups;
            for (const T &item : list)
                groups[item.siblingKey()].append(item);
            for (QVector<T> &group : groups) {
                std::stable_sort(group.begin(), group.end(),
                                 [](const T &a, const T &b) { return a.position < b.position; });
                for (int i = 0; i < group.size(); ++i) {
                    if (group[i].position != i) {
                        group[i].position = i;
                        list.insert(group[i]);
                    }
                }
            }
        }
    });
}

} // namespace cjm
