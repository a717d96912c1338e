// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/mutation.h"

#include <algorithm>

namespace cjm {

void Mutation::insert(const Project &fragment)
{
    MutationOp op;
    op.type = MutationOp::Insert;
    op.fragment = std::make_shared<const Project>(fragment);
    mOps.append(op);
}

void Mutation::remove(const Project &fragment)
{
    MutationOp op;
    op.type = MutationOp::Remove;
    op.fragment = std::make_shared<const Project>(fragment);
    mOps.append(op);
}

void Mutation::setField(EntityKind kind, const QUuid &id, const QString &column,
                        const QVariant &oldValue, const QVariant &newValue)
{
    MutationOp op;
    op.type = MutationOp::SetField;
    op.kind = kind;
    op.id = id;
    op.column = column;
    op.oldValue = oldValue;
    op.newValue = newValue;
    mOps.append(op);
}

void Mutation::move(EntityKind kind, const QUuid &id, const MutationOp::Values &oldParents,
                    int oldPosition, const MutationOp::Values &newParents, int newPosition)
{
    MutationOp op;
    op.type = MutationOp::Move;
    op.kind = kind;
    op.id = id;
    op.oldParents = oldParents;
    op.oldPosition = oldPosition;
    op.newParents = newParents;
    op.newPosition = newPosition;
    mOps.append(op);
}

void Mutation::addLink(const Link &link)
{
    MutationOp op;
    op.type = MutationOp::AddLink;
    op.kind = EntityKind::Link;
    op.id = link.from;
    op.link = link;
    mOps.append(op);
}

void Mutation::removeLink(const Link &link)
{
    MutationOp op;
    op.type = MutationOp::RemoveLink;
    op.kind = EntityKind::Link;
    op.id = link.from;
    op.link = link;
    mOps.append(op);
}

void Mutation::append(const Mutation &other)
{
    mOps.append(other.mOps);
}

Mutation Mutation::inverse() const
{
    Mutation result;
    result.mOps.reserve(mOps.size());
    for (auto it = mOps.crbegin(); it != mOps.crend(); ++it) {
        MutationOp op = *it;
        switch (op.type) {
        case MutationOp::Insert: op.type = MutationOp::Remove; break;
        case MutationOp::Remove: op.type = MutationOp::Insert; break;
        case MutationOp::SetField: std::swap(op.oldValue, op.newValue); break;
        case MutationOp::Move:
            std::swap(op.oldParents, op.newParents);
            std::swap(op.oldPosition, op.newPosition);
            break;
        case MutationOp::AddLink: op.type = MutationOp::RemoveLink; break;
        case MutationOp::RemoveLink: op.type = MutationOp::AddLink; break;
        }
        result.mOps.append(op);
    }
    return result;
}

} // namespace cjm
