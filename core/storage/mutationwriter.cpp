// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/mutationwriter.h"

#include "document/fragmentorder.h"
#include "model/entitydispatch.h"

#include <QSet>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace cjm {

namespace {

template <class T>
bool hasColumn(const char *name, FieldRole role)
{
    for (const Field<T> &f : T::fields()) {
        if (qstrcmp(f.column, name) == 0 && f.role == role)
            return true;
    }
    return false;
}

template <class T>
bool isOrdered()
{
    return hasColumn<T>("position", FieldRole::Position);
}

/// SQL condition selecting the siblings of a sibling key (see siblingKey());
/// `keyBinds` tells how many '?' in it take the key.
template <class T>
QString siblingCondition(int *keyBinds)
{
    if (hasColumn<T>("touchpoint_id", FieldRole::Parent)) {
        *keyBinds = 2;
        return QStringLiteral("(touchpoint_id = ? OR (touchpoint_id IS NULL AND stage_id = ?))");
    }
    for (const Field<T> &f : T::fields()) {
        if (f.role == FieldRole::Parent) {
            *keyBinds = 1;
            return f.name() + QStringLiteral(" = ?");
        }
    }
    *keyBinds = 0;
    return QStringLiteral("1 = 1");
}

} // namespace

MutationWriter::MutationWriter(QSqlDatabase database)
    : mDatabase(database)
{
}

QSqlQuery &MutationWriter::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = mStatements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(mDatabase);
        query->prepare(sql);
    }
    return *query;
}

Status MutationWriter::run(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(tr("writing to the project failed: %1")
                                   .arg(query.lastError().text()));
    return Status::success();
}

Status MutationWriter::write(const Mutation &mutation)
{
    for (const MutationOp &op : mutation.ops()) {
        if (Status status = write(op); !status)
            return status;
    }
    return Status::success();
}

Status MutationWriter::write(const MutationOp &op)
{
    switch (op.type) {
    case MutationOp::Insert: return insertFragment(*op.fragment, false);
    case MutationOp::Remove: return removeFragment(*op.fragment);
    case MutationOp::SetField: return setField(op);
    case MutationOp::Move: return move(op);
    case MutationOp::AddLink: return addLink(op.link);
    case MutationOp::RemoveLink: return removeLink(op.link);
    }
    return Status::failure(tr("unknown change"));
}

Status MutationWriter::writeProject(const Project &project)
{
    return insertFragment(project, true);
}

template <class T>
Status MutationWriter::shiftSiblings(const QUuid &key, int from, int delta)
{
    int keyBinds = 0;
    const QString condition = siblingCondition<T>(&keyBinds);
    const QString sql = delta > 0
        ? QStringLiteral("UPDATE %1 SET position = position + 1 WHERE %2 AND position >= ?")
        : QStringLiteral("UPDATE %1 SET position = position - 1 WHERE %2 AND position > ?");
    QSqlQuery &query = prepared(sql.arg(QLatin1String(T::table), condition));
    for (int i = 0; i < keyBinds; ++i)
        query.bindValue(i, uuidText(key));
    query.bindValue(keyBinds, from);
    return run(query);
}

template <class T>
Status MutationWriter::insertEntity(const T &item, bool shift)
{
    if constexpr (HasPosition<T>::value) {
        if (shift) {
            if (Status s = shiftSiblings<T>(item.siblingKey(), item.position, +1); !s)
                return s;
        }
    }
    const QVector<Field<T>> &fields = T::fields();
    QStringList columns;
    QStringList marks;
    for (const Field<T> &f : fields) {
        columns.append(f.name());
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery &query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(QLatin1String(T::table),
                                         columns.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))));
    for (int i = 0; i < fields.size(); ++i)
        query.bindValue(i, fields.at(i).get(item));
    return run(query);
}

template <class T>
Status MutationWriter::removeEntity(const T &item, bool shift)
{
    QSqlQuery &query =
        prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(T::table)));
    query.bindValue(0, uuidText(item.id));
    if (Status s = run(query); !s)
        return s;
    if constexpr (HasPosition<T>::value) {
        if (shift)
            return shiftSiblings<T>(item.siblingKey(), item.position, -1);
    }
    return Status::success();
}

Status MutationWriter::insertFragment(const Project &fragment, bool includeInfo)
{
    if (includeInfo) {
        if (Status s = insertEntity(fragment.info, false); !s)
            return s;
    }
    const QSet<QUuid> ids = fragmentIds(fragment);
    Status status;
    forEachList(fragment, [&](const auto &list) {
        for (const auto *item : inPositionOrder(list, false)) {
            if (!status)
                return;
            const bool root = !ids.contains(item->siblingKey());
            status = insertEntity(*item, root && !includeInfo);
        }
    });
    if (!status)
        return status;
    for (const Link &link : fragment.links()) {
        if (Status s = addLink(link); !s)
            return s;
    }
    return Status::success();
}

