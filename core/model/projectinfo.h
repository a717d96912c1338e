// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// The project itself: one per file.
struct ProjectInfo {
    static constexpr EntityKind entityKind = EntityKind::ProjectInfo;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "project";
    /// Every persisted field, in column order.
    static const QVector<Field<ProjectInfo>> &fields();

    /// stable identity of the project
    QUuid id;
    /// shown in the title bar
    QString name;
    /// what the project is about
    QString description;
    /// BCP 47 locale of the content, e.g. "zh_CN"
    QString locale = QStringLiteral("en");
    /// creation time (UTC)
    QDateTime created;
    /// last save (UTC)
    QDateTime modified;

    /// Not ordered among siblings.
    QUuid siblingKey() const { return QUuid(); }
};

bool operator==(const ProjectInfo &a, const ProjectInfo &b);
inline bool operator!=(const ProjectInfo &a, const ProjectInfo &b) { return !(a == b); }

} // namespace cjm
