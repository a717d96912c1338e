// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cjm {

class SqlConnection;

/**
 * The SQL schema of the project file, kept as one script per version in
 * core/storage/schema/ (compiled in as resources), and the checks that a file
 * holds exactly that schema.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Schema)

public:
    /// The creation script of schema `version`, empty if there is none.
    static QString creationScript(int version);

    /// Creates the current schema in an empty database and marks it as ours.
    static Status create(SqlConnection &connection);

    /**
     * Checks that the database holds exactly the schema of `version`:
     * the same tables, indexes and column definitions, and nothing else (no
     * triggers, no views). With `allowAdditions` (a file from a newer version)
     * extra objects are tolerated but every object we know must be as we know it.
     */
    static Status checkShape(SqlConnection &connection, int version, bool allowAdditions);
};

} // namespace cjm
