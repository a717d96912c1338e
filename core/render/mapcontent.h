// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardspec.h"
#include "mapstyle.h"
#include "model/project.h"

#include <QCoreApplication>

namespace cjm {

/**
 * What each card and cell of a journey map says, and the translated names it
 * uses (lanes, channels, risk levels, ...). Kept apart from the geometry so
 * MapLayout only measures and places.
 */
class MapContent
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapContent)

public:
    static CardSpec stageHeader(const Stage &stage, const MapStyle &style);
    static CardSpec laneHeader(LaneKind kind, const QString &title, const MapStyle &style);
    /// A touchpoint's card; `badges` are its figures of metrics scoped elsewhere (see
    /// JourneyIndex::badgesOf), each "✓/✗ name value · target".
    static CardSpec touchpointCard(const Touchpoint &tp, const MapStyle &style,
                                   const QStringList &badges = {});
    /// The badge text of each measurement: its metric, value and how it stands to target.
    static QStringList badgeLines(const Project &project,
                                  const QVector<const Measurement *> &measurements);
    /// The same measurements as JourneyIndex::badgesOf, found by a scan (one card's update).
    static QVector<const Measurement *> badgesOf(const Project &project, const QUuid &touchpointId);
    static CardSpec channelCell(const Touchpoint &tp);
    /**
     * A touchpoint's cell in a built-in single-value lane: customer action, thoughts,
     * backstage, channel, or its feelings under the emotion curve (lane Emotion). Empty for
     * other lanes.
     */
    static CardSpec touchpointCell(LaneKind lane, const Touchpoint &tp, const MapStyle &style);
    /// A plain text cell (customer action, thoughts, feelings, backstage, user lanes).
    static CardSpec textCell(const QString &text, const MapStyle &style, TextRole role);
    static CardSpec painPointCard(const PainPoint &pp, const MapStyle &style);
    static CardSpec opportunityCard(const Opportunity &op, const MapStyle &style);
    static CardSpec insightCard(const Insight &insight, const MapStyle &style);
    static CardSpec metricCard(const Metric &metric, const Measurement *latest);

    /// The title of a lane: its own for a user lane, else the name of its kind.
    static QString laneTitle(LaneKind kind, const QString &title);
    static QString laneKindName(LaneKind kind);
    static QString opportunityStatusName(OpportunityStatus status);
    static QString insightKindName(InsightKind kind);
    static QString insightSourceName(InsightSource source);

private:
    static QString metricValue(const Metric &metric, double value);
};

} // namespace cjm
