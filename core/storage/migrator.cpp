// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include "storage/projectfile.h"
#include "storage/sqlconnection.h"

#include <QFile>

namespace cjm {

QVector<Migrator::Step> Migrator::builtInSteps()
{
    QVector<Step> steps;
    for (int from = 1; from < ProjectFile::kCurrentVersion; ++from) {
        QFile file(QStringLiteral(":/cjm/storage/schema/migrate-%1.sql").arg(from));
        if (file.open(QIODevice::ReadOnly))
            steps.append({from, QString::fromUtf8(file.readAll())});
    }
    return steps;
}

Status Migrator::migrate(SqlConnection &connection, int targetVersion, const QVector<Step> &steps)
{
    Status status;
    int version = connection.scalar(QStringLiteral("PRAGMA user_version"), &status).toInt();
    if (!status)
        return status;
    if (version == targetVersion)
        return Status::success();
    if (version > targetVersion)
        return Status::failure(tr("schema version %1 is newer than %2").arg(version).arg(targetVersion));

    QSqlDatabase &db = connection.database();
    if (!db.transaction())
        return Status::failure(tr("cannot start the migration"));
    while (version < targetVersion) {
        const Step *step = nullptr;
        for (const Step &candidate : steps) {
            if (candidate.from == version)
                step = &candidate;
        }
        if (!step) {
            db.rollback();
            return Status::failure(tr("no migration from schema version %1").arg(version));
        }
        status = connection.execScript(step->script);
        if (status)
            status = connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!status) {
            db.rollback();
            return Status::failure(tr("migrating from schema version %1 failed: %2")
                                       .arg(version)
                                       .arg(status.message()));
        }
        ++version;
    }
    if (!db.commit())
        return Status::failure(tr("cannot finish the migration"));
    return Status::success();
}

} // namespace cjm
