// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QCoreApplication>
#include <QVector>

namespace cjm {

/**
 * Plans the import of a whole project (read from JSON) into a target project.
 *
 * Conflict policy — "import with new UUIDs": an incoming entity whose UUID
 * already exists in the target is imported as a copy under a fresh UUID, and
 * every reference and link inside the imported data is rewritten to it;
 * nothing that exists in the target is changed or lost, and the result is
 * always a consistent project. Each such entity is reported as a conflict.
 *
 * Incoming journeys, personas and metrics go after the target's own. When the
 * target holds no entities at all, the project's name, description and
 * locale are taken from the file too (its id and times stay the target's),
 * so importing an export into a new project gives back the same project.
 */
class ProjectMerger
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectMerger)

public:
    /// An incoming entity whose id the target already uses.
    struct Conflict
    {
        EntityKind kind = EntityKind::Journey;
        QUuid id;    ///< the id in the file (and in the target)
        QUuid newId; ///< the id it was imported under
        QString name;
    };

    struct Plan
    {
        Project fragment;         ///< what to insert (ids rewritten, root positions appended)
        bool replaceInfo = false; ///< take the file's project name, description and locale
        ProjectInfo info;         ///< the file's project info
        QVector<Conflict> conflicts;
    };

    /// The plan to import `incoming` into `target`.
    static Plan plan(const Project &target, const Project &incoming);
    /// Whether `project` holds no entity (a new, empty project).
    static bool isEmpty(const Project &project);
    /// "journey "Onboarding" (1234…): already in the project, imported as 5678…".
    static QString describe(const Conflict &conflict);
    /// The name or title of an entity, for messages.
    template<class T>
    static QString displayName(const T &entity)
    {
        for (const char *column : {"name", "title", "text"}) {
            if (const Field<T> *f = findField<T>(QLatin1String(column)))
                return f->get(entity).toString();
        }
        return QString();
    }
};

} // namespace cjm
