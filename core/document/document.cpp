// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include "document/fragmentorder.h"
#include "model/entitydispatch.h"
#include "storage/projectfile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cjm {

namespace {

template<class T>
void shiftInModel(EntityList<T> &list, const QUuid &key, int from, int delta, const QUuid &skip)
{
    if constexpr (HasPosition<T>::value) {
        for (const T &item : list) {
            if (item.id == skip || item.siblingKey() != key)
                continue;
            const bool affected = delta > 0 ? item.position >= from : item.position > from;
            if (affected)
                list.find(item.id)->position += delta;
        }
    }
}

/// Builds the fragment removed with an entity: the entity, its dependents, their links.
class RemovalCollector
{
public:
    explicit RemovalCollector(const Project &project) : mProject(project) {}

    void collect(EntityKind kind, const QUuid &id)
    {
        dispatchEntityKind(kind, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if (const T *item = mProject.template list<T>().find(id))
                add(*item);
        });
    }

    /// The fragment, with every link that mentions an entity in it.
    Project take()
    {
        const QSet<QUuid> ids = fragmentIds(mFragment);
        for (const Link &link : mProject.links()) {
            if (ids.contains(link.from) || ids.contains(link.to))
                mFragment.addLink(link);
        }
        return mFragment;
    }

private:
    template<class T>
    void add(const T &item)
    {
        if (mFragment.template list<T>().contains(item.id))
            return;
        mFragment.template list<T>().insert(item);
        addDependents(item);
    }

    template<class T>
    void addAll(const QVector<const T *> &items)
    {
        for (const T *item : items)
            add(*item);
    }

    void addDependents(const ImageAsset &) {}
    void addDependents(const Persona &) {}
    void addDependents(const LaneCell &) {}
    void addDependents(const PainPoint &) {}
    void addDependents(const Opportunity &) {}
    void addDependents(const Insight &) {}
    void addDependents(const Measurement &) {}
    void addDependents(const Journey &journey)
    {
        addAll(mProject.lanesOf(journey.id));
        addAll(mProject.stagesOf(journey.id));
    }
    void addDependents(const Lane &lane)
    {
        addAll(mProject.list<LaneCell>().filtered(
                [&](const LaneCell &cell) { return cell.laneId == lane.id; }));
    }
    void addDependents(const Stage &stage)
    {
        addAll(mProject.touchpointsOf(stage.id));
        addHomed(stage.id);
    }
    void addDependents(const Touchpoint &touchpoint)
    {
        addHomed(touchpoint.id);
        addAll(mProject.list<LaneCell>().filtered(
                [&](const LaneCell &cell) { return cell.touchpointId == touchpoint.id; }));
    }
    void addDependents(const Metric &metric)
    {
        addAll(mProject.measurements().filtered(
                [&](const Measurement &m) { return m.metricId == metric.id; }));
    }
    void addHomed(const QUuid &ownerId)
    {
        addAll(mProject.painPointsOf(ownerId));
        addAll(mProject.opportunitiesOf(ownerId));
        addAll(mProject.insightsOf(ownerId));
    }

    const Project &mProject;
    Project mFragment;
};

} // namespace

