// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayoutupdater.h"

#include "document/changeevent.h"
#include "emotioncurve.h"
#include "mapcontent.h"
#include "maplayoutbuilder.h"

#include <QtMath>

namespace cjm {

namespace {

bool isEmotionField(const QString &column)
{
    return column == QLatin1String("emotion") || column == QLatin1String("emotion_to_be");
}

bool sameLines(const QVector<LayoutText> &a, const QVector<LayoutText> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).text != b.at(i).text || a.at(i).rect != b.at(i).rect)
            return false;
    }
    return true;
}

} // namespace

MapLayoutUpdater::MapLayoutUpdater(MapLayout &layout, const Project &project)
    : mLayout(layout), mProject(project)
{}

bool MapLayoutUpdater::apply(const ChangeEvent &event, QRectF *dirty)
{
    *dirty = QRectF();
    if (mLayout.mJourneyId.isNull())
        return false;
    QVector<Replacement> replacements;
    QVector<QUuid> emotions;
    for (const ChangeItem &item : event.items) {
        if (item.type == ChangeType::Selection)
            continue;
        if (item.type != ChangeType::Changed || !handles(item.kind))
            return false;
        if (!rewrap(item.kind, item.id, &replacements, dirty))
            return false;
        if (item.kind == EntityKind::Touchpoint
            && std::any_of(item.fields.cbegin(), item.fields.cend(), isEmotionField)) {
            if (!emotionFits(item.id))
                return false;
            emotions.append(item.id);
        }
    }
    // Everything fits: only now does the layout change.
    for (Replacement &r : replacements)
        mLayout.mElements[r.element].texts = std::move(r.texts);
    if (!emotions.isEmpty())
        moveEmotionPoints(emotions, dirty);
    return true;
}

bool MapLayoutUpdater::handles(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Stage:
    case EntityKind::Touchpoint:
    case EntityKind::PainPoint:
    case EntityKind::Opportunity:
    case EntityKind::Insight:
    case EntityKind::LaneCell:
        return true;
    default:
        return false;
    }
}

bool MapLayoutUpdater::rewrap(EntityKind kind, const QUuid &id, QVector<Replacement> *replacements,
                              QRectF *dirty) const
{
    // An entity of another journey has no element here and changes nothing.
    for (int i = mLayout.mFirstOfEntity.value(MapLayout::Key{kind, id}, -1); i >= 0;
         i = mLayout.mNextOfEntity.at(i)) {
        const LayoutElement &element = mLayout.mElements.at(i);
        if (element.role == ElementRole::EmotionPoint
            || element.role == ElementRole::EmotionPointToBe)
            continue;
        CardSpec spec;
        if (!specOf(element, &spec))
            return false;
        Replacement replacement;
        replacement.element = i;
        const qreal height = MapLayoutBuilder::layOutText(mLayout, spec, element.rect.topLeft(),
                                                          element.rect.width(), &replacement.texts);
        if (!qFuzzyCompare(height, element.contentHeight))
            return false;
        // A cell shows nothing but its text; a card or header also draws fields as colour
        // and icons, so it repaints whenever its entity changed.
        if (element.role != ElementRole::Cell || !sameLines(replacement.texts, element.texts))
            *dirty |= element.rect;
        replacements->append(std::move(replacement));
    }
    return true;
}

bool MapLayoutUpdater::specOf(const LayoutElement &element, CardSpec *spec) const
{
    const MapStyle &style = mLayout.mStyle;
    switch (element.kind) {
    case EntityKind::Stage:
        if (const Stage *stage = mProject.stages().find(element.id)) {
            *spec = MapContent::stageHeader(*stage, style);
            return element.role == ElementRole::StageHeader;
        }
        return false;
    case EntityKind::Touchpoint:
        if (const Touchpoint *tp = mProject.touchpoints().find(element.id)) {
            *spec = element.role == ElementRole::Card
                    ? MapContent::touchpointCard(
                            *tp, style,
                            MapContent::badgeLines(mProject,
                                                   MapContent::badgesOf(mProject, tp->id)))
                    : MapContent::touchpointCell(element.lane, *tp, style);
            return true;
        }
        return false;
    case EntityKind::PainPoint:
        if (const PainPoint *pp = mProject.painPoints().find(element.id)) {
            *spec = MapContent::painPointCard(*pp, style);
            return true;
        }
        return false;
    case EntityKind::Opportunity:
        if (const Opportunity *op = mProject.opportunities().find(element.id)) {
            *spec = MapContent::opportunityCard(*op, style);
            return true;
        }
        return false;
    case EntityKind::Insight:
        if (const Insight *insight = mProject.insights().find(element.id)) {
            *spec = MapContent::insightCard(*insight, style);
            return true;
        }
        return false;
    case EntityKind::LaneCell:
        if (const LaneCell *cell = mProject.list<LaneCell>().find(element.id)) {
            *spec = MapContent::textCell(cell->text, style, TextRole::Body);
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool MapLayoutUpdater::emotionFits(const QUuid &touchpointId) const
{
    const Touchpoint *tp = mProject.touchpoints().find(touchpointId);
    if (!tp)
        return false;
    const bool hasPoint
            = mLayout.element(EntityKind::Touchpoint, touchpointId, ElementRole::EmotionPoint);
    const bool hasToBe
            = mLayout.element(EntityKind::Touchpoint, touchpointId, ElementRole::EmotionPointToBe);
    // A hidden emotion lane has no points to move; a to-be value that came or went adds or
    // removes an element.
    return hasPoint && hasToBe == tp->emotionToBe.has_value();
}

void MapLayoutUpdater::moveEmotionPoints(const QVector<QUuid> &touchpointIds, QRectF *dirty)
{
    for (const QUuid &id : touchpointIds) {
        const Touchpoint *tp = mProject.touchpoints().find(id);
        for (int i = mLayout.mFirstOfEntity.value(MapLayout::Key{EntityKind::Touchpoint, id}, -1);
             i >= 0; i = mLayout.mNextOfEntity.at(i)) {
            LayoutElement &point = mLayout.mElements[i];
            if (point.role != ElementRole::EmotionPoint
                && point.role != ElementRole::EmotionPointToBe)
                continue;
            const int value = point.role == ElementRole::EmotionPoint ? tp->emotion
                                                                      : tp->emotionToBe.value();
            point.rect.moveCenter(QPointF(point.rect.center().x(), mLayout.emotionY(value)));
        }
    }
    // The curves are smooth through every point, so a moved point bends its neighbours'
    // segments too: draw them again whole (a few hundred microseconds at 2,000 points).
    QVector<QPointF> asIs;
    QVector<QPointF> toBe;
    for (const LayoutElement &element : std::as_const(mLayout.mElements)) {
        if (element.role == ElementRole::EmotionPoint)
            asIs.append(element.rect.center());
        else if (element.role == ElementRole::EmotionPointToBe)
            toBe.append(element.rect.center());
    }
    const qreal top = mLayout.emotionY(kEmotionMax);
    const qreal bottom = mLayout.emotionY(kEmotionMin);
    mLayout.mCurve = EmotionCurve::through(asIs, top, bottom);
    mLayout.mCurveToBe = EmotionCurve::through(toBe, top, bottom);
    *dirty |= mLayout.mEmotionBand;
}

} // namespace cjm
