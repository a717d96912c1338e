// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/projectmerger.h"
#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cjm {

class Document;

/**
 * Adding a file to a project, for `journeystudio-cli import` and File › Import alike: a
 * JSON export (merged; items whose UUID the project already has come in as copies) or a
 * Mermaid journey diagram (a new journey). read() plans without changing anything, so
 * the caller can report the plan; apply() pushes it as one undo step.
 */
class ProjectImport
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectImport)

public:
    /// Largest file read: a JSON export with embedded images can be big, not unbounded.
    static constexpr qint64 kMaxInputSize = 512LL * 1024 * 1024;

    struct Plan
    {
        /// What to insert.
        Project fragment;
        /// The file's project name, description and locale, when the target is empty.
        std::optional<ProjectInfo> info;
        /// JSON: items already in the project, imported as copies with new UUIDs.
        QVector<ProjectMerger::Conflict> conflicts;
        /// Mermaid: what the diagram held that could not be kept, one line each.
        QStringList unmapped;
        /// Mermaid: actors matched to personas the project already had.
        int matchedPersonas = 0;
    };

    /// Reads `path` (JSON or Mermaid, told apart by suffix, then by content) and plans its
    /// import into `project`; on bad input a message naming what and where, nothing planned.
    static Status read(const QString &path, const Project &project, Plan *plan);
    /// Pushes `plan` onto `document` as one undo step named after `path`.
    static Status apply(Document *document, const QString &path, const Plan &plan);

    /// Whether `bytes` from `path` are a JSON export rather than a Mermaid diagram.
    static bool looksLikeJson(const QString &path, const QByteArray &bytes);
};

} // namespace cjm
