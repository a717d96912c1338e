// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"
#include "model/link.h"

#include <QStringList>
#include <QUuid>
#include <QVector>

namespace cjm {

/// What happened to one entity.
enum class ChangeType {
    Added,
    Removed,
    Changed,    ///< fields changed; see ChangeItem::fields
    Moved,      ///< parent and/or position changed
    Linked,     ///< a link was added; id is link.from
    Unlinked,   ///< a link was removed; id is link.from
    Selection,  ///< the Document's selection changed (no id)
    Reset,      ///< the whole project was replaced (open, recover)
    SurveyData, ///< survey data was imported or its import undone (no id): refresh figures
};

/// One entry of a ChangeEvent.
struct ChangeItem
{
    ChangeType type = ChangeType::Changed;
    EntityKind kind = EntityKind::ProjectInfo;
    QUuid id;
    /// Column names of the changed fields (Changed) or parent columns (Moved).
    QStringList fields;
    /// The link, for Linked / Unlinked.
    Link link;
};

/**
 * Everything one step changed, announced by Document::changed() after the
 * model and the working copy hold the new state. Views update the items named
 * here and nothing else.
 */
struct ChangeEvent
{
    QVector<ChangeItem> items;

    bool isEmpty() const { return items.isEmpty(); }
    /// True if any item has this type (and kind, unless kind is omitted).
    bool has(ChangeType type) const;
    bool has(ChangeType type, EntityKind kind) const;
    /// True if any item concerns entity `id`.
    bool touches(const QUuid &id) const;
};

} // namespace cjm
