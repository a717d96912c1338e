// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"

#include <QHashFunctions>
#include <QUuid>

namespace cjm {

/// Names one entity of a project: its kind and id. Selection is a list of these.
struct EntityRef {
    EntityKind kind = EntityKind::ProjectInfo;
    QUuid id;

    bool isNull() const { return id.isNull(); }
    bool operator==(const EntityRef &o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const EntityRef &o) const { return !(*this == o); }
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(ref.kind), ref.id);
}

} // namespace cjm
