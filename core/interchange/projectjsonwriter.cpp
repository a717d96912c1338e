// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cjm {

QString ProjectJsonWriter::formatName()
{
    return QStringLiteral("journeystudio-project");
}

QByteArray ProjectJsonWriter::write(const Project &project)
{
    return QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
}

QJsonValue ProjectJsonWriter::toJsonValue(FieldType type, const QVariant &stored)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Color:
    case FieldType::Date:
    case FieldType::DateTime:
        return stored.toString();
    case FieldType::Uuid:
        return stored.isNull() || stored.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(stored.toString());
    case FieldType::Integer:
        return QJsonValue(stored.toLongLong());
    case FieldType::Bool:
        return QJsonValue(stored.toInt() != 0);
    case FieldType::Real:
        return QJsonValue(stored.toDouble());
    case FieldType::OptionalInt:
        return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toLongLong());
    case FieldType::OptionalReal:
        return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toDouble());
    case FieldType::Blob:
        return QString::fromLatin1(stored.toByteArray().toBase64());
    case FieldType::TextList:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    }
    return QJsonValue();
}

template<class T>
QJsonObject ProjectJsonWriter::entityToJson(const T &entity)
{
    QJsonObject object;
    for (const Field<T> &f : T::fields())
        object.insert(f.name(), toJsonValue(f.type, f.get(entity)));
    return object;
}

QJsonObject ProjectJsonWriter::toJson(const Project &project)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("project"), entityToJson(project.info));
    forEachList(project, [&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        // A stable order (by position within siblings, then id) keeps diffs of two exports small.
        QVector<const T *> items;
        for (const T &item : list)
            items.append(&item);
        std::sort(items.begin(), items.end(), [](const T *a, const T *b) {
            if (a->siblingKey() != b->siblingKey())
                return a->siblingKey() < b->siblingKey();
            if constexpr (HasPosition<T>::value) {
                if (a->position != b->position)
                    return a->position < b->position;
            }
            return a->id < b->id;
        });
        QJsonArray array;
        for (const T *item : items)
            array.append(entityToJson(*item));
        root.insert(QLatin1String(T::table), array);
    });
    QVector<Link> links = project.links();
    std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.from != b.from)
            return a.from < b.from;
        if (a.position != b.position)
            return a.position < b.position;
        return a.to < b.to;
    });
    QJsonArray linkArray;
    for (const Link &link : links) {
        QJsonObject object;
        object.insert(QStringLiteral("kind"), QLatin1String(Link::table(link.kind)));
        object.insert(QStringLiteral("from"), uuidText(link.from));
        object.insert(QStringLiteral("to"), uuidText(link.to));
        object.insert(QStringLiteral("position"), link.position);
        linkArray.append(object);
    }
    root.insert(QStringLiteral("links"), linkArray);
    return root;
}

} // namespace cjm
