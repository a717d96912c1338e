// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cjm {

class Mutation;
class MutationWriter;
class SqlConnection;

/**
 * The open copy of a project that edits write through to (DESIGN.md §3).
 *
 * Opening copies the target file with VACUUM INTO into the working directory
 * (the application's data directory, or $JOURNEYSTUDIO_WORKDIR), as
 * `<session>.cjm` with a `<session>.lock` (QLockFile) and `<session>.target`
 * (the absolute path of the project file it belongs to). Every command writes
 * one transaction to it; saveTo() writes it atomically over the target. The
 * first edit after opening or saving creates `<session>.dirty`. A working copy
 * whose lock is stale was left by a process that died: with a .dirty marker it
 * is the crash-recovery file for its target; without one it held nothing
 * unsaved and is deleted when found.
 */
class WorkingCopy
{
    Q_DECLARE_TR_FUNCTIONS(cjm::WorkingCopy)

public:
    /// A working copy left behind by a process that died.
    struct Orphan {
        QString workingCopyPath;
        QString targetPath; ///< empty for a project that was never saved
        QDateTime lastModified;
    };

    ~WorkingCopy();
    WorkingCopy(const WorkingCopy &) = delete;
    WorkingCopy &operator=(const WorkingCopy &) = delete;

    /// Folder that holds working copies.
    static QString workingDirectory();

    /// True when another live process has `targetPath` open.
    static bool isInUse(const QString &targetPath);

    /// Working copies of `targetPath` (or all, for an empty path) whose process died.
    static QVector<Orphan> findOrphans(const QString &targetPath = QString());

    /// Deletes an orphaned working copy and its side files.
    static Status discardOrphan(const Orphan &orphan);

    /**
     * Makes a working copy of the (already validated) file at `targetPath`.
     * With `shared` false the copy is private (read-only opening of a file in
     * use) and never offered for recovery.
     */
    static std::unique_ptr<WorkingCopy> copyFrom(const QString &targetPath, bool shared,
                                                 Status *status);

    /// Makes a fresh working copy of schema version 1 holding `project`.
    static std::unique_ptr<WorkingCopy> createFrom(const Project &project, Status *status);

    /// Takes over an orphaned working copy (its content is validated first).
    static std::unique_ptr<WorkingCopy> adopt(const Orphan &orphan, Project *project,
                                              Status *status);

    const QString &path() const { return mPath; }
    /// The project file this working copy belongs to; empty until first saved.
    const QString &targetPath() const { return mTargetPath; }

    /// Reads the whole project (all but bulk survey data) with validation.
    Status load(Project *project);

    /// Writes `mutation` in one transaction; on failure nothing is written.
    Status apply(const Mutation &mutation);

    /**
     * Writes the working copy to `targetPath`: VACUUM INTO a temporary file
     * beside it, set journal_mode=DELETE, fsync, atomically rename, fsync the
     * folder. The working copy then belongs to `targetPath`.
     */
    Status saveTo(const QString &targetPath);

    /// The connection, for read-only queries (analytics, import) in core.
    QSqlDatabase database() const;

    /**
     * Keeps the working copy's files when this object goes away, so the copy
     * becomes an orphan offered for recovery (e.g. when saving failed).
     */
    void keepForRecovery() { mKeepForRecovery = true; }

    /// Runs a migration of the working copy to the current schema version.
    Status migrate();

private:
    WorkingCopy();
    static std::unique_ptr<WorkingCopy> makeSession(const QString &targetPath, bool shared,
                                                    Status *status);
    Status openConnection();
    Status writeTargetFile();
    void removeFiles();
    void markDirty();

    QString mPath;
    QString mTargetPath;
    bool mShared = true;
    bool mKeepForRecovery = false;
    bool mDirty = false; ///< has edits not yet saved (a <session>.dirty marker exists)
    std::unique_ptr<SqlConnection> mConnection;
    std::unique_ptr<MutationWriter> mWriter;
    std::unique_ptr<QLockFile> mLock;
};

} // namespace cjm
