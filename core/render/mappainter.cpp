// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cjm {

namespace {

constexpr qreal kCardRadius = 5.0;
constexpr qreal kAccentWidth = 4.0;

qreal paddingOf(const LayoutElement &e, const MapStyle &style)
{
    return e.role == ElementRole::Cell ? style.cellPadding : style.cardPadding;
}

/// The rectangle of the k-th icon from the right of a card's badge row.
QRectF trailingIconRect(const LayoutElement &e, const MapStyle &style, int k)
{
    const qreal pad = paddingOf(e, style);
    const qreal icon = style.iconSize;
    return QRectF(e.rect.right() - pad - icon - k * (icon + 3), e.rect.top() + pad, icon, icon);
}

} // namespace

MapPainter::MapPainter(const MapTheme &theme) : mTheme(theme) {}

void MapPainter::paint(QPainter *painter, const MapLayout &layout, const Project &project,
                       const QRectF &exposed)
{
    painter->save();
    painter->setClipRect(exposed, Qt::IntersectClip);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    paintGrid(painter, layout, exposed);
    const QVector<LayoutElement> &elements = layout.elements();
    for (const LayoutElement &e : elements) {
        if (e.role < ElementRole::EmotionPoint && e.rect.intersects(exposed))
            paintElement(painter, e, layout, project);
    }
    if (!layout.emotionBand().isEmpty() && layout.emotionBand().intersects(exposed))
        paintEmotionBand(painter, layout);
    // Points last: they sit on the curves.
    for (const LayoutElement &e : elements) {
        if (e.role >= ElementRole::EmotionPoint && e.rect.intersects(exposed))
            paintEmotionPoint(painter, e, project);
    }
    painter->restore();
}

void MapPainter::paintGrid(QPainter *p, const MapLayout &layout, const QRectF &exposed) const
{
    p->fillRect(exposed, mTheme.background);
    const QVector<MapLayout::Row> &rows = layout.rows();
    const qreal width = layout.size().width();
    const qreal headerWidth = layout.style().laneHeaderWidth;
    const qreal hairline = mTheme.borderWidth;
    for (int i = 0; i < rows.size(); ++i) {
        const MapLayout::Row &row = rows.at(i);
        const QRectF band(0, row.top, width, row.height);
        if (!band.intersects(exposed))
            continue;
        if (i % 2 == 1)
            p->fillRect(QRectF(headerWidth, row.top, width - headerWidth, row.height),
                        mTheme.laneBand);
        p->fillRect(QRectF(0, row.top, headerWidth, row.height), mTheme.laneHeader);
        p->setPen(QPen(mTheme.gridLine, hairline));
        p->drawLine(QPointF(0, row.bottom()), QPointF(width, row.bottom()));
    }
    if (rows.isEmpty())
        return;
    // Stage dividers run through every lane below the stage headers.
    qreal top = rows.first().top;
    if (rows.first().kind == LaneKind::StageHeaders)
        top = rows.first().bottom();
    const qreal bottom = rows.last().bottom();
    p->setPen(QPen(mTheme.stageDivider, hairline));
    for (const MapLayout::StageSpan &span : layout.stages()) {
        if (span.left >= exposed.left() - 1 && span.left <= exposed.right() + 1)
            p->drawLine(QPointF(span.left, top), QPointF(span.left, bottom));
    }
    p->drawLine(QPointF(width, top), QPointF(width, bottom));
}

