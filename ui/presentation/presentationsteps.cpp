// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationsteps.h"

namespace cjm {

PresentationSteps::PresentationSteps(const MapLayout *layout) : mLayout(layout) {}

int PresentationSteps::count() const
{
    return 1 + int(mLayout->stages().size());
}

int PresentationSteps::bounded(int step) const
{
    return qBound(0, step, last());
}

QUuid PresentationSteps::stageAt(int step) const
{
    if (step < 1 || step > last())
        return {};
    return mLayout->stages().at(step - 1).stageId;
}

int PresentationSteps::stepOf(const QUuid &stageId) const
{
    const QVector<MapLayout::StageSpan> &stages = mLayout->stages();
    for (int i = 0; i < stages.size(); ++i) {
        if (stages.at(i).stageId == stageId)
            return i + 1;
    }
    return 0;
}

QRectF PresentationSteps::stageRect(int step) const
{
    if (step < 1 || step > last())
        return {};
    const MapLayout::StageSpan &span = mLayout->stages().at(step - 1);
    return QRectF(span.left, 0, span.right - span.left, mLayout->size().height());
}

QRectF PresentationSteps::rectOf(int step) const
{
    const QRectF whole(QPointF(0, 0), mLayout->size());
    if (step < 1 || step > last())
        return whole;
    const QRectF stage = stageRect(step);
    return stage.adjusted(-mLayout->style().laneHeaderWidth, 0, 0, 0);
}

} // namespace cjm
