// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "util/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace cjm {

/**
 * Reads a project written by ProjectJsonWriter (docs/JSON-FORMAT.md) and
 * treats it as hostile: every value is checked against its field's type and
 * range (the fields() tables), every reference and link must name an entity
 * of the right kind in the same file. The first problem found fails the
 * whole read with a message naming its JSON path ("$.touchpoint[3].emotion:
 * value 7 is outside -2..2"); nothing is returned then.
 *
 * Positions among siblings are renumbered 0..n−1 in the order the file gives
 * them, so a file with gaps or duplicates cannot break the map's order.
 */
class ProjectJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectJsonReader)

public:
    /// Parses `json` into `project` (left untouched on failure).
    static Status read(const QByteArray &json, Project *project);

    /// Converts a JSON value to the stored form of a field of `type`; returns a reason or "".
    static QString fromJsonValue(FieldType type, const QJsonValue &value, QVariant *stored);

private:
    /// JSON path of each entity read, for messages about references.
    using Paths = QHash<QUuid, QString>;

    static Status readHeader(const QJsonObject &root);
    template<class T>
    static Status readEntity(const QJsonValue &value, const QString &path, T *entity);
    template<class T>
    static Status readList(const QJsonObject &root, EntityList<T> *list, Paths *paths);
    static Status readLinks(const QJsonObject &root, Project *project);
    static Status checkReferences(Project *project, const Paths &paths);
    static void renumberPositions(Project *project);
    static QString typeName(const QJsonValue &value);
};

} // namespace cjm
