// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/mutation.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace cjm {

/**
 * Writes Mutations to a project database with prepared statements, one per
 * kind of change (cached), so an edit costs the same in a small project and a
 * large one. The caller owns the transaction.
 *
 * Position bookkeeping matches Document::applyToModel(): inserting at position
 * p shifts siblings at >= p up; removing closes the gap; entities whose parent
 * is in the same fragment are not shifted (their whole group moves together).
 */
class MutationWriter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MutationWriter)

public:
    explicit MutationWriter(QSqlDatabase database);

    Status write(const Mutation &mutation);
    Status write(const MutationOp &op);

    /// Inserts a whole project into an empty database (project row included).
    Status writeProject(const Project &project);

private:
    Status insertFragment(const Project &fragment, bool includeInfo);
    Status removeFragment(const Project &fragment);
    Status setField(const MutationOp &op);
    Status move(const MutationOp &op);
    Status addLink(const Link &link);
    Status removeLink(const Link &link);

    template <class T>
    Status insertEntity(const T &item, bool shift);
    template <class T>
    Status removeEntity(const T &item, bool shift);
    template <class T>
    Status shiftSiblings(const QUuid &key, int from, int delta);

    QSqlQuery &prepared(const QString &sql);
    Status run(QSqlQuery &query);

    QSqlDatabase mDatabase;
    std::map<QString, std::unique_ptr<QSqlQuery>> mStatements;
};

} // namespace cjm
