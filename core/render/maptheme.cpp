// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptheme.h"

namespace cjm {

MapTheme MapTheme::light()
{
    MapTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.laneBand = QColor(0xf6, 0xf7, 0xf9);
    t.gridLine = QColor(0xe3, 0xe6, 0xeb);
    t.stageDivider = QColor(0xc9, 0xcf, 0xd8);
    t.laneHeader = QColor(0xee, 0xf1, 0xf5);
    t.laneHeaderText = QColor(0x2b, 0x33, 0x3e);
    t.cardBackground = QColor(0xff, 0xff, 0xff);
    t.cardBorder = QColor(0xc8, 0xce, 0xd6);
    t.cellBackground = QColor(0, 0, 0, 0);
    t.text = QColor(0x1f, 0x25, 0x2d);
    t.mutedText = QColor(0x5f, 0x69, 0x75);
    t.icon = QColor(0x44, 0x4e, 0x5a);
    t.painAccent = QColor(0xd0, 0x45, 0x3a);
    t.opportunityAccent = QColor(0x2e, 0x8b, 0x57);
    t.insightAccent = QColor(0x6a, 0x4c, 0xb0);
    t.metricAccent = QColor(0x1f, 0x6f, 0xb2);
    t.emotionCurve = QColor(0x2f, 0x5d, 0x9a);
    t.emotionCurveToBe = QColor(0x2e, 0x8b, 0x57);
    t.emotionPositive = QColor(0x3a, 0x9a, 0x5b);
    t.emotionNeutral = QColor(0x8a, 0x93, 0x9e);
    t.emotionNegative = QColor(0xd0, 0x45, 0x3a);
    t.emotionGuide = QColor(0xdc, 0xe0, 0xe6);
    t.momentOfTruth = QColor(0xe0, 0x9a, 0x00);
    t.externalProvider = QColor(0xb0, 0x5a, 0x00);
    t.riskLow = QColor(0x3a, 0x9a, 0x5b);
    t.riskMedium = QColor(0xd4, 0x9a, 0x00);
    t.riskHigh = QColor(0xe0, 0x6c, 0x1a);
    t.riskCritical = QColor(0xc6, 0x28, 0x28);
    return t;
}

MapTheme MapTheme::dark()
{
    MapTheme t = light();
    t.background = QColor(0x1e, 0x21, 0x26);
    t.laneBand = QColor(0x24, 0x28, 0x2e);
    t.gridLine = QColor(0x33, 0x38, 0x40);
    t.stageDivider = QColor(0x4a, 0x51, 0x5c);
    t.laneHeader = QColor(0x2a, 0x2f, 0x36);
    t.laneHeaderText = QColor(0xe4, 0xe8, 0xee);
    t.cardBackground = QColor(0x2c, 0x31, 0x39);
    t.cardBorder = QColor(0x47, 0x4f, 0x5a);
    t.text = QColor(0xe8, 0xeb, 0xf0);
    t.mutedText = QColor(0xa4, 0xad, 0xb8);
    t.icon = QColor(0xc4, 0xcb, 0xd4);
    t.painAccent = QColor(0xf0, 0x6b, 0x5f);
    t.opportunityAccent = QColor(0x5c, 0xc2, 0x85);
    t.insightAccent = QColor(0xa4, 0x8b, 0xe6);
    t.metricAccent = QColor(0x6c, 0xab, 0xe8);
    t.emotionCurve = QColor(0x7c, 0xaa, 0xe8);
    t.emotionCurveToBe = QColor(0x5c, 0xc2, 0x85);
    t.emotionPositive = QColor(0x5c, 0xc2, 0x85);
    t.emotionNeutral = QColor(0x9a, 0xa3, 0xae);
    t.emotionNegative = QColor(0xf0, 0x6b, 0x5f);
    t.emotionGuide = QColor(0x3a, 0x40, 0x48);
    t.momentOfTruth = QColor(0xff, 0xc1, 0x2e);
    t.externalProvider = QColor(0xf0, 0xa0, 0x50);
    t.riskLow = QColor(0x5c, 0xc2, 0x85);
    t.riskMedium = QColor(0xf2, 0xc1, 0x3a);
    t.riskHigh = QColor(0xf5, 0x8f, 0x3c);
    t.riskCritical = QColor(0xf0, 0x55, 0x55);
    return t;
}

MapTheme MapTheme::highContrast()
{
    MapTheme t;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xe6, 0x00);
    t.background = black;
    t.laneBand = black;
    t.gridLine = white;
    t.stageDivider = white;
    t.laneHeader = black;
    t.laneHeaderText = yellow;
    t.cardBackground = black;
    t.cardBorder = white;
    t.cellBackground = QColor(0, 0, 0, 0);
    t.text = white;
    t.mutedText = white;
    t.icon = white;
    t.painAccent = QColor(0xff, 0x6e, 0x6e);
    t.opportunityAccent = QColor(0x5d, 0xff, 0x8f);
    t.insightAccent = QColor(0x9e, 0xc5, 0xff);
    t.metricAccent = QColor(0x00, 0xe5, 0xff);
    t.emotionCurve = yellow;
    t.emotionCurveToBe = QColor(0x00, 0xe5, 0xff);
    t.emotionPositive = QColor(0x5d, 0xff, 0x8f);
    t.emotionNeutral = white;
    t.emotionNegative = QColor(0xff, 0x6e, 0x6e);
    t.emotionGuide = QColor(0x80, 0x80, 0x80);
    t.momentOfTruth = yellow;
    t.externalProvider = QColor(0xff, 0xb0, 0x40);
    t.riskLow = QColor(0x5d, 0xff, 0x8f);
    t.riskMedium = yellow;
    t.riskHigh = QColor(0xff, 0xa0, 0x30);
    t.riskCritical = QColor(0xff, 0x50, 0x50);
    t.borderWidth = 2.0;
    t.curveWidth = 3.5;
    return t;
}

