// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/clipboardfragment.h"

#include "document/commands/linkentities.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace cjm {

namespace {

constexpr int kFormatVersion = 1;

template<class T>
QJsonObject entityToJson(const T &entity)
{
    QJsonObject object;
    for (const Field<T> &f : T::fields()) {
        const QVariant value = f.get(entity);
        if (f.type == FieldType::Blob)
            object.insert(f.name(), QString::fromLatin1(value.toByteArray().toBase64()));
        else if (value.isNull())
            object.insert(f.name(), QJsonValue::Null);
        else
            object.insert(f.name(), QJsonValue::fromVariant(value));
    }
    return object;
}

template<class T>
T entityFromJson(const QJsonObject &object)
{
    T entity{};
    for (const Field<T> &f : T::fields()) {
        const QJsonValue value = object.value(f.name());
        if (value.isUndefined())
            continue; // a field a later version added: keep the default
        if (f.type == FieldType::Blob)
            f.set(entity, QByteArray::fromBase64(value.toString().toLatin1()));
        else if (value.isNull())
            f.set(entity, QVariant());
        else
            f.set(entity, value.toVariant());
    }
    return entity;
}

/// The copyable lists of a project, in parent-before-child order.
template<class P, class F>
void forEachCopyable(P &project, F &&f)
{
    f(project.template list<ImageAsset>());
    f(project.template list<Lane>());
    f(project.template list<Stage>());
    f(project.template list<Touchpoint>());
    f(project.template list<LaneCell>());
    f(project.template list<PainPoint>());
    f(project.template list<Opportunity>());
    f(project.template list<Insight>());
}

/// Copies the cards (pain points, opportunities, insights) whose owner is `ownerId`.
void copyCards(const Project &project, const QUuid &ownerId, Project *out)
{
    for (const PainPoint *p : project.painPointsOf(ownerId))
        out->list<PainPoint>().insert(*p);
    for (const Opportunity *o : project.opportunitiesOf(ownerId))
        out->list<Opportunity>().insert(*o);
    for (const Insight *i : project.insightsOf(ownerId))
        out->list<Insight>().insert(*i);
}

void copyTouchpoint(const Project &project, const Touchpoint &touchpoint, Project *out)
{
    out->list<Touchpoint>().insert(touchpoint);
    copyCards(project, touchpoint.id, out);
    for (const LaneCell &cell : project.list<LaneCell>()) {
        if (cell.touchpointId == touchpoint.id)
            out->list<LaneCell>().insert(cell);
    }
    for (const QUuid &imageId : project.linked(LinkKind::TouchpointImage, touchpoint.id)) {
        if (const ImageAsset *image = project.list<ImageAsset>().find(imageId))
            out->list<ImageAsset>().insert(*image);
    }
}

bool holds(const Project &project, const QUuid &id)
{
    bool found = false;
    forEachCopyable(project, [&](const auto &list) { found = found || list.contains(id); });
    return found;
}

bool existsAnywhere(const Project &project, const QUuid &id)
{
    bool found = false;
    forEachList(project, [&](const auto &list) { found = found || list.contains(id); });
    return found;
}

/// Gives every entity of `project` a fresh id and rewrites the references among them.
template<class T>
void renew(const EntityList<T> &list, const QHash<QUuid, QUuid> &ids, Project *out)
{
    for (const T &entity : list) {
        T copy = entity;
        for (const Field<T> &f : T::fields()) {
            if (f.type != FieldType::Uuid)
                continue;
            const QUuid old = QUuid::fromString(f.get(copy).toString());
            if (ids.contains(old))
                f.set(copy, uuidText(ids.value(old)));
        }
        out->list<T>().insert(copy);
    }
}

/// Sorts by position: roots of one kind keep their relative order.
template<class T>
QVector<T *> sortedRoots(EntityList<T> &list, const std::function<bool(const T &)> &isRoot)
{
    QVector<T *> roots;
    for (const T &entity : list) {
        if (isRoot(entity))
            roots.append(list.find(entity.id));
    }
    std::stable_sort(roots.begin(), roots.end(),
                     [](const T *a, const T *b) { return a->position < b->position; });
    return roots;
}

/// Places the roots of a card kind (pain points, ...) on the target touchpoint or stage.
template<class T>
bool placeCards(Project *result, const Project &project, const QUuid &stageId,
                const QUuid &touchpointId)
{
    QVector<T *> roots = sortedRoots<T>(result->list<T>(), [&](const T &card) {
        return !holds(*result, card.touchpointId.isNull() ? card.stageId : card.touchpointId);
    });
    if (roots.isEmpty())
        return true;
    if (stageId.isNull())
        return false;
    const QUuid owner = touchpointId.isNull() ? stageId : touchpointId;
    int position = int(project.list<T>().ordered(owner).size());
    for (T *card : roots) {
        card->stageId = stageId;
        card->touchpointId = touchpointId;
        card->position = position++;
    }
    return true;
}

} // namespace

