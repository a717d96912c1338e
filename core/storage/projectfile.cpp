// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectfile.h"

#include "storage/atomicsave.h"
#include "storage/mutationwriter.h"
#include "storage/projectloader.h"
#include "storage/schema.h"
#include "storage/sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

namespace cjm {

namespace {

constexpr int kHeaderSize = 100;

quint32 headerWord(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

/// Checks the 100-byte SQLite header without SQLite: cheap and certain.
Status checkHeader(const QString &path, ProjectFile::Inspection *inspection)
{
    QFile file(path);
    if (!file.exists())
        return Status::failure(ProjectFile::tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ProjectFile::tr("the file cannot be read: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Status::failure(ProjectFile::tr("the file is empty"));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::failure(ProjectFile::tr("not a Journey Studio project (not an SQLite database)"));
    if (headerWord(header, 68) != quint32(ProjectFile::kApplicationId))
        return Status::failure(ProjectFile::tr("not a Journey Studio project (application id %1)")
                                   .arg(headerWord(header, 68), 8, 16, QLatin1Char('0')));
    // Page size 1 means 65536; the in-header page count is valid when the
    // "version valid for" number equals the change counter.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = headerWord(header, 28);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(ProjectFile::tr("the file is corrupt (bad page size)"));
    if (headerWord(header, 92) == headerWord(header, 24) && qint64(pages) * pageSize > size)
        return Status::failure(ProjectFile::tr("the file is truncated: %1 of %2 bytes")
                                   .arg(size)
                                   .arg(qint64(pages) * pageSize));
    inspection->version = int(headerWord(header, 60));
    return Status::success();
}

Status checkIntegrity(SqlConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return Status::failure(ProjectFile::tr("the file is corrupt and cannot be read"));
    QString first = query.value(0).toString();
    if (first != QLatin1String("ok")) {
        // SQLite heads its findings with "*** in database main ***" and a line break:
        // keep the finding itself, on one line.
        first.remove(QLatin1String("*** in database main ***"));
        first = first.simplified();
        return Status::failure(ProjectFile::tr("the file is corrupt: %1").arg(first.simplified().left(200)));
    }
    return Status::success();
}

Status checkForeignKeys(SqlConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Status::failure(ProjectFile::tr("the file's references cannot be checked"));
    if (query.next())
        return Status::failure(
            ProjectFile::tr("dangling reference: a row of table %1 refers to a missing %2")
                .arg(query.value(0).toString(), query.value(2).toString()));
    return Status::success();
}

} // namespace

Status ProjectFile::validate(const QString &path, Project *project, Inspection *inspection)
{
    Inspection facts;
    if (Status status = checkHeader(path, &facts); !status)
        return status;
    if (facts.version < 1)
        return Status::failure(tr("not a Journey Studio project (schema version %1)").arg(facts.version));
    facts.newerVersion = facts.version > kCurrentVersion;

    SqlConnection connection;
    if (Status status = connection.openUntrusted(path); !status)
        return status;
    if (Status status = checkIntegrity(connection); !status)
        return status;
    const int shapeVersion = facts.newerVersion ? kCurrentVersion : facts.version;
    if (Status status = Schema::checkShape(connection, shapeVersion, facts.newerVersion); !status)
        return status;
    if (Status status = checkForeignKeys(connection); !status)
        return status;
    Project scratch;
    if (Status status = ProjectLoader::load(connection.database(), project ? project : &scratch);
        !status)
        return status;
    if (inspection)
        *inspection = facts;
    return Status::success();
}

Status ProjectFile::create(const QString &path, const Project &project)
{
    SqlConnection memory;
    Status status = memory.openReadWrite(QStringLiteral(":memory:"));
    if (status)
        status = Schema::create(memory);
    if (!status)
        return status;
    if (!memory.database().transaction())
        return Status::failure(tr("cannot start writing the project"));
    MutationWriter writer(memory.database());
    status = writer.writeProject(project);
    if (!status) {
        memory.database().rollback();
        return status;
    }
    if (!memory.database().commit())
        return Status::failure(tr("cannot finish writing the project"));
    return AtomicSave::write(memory.database(), path);
}

} // namespace cjm
