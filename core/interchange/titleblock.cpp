// SPDX-License-Identifier: GPL-3.0-or-later
#include "titleblock.h"

#include "model/labels.h"
#include "model/project.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cjm {

namespace {

constexpr qreal kPadding = 16.0;
constexpr qreal kLegendWidth = 440.0;
constexpr qreal kFaceRadius = 10.0;
constexpr qreal kLegendColumn = 84.0;

QFont resized(const QFont &font, int pixelSize)
{
    QFont copy = font;
    copy.setPixelSize(pixelSize);
    return copy;
}

} // namespace

TitleBlock::TitleBlock(const Project &project, const QUuid &journeyId, const MapTheme &theme,
                       const MapStyle &style)
    : mProjectName(project.info.name), mDate(QDate::currentDate()), mTheme(theme), mStyle(style)
{
    if (const Journey *journey = project.journeys().find(journeyId))
        mJourneyName = journey->name;
    for (const QUuid &personaId : project.linked(LinkKind::JourneyPersona, journeyId)) {
        if (const Persona *persona = project.personas().find(personaId))
            mPersonas.append(persona->name);
    }
}

void TitleBlock::paint(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(rect, mTheme.background);
    const QRectF inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRectF legend(inner.right() - kLegendWidth, inner.top(), kLegendWidth, inner.height());
    paintInfo(painter, QRectF(inner.topLeft(), QPointF(legend.left() - kPadding, inner.bottom())));
    paintEmotionLegend(painter, legend.topLeft());
    paintRiskLegend(painter, legend.topLeft() + QPointF(0, legend.height() / 2));
    // A rule under the block separates it from the map.
    painter->setPen(QPen(mTheme.gridLine, mTheme.borderWidth));
    painter->drawLine(QPointF(inner.left(), rect.bottom() - kPadding / 2),
                      QPointF(inner.right(), rect.bottom() - kPadding / 2));
    painter->restore();
}

void TitleBlock::paintInfo(QPainter *p, const QRectF &rect) const
{
    const QFont title = resized(mStyle.font(TextRole::Header), 24);
    const QFont body = mStyle.font(TextRole::Body);
    const QString personas
            = mPersonas.isEmpty() ? tr("none") : mPersonas.join(QStringLiteral(", "));
    const QStringList lines = {
            tr("Journey: %1").arg(mJourneyName),
            tr("Personas: %1").arg(personas),
            tr("Date: %1").arg(QLocale().toString(mDate, QLocale::LongFormat)),
    };
    const qreal titleHeight = QFontMetricsF(title).height();
    p->setFont(title);
    p->setPen(mTheme.text);
    const QFontMetricsF titleMetrics(title);
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                titleMetrics.elidedText(mProjectName, Qt::ElideRight, rect.width()));
    p->setFont(body);
    const QFontMetricsF metrics(body);
    qreal y = rect.top() + titleHeight + 6;
    for (const QString &line : lines) {
        p->setPen(mTheme.mutedText);
        p->drawText(QRectF(rect.left(), y, rect.width(), metrics.height()),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(line, Qt::ElideRight, rect.width()));
        y += metrics.height() + 4;
    }
}

void TitleBlock::paintEmotionLegend(QPainter *p, const QPointF &topLeft) const
{
    const QFont small = mStyle.font(TextRole::Small);
    const QFontMetricsF metrics(small);
    p->setFont(mStyle.font(TextRole::Lane));
    p->setPen(mTheme.text);
    p->drawText(QRectF(topLeft, QSizeF(kLegendColumn, 2 * kFaceRadius)),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Emotion"));
    for (int emotion = -2; emotion <= 2; ++emotion) {
        const qreal x
                = topLeft.x() + kLegendColumn + (emotion + 2) * (kLegendWidth - kLegendColumn) / 5;
        paintFace(p, QPointF(x + kFaceRadius, topLeft.y() + kFaceRadius), kFaceRadius, emotion);
        p->setFont(small);
        p->setPen(mTheme.mutedText);
        const QString label = Labels::emotionValue(emotion);
        p->drawText(QRectF(x + 2 * kFaceRadius + 4, topLeft.y(), 40, 2 * kFaceRadius),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(label, Qt::ElideRight, 40));
    }
}

void TitleBlock::paintRiskLegend(QPainter *p, const QPointF &topLeft)
{
    const QFont small = mStyle.font(TextRole::Small);
    const QFontMetricsF metrics(small);
    const qreal icon = mStyle.iconSize;
    p->setFont(mStyle.font(TextRole::Lane));
    p->setPen(mTheme.text);
    p->drawText(QRectF(topLeft, QSizeF(kLegendColumn, icon)),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Risk"));
    const qreal column = (kLegendWidth - kLegendColumn) / 4;
    for (int i = 0; i < 4; ++i) {
        const auto level = RiskAssessment::Level(i);
        const qreal x = topLeft.x() + kLegendColumn + i * column;
        mIcons.paint(p, MapIcons::riskIcon(level), QRectF(x, topLeft.y(), icon, icon),
                     mTheme.riskColor(level));
        p->setFont(small);
        p->setPen(mTheme.mutedText);
        const qreal textWidth = column - icon - 6;
        p->drawText(QRectF(x + icon + 4, topLeft.y(), textWidth, icon),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(RiskAssessment::label(level), Qt::ElideRight, textWidth));
    }
}

void TitleBlock::paintFace(QPainter *p, const QPointF &c, qreal r, int emotion) const
{
    const QColor color = mTheme.emotionColor(emotion);
    p->setPen(QPen(mTheme.background, 1.5 * mTheme.borderWidth));
    p->setBrush(color);
    p->drawEllipse(c, r, r);
    const QColor ink = MapTheme::textOn(color);
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    const qreal eye = std::max(1.0, r * 0.14);
    p->drawEllipse(QPointF(c.x() - r * 0.33, c.y() - r * 0.25), eye, eye);
    p->drawEllipse(QPointF(c.x() + r * 0.33, c.y() - r * 0.25), eye, eye);
    // The same mouth as the map's points: deeper as the emotion is stronger.
    const qreal depth = emotion * r * 0.17;
    QPainterPath mouth;
    const qreal mouthY = c.y() + r * 0.3 - depth / 2;
    mouth.moveTo(c.x() - r * 0.42, mouthY);
    mouth.quadTo(QPointF(c.x(), mouthY + 2 * depth), QPointF(c.x() + r * 0.42, mouthY));
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(ink, std::max(1.2, r * 0.16), Qt::SolidLine, Qt::RoundCap));
    p->drawPath(mouth);
}

} // namespace cjm
