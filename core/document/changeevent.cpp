// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changeevent.h"

namespace cjm {

bool ChangeEvent::has(ChangeType type) const
{
    for (const ChangeItem &item : items) {
        if (item.type == type)
            return true;
    }
    return false;
}

bool ChangeEvent::has(ChangeType type, EntityKind kind) const
{
    for (const ChangeItem &item : items) {
        if (item.type == type && item.kind == kind)
            return true;
    }
    return false;
}

bool ChangeEvent::touches(const QUuid &id) const
{
    if (id.isNull())
        return false;
    for (const ChangeItem &item : items) {
        if (item.id == id || item.link.from == id || item.link.to == id)
            return true;
    }
    return false;
}

} // namespace cjm
