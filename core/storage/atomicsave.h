// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace cjm {

/**
 * Writes a database to a project file so that a crash at any moment leaves
 * either the old file or the new one, never a broken one: VACUUM INTO a
 * temporary file beside the target, journal_mode=DELETE, fsync, rename over
 * the target, fsync the folder.
 */
class AtomicSave
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AtomicSave)

public:
    static Status write(QSqlDatabase source, const QString &targetPath);

private:
    static Status syncFile(const QString &path);
    static void syncFolder(const QString &folder);
    static void removeStaleTemporaries(const QString &folder, const QString &fileName,
                                       const QString &keep);
};

} // namespace cjm