Document::Document()
{
    connect(&mUndoStack, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

Document::~Document()
{
    // Commands refer to this document: drop them before the model goes.
    mUndoStack.clear();
}

std::unique_ptr<Document> Document::createNew(const QString &projectName, Status *status)
{
    std::unique_ptr<Document> document(new Document);
    ProjectInfo &info = document->mProject.info;
    info.id = QUuid::createUuid();
    info.name = projectName;
    info.locale = QLocale::system().name();
    info.created = QDateTime::currentDateTimeUtc();
    info.modified = info.created;
    document->mWorkingCopy = WorkingCopy::createFrom(document->mProject, status);
    if (!document->mWorkingCopy)
        return nullptr;
    return document;
}

std::unique_ptr<Document> Document::open(const QString &path, const OpenOptions &options,
                                         OpenResult *result)
{
    *result = OpenResult();
    if (!QFileInfo(path).isFile()) {
        result->status = Status::failure(tr("%1: the file does not exist").arg(path));
        return nullptr;
    }
    const QVector<WorkingCopy::Orphan> orphans = WorkingCopy::findOrphans(path);
    if (!orphans.isEmpty()) {
        switch (options.recovery) {
        case RecoveryPolicy::Report:
            result->outcome = OpenOutcome::RecoveryAvailable;
            result->status = Status::failure(tr("%1: unsaved changes from a session that ended "
                                                "unexpectedly can be recovered")
                                                     .arg(path));
            return nullptr;
        case RecoveryPolicy::Recover: {
            std::unique_ptr<Document> document = recover(orphans.first(), &result->status);
            result->outcome = document ? OpenOutcome::Opened : OpenOutcome::Failed;
            return document;
        }
        case RecoveryPolicy::Discard:
            for (const WorkingCopy::Orphan &orphan : orphans)
                WorkingCopy::discardOrphan(orphan);
            break;
        }
    }

    std::unique_ptr<Document> document(new Document);
    if (WorkingCopy::isInUse(path)) {
        if (!options.readOnlyIfInUse) {
            result->outcome = OpenOutcome::InUse;
            result->status
                    = Status::failure(tr("%1 is open in another Journey Studio window").arg(path));
            return nullptr;
        }
        document->mReadOnly = true;
        document->mReadOnlyReason = tr("The file is open in another window; this copy is "
                                       "read-only.");
    }

    ProjectFile::Inspection inspection;
    if (Status s = ProjectFile::validate(path, &document->mProject, &inspection); !s) {
        result->status = Status::failure(QStringLiteral("%1: %2").arg(path, s.message()));
        return nullptr;
    }
    if (inspection.newerVersion) {
        document->mReadOnly = true;
        document->mReadOnlyReason = tr("The file was written by a newer version of Journey "
                                       "Studio (schema %1); it opens read-only.")
                                            .arg(inspection.version);
    }
    document->mWorkingCopy = WorkingCopy::copyFrom(path, !document->mReadOnly, &result->status);
    if (!document->mWorkingCopy)
        return nullptr;
    if (inspection.version < ProjectFile::kCurrentVersion) {
        Status s = document->mWorkingCopy->migrate();
        if (s)
            s = document->mWorkingCopy->load(&document->mProject);
        if (!s) {
            result->status = s;
            return nullptr;
        }
    }
    result->outcome = OpenOutcome::Opened;
    result->notice = document->mReadOnlyReason;
    return document;
}

std::unique_ptr<Document> Document::recover(const WorkingCopy::Orphan &orphan, Status *status)
{
    std::unique_ptr<Document> document(new Document);
    document->mWorkingCopy = WorkingCopy::adopt(orphan, &document->mProject, status);
    if (!document->mWorkingCopy)
        return nullptr;
    document->mForcedModified = true;
    return document;
}

QString Document::filePath() const
{
    return mWorkingCopy ? mWorkingCopy->targetPath() : QString();
}

Status Document::save()
{
    if (filePath().isEmpty())
        return Status::failure(tr("the project has no file yet: use Save As"));
    return saveAs(filePath());
}

Status Document::saveAs(const QString &path)
{
    if (mReadOnly && QFileInfo(path).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath())
        return Status::failure(tr("the project is read-only: save it under another name"));
    const bool pathChanges = QFileInfo(path).absoluteFilePath() != filePath();
    if (pathChanges && WorkingCopy::isInUse(path))
        return Status::failure(tr("%1 is open in another Journey Studio window").arg(path));

    // The save time is file metadata, not an edit: written through, not undoable.
    Mutation stamp;
    stamp.setField(EntityKind::ProjectInfo, mProject.info.id, QStringLiteral("modified"),
                   toFieldVariant(mProject.info.modified),
                   toFieldVariant(QDateTime::currentDateTimeUtc()));
    if (Status s = apply(stamp); !s)
        return s;
    if (Status s = mWorkingCopy->saveTo(path); !s)
        return s;
    mReadOnly = false;
    mReadOnlyReason.clear();
    const bool wasModified = isModified();
    mForcedModified = false;
    mUndoStack.setClean();
    if (wasModified && !isModified())
        Q_EMIT modifiedChanged(false);
    if (pathChanges)
        Q_EMIT filePathChanged(filePath());
    return Status::success();
}

bool Document::push(QUndoCommand *command)
{
    if (mReadOnly) {
        delete command;
        Q_EMIT writeFailed(mReadOnlyReason.isEmpty() ? tr("The project is read-only.")
                                                     : mReadOnlyReason);
        return false;
    }
    mUndoStack.push(command);
    return true;
}

Status Document::apply(const Mutation &mutation)
{
    if (mutation.isEmpty())
        return Status::success();
    if (Status s = mWorkingCopy->apply(mutation); !s) {
        Q_EMIT writeFailed(s.message());
        return s;
    }
    ChangeEvent event;
    applyToModel(mutation, &event);
    Q_EMIT changed(event);
    pruneSelection();
    return Status::success();
}

void Document::notifySurveyDataChanged()
{
    // An empty mutation writes nothing but marks the working copy dirty for crash recovery.
    mWorkingCopy->apply(Mutation());
    ChangeEvent event;
    ChangeItem item;
    item.type = ChangeType::SurveyData;
    event.items.append(item);
    Q_EMIT changed(event);
}

void Document::applyToModel(const Mutation &mutation, ChangeEvent *event)
{
    for (const MutationOp &op : mutation.ops()) {
        switch (op.type) {
        case MutationOp::Insert: {
            const QSet<QUuid> ids = fragmentIds(*op.fragment);
            forEachList(*op.fragment, [&](const auto &list) {
                auto &target = mProject.list<typename std::decay_t<decltype(list)>::value_type>();
                for (const auto *item : inPositionOrder(list, false)) {
                    if constexpr (HasPosition<std::decay_t<decltype(*item)>>::value) {
                        if (!ids.contains(item->siblingKey()))
                            shiftInModel(target, item->siblingKey(), item->position, +1, item->id);
                    }
                    target.insert(*item);
                    event->items.append({ChangeType::Added, item->entityKind, item->id, {}, {}});
                }
            });
            for (const Link &link : op.fragment->links()) {
                mProject.addLink(link);
                event->items.append({ChangeType::Linked, EntityKind::Link, link.from, {}, link});
            }
            break;
        }
        case MutationOp::Remove: {
            for (const Link &link : op.fragment->links()) {
                mProject.removeLink(link.kind, link.from, link.to);
                event->items.append({ChangeType::Unlinked, EntityKind::Link, link.from, {}, link});
            }
            const QSet<QUuid> ids = fragmentIds(*op.fragment);
            QVector<std::function<void()>> steps;
            forEachList(*op.fragment, [&](const auto &list) {
                steps.prepend([this, &list, &ids, event] {
                    auto &target
                            = mProject.list<typename std::decay_t<decltype(list)>::value_type>();
                    for (const auto *item : inPositionOrder(list, true)) {
                        target.remove(item->id);
                        if constexpr (HasPosition<std::decay_t<decltype(*item)>>::value) {
                            if (!ids.contains(item->siblingKey()))
                                shiftInModel(target, item->siblingKey(), item->position, -1,
                                             item->id);
                        }
                        event->items.append(
                                {ChangeType::Removed, item->entityKind, item->id, {}, {}});
                    }
                });
            });
            for (const auto &step : steps)
                step();
            break;
        }
        case MutationOp::SetField: {
            auto update = [&](auto tag) {
                using T = typename decltype(tag)::Type;
                const Field<T> *f = findField<T>(op.column);
                T *item = nullptr;
                if constexpr (std::is_same_v<T, ProjectInfo>)
                    item = &mProject.info;
                else
                    item = mProject.list<T>().find(op.id);
                if (f && item)
                    f->set(*item, op.newValue);
            };
            if (op.kind == EntityKind::ProjectInfo)
                update(EntityTag<ProjectInfo>{});
            else
                dispatchEntityKind(op.kind, update);
            event->items.append({ChangeType::Changed, op.kind, op.id, {op.column}, {}});
            break;
        }
        case MutationOp::Move: {
            QStringList columns;
            dispatchEntityKind(op.kind, [&](auto tag) {
                using T = typename decltype(tag)::Type;
                if constexpr (HasPosition<T>::value) {
                    EntityList<T> &list = mProject.list<T>();
                    T *item = list.find(op.id);
                    if (!item)
                        return;
                    shiftInModel(list, item->siblingKey(), item->position, -1, op.id);
                    for (const auto &[column, value] : op.newParents) {
                        if (const Field<T> *f = findField<T>(column))
                            f->set(*item, value);
                        columns.append(column);
                    }
                    shiftInModel(list, item->siblingKey(), op.newPosition, +1, op.id);
                    item->position = op.newPosition;
                }
            });
            event->items.append({ChangeType::Moved, op.kind, op.id, columns, {}});
            break;
        }
        case MutationOp::AddLink:
            mProject.addLink(op.link);
            event->items.append({ChangeType::Linked, EntityKind::Link, op.link.from, {}, op.link});
            break;
        case MutationOp::RemoveLink:
            mProject.removeLink(op.link.kind, op.link.from, op.link.to);
            event->items.append(
                    {ChangeType::Unlinked, EntityKind::Link, op.link.from, {}, op.link});
            break;
        }
    }
}

Mutation Document::removalOf(EntityKind kind, const QUuid &id) const
{
    Mutation mutation;
    RemovalCollector collector(mProject);
    collector.collect(kind, id);
    const Project fragment = collector.take();
    if (fragment.count(kind) == 0)
        return mutation;

    // Re-link what points at removed entities but does not belong to them.
    const QSet<QUuid> ids = fragmentIds(fragment);
    for (const Journey &journey : mProject.journeys()) {
        if (!ids.contains(journey.id) && ids.contains(journey.asIsJourneyId))
            mutation.setField(EntityKind::Journey, journey.id, QStringLiteral("as_is_journey_id"),
                              toFieldVariant(journey.asIsJourneyId), toFieldVariant(QUuid()));
    }
    for (const Persona &persona : mProject.personas()) {
        if (!ids.contains(persona.id) && ids.contains(persona.photoId))
            mutation.setField(EntityKind::Persona, persona.id, QStringLiteral("photo_id"),
                              toFieldVariant(persona.photoId), toFieldVariant(QUuid()));
    }
    mutation.remove(fragment);
    return mutation;
}

QVariant Document::fieldValue(EntityKind kind, const QUuid &id, const QString &column) const
{
    QVariant value;
    auto read = [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const Field<T> *f = findField<T>(column);
        const T *item = nullptr;
        if constexpr (std::is_same_v<T, ProjectInfo>)
            item = &mProject.info;
        else
            item = mProject.list<T>().find(id);
        if (f && item)
            value = f->get(*item);
    };
    if (kind == EntityKind::ProjectInfo)
        read(EntityTag<ProjectInfo>{});
    else
        dispatchEntityKind(kind, read);
    return value;
}

MutationOp::Values Document::parentValues(EntityKind kind, const QUuid &id) const
{
    MutationOp::Values values;
    dispatchEntityKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const T *item = mProject.list<T>().find(id);
        if (!item)
            return;
        for (const Field<T> &f : T::fields()) {
            if (f.role == FieldRole::Parent)
                values.append({f.name(), f.get(*item)});
        }
    });
    return values;
}

int Document::positionOf(EntityKind kind, const QUuid &id) const
{
    int position = -1;
    dispatchEntityKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (HasPosition<T>::value) {
            if (const T *item = mProject.list<T>().find(id))
                position = item->position;
        }
    });
    return position;
}

int Document::siblingCount(EntityKind kind, const QUuid &key) const
{
    int count = 0;
    dispatchEntityKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const T &item : mProject.list<T>()) {
            if (item.siblingKey() == key)
                ++count;
        }
    });
    return count;
}

void Document::setSelection(const QVector<EntityRef> &selection)
{
    if (selection == mSelection)
        return;
    mSelection = selection;
    ChangeEvent event;
    event.items.append({ChangeType::Selection, EntityKind::ProjectInfo, QUuid(), {}, {}});
    Q_EMIT changed(event);
}

void Document::pruneSelection()
{
    QVector<EntityRef> kept;
    for (const EntityRef &ref : mSelection) {
        bool exists = false;
        dispatchEntityKind(ref.kind, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            exists = mProject.list<T>().contains(ref.id);
        });
        if (exists)
            kept.append(ref);
    }
    if (kept.size() != mSelection.size())
        setSelection(kept);
}

} // namespace cjm
