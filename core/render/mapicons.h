// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/riskassessment.h"
#include "model/enums.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QRectF>
#include <QString>

#include <map>
#include <memory>

class QPainter;
class QSvgRenderer;

namespace cjm {

/**
 * The map's own SVG icons (core/render/icons, resources under :/cjm/render/icons),
 * drawn as vectors in any colour: the icons use `currentColor`, which is
 * replaced by the theme's colour before rendering, so PDF and SVG exports stay
 * sharp. Renderers are cached per icon and colour.
 */
class MapIcons
{
public:
    MapIcons();
    ~MapIcons();
    MapIcons(const MapIcons &) = delete;
    MapIcons &operator=(const MapIcons &) = delete;

    static QString channelIcon(Channel channel);
    static QString evidenceIcon(EvidenceLevel level);
    static QString riskIcon(RiskAssessment::Level level);
    /// Every icon name, e.g. for a test that each loads.
    static QStringList names();
    /// The resource path of an icon.
    static QString path(const QString &name);

    /// Draws icon `name` into `rect` in `color`; nothing if the icon is unknown.
    void paint(QPainter *painter, const QString &name, const QRectF &rect, const QColor &color);
    /// Whether icon `name` exists and is a valid SVG.
    bool isValid(const QString &name);

private:
    QSvgRenderer *renderer(const QString &name, const QColor &color);

    QHash<QString, QByteArray> mSources;
    std::map<QString, std::unique_ptr<QSvgRenderer>> mRenderers;
};

} // namespace cjm