MapTheme MapTheme::presentation()
{
    MapTheme t = light();
    // Okabe & Ito (2002), "Color Universal Design": eight colours told apart with
    // protanopia, deuteranopia and tritanopia.
    const QColor orange(0xe6, 0x9f, 0x00);
    const QColor skyBlue(0x56, 0xb4, 0xe9);
    const QColor bluishGreen(0x00, 0x9e, 0x73);
    const QColor yellow(0xf0, 0xe4, 0x42);
    const QColor blue(0x00, 0x72, 0xb2);
    const QColor vermillion(0xd5, 0x5e, 0x00);
    const QColor reddishPurple(0xcc, 0x79, 0xa7);
    const QColor black(0, 0, 0);
    t.background = Qt::white;
    t.laneBand = QColor(0xf2, 0xf2, 0xf2);
    t.gridLine = QColor(0x80, 0x80, 0x80);
    t.stageDivider = black;
    t.laneHeader = QColor(0xe6, 0xe6, 0xe6);
    t.laneHeaderText = black;
    t.cardBackground = Qt::white;
    t.cardBorder = black;
    t.cellBackground = QColor(0, 0, 0, 0);
    t.text = black;
    t.mutedText = QColor(0x33, 0x33, 0x33);
    t.icon = black;
    t.painAccent = vermillion;
    t.opportunityAccent = bluishGreen;
    t.insightAccent = reddishPurple;
    t.metricAccent = blue;
    t.emotionCurve = black;
    t.emotionCurveToBe = blue;
    t.emotionPositive = blue;
    t.emotionNeutral = QColor(0x99, 0x99, 0x99);
    t.emotionNegative = vermillion;
    t.emotionGuide = QColor(0xb3, 0xb3, 0xb3);
    t.momentOfTruth = orange;
    t.externalProvider = reddishPurple;
    t.riskLow = skyBlue;
    t.riskMedium = yellow;
    t.riskHigh = orange;
    t.riskCritical = vermillion;
    t.borderWidth = 2.0;
    t.curveWidth = 4.0;
    return t;
}

QColor MapTheme::riskColor(RiskAssessment::Level level) const
{
    switch (level) {
    case RiskAssessment::Level::Low:
        return riskLow;
    case RiskAssessment::Level::Medium:
        return riskMedium;
    case RiskAssessment::Level::High:
        return riskHigh;
    case RiskAssessment::Level::Critical:
        return riskCritical;
    }
    return riskLow;
}

QColor MapTheme::emotionColor(int emotion) const
{
    if (emotion > 0)
        return emotionPositive;
    if (emotion < 0)
        return emotionNegative;
    return emotionNeutral;
}

QColor MapTheme::textOn(const QColor &background)
{
    // Relative luminance (sRGB approximation) is enough to choose between black and white.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF()
            + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1f, 0x25, 0x2d) : QColor(0xff, 0xff, 0xff);
}

} // namespace cjm
