// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cjm {

class SqlConnection;

/**
 * Brings a working copy from an older schema version to the current one by
 * running, in order and in one transaction, the script that takes version N
 * to N+1 (core/storage/schema/migrate-<N>.sql). Only working copies are
 * migrated; the user's file changes only when they save.
 */
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Migrator)

public:
    /// One step: the SQL that takes version `from` to `from + 1`.
    struct Step {
        int from = 0;
        QString script;
    };

    /// The steps shipped in this build, in order.
    static QVector<Step> builtInSteps();

    /// Migrates from the database's user_version to `targetVersion` using `steps`.
    static Status migrate(SqlConnection &connection, int targetVersion,
                          const QVector<Step> &steps = builtInSteps());
};

} // namespace cjm
