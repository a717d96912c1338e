// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/atomicsave.h"

#include "storage/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cjm {

Status AtomicSave::write(QSqlDatabase source, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Status::failure(tr("the folder %1 does not exist").arg(folder));
    const QString temporary =
        QDir(folder).filePath(QStringLiteral(".%1.saving-%2")
                                  .arg(target.fileName(),
                                       QUuid::createUuid().toString(QUuid::Id128).left(12)));

    auto fail = [&](const QString &message) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return Status::failure(message);
    };

    QSqlQuery vacuum(source);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.bindValue(0, temporary);
    if (!vacuum.exec())
        return fail(tr("cannot write %1: %2").arg(targetPath, vacuum.lastError().text()));
    vacuum.finish();

    {
        // A copy of a WAL database says "WAL" in its header; exchanged files
        // must not make -wal/-shm files appear next to them when opened.
        SqlConnection copy;
        Status status = copy.openReadWrite(temporary);
        if (status)
            status = copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!status)
            return fail(tr("cannot write %1: %2").arg(targetPath, status.message()));
    }
    if (Status status = syncFile(temporary); !status)
        return fail(status.message());
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return fail(tr("cannot replace %1: %2")
                        .arg(targetPath, QString::fromLocal8Bit(std::strerror(errno))));
    syncFolder(folder);
    removeStaleTemporaries(folder, target.fileName(), temporary);
    return Status::success();
}

void AtomicSave::removeStaleTemporaries(const QString &folder, const QString &fileName,
                                        const QString &keep)
{
    // Saves killed midway leave their temporary file behind; one writer per
    // target (the working-copy lock) makes every other one stale by now.
    const QDir dir(folder);
    const QStringList stale = dir.entryList(
        {QStringLiteral(".%1.saving-*").arg(fileName)}, QDir::Files | QDir::Hidden);
    for (const QString &name : stale) {
        const QString path = dir.filePath(name);
        if (path != keep)
            QFile::remove(path);
    }
}

Status AtomicSave::syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Status::failure(tr("cannot flush %1 to disk: %2").arg(path, reason));
    }
    ::close(fd);
    return Status::success();
}

void AtomicSave::syncFolder(const QString &folder)
{
    // Makes the rename itself durable; failure here is not an error of the save.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace cjm