void MapPainter::paintEmotionBand(QPainter *p, const MapLayout &layout) const
{
    const QRectF band = layout.emotionBand();
    const MapStyle &style = layout.style();
    p->setFont(style.font(TextRole::Small));
    for (int level = kEmotionMin; level <= kEmotionMax; ++level) {
        const qreal y = layout.emotionY(level);
        QPen pen(mTheme.emotionGuide, level == 0 ? 1.5 * mTheme.borderWidth : mTheme.borderWidth);
        if (level != 0)
            pen.setStyle(Qt::DotLine);
        p->setPen(pen);
        p->drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
        // The scale, at the right edge of the lane title column.
        const QString label = level > 0 ? QStringLiteral("+%1").arg(level)
                : level < 0             ? QString(QChar(0x2212)) + QString::number(-level)
                                        : QStringLiteral("0");
        p->setPen(mTheme.mutedText);
        p->drawText(QRectF(band.left() - 30, y - 8, 24, 16), Qt::AlignRight | Qt::AlignVCenter,
                    label);
    }
    p->setBrush(Qt::NoBrush);
    QPen toBe(mTheme.emotionCurveToBe, mTheme.curveWidth, Qt::DashLine, Qt::RoundCap);
    p->setPen(toBe);
    p->drawPath(layout.emotionCurveToBe());
    p->setPen(QPen(mTheme.emotionCurve, mTheme.curveWidth, Qt::SolidLine, Qt::RoundCap));
    p->drawPath(layout.emotionCurve());
}

void MapPainter::paintElement(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                              const Project &project)
{
    switch (e.role) {
    case ElementRole::StageHeader:
        paintStageHeader(p, e, layout, project);
        break;
    case ElementRole::LaneHeader:
        paintLaneHeader(p, e, layout);
        break;
    case ElementRole::Cell:
        paintCell(p, e, layout, project);
        break;
    case ElementRole::Card:
        paintCard(p, e, layout, project);
        break;
    case ElementRole::EmotionPoint:
    case ElementRole::EmotionPointToBe:
        paintEmotionPoint(p, e, project);
        break;
    }
}