QString ClipboardFragment::mimeType()
{
    return QStringLiteral("application/x-journeystudio-fragment");
}

ClipboardFragment ClipboardFragment::fromSelection(const Project &project,
                                                   const QVector<EntityRef> &refs)
{
    ClipboardFragment fragment;
    Project &out = fragment.mContent;
    for (const EntityRef &ref : refs) {
        switch (ref.kind) {
        case EntityKind::Stage:
            if (const Stage *stage = project.stages().find(ref.id)) {
                out.list<Stage>().insert(*stage);
                copyCards(project, stage->id, &out);
                for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id))
                    copyTouchpoint(project, *touchpoint, &out);
            }
            break;
        case EntityKind::Touchpoint:
            if (const Touchpoint *touchpoint = project.touchpoints().find(ref.id))
                copyTouchpoint(project, *touchpoint, &out);
            break;
        case EntityKind::PainPoint:
            if (const PainPoint *p = project.painPoints().find(ref.id))
                out.list<PainPoint>().insert(*p);
            break;
        case EntityKind::Opportunity:
            if (const Opportunity *o = project.opportunities().find(ref.id))
                out.list<Opportunity>().insert(*o);
            break;
        case EntityKind::Insight:
            if (const Insight *i = project.insights().find(ref.id))
                out.list<Insight>().insert(*i);
            break;
        case EntityKind::Lane:
            if (const Lane *lane = project.list<Lane>().find(ref.id);
                lane && lane->kind == LaneKind::Text)
                out.list<Lane>().insert(*lane);
            break;
        default:
            break;
        }
    }
    // Links that start from a copied entity; the other end may be outside (it is kept on
    // paste when the target project has it).
    for (const Link &link : project.links()) {
        if (link.kind != LinkKind::JourneyPersona && holds(out, link.from))
            out.addLink(link);
    }
    return fragment;
}

bool ClipboardFragment::isEmpty() const
{
    bool empty = true;
    forEachCopyable(mContent, [&](const auto &list) { empty = empty && list.size() == 0; });
    return empty;
}

