// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workingcopy.h"

#include "document/mutation.h"
#include "storage/atomicsave.h"
#include "storage/migrator.h"
#include "storage/mutationwriter.h"
#include "storage/projectfile.h"
#include "storage/projectloader.h"
#include "storage/schema.h"
#include "storage/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace cjm {

namespace {

QString normalisedTarget(const QString &path)
{
    if (path.isEmpty())
        return QString();
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString sidePath(const QString &workingCopyPath, const char *suffix)
{
    QString base = workingCopyPath;
    base.chop(4); // ".cjm"
    return base + QLatin1String(suffix);
}

QString readTarget(const QString &targetFile)
{
    QFile file(targetFile);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

/// True if the lock of a working copy is held by a live process.
bool isHeldByLiveProcess(const QString &lockPath)
{
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0); // only a dead owner makes a lock stale
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace

WorkingCopy::WorkingCopy() = default;

WorkingCopy::~WorkingCopy()
{
    // A clean close: nothing is left to recover.
    mWriter.reset();
    mConnection.reset();
    if (!mKeepForRecovery)
        removeFiles();
    if (mLock)
        mLock->unlock();
}

void WorkingCopy::removeFiles()
{
    if (mPath.isEmpty())
        return;
    QFile::remove(mPath);
    QFile::remove(mPath + QStringLiteral("-wal"));
    QFile::remove(mPath + QStringLiteral("-shm"));
    QFile::remove(mPath + QStringLiteral("-journal"));
    QFile::remove(sidePath(mPath, ".target"));
    QFile::remove(sidePath(mPath, ".dirty"));
}

QString WorkingCopy::workingDirectory()
{
    QString folder = qEnvironmentVariable("JOURNEYSTUDIO_WORKDIR");
    if (folder.isEmpty()) {
        // Independent of the application's name: the GUI and the CLI share it.
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + QStringLiteral("/journeystudio/working");
    }
    QDir().mkpath(folder);
    return folder;
}

bool WorkingCopy::isInUse(const QString &targetPath)
{
    const QString target = normalisedTarget(targetPath);
    const QDir folder(workingDirectory());
    const QStringList targets =
        folder.entryList({QStringLiteral("*.target")}, QDir::Files | QDir::Hidden);
    for (const QString &name : targets) {
        const QString path = folder.filePath(name);
        if (readTarget(path) != target)
            continue;
        QString lockPath = path;
        lockPath.replace(lockPath.size() - 7, 7, QStringLiteral(".lock"));
        if (isHeldByLiveProcess(lockPath))
            return true;
    }
    return false;
}

QVector<WorkingCopy::Orphan> WorkingCopy::findOrphans(const QString &targetPath)
{
    const QString target = normalisedTarget(targetPath);
    const QDir folder(workingDirectory());
    QVector<Orphan> orphans;
    const QStringList copies = folder.entryList({QStringLiteral("*.cjm")}, QDir::Files);
    for (const QString &name : copies) {
        const QString path = folder.filePath(name);
        const QString copyTarget = readTarget(sidePath(path, ".target"));
        if (!target.isEmpty() && copyTarget != target)
            continue;
        if (!QFile::exists(sidePath(path, ".target")))
            continue; // a private (read-only) copy: never offered
        if (isHeldByLiveProcess(sidePath(path, ".lock")))
            continue;
        const Orphan orphan{path, copyTarget, QFileInfo(path).lastModified()};
        if (!QFile::exists(sidePath(path, ".dirty"))) {
            // Died without unsaved edits (or while making the copy): nothing to offer.
            discardOrphan(orphan);
            continue;
        }
        orphans.append(orphan);
    }
    std::sort(orphans.begin(), orphans.end(), [](const Orphan &a, const Orphan &b) {
        return a.lastModified > b.lastModified;
    });
    return orphans;
}

Status WorkingCopy::discardOrphan(const Orphan &orphan)
{
    QLockFile lock(sidePath(orphan.workingCopyPath, ".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Status::failure(tr("the working copy is in use"));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(orphan.workingCopyPath + QLatin1String(suffix));
    QFile::remove(sidePath(orphan.workingCopyPath, ".target"));
    QFile::remove(sidePath(orphan.workingCopyPath, ".dirty"));
    if (!QFile::remove(orphan.workingCopyPath))
        return Status::failure(tr("cannot delete %1").arg(orphan.workingCopyPath));
    lock.unlock();
    return Status::success();
}

std::unique_ptr<WorkingCopy> WorkingCopy::makeSession(const QString &targetPath, bool shared,
                                                      Status *status)
{
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy->mPath = QDir(workingDirectory()).filePath(id + QStringLiteral(".cjm"));
    copy->mTargetPath = normalisedTarget(targetPath);
    copy->mShared = shared;
    copy->mLock = std::make_unique<QLockFile>(sidePath(copy->mPath, ".lock"));
    copy->mLock->setStaleLockTime(0);
    if (!copy->mLock->tryLock(0)) {
        *status = Status::failure(tr("cannot lock the working copy in %1").arg(workingDirectory()));
        return nullptr;
    }
    // The .target file marks a copy as recoverable; it is written first so a
    // crash during the copy still leaves a (discardable) trace.
    if (shared) {
        if (Status s = copy->writeTargetFile(); !s) {
            *status = s;
            return nullptr;
        }
    }
    *status = Status::success();
    return copy;
}

Status WorkingCopy::writeTargetFile()
{
    QFile file(sidePath(mPath, ".target"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(mTargetPath.toUtf8()) < 0)
        return Status::failure(tr("cannot write %1").arg(file.fileName()));
    return Status::success();
}

std::unique_ptr<WorkingCopy> WorkingCopy::copyFrom(const QString &targetPath, bool shared,
                                                   Status *status)
{
    std::unique_ptr<WorkingCopy> copy = makeSession(targetPath, shared, status);
    if (!copy)
        return nullptr;
    {
        SqlConnection source;
        if (*status = source.openUntrusted(targetPath); !*status)
            return nullptr;
        QSqlQuery vacuum(source.database());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.bindValue(0, copy->mPath);
        if (!vacuum.exec()) {
            *status = Status::failure(tr("cannot copy %1 into the working folder").arg(targetPath));
            return nullptr;
        }
    }
    if (*status = copy->openConnection(); !*status)
        return nullptr;
    return copy;
}

std::unique_ptr<WorkingCopy> WorkingCopy::createFrom(const Project &project, Status *status)
{
    std::unique_ptr<WorkingCopy> copy = makeSession(QString(), true, status);
    if (!copy)
        return nullptr;
    {
        SqlConnection connection;
        *status = connection.openReadWrite(copy->mPath);
        // Schema and project in one transaction: one journal sync instead of
        // one per CREATE statement (which made every new document cost ~1 s).
        if (*status && !connection.database().transaction())
            *status = Status::failure(tr("cannot write the new project"));
        if (*status)
            *status = Schema::create(connection);
        if (!*status)
            return nullptr;
        MutationWriter writer(connection.database());
        *status = writer.writeProject(project);
        if (!*status || !connection.database().commit()) {
            if (*status)
                *status = Status::failure(tr("cannot write the new project"));
            return nullptr;
        }
    }
    if (*status = copy->openConnection(); !*status)
        return nullptr;
    return copy;
}

std::unique_ptr<WorkingCopy> WorkingCopy::adopt(const Orphan &orphan, Project *project,
                                                Status *status)
{
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->mPath = orphan.workingCopyPath;
    copy->mTargetPath = orphan.targetPath;
    copy->mLock = std::make_unique<QLockFile>(sidePath(copy->mPath, ".lock"));
    copy->mLock->setStaleLockTime(0);
    if (!copy->mLock->tryLock(0)) {
        copy->mPath.clear(); // not ours: leave its files alone
        *status = Status::failure(tr("the working copy is in use by another process"));
        return nullptr;
    }
    {
        // Fold committed transactions still in the -wal file into the copy,
        // then check it like any file before trusting it.
        SqlConnection connection;
        *status = connection.openReadWrite(copy->mPath);
        if (*status)
            *status = connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (*status)
            *status = connection.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    if (*status)
        *status = ProjectFile::validate(copy->mPath, project);
    if (*status)
        *status = copy->openConnection();
    if (!*status) {
        copy->mPath.clear(); // keep the orphan for another try or a manual look
        return nullptr;
    }
    copy->mDirty = true; // its .dirty marker is still there
    return copy;
}

Status WorkingCopy::openConnection()
{
    mConnection = std::make_unique<SqlConnection>();
    if (Status s = mConnection->openReadWrite(mPath); !s)
        return s;
    // WAL with synchronous=NORMAL: a commit survives a crash of the process
    // and costs no fsync, which keeps every edit's write-through cheap.
    if (Status s = mConnection->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
        return s;
    if (Status s = mConnection->exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s;
    mWriter = std::make_unique<MutationWriter>(mConnection->database());
    return Status::success();
}

Status WorkingCopy::load(Project *project)
{
    return ProjectLoader::load(mConnection->database(), project);
}

Status WorkingCopy::apply(const Mutation &mutation)
{
    QSqlDatabase &db = mConnection->database();
    if (!db.transaction())
        return Status::failure(tr("cannot start writing to the working copy"));
    Status status = mWriter->write(mutation);
    if (status && !db.commit())
        status = Status::failure(tr("cannot commit to the working copy"));
    if (!status) {
        db.rollback();
        return status;
    }
    markDirty();
    return status;
}

void WorkingCopy::markDirty()
{
    // Only a copy with unsaved edits is worth offering after a crash.
    if (mDirty || !mShared)
        return;
    QFile marker(sidePath(mPath, ".dirty"));
    if (marker.open(QIODevice::WriteOnly))
        mDirty = true;
}

Status WorkingCopy::saveTo(const QString &targetPath)
{
    if (Status s = AtomicSave::write(mConnection->database(), targetPath); !s)
        return s;
    mTargetPath = normalisedTarget(targetPath);
    QFile::remove(sidePath(mPath, ".dirty"));
    mDirty = false;
    if (mShared)
        return writeTargetFile();
    return Status::success();
}

Status WorkingCopy::migrate()
{
    return Migrator::migrate(*mConnection, ProjectFile::kCurrentVersion);
}

QSqlDatabase WorkingCopy::database() const
{
    return mConnection->database();
}

} // namespace cjm
