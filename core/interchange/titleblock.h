// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapicons.h"
#include "render/mapstyle.h"
#include "render/maptheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QUuid>

class QPainter;

namespace cjm {

class Project;

/**
 * The block above an exported map: project, journey, personas and date on the
 * left, the legend on the right — the emotion scale as the map's faces, and the
 * risk levels by colour and by shape, as the map draws them, so a black-and-white
 * print still tells them apart.
 */
class TitleBlock
{
    Q_DECLARE_TR_FUNCTIONS(cjm::TitleBlock)

public:
    /// The block's height in map units.
    static constexpr qreal kHeight = 132.0;

    TitleBlock(const Project &project, const QUuid &journeyId, const MapTheme &theme,
               const MapStyle &style);

    /// The date shown; today unless set (tests fix it).
    void setDate(const QDate &date) { mDate = date; }

    /// Paints the block into `rect` (map units), on the theme's background.
    void paint(QPainter *painter, const QRectF &rect);

private:
    void paintInfo(QPainter *p, const QRectF &rect) const;
    void paintEmotionLegend(QPainter *p, const QPointF &topLeft) const;
    void paintRiskLegend(QPainter *p, const QPointF &topLeft);
    /// A face like the map's emotion points: a disc in the emotion's colour.
    void paintFace(QPainter *p, const QPointF &center, qreal radius, int emotion) const;

    QString mProjectName;
    QString mJourneyName;
    QStringList mPersonas;
    QDate mDate;
    MapTheme mTheme;
    MapStyle mStyle;
    MapIcons mIcons;
};

} // namespace cjm
