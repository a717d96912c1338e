// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setlanecelltext.h"

#include "document/commands/commandchecks.h"
#include "document/commands/mergeids.h"
#include "document/document.h"

namespace cjm {

SetLaneCellText::SetLaneCellText(Document *document, const QUuid &laneId, const QUuid &touchpointId,
                                 const QString &text, QUndoCommand *parent)
    : MutationCommand(document, tr("Edit lane text"), parent)
{
    const Project &project = document->project();
    for (const LaneCell &cell : project.list<LaneCell>()) {
        if (cell.laneId == laneId && cell.touchpointId == touchpointId) {
            mCell = cell;
            mOldText = cell.text;
        }
    }
    mAdds = mCell.id.isNull();
    if (mAdds) {
        mCell.id = QUuid::createUuid();
        mCell.laneId = laneId;
        mCell.touchpointId = touchpointId;
        if (Status s = CommandChecks::checkReferences(project, mCell); !s) {
            fail(s);
            return;
        }
    }
    mCell.text = text;
    if (Status s = CommandChecks::checkValues(mCell); !s) {
        fail(s);
        return;
    }
    rebuild();
}

int SetLaneCellText::id() const
{
    return MergeSetLaneCellText;
}

bool SetLaneCellText::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const SetLaneCellText *>(other);
    if (!edit || !isValid() || !edit->isValid() || edit->isObsolete() || edit->mCell.id != mCell.id)
        return false;
    mCell.text = edit->mCell.text;
    rebuild();
    return true;
}

void SetLaneCellText::rebuild()
{
    Mutation mutation;
    if (mAdds) {
        Project fragment;
        fragment.list<LaneCell>().insert(mCell);
        mutation.insert(fragment);
    } else if (mCell.text != mOldText) {
        mutation.setField(EntityKind::LaneCell, mCell.id, QStringLiteral("text"),
                          toFieldVariant(mOldText), toFieldVariant(mCell.text));
    }
    setMutation(mutation);
}

} // namespace cjm
