// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcommit.h"

#include "document/commands/editinsight.h"
#include "document/commands/editjourney.h"
#include "document/commands/editlane.h"
#include "document/commands/editmeasurement.h"
#include "document/commands/editmetric.h"
#include "document/commands/editopportunity.h"
#include "document/commands/editpainpoint.h"
#include "document/commands/editpersona.h"
#include "document/commands/editprojectinfo.h"
#include "document/commands/editstage.h"
#include "document/commands/edittouchpoint.h"

namespace cjm {

namespace {

/// The named edit command C for `kind`'s entities.
template<class C>
MutationCommand *make(Document *document, const QVector<QUuid> &ids, const QString &column,
                      const QVariant &value, bool continuing)
{
    auto *command = new C(document, ids, column, value);
    command->setMergeable(continuing);
    return command;
}

MutationCommand *makeEdit(Document *doc, EntityKind kind, const QVector<QUuid> &ids,
                          const QString &column, const QVariant &value, bool continuing)
{
    switch (kind) {
    case EntityKind::ProjectInfo: {
        auto *command = new EditProjectInfo(doc, column, value);
        command->setMergeable(continuing);
        return command;
    }
    case EntityKind::Persona:
        return make<EditPersona>(doc, ids, column, value, continuing);
    case EntityKind::Journey:
        return make<EditJourney>(doc, ids, column, value, continuing);
    case EntityKind::Lane:
        return make<EditLane>(doc, ids, column, value, continuing);
    case EntityKind::Stage:
        return make<EditStage>(doc, ids, column, value, continuing);
    case EntityKind::Touchpoint:
        return make<EditTouchpoint>(doc, ids, column, value, continuing);
    case EntityKind::PainPoint:
        return make<EditPainPoint>(doc, ids, column, value, continuing);
    case EntityKind::Opportunity:
        return make<EditOpportunity>(doc, ids, column, value, continuing);
    case EntityKind::Insight:
        return make<EditInsight>(doc, ids, column, value, continuing);
    case EntityKind::Metric:
        return make<EditMetric>(doc, ids, column, value, continuing);
    case EntityKind::Measurement:
        return make<EditMeasurement>(doc, ids, column, value, continuing);
    default:
        return nullptr;
    }
}

} // namespace

Status FieldCommit::commit(Document *document, EntityKind kind, const QVector<QUuid> &ids,
                           const QString &column, const QVariant &value, bool continuing)
{
    MutationCommand *command = makeEdit(document, kind, ids, column, value, continuing);
    if (!command)
        return Status::success(); // kinds without an edit command are never shown
    return MutationCommand::push(document, command);
}

} // namespace cjm
