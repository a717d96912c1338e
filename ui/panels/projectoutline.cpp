// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectoutline.h"

#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderjourney.h"
#include "document/commands/reorderpersona.h"
#include "document/commands/reorderstage.h"
#include "document/document.h"
#include "emotionbadge.h"
#include "model/labels.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QSet>

#include <algorithm>

namespace cjm {

namespace {

/// The kinds the outline shows; changes to anything else leave it alone.
bool isShown(EntityKind kind)
{
    return kind == EntityKind::Persona || kind == EntityKind::Journey || kind == EntityKind::Stage
            || kind == EntityKind::Touchpoint;
}

/// Kinds that take workshop votes, listed in the "Votes" group.
bool isVoted(EntityKind kind)
{
    return kind == EntityKind::PainPoint || kind == EntityKind::Opportunity;
}

/// A voted card in the "Votes" group.
struct VotedCard
{
    EntityKind kind;
    QUuid id;
    int votes;
    QString title;
};

} // namespace

ProjectOutline::ProjectOutline(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(true);
    // Dragging reorders; the drop becomes a command and the tree follows the model.
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDropIndicatorShown(true);
}

void ProjectOutline::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    const DropIndicatorPosition indicator = dropIndicatorPosition();
    const DropPlace place = indicator == AboveItem ? DropPlace::Above
            : indicator == BelowItem               ? DropPlace::Below
                                                   : DropPlace::On;
    dropItem(currentItem(), target, place);
    // Never let the tree move its own rows: it shows the model, which the command changed.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
}

bool ProjectOutline::dropItem(QTreeWidgetItem *dragged, QTreeWidgetItem *target, DropPlace place)
{
    if (!mDocument || mDocument->isReadOnly() || !dragged || !target || dragged == target)
        return false;
    const auto kindOf = [](QTreeWidgetItem *item) {
        return static_cast<EntityKind>(item->data(0, KindRole).toInt());
    };
    const EntityKind kind = kindOf(dragged);
    const QUuid id = dragged->data(0, IdRole).toUuid();
    const EntityKind targetKind = kindOf(target);
    const bool between = place != DropPlace::On;
    if (kind == EntityKind::Touchpoint && targetKind == EntityKind::Stage
        && place == DropPlace::On) {
        // Onto a stage: at its end.
        const QUuid stage = target->data(0, IdRole).toUuid();
        return MutationCommand::push(mDocument, new MoveTouchpoint(mDocument, id, stage, -1)).ok();
    }
    if (!between || kind != targetKind || !target->parent() || !dragged->parent()
        || target->parent()->parent() != dragged->parent()->parent())
        return false; // among siblings of the same kind, in the same journey
    QTreeWidgetItem *parent = target->parent();
    int index = parent->indexOfChild(target) + (place == DropPlace::Below ? 1 : 0);
    // The position counts the siblings without the moved item.
    if (dragged->parent() == parent && parent->indexOfChild(dragged) < index)
        --index;
    MutationCommand *command = nullptr;
    switch (kind) {
    case EntityKind::Persona:
        command = new ReorderPersona(mDocument, id, index);
        break;
    case EntityKind::Journey:
        command = new ReorderJourney(mDocument, id, index);
        break;
    case EntityKind::Stage:
        if (parent != dragged->parent())
            return false; // stages stay in their journey
        command = new ReorderStage(mDocument, id, index);
        break;
    case EntityKind::Touchpoint:
        command = new MoveTouchpoint(mDocument, id, parent->data(0, IdRole).toUuid(), index);
        break;
    default:
        return false;
    }
    return MutationCommand::push(mDocument, command).ok();
}

void ProjectOutline::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &ProjectOutline::onChanged);
    rebuild();
    // A newly shown project opens at its journeys and their stages.
    if (mJourneys) {
        expandItem(mJourneys);
        for (int i = 0; i < mJourneys->childCount(); ++i)
            expandItem(mJourneys->child(i));
    }
    if (mPersonas)
        expandItem(mPersonas);
}

void ProjectOutline::onChanged(const ChangeEvent &event)
{
    bool structural = false;
    bool votes = false;
    QVector<QTreeWidgetItem *> renamed;
    for (const ChangeItem &item : event.items) {
        if (isVoted(item.kind))
            votes = true;
        if (item.type == ChangeType::Selection || !isShown(item.kind))
            continue;
        QTreeWidgetItem *shown = mItems.value(item.id);
        if (item.type == ChangeType::Changed && shown)
            renamed.append(shown);
        else
            structural = true;
    }
    if (structural || event.has(ChangeType::Reset)) {
        rebuild();
        return;
    }
    for (QTreeWidgetItem *item : renamed)
        updateItem(item);
    if (votes)
        rebuildVotes();
}

