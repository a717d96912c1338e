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
 * Drags in the tree reorder through commands (dropItem); otherwise it only
 * follows Document::changed(). A rename updates its item in
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

    /**
     * Reorders by dragging in the tree, as one command on the Document: personas,
     * journeys and stages among their siblings, touchpoints within or between the stages
     * of their journey. Called by the drop; public so tests can say where an item is
     * dropped without a drag session. Returns false for a drop the model can't take.
     */
    enum class DropPlace { Above, On, Below };
    bool dropItem(QTreeWidgetItem *dragged, QTreeWidgetItem *target, DropPlace place);

protected:
    void dropEvent(QDropEvent *event) override;

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
