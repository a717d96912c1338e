// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QString>

namespace cjm {

/**
 * Facts about the project file format and checks on files that may come from
 * anyone (DESIGN.md §3). A `.cjm` file is an SQLite database marked with
 * kApplicationId whose user_version is the schema version.
 *
 * validate() never writes to the file it checks: it opens it read-only and
 * immutable, so not even a journal or lock file appears next to it.
 */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectFile)

public:
    /// PRAGMA application_id of every project file: 0x434A5153 = 1128943955.
    static constexpr int kApplicationId = 0x434A5153;
    /// The schema version this build writes.
    static constexpr int kCurrentVersion = 1;
    /// Largest text or blob value accepted in a file (bytes).
    static constexpr int kMaxValueBytes = 16 * 1024 * 1024 + 1024;

    /// What validate() learned about a file that it could read.
    struct Inspection {
        int version = 0;         ///< the file's user_version
        bool newerVersion = false; ///< written by a newer Journey Studio: open read-only
    };

    /**
     * Checks a file as untrusted input: header, application id, version,
     * quick_check, foreign_key_check, the exact schema (no triggers, views or
     * extra tables), and the range of every value. On success fills `project`
     * (if given) with the file's content and `inspection` with its version.
     */
    static Status validate(const QString &path, Project *project = nullptr,
                           Inspection *inspection = nullptr);

    /**
     * Writes a new, valid project file at `path` holding `project` (which may
     * be empty but for its info), through the same atomic save path as a save.
     */
    static Status create(const QString &path, const Project &project);
};

} // namespace cjm