void MapPainter::paintStageHeader(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                                  const Project &project) const
{
    const Stage *stage = project.stages().find(e.id);
    const QColor fill = stage ? stage->color : mTheme.laneHeader;
    p->setPen(mTheme.borderWidth > 1 ? QPen(mTheme.cardBorder, mTheme.borderWidth)
                                     : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawRoundedRect(e.rect, 4, 4);
    const QColor text = MapTheme::textOn(fill);
    QColor muted = text;
    muted.setAlphaF(0.78);
    paintTexts(p, e, layout, text, muted);
}

void MapPainter::paintLaneHeader(QPainter *p, const LayoutElement &e, const MapLayout &layout) const
{
    paintTexts(p, e, layout, mTheme.laneHeaderText, mTheme.laneHeaderText);
}

void MapPainter::paintCell(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                           const Project &project)
{
    if (e.lane == LaneKind::Channels) {
        if (const Touchpoint *tp = project.touchpoints().find(e.touchpointId))
            paintBadgeIcon(p, e, layout, MapIcons::channelIcon(tp->channel), mTheme.icon);
    }
    paintTexts(p, e, layout, mTheme.text, mTheme.mutedText);
}

void MapPainter::paintCard(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                           const Project &project)
{
    switch (e.kind) {
    case EntityKind::Touchpoint:
        if (const Touchpoint *tp = project.touchpoints().find(e.id))
            paintTouchpointCard(p, e, layout, *tp, project);
        return;
    case EntityKind::PainPoint:
        if (const PainPoint *pp = project.painPoints().find(e.id)) {
            const RiskAssessment::Level risk = RiskAssessment::level(*pp);
            const QColor color = mTheme.riskColor(risk);
            paintFrame(p, e.rect, color, mTheme.cardBorder);
            paintBadgeIcon(p, e, layout, MapIcons::riskIcon(risk), color);
            paintVotes(p, e.rect, pp->votes);
        }
        break;
    case EntityKind::Opportunity:
        paintFrame(p, e.rect, mTheme.opportunityAccent, mTheme.cardBorder);
        paintBadgeIcon(p, e, layout, QStringLiteral("opportunity"), mTheme.opportunityAccent);
        if (const Opportunity *op = project.opportunities().find(e.id))
            paintVotes(p, e.rect, op->votes);
        break;
    case EntityKind::Insight:
        paintFrame(p, e.rect, mTheme.insightAccent, mTheme.cardBorder);
        paintBadgeIcon(p, e, layout, QStringLiteral("insight"), mTheme.insightAccent);
        break;
    case EntityKind::Metric:
        paintFrame(p, e.rect, mTheme.metricAccent, mTheme.cardBorder);
        paintBadgeIcon(p, e, layout, QStringLiteral("metric"), mTheme.metricAccent);
        break;
    default:
        paintFrame(p, e.rect, QColor(), mTheme.cardBorder);
        break;
    }
    paintTexts(p, e, layout, mTheme.text, mTheme.mutedText);
}

void MapPainter::paintVotes(QPainter *p, const QRectF &card, int votes) const
{
    if (votes <= 0)
        return;
    // Dots as on a workshop wall, right-aligned in the card's bottom padding; past a handful
    // the count is written out, as nobody counts twenty dots from the back of a room.
    constexpr int kMaxDots = 5;
    constexpr qreal kRadius = 3.0;
    constexpr qreal kStep = 8.0;
    const int dots = qMin(votes, kMaxDots);
    const qreal y = card.bottom() - kRadius - 2.0;
    qreal x = card.right() - 8.0 - kRadius;
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(mTheme.text);
    if (votes > kMaxDots) {
        QFont font = p->font();
        font.setPixelSize(9);
        font.setBold(true);
        p->setFont(font);
        p->setPen(mTheme.text);
        const QString more = QStringLiteral("+%1").arg(votes - kMaxDots + 1);
        const qreal width = QFontMetricsF(font).horizontalAdvance(more);
        p->drawText(QRectF(x - width + kRadius, y - 6, width, 12), Qt::AlignCenter, more);
        x -= width + 2;
        p->setPen(Qt::NoPen);
    }
    for (int i = 0; i < (votes > kMaxDots ? kMaxDots - 1 : dots); ++i) {
        p->drawEllipse(QPointF(x, y), kRadius, kRadius);
        x -= kStep;
    }
    p->restore();
}

void MapPainter::paintTouchpointCard(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                                     const Touchpoint &tp, const Project &project)
{
    const MapStyle &style = layout.style();
    const QColor border = tp.momentOfTruth ? mTheme.momentOfTruth : mTheme.cardBorder;
    paintFrame(p, e.rect, QColor(), border);
    if (tp.momentOfTruth) {
        // A second ring: the moment of truth stands out even in grey print.
        p->setPen(QPen(border, 1.5 * mTheme.borderWidth));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(e.rect.adjusted(-2, -2, 2, 2), kCardRadius + 2, kCardRadius + 2);
    }
    // A strip in the stage colour ties the card to its stage.
    if (const Stage *stage = project.stages().find(tp.stageId)) {
        QPainterPath strip;
        strip.addRoundedRect(e.rect, kCardRadius, kCardRadius);
        p->save();
        p->setClipPath(strip, Qt::IntersectClip);
        p->fillRect(QRectF(e.rect.left(), e.rect.top(), e.rect.width(), 4), stage->color);
        p->restore();
    }
    paintBadgeIcon(p, e, layout, MapIcons::channelIcon(tp.channel), mTheme.icon);
    mIcons.paint(p, MapIcons::evidenceIcon(tp.evidence), trailingIconRect(e, style, 0),
                 mTheme.icon);
    if (tp.momentOfTruth) {
        mIcons.paint(p, QStringLiteral("moment-of-truth"), trailingIconRect(e, style, 1),
                     mTheme.momentOfTruth);
    }
    if (tp.ownerExternal) {
        for (const LayoutText &text : e.texts) {
            if (text.slot != TextSlot::Owner)
                continue;
            const qreal icon = style.iconSize;
            const QRectF rect(text.rect.left() - icon - 3, text.rect.center().y() - icon / 2, icon,
                              icon);
            mIcons.paint(p, QStringLiteral("external-provider"), rect, mTheme.externalProvider);
        }
    }
    paintTexts(p, e, layout, mTheme.text, mTheme.mutedText);
}

void MapPainter::paintEmotionPoint(QPainter *p, const LayoutElement &e,
                                   const Project &project) const
{
    const Touchpoint *tp = project.touchpoints().find(e.id);
    if (!tp)
        return;
    const bool toBe = e.role == ElementRole::EmotionPointToBe;
    const int emotion = toBe ? tp->emotionToBe.value_or(tp->emotion) : tp->emotion;
    const QColor color = mTheme.emotionColor(emotion);
    const QRectF circle = e.rect;
    const qreal r = circle.width() / 2;
    // As-is: a filled disc; to-be: a ring in the to-be colour. Either way with a face.
    p->setPen(QPen(toBe ? mTheme.emotionCurveToBe : mTheme.background, 1.5 * mTheme.borderWidth));
    p->setBrush(toBe ? mTheme.background : color);
    p->drawEllipse(circle);
    const QColor ink = toBe ? mTheme.emotionCurveToBe : MapTheme::textOn(color);
    const QPointF c = circle.center();
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    const qreal eye = std::max(1.0, r * 0.14);
    p->drawEllipse(QPointF(c.x() - r * 0.33, c.y() - r * 0.25), eye, eye);
    p->drawEllipse(QPointF(c.x() + r * 0.33, c.y() - r * 0.25), eye, eye);
    // Mouth: a smile or frown as deep as the emotion is strong, flat when neutral.
    const qreal depth = emotion * r * 0.17;
    QPainterPath mouth;
    const qreal mouthY = c.y() + r * 0.3 - depth / 2;
    mouth.moveTo(c.x() - r * 0.42, mouthY);
    mouth.quadTo(QPointF(c.x(), mouthY + 2 * depth), QPointF(c.x() + r * 0.42, mouthY));
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(ink, std::max(1.2, r * 0.16), Qt::SolidLine, Qt::RoundCap));
    p->drawPath(mouth);
}

