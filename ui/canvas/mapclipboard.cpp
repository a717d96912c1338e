// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapclipboard.h"

#include "document/commands/insertfragment.h"
#include "document/commands/removeentities.h"
#include "document/document.h"
#include "interchange/clipboardfragment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace cjm {

namespace {

/// Where a paste goes: after the first selected entity of the journey, or at its end.
ClipboardFragment::Target targetFor(const Document &document, const QUuid &journeyId)
{
    const Project &project = document.project();
    ClipboardFragment::Target target;
    target.journeyId = journeyId;
    for (const EntityRef &ref : document.selection()) {
        QUuid stageId;
        QUuid touchpointId;
        if (ref.kind == EntityKind::Stage) {
            stageId = ref.id;
        } else if (const Touchpoint *t = project.touchpoints().find(ref.id)) {
            stageId = t->stageId;
            touchpointId = t->id;
        } else if (const PainPoint *p = project.painPoints().find(ref.id)) {
            stageId = p->stageId;
            touchpointId = p->touchpointId;
        } else if (const Opportunity *o = project.opportunities().find(ref.id)) {
            stageId = o->stageId;
            touchpointId = o->touchpointId;
        } else if (const Insight *i = project.insights().find(ref.id)) {
            stageId = i->stageId;
            touchpointId = i->touchpointId;
        }
        const Stage *stage = project.stages().find(stageId);
        if (!stage || stage->journeyId != journeyId)
            continue;
        target.stageId = stageId;
        target.touchpointId = touchpointId;
        target.stagePosition = stage->position + 1;
        if (const Touchpoint *t = project.touchpoints().find(touchpointId))
            target.touchpointPosition = t->position + 1;
        return target;
    }
    const QVector<const Stage *> stages = project.stagesOf(journeyId);
    if (!stages.isEmpty())
        target.stageId = stages.last()->id;
    return target;
}

/// The entities of `fragment` whose parent is not in it: what the paste selects.
QVector<EntityRef> topEntities(const Project &fragment)
{
    QVector<EntityRef> refs;
    for (const Stage &stage : fragment.stages())
        refs.append({EntityKind::Stage, stage.id});
    for (const Touchpoint &t : fragment.touchpoints()) {
        if (!fragment.stages().contains(t.stageId))
            refs.append({EntityKind::Touchpoint, t.id});
    }
    auto cards = [&](const auto &list, EntityKind kind) {
        for (const auto &card : list) {
            if (!fragment.touchpoints().contains(card.touchpointId)
                && !fragment.stages().contains(card.stageId))
                refs.append({kind, card.id});
        }
    };
    cards(fragment.painPoints(), EntityKind::PainPoint);
    cards(fragment.opportunities(), EntityKind::Opportunity);
    cards(fragment.insights(), EntityKind::Insight);
    return refs;
}

} // namespace

QMimeData *MapClipboard::mimeData(const Document &document)
{
    const ClipboardFragment fragment
            = ClipboardFragment::fromSelection(document.project(), document.selection());
    if (fragment.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(ClipboardFragment::mimeType(), fragment.toJson());
    return mime;
}

bool MapClipboard::copy(const Document &document)
{
    QMimeData *mime = mimeData(document);
    if (!mime)
        return false;
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

bool MapClipboard::cut(Document *document)
{
    if (!document || document->isReadOnly() || !copy(*document))
        return false;
    auto *command = new RemoveEntities(document, document->selection());
    command->setText(tr("Cut"));
    return bool(MutationCommand::push(document, command));
}

bool MapClipboard::canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(ClipboardFragment::mimeType());
}

Status MapClipboard::paste(Document *document, const QUuid &journeyId, const QMimeData *mime)
{
    if (!mime)
        mime = QGuiApplication::clipboard()->mimeData();
    if (!document || document->isReadOnly())
        return Status::failure(tr("The project is read-only."));
    if (!canPaste(mime))
        return Status::failure(tr("The clipboard holds nothing to paste onto a journey map."));
    ClipboardFragment fragment;
    if (Status s
        = ClipboardFragment::fromJson(mime->data(ClipboardFragment::mimeType()), &fragment);
        !s)
        return s;
    Project pasted;
    if (Status s
        = fragment.instantiate(document->project(), targetFor(*document, journeyId), &pasted);
        !s)
        return s;
    if (Status s = MutationCommand::push(document, new InsertFragment(document, pasted)); !s)
        return s;
    document->setSelection(topEntities(pasted));
    return Status::success();
}

} // namespace cjm
