// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/projectfile.h"
#include "storage/sqlconnection.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace cjm {

namespace {

/// One object of sqlite_master.
struct SchemaObject {
    QString type;
    QString name;
    QString sql; ///< whitespace-normalised
};

QString normalisedSql(const QString &sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return sql.simplified().replace(spaces, QStringLiteral(" "));
}

/// SQLite's own objects: automatic indexes (no SQL) and statistics tables. Anything
/// else named "sqlite_..." was written by hand (writable_schema) and is reported:
/// a trigger hidden behind that name would otherwise travel on with every save.
bool isSqliteInternal(const QString &type, const QString &name, const QVariant &sql)
{
    if (type == QLatin1String("index"))
        return name.startsWith(QLatin1String("sqlite_autoindex_")) && sql.isNull();
    if (type == QLatin1String("table"))
        return name == QLatin1String("sqlite_sequence") || name == QLatin1String("sqlite_stat1")
               || name == QLatin1String("sqlite_stat4");
    return false;
}

QHash<QString, SchemaObject> readObjects(SqlConnection &connection, Status *status)
{
    QHash<QString, SchemaObject> objects;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"))) {
        *status = Status::failure(Schema::tr("the file's schema cannot be read"));
        return objects;
    }
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (isSqliteInternal(query.value(0).toString(), name, query.value(2)))
            continue;
        objects.insert(name, {query.value(0).toString(), name,
                              normalisedSql(query.value(2).toString())});
    }
    *status = Status::success();
    return objects;
}

/// The objects of schema `version`, built once per version in an in-memory database.
QHash<QString, SchemaObject> expectedObjects(int version)
{
    static QHash<int, QHash<QString, SchemaObject>> cache;
    auto it = cache.find(version);
    if (it == cache.end()) {
        SqlConnection memory;
        Status status = memory.openReadWrite(QStringLiteral(":memory:"));
        if (status)
            status = memory.execScript(Schema::creationScript(version));
        it = cache.insert(version, status ? readObjects(memory, &status)
                                          : QHash<QString, SchemaObject>());
    }
    return *it;
}

QString describe(const SchemaObject &object)
{
    return QStringLiteral("%1 '%2'").arg(object.type, object.name);
}

} // namespace

QString Schema::creationScript(int version)
{
    QFile file(QStringLiteral(":/cjm/storage/schema/v%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

Status Schema::create(SqlConnection &connection)
{
    if (Status status = connection.execScript(creationScript(ProjectFile::kCurrentVersion));
        !status)
        return status;
    if (Status status = connection.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(ProjectFile::kApplicationId));
        !status)
        return status;
    return connection.exec(
        QStringLiteral("PRAGMA user_version = %1").arg(ProjectFile::kCurrentVersion));
}

Status Schema::checkShape(SqlConnection &connection, int version, bool allowAdditions)
{
    Status status;
    const QHash<QString, SchemaObject> actual = readObjects(connection, &status);
    if (!status)
        return status;
    const QHash<QString, SchemaObject> expected = expectedObjects(version);
    if (expected.isEmpty())
        return Status::failure(tr("schema version %1 is unknown").arg(version));

    for (const SchemaObject &object : actual) {
        const auto known = expected.constFind(object.name);
        if (known == expected.constEnd()) {
            if (allowAdditions && object.type != QLatin1String("trigger")
                && object.type != QLatin1String("view"))
                continue;
            return Status::failure(tr("the file contains an unexpected %1").arg(describe(object)));
        }
        if (known->type != object.type || (!allowAdditions && known->sql != object.sql))
            return Status::failure(tr("%1 does not have the expected definition")
                                       .arg(describe(object)));
    }
    for (const SchemaObject &object : expected) {
        if (!actual.contains(object.name))
            return Status::failure(tr("the file lacks the %1").arg(describe(object)));
    }
    return Status::success();
}

} // namespace cjm