void MapPainter::paintFrame(QPainter *p, const QRectF &rect, const QColor &accent,
                            const QColor &border) const
{
    p->setPen(QPen(border, mTheme.borderWidth));
    p->setBrush(mTheme.cardBackground);
    p->drawRoundedRect(rect, kCardRadius, kCardRadius);
    if (!accent.isValid())
        return;
    QPainterPath shape;
    shape.addRoundedRect(rect, kCardRadius, kCardRadius);
    p->save();
    p->setClipPath(shape, Qt::IntersectClip);
    p->fillRect(QRectF(rect.left(), rect.top(), kAccentWidth, rect.height()), accent);
    p->restore();
}

void MapPainter::paintBadgeIcon(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                                const QString &icon, const QColor &color)
{
    const MapStyle &style = layout.style();
    const qreal pad = paddingOf(e, style);
    mIcons.paint(p, icon,
                 QRectF(e.rect.left() + pad, e.rect.top() + pad, style.iconSize, style.iconSize),
                 color);
}

void MapPainter::paintTexts(QPainter *p, const LayoutElement &e, const MapLayout &layout,
                            const QColor &text, const QColor &muted) const
{
    const MapStyle &style = layout.style();
    int currentRole = -1;
    for (const LayoutText &line : e.texts) {
        if (int(line.role) != currentRole) {
            currentRole = int(line.role);
            p->setFont(style.font(line.role));
        }
        const bool dim = line.slot == TextSlot::Meta || line.slot == TextSlot::Owner
                || line.slot == TextSlot::Badge;
        p->setPen(line.slot == TextSlot::Score ? mTheme.metricAccent : dim ? muted : text);
        p->drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line.text);
    }
}

} // namespace cjm
