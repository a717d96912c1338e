// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cjm {

/**
 * One SQLite connection with a unique name, closed and removed on destruction.
 * Untrusted files are opened with openUntrusted(): read-only, immutable (so
 * nothing is ever written next to them), trusted_schema off, defensive mode,
 * and a cap on the size of any text or blob.
 */
class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SqlConnection)

public:
    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Opens (creating if needed) a file we own, read-write, foreign keys on.
    Status openReadWrite(const QString &path);
    /// Opens a file that may come from anyone, strictly read-only.
    Status openUntrusted(const QString &path);
    void close();

    QSqlDatabase &database() { return mDatabase; }
    bool isOpen() const { return mDatabase.isOpen(); }

    /// Runs one statement; the message names the statement's first words on failure.
    Status exec(const QString &sql);
    /// Runs several statements separated by ';' (a schema or migration script).
    Status execScript(const QString &script);
    /// The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql, Status *status = nullptr);

private:
    void hardenHandle();

    QString mName;
    QSqlDatabase mDatabase;
};

} // namespace cjm
