// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapicons.h"
#include "maplayout.h"
#include "maptheme.h"
#include "model/project.h"

class QPainter;

namespace cjm {

/**
 * Draws a MapLayout on any QPainter: a widget, a QImage, a PDF or an SVG
 * generator. The one renderer of journey maps (DESIGN.md §2), so a map looks
 * the same on the canvas, in presentation and in every export.
 *
 * Meaning never rests on colour alone: risk has a shape per level, emotion a
 * face, evidence a fill pattern, an external owner and a moment of truth an
 * icon of their own.
 */
class MapPainter
{
public:
    explicit MapPainter(const MapTheme &theme = MapTheme::light());

    void setTheme(const MapTheme &theme) { mTheme = theme; }
    const MapTheme &theme() const { return mTheme; }

    /**
     * Paints the part of `layout` inside `exposed` (map coordinates, under the
     * painter's transform); nothing outside it is touched. `project` is the one
     * the layout was built from.
     */
    void paint(QPainter *painter, const MapLayout &layout, const Project &project,
               const QRectF &exposed);

private:
    void paintGrid(QPainter *p, const MapLayout &layout, const QRectF &exposed) const;
    void paintEmotionBand(QPainter *p, const MapLayout &layout) const;
    void paintElement(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                      const Project &project);
    void paintStageHeader(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                          const Project &project) const;
    void paintLaneHeader(QPainter *p, const LayoutElement &e, const MapLayout &layout) const;
    void paintCell(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                   const Project &project);
    void paintCard(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                   const Project &project);
    void paintTouchpointCard(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                             const Touchpoint &tp, const Project &project);
    /// The dots of a pain point's or opportunity's workshop votes.
    void paintVotes(QPainter *p, const QRectF &card, int votes) const;
    void paintEmotionPoint(QPainter *p, const LayoutElement &e, const Project &project) const;
    /// A card's frame with a coloured bar on its left edge (none if `accent` is invalid).
    void paintFrame(QPainter *p, const QRectF &rect, const QColor &accent,
                    const QColor &border) const;
    /// The leading icon of a card's badge row.
    void paintBadgeIcon(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                        const QString &icon, const QColor &color);
    void paintTexts(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                    const QColor &text, const QColor &muted) const;

    MapTheme mTheme;
    MapIcons mIcons;
};

} // namespace cjm