QByteArray ClipboardFragment::toJson() const
{
    QJsonObject entities;
    forEachCopyable(mContent, [&](const auto &list) {
        QJsonArray array;
        for (const auto &entity : list)
            array.append(entityToJson(entity));
        using T = std::decay_t<decltype(*list.begin())>;
        entities.insert(QLatin1String(T::table), array);
    });
    QJsonArray links;
    for (const Link &link : mContent.links()) {
        links.append(QJsonObject{{QStringLiteral("kind"), int(link.kind)},
                                 {QStringLiteral("from"), uuidText(link.from)},
                                 {QStringLiteral("to"), uuidText(link.to)},
                                 {QStringLiteral("position"), link.position}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("journeystudio-fragment")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("entities"), entities},
                           {QStringLiteral("links"), links}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status ClipboardFragment::fromJson(const QByteArray &json, ClipboardFragment *fragment)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return Status::failure(tr("The clipboard data is not valid JSON (at character %1): %2")
                                       .arg(error.offset)
                                       .arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("journeystudio-fragment"))
        return Status::failure(tr("The clipboard data is not a Journey Studio fragment."));
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return Status::failure(tr("The clipboard data comes from a newer Journey Studio "
                                  "(format version %1).")
                                       .arg(root.value(QStringLiteral("version")).toInt()));
    Project content;
    const QJsonObject entities = root.value(QStringLiteral("entities")).toObject();
    Status status;
    forEachCopyable(content, [&](auto &list) {
        using T = std::decay_t<decltype(*list.begin())>;
        const QJsonArray array = entities.value(QLatin1String(T::table)).toArray();
        for (int i = 0; i < array.size(); ++i) {
            const T entity = entityFromJson<T>(array.at(i).toObject());
            if (entity.id.isNull() && status)
                status = Status::failure(tr("The clipboard data has a %1 without an id (entry %2).")
                                                 .arg(QLatin1String(T::table))
                                                 .arg(i + 1));
            list.insert(entity);
        }
    });
    if (!status)
        return status;
    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    for (int i = 0; i < links.size(); ++i) {
        const QJsonObject object = links.at(i).toObject();
        const int kind = object.value(QStringLiteral("kind")).toInt(-1);
        if (kind < 0 || kind > int(LinkKind::InsightPainPoint))
            return Status::failure(tr("The clipboard data has a link of unknown kind %1 "
                                      "(link %2).")
                                           .arg(kind)
                                           .arg(i + 1));
        Link link;
        link.kind = LinkKind(kind);
        link.from = QUuid::fromString(object.value(QStringLiteral("from")).toString());
        link.to = QUuid::fromString(object.value(QStringLiteral("to")).toString());
        link.position = object.value(QStringLiteral("position")).toInt();
        content.addLink(link);
    }
    fragment->mContent = content;
    return Status::success();
}

Status ClipboardFragment::instantiate(const Project &project, const Target &target,
                                      Project *result) const
{
    QHash<QUuid, QUuid> ids;
    forEachCopyable(mContent, [&](const auto &list) {
        for (const auto &entity : list)
            ids.insert(entity.id, QUuid::createUuid());
    });
    Project out;
    forEachCopyable(mContent, [&](const auto &list) { renew(list, ids, &out); });
    auto isNew = [&](const QUuid &id) { return holds(out, id); };

    // Roots: entities whose parent was not copied go under the target.
    QVector<Stage *> stages = sortedRoots<Stage>(
            out.list<Stage>(), [&](const Stage &s) { return !isNew(s.journeyId); });
    if (!stages.isEmpty() && !project.journeys().contains(target.journeyId))
        return Status::failure(tr("There is no journey to paste the stages into."));
    int position = target.stagePosition >= 0 ? target.stagePosition
                                             : int(project.stagesOf(target.journeyId).size());
    for (Stage *stage : stages) {
        stage->journeyId = target.journeyId;
        stage->position = position++;
    }
    QVector<Touchpoint *> touchpoints = sortedRoots<Touchpoint>(
            out.list<Touchpoint>(), [&](const Touchpoint &t) { return !isNew(t.stageId); });
    if (!touchpoints.isEmpty() && !project.stages().contains(target.stageId))
        return Status::failure(tr("Select a stage to paste the touchpoints into."));
    position = target.touchpointPosition >= 0 ? target.touchpointPosition
                                              : int(project.touchpointsOf(target.stageId).size());
    for (Touchpoint *touchpoint : touchpoints) {
        touchpoint->stageId = target.stageId;
        touchpoint->position = position++;
    }
    // The cards of copied touchpoints follow their touchpoint's new stage.
    auto followStage = [&](auto &list) {
        for (const auto &card : list) {
            if (const Touchpoint *t = out.touchpoints().find(card.touchpointId))
                list.find(card.id)->stageId = t->stageId;
        }
    };
    followStage(out.list<PainPoint>());
    followStage(out.list<Opportunity>());
    followStage(out.list<Insight>());
    const QUuid cardStage = project.touchpoints().contains(target.touchpointId)
            ? project.touchpoints().find(target.touchpointId)->stageId
            : (project.stages().contains(target.stageId) ? target.stageId : QUuid());
    const QUuid cardTouchpoint
            = project.touchpoints().contains(target.touchpointId) ? target.touchpointId : QUuid();
    if (!placeCards<PainPoint>(&out, project, cardStage, cardTouchpoint)
        || !placeCards<Opportunity>(&out, project, cardStage, cardTouchpoint)
        || !placeCards<Insight>(&out, project, cardStage, cardTouchpoint))
        return Status::failure(tr("Select a touchpoint or a stage to paste the cards onto."));
    QVector<Lane *> lanes = sortedRoots<Lane>(out.list<Lane>(), [](const Lane &) { return true; });
    if (!lanes.isEmpty() && !project.journeys().contains(target.journeyId))
        return Status::failure(tr("There is no journey to paste the lanes into."));
    position = int(project.lanesOf(target.journeyId).size());
    for (Lane *lane : lanes) {
        lane->journeyId = target.journeyId;
        lane->position = position++;
    }
    // Cells need their lane and touchpoint in the same journey.
    QVector<QUuid> strayCells;
    for (const LaneCell &cell : out.list<LaneCell>()) {
        const Lane *lane = out.list<Lane>().find(cell.laneId);
        if (!lane)
            lane = project.list<Lane>().find(cell.laneId);
        const Touchpoint *t = out.touchpoints().find(cell.touchpointId);
        const QUuid journey = t
                ? (out.stages().contains(t->stageId) ? out.stages().find(t->stageId)->journeyId
                                                     : project.journeyOfStage(t->stageId))
                : QUuid();
        if (!lane || !t || lane->journeyId != journey)
            strayCells.append(cell.id);
    }
    for (const QUuid &id : strayCells)
        out.list<LaneCell>().remove(id);
    for (const Link &link : mContent.links()) {
        Link copy = link;
        copy.from = ids.value(link.from, link.from);
        copy.to = ids.value(link.to, link.to);
        const bool fromOk = isNew(copy.from) || existsAnywhere(project, copy.from);
        const bool toOk = isNew(copy.to) || existsAnywhere(project, copy.to);
        if (fromOk && toOk && !project.findLink(copy.kind, copy.from, copy.to))
            out.addLink(copy);
    }
    *result = out;
    return Status::success();
}

} // namespace cjm
