// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace cjm {

/**
 * Writes a whole project as versioned JSON (docs/JSON-FORMAT.md): every
 * entity with every field of its fields() table, the links, embedded images
 * as base64. Survey bulk data is not part of a Project and so not exported.
 *
 * Because the writer walks the same field tables as storage, a column added
 * to the model is exported without touching this class.
 */
class ProjectJsonWriter
{
public:
    /// Value of "format" at the top of every file.
    static QString formatName();
    /// Version of the JSON layout written (independent of the SQLite schema version).
    static constexpr int kVersion = 1;

    /// The project as a JSON document (indented UTF-8).
    static QByteArray write(const Project &project);
    /// The project as a JSON object.
    static QJsonObject toJson(const Project &project);

    /// One field value (stored form, see fieldvalue.h) as JSON.
    static QJsonValue toJsonValue(FieldType type, const QVariant &stored);

private:
    template<class T>
    static QJsonObject entityToJson(const T &entity);
};

} // namespace cjm
