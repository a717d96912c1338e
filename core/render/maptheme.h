// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/riskassessment.h"

#include <QColor>

namespace cjm {

/**
 * The colours of a journey map. Value type: the canvas, presentation and
 * export pick one of the three built-in themes or adjust a copy. Stage headers
 * keep their own stage colour in every theme; text on them is black or white,
 * whichever reads better.
 */
struct MapTheme
{
    QColor background;
    QColor laneBand; ///< every other lane, for the eye to follow a row
    QColor gridLine;
    QColor stageDivider;
    QColor laneHeader;
    QColor laneHeaderText;
    QColor cardBackground;
    QColor cardBorder;
    QColor cellBackground;
    QColor text;
    QColor mutedText;
    QColor icon;
    QColor painAccent;
    QColor opportunityAccent;
    QColor insightAccent;
    QColor metricAccent;
    QColor emotionCurve;
    QColor emotionCurveToBe;
    QColor emotionPositive;
    QColor emotionNeutral;
    QColor emotionNegative;
    QColor emotionGuide;
    QColor momentOfTruth;
    QColor externalProvider;
    QColor riskLow;
    QColor riskMedium;
    QColor riskHigh;
    QColor riskCritical;
    qreal borderWidth = 1.0;
    qreal curveWidth = 2.5;

    static MapTheme light();
    static MapTheme dark();
    /// Black ground, white text, thick borders: for projectors and low vision.
    static MapTheme highContrast();
    /**
     * For a projector at the back of a room: white ground (projectors wash out dark
     * greys), black text, thick borders, and the Okabe–Ito colours, which stay apart for
     * the common colour-vision deficiencies; risk and emotion keep their shapes too.
     */
    static MapTheme presentation();

    QColor riskColor(RiskAssessment::Level level) const;
    /// Green, grey or red for an emotion −2..+2.
    QColor emotionColor(int emotion) const;
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
};

} // namespace cjm
