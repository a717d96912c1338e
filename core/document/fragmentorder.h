// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QSet>

#include <algorithm>

namespace cjm {

// How a fragment's entities are walked when it is inserted or removed. The
// model (Document::applyToModel) and the file (MutationWriter) must walk it the
// same way, so position shifts agree: both use these.

/// The ids of every entity in a fragment, to tell roots from carried children.
inline QSet<QUuid> fragmentIds(const Project &fragment)
{
    QSet<QUuid> ids;
    forEachList(fragment, [&](const auto &list) {
        for (const auto &item : list)
            ids.insert(item.id);
    });
    return ids;
}

/// The items of `list` by position (descending for removal), or by id when unordered.
template <class T>
QVector<const T *> inPositionOrder(const EntityList<T> &list, bool descending)
{
    QVector<const T *> items;
    for (const T &item : list)
        items.append(&item);
    std::sort(items.begin(), items.end(), [&](const T *a, const T *b) {
        if constexpr (HasPosition<T>::value)
            return descending ? a->position > b->position : a->position < b->position;
        else
            return a->id < b->id;
    });
    return items;
}

} // namespace cjm