void ProjectOutline::rebuild()
{
    // Keep the reader's place: what was expanded and which item was current.
    QSet<QUuid> expanded;
    for (auto it = mItems.cbegin(); it != mItems.cend(); ++it) {
        if (it.value()->isExpanded())
            expanded.insert(it.key());
    }
    const bool personasOpen = !mPersonas || mPersonas->isExpanded();
    const bool journeysOpen = !mJourneys || mJourneys->isExpanded();
    // The votes are a workshop's result, opened on demand: closed at first.
    const bool votesOpen = mVotes && mVotes->isExpanded();
    const QUuid current = currentItem() ? currentItem()->data(0, IdRole).toUuid() : QUuid();

    clear();
    mItems.clear();
    mPersonas = mJourneys = mVotes = nullptr;
    if (!mDocument)
        return;

    mPersonas = addGroup(tr("Personas"));
    for (const Persona *persona : mDocument->project().orderedPersonas())
        addEntity(mPersonas, EntityKind::Persona, persona->id);
    mJourneys = addGroup(tr("Journeys"));
    for (const Journey *journey : mDocument->project().orderedJourneys())
        addJourney(journey->id);
    mVotes = addGroup(tr("Votes"));
    rebuildVotes();

    mPersonas->setExpanded(personasOpen);
    mJourneys->setExpanded(journeysOpen);
    mVotes->setExpanded(votesOpen);
    for (const QUuid &id : std::as_const(expanded)) {
        if (QTreeWidgetItem *item = mItems.value(id))
            item->setExpanded(true);
    }
    if (QTreeWidgetItem *item = mItems.value(current))
        setCurrentItem(item);
}

void ProjectOutline::addJourney(const QUuid &journeyId)
{
    const Project &project = mDocument->project();
    QTreeWidgetItem *journeyItem = addEntity(mJourneys, EntityKind::Journey, journeyId);
    for (const Stage *stage : project.stagesOf(journeyId)) {
        QTreeWidgetItem *stageItem = addEntity(journeyItem, EntityKind::Stage, stage->id);
        for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id))
            addEntity(stageItem, EntityKind::Touchpoint, touchpoint->id);
    }
}

void ProjectOutline::rebuildVotes()
{
    if (!mVotes || !mDocument)
        return;
    for (int i = 0; i < mVotes->childCount(); ++i)
        mItems.remove(mVotes->child(i)->data(0, IdRole).toUuid());
    qDeleteAll(mVotes->takeChildren());
    const Project &project = mDocument->project();
    QVector<VotedCard> cards;
    for (const PainPoint &pp : project.painPoints().items()) {
        if (pp.votes > 0)
            cards.append({EntityKind::PainPoint, pp.id, pp.votes, pp.title});
    }
    for (const Opportunity &op : project.opportunities().items()) {
        if (op.votes > 0)
            cards.append({EntityKind::Opportunity, op.id, op.votes, op.title});
    }
    // What the room cared most about first; ties alphabetically, so the order is stable.
    std::sort(cards.begin(), cards.end(), [](const VotedCard &a, const VotedCard &b) {
        if (a.votes != b.votes)
            return a.votes > b.votes;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    for (const VotedCard &card : std::as_const(cards))
        addEntity(mVotes, card.kind, card.id);
    mVotes->setHidden(cards.isEmpty());
}

QTreeWidgetItem *ProjectOutline::addGroup(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QTreeWidgetItem *ProjectOutline::addEntity(QTreeWidgetItem *parent, EntityKind kind,
                                           const QUuid &id)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(0, IdRole, id);
    item->setData(0, KindRole, static_cast<int>(kind));
    mItems.insert(id, item);
    updateItem(item);
    return item;
}

void ProjectOutline::updateItem(QTreeWidgetItem *item)
{
    const Project &project = mDocument->project();
    const QUuid id = item->data(0, IdRole).toUuid();
    QString text;
    QString toolTip;
    switch (static_cast<EntityKind>(item->data(0, KindRole).toInt())) {
    case EntityKind::Persona:
        if (const Persona *persona = project.personas().find(id)) {
            text = persona->name;
            toolTip = tr("%1 — %2 customer").arg(persona->role, Labels::tierName(persona->tier));
        }
        break;
    case EntityKind::Journey:
        if (const Journey *journey = project.journeys().find(id)) {
            text = journey->name;
            toolTip = tr("%1, %2").arg(Labels::journeyStateName(journey->state),
                                       Labels::journeyStatusName(journey->status));
        }
        break;
    case EntityKind::Stage:
        if (const Stage *stage = project.stages().find(id)) {
            text = stage->name;
            toolTip = stage->customerGoal;
        }
        break;
    case EntityKind::Touchpoint:
        if (const Touchpoint *touchpoint = project.touchpoints().find(id)) {
            text = touchpoint->title;
            toolTip = tr("%1 · emotion %2 (%3)")
                              .arg(Labels::channelName(touchpoint->channel),
                                   Labels::emotionValue(touchpoint->emotion),
                                   Labels::emotionName(touchpoint->emotion));
            item->setIcon(0, EmotionBadge::icon(touchpoint->emotion, 14));
        }
        break;
    case EntityKind::PainPoint:
        if (const PainPoint *pp = project.painPoints().find(id)) {
            text = tr("%1 — %n vote(s)", nullptr, pp->votes).arg(pp->title);
            toolTip = tr("Pain point");
        }
        break;
    case EntityKind::Opportunity:
        if (const Opportunity *op = project.opportunities().find(id)) {
            text = tr("%1 — %n vote(s)", nullptr, op->votes).arg(op->title);
            toolTip = tr("Opportunity");
        }
        break;
    default:
        break;
    }
    // An entity without a name still needs a row one can see.
    QFont font = item->font(0);
    font.setItalic(text.isEmpty());
    item->setFont(0, font);
    item->setText(0, text.isEmpty() ? tr("(untitled)") : text);
    item->setToolTip(0, toolTip);
}

} // namespace cjm
