// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlconnection.h"

#include "storage/projectfile.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace cjm {

SqlConnection::SqlConnection()
    : mName(QStringLiteral("cjm-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::close()
{
    if (mDatabase.isValid()) {
        mDatabase.close();
        mDatabase = QSqlDatabase();
        QSqlDatabase::removeDatabase(mName);
    }
}

Status SqlConnection::openReadWrite(const QString &path)
{
    close();
    mDatabase = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
    mDatabase.setDatabaseName(path);
    if (!mDatabase.open())
        return Status::failure(tr("cannot open %1: %2").arg(path, mDatabase.lastError().text()));
    hardenHandle();
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status SqlConnection::openUntrusted(const QString &path)
{
    close();
    mDatabase = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
    // immutable=1: SQLite neither locks nor creates a journal next to the file.
    QUrl url = QUrl::fromLocalFile(path);
    url.setScheme(QStringLiteral("file"));
    mDatabase.setDatabaseName(url.toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro&immutable=1"));
    mDatabase.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!mDatabase.open())
        return Status::failure(tr("cannot open the file: %1").arg(mDatabase.lastError().text()));
    hardenHandle();
    return Status::success();
}

void SqlConnection::hardenHandle()
{
    const QVariant handle = mDatabase.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    if (!db)
        return;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, ProjectFile::kMaxValueBytes);
}

Status SqlConnection::exec(const QString &sql)
{
    QSqlQuery query(mDatabase);
    if (!query.exec(sql))
        return Status::failure(tr("database error in \"%1\": %2")
                                   .arg(sql.left(60), query.lastError().text()));
    return Status::success();
}

Status SqlConnection::execScript(const QString &script)
{
    // Comment lines go first; our scripts hold no ';' inside strings or
    // triggers, so a plain split on ';' then finds the statements.
    QString code;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            code += line + QLatin1Char('\n');
    }
    const QStringList statements = code.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (Status status = exec(statement); !status)
            return status;
    }
    return Status::success();
}

QVariant SqlConnection::scalar(const QString &sql, Status *status)
{
    QSqlQuery query(mDatabase);
    if (!query.exec(sql)) {
        if (status)
            *status = Status::failure(tr("database error in \"%1\": %2")
                                          .arg(sql.left(60), query.lastError().text()));
        return QVariant();
    }
    if (status)
        *status = Status::success();
    return query.next() ? query.value(0) : QVariant();
}

} // namespace cjm
