// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"

#include <QHash>
#include <QPointer>
#include <QTreeWidget>
#include <QUuid>

namespace cjm {

class Document;
struct ChangeEvent;

/**
 * The "Project" dock: the project's structure as a tree — Personas, and
 * Journeys → Stages → Touchpoints, each in its order — and, once a workshop
 * has voted, the voted pain points and opportunities, most votes first.
 * Read-only; it follows Document::changed(). A rename updates its item in
 * place; structural changes rebuild the tree, keeping what was expanded and
 * the current item.
 */
class ProjectOutline : public QTreeWidget
{
    Q_OBJECT

public:
    /// Item data roles: the entity's id (QUuid) and kind (int of EntityKind).
    enum Role { IdRole = Qt::UserRole, KindRole };

    explicit ProjectOutline(QWidget *parent = nullptr);

    /// Shows `document` (not owned; nullptr shows nothing).
    void setDocument(Document *document);

    /// The item that shows entity `id`, or nullptr.
    QTreeWidgetItem *itemFor(const QUuid &id) const { return mItems.value(id); }
    /// The "Personas" and "Journeys" group items.
    QTreeWidgetItem *personasItem() const { return mPersonas; }
    QTreeWidgetItem *journeysItem() const { return mJourneys; }
    /// The "Votes" group: voted pain points and opportunities by votes (hidden if none).
    QTreeWidgetItem *votesItem() const { return mVotes; }

private:
    void onChanged(const ChangeEvent &event);
    void rebuild();
    void addJourney(const QUuid &journeyId);
    void rebuildVotes();
    QTreeWidgetItem *addEntity(QTreeWidgetItem *parent, EntityKind kind, const QUuid &id);
    void updateItem(QTreeWidgetItem *item);
    QTreeWidgetItem *addGroup(const QString &title);

    QPointer<Document> mDocument;
    QHash<QUuid, QTreeWidgetItem *> mItems;
    QTreeWidgetItem *mPersonas = nullptr;
    QTreeWidgetItem *mJourneys = nullptr;
    QTreeWidgetItem *mVotes = nullptr;
};

} // namespace cjm