Status MutationWriter::removeFragment(const Project &fragment)
{
    for (const Link &link : fragment.links()) {
        if (Status s = removeLink(link); !s)
            return s;
    }
    // Children before parents, so no foreign key cascades behind our back.
    QVector<std::function<Status()>> steps;
    const QSet<QUuid> ids = fragmentIds(fragment);
    forEachList(fragment, [&](const auto &list) {
        steps.prepend([this, &list, &ids]() {
            for (const auto *item : inPositionOrder(list, true)) {
                if (Status s = removeEntity(*item, !ids.contains(item->siblingKey())); !s)
                    return s;
            }
            return Status::success();
        });
    });
    for (const auto &step : steps) {
        if (Status s = step(); !s)
            return s;
    }
    return Status::success();
}

Status MutationWriter::setField(const MutationOp &op)
{
    Status status = Status::failure(tr("unknown field %1").arg(op.column));
    auto update = [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const Field<T> *f = findField<T>(op.column);
        if (!f || f->role == FieldRole::Id)
            return;
        QSqlQuery &query = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                        .arg(QLatin1String(T::table), f->name()));
        query.bindValue(0, op.newValue);
        query.bindValue(1, uuidText(op.id));
        status = run(query);
    };
    if (op.kind == EntityKind::ProjectInfo)
        update(EntityTag<ProjectInfo>{});
    else
        dispatchEntityKind(op.kind, update);
    return status;
}

Status MutationWriter::move(const MutationOp &op)
{
    Status status = Status::failure(tr("this kind of item cannot be moved"));
    dispatchEntityKind(op.kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (HasPosition<T>::value) {
            // Old place: the entity as it is now, removed from its group.
            T before;
            before.id = op.id;
            for (const auto &[column, value] : op.oldParents) {
                if (const Field<T> *f = findField<T>(column))
                    f->set(before, value);
            }
            before.position = op.oldPosition;
            T after = before;
            for (const auto &[column, value] : op.newParents) {
                if (const Field<T> *f = findField<T>(column))
                    f->set(after, value);
            }
            after.position = op.newPosition;

            // Park the row outside both groups while positions shift.
            QSqlQuery &park = prepared(QStringLiteral("UPDATE %1 SET position = -1 WHERE id = ?")
                                           .arg(QLatin1String(T::table)));
            park.bindValue(0, uuidText(op.id));
            if (status = run(park); !status)
                return;
            if (status = shiftSiblings<T>(before.siblingKey(), before.position, -1); !status)
                return;
            if (status = shiftSiblings<T>(after.siblingKey(), after.position, +1); !status)
                return;
            QStringList sets{QStringLiteral("position = ?")};
            for (const auto &pair : op.newParents)
                sets.append(pair.first + QStringLiteral(" = ?"));
            QSqlQuery &place = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                            .arg(QLatin1String(T::table),
                                                 sets.join(QStringLiteral(", "))));
            int index = 0;
            place.bindValue(index++, op.newPosition);
            for (const auto &pair : op.newParents) {
                const Field<T> *f = findField<T>(pair.first);
                place.bindValue(index++, f ? f->get(after) : QVariant());
            }
            place.bindValue(index, uuidText(op.id));
            status = run(place);
        }
    });
    return status;
}

Status MutationWriter::addLink(const Link &link)
{
    const bool ordered = Link::isOrdered(link.kind);
    QSqlQuery &query =
        prepared(QStringLiteral("INSERT INTO %1 (%2, %3%4) VALUES (?, ?%5)")
                     .arg(QLatin1String(Link::table(link.kind)),
                          QLatin1String(Link::fromColumn(link.kind)),
                          QLatin1String(Link::toColumn(link.kind)),
                          ordered ? QStringLiteral(", position") : QString(),
                          ordered ? QStringLiteral(", ?") : QString()));
    query.bindValue(0, uuidText(link.from));
    query.bindValue(1, uuidText(link.to));
    if (ordered)
        query.bindValue(2, link.position);
    return run(query);
}

Status MutationWriter::removeLink(const Link &link)
{
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?")
                                    .arg(QLatin1String(Link::table(link.kind)),
                                         QLatin1String(Link::fromColumn(link.kind)),
                                         QLatin1String(Link::toColumn(link.kind))));
    query.bindValue(0, uuidText(link.from));
    query.bindValue(1, uuidText(link.to));
    return run(query);
}

} // namespace cjm
