// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapicons.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace cjm {

MapIcons::MapIcons() = default;
MapIcons::~MapIcons() = default;

QString MapIcons::channelIcon(Channel channel)
{
    switch (channel) {
    case Channel::Web:
        return QStringLiteral("channel-web");
    case Channel::App:
        return QStringLiteral("channel-app");
    case Channel::Phone:
        return QStringLiteral("channel-phone");
    case Channel::Email:
        return QStringLiteral("channel-email");
    case Channel::Chat:
        return QStringLiteral("channel-chat");
    case Channel::Social:
        return QStringLiteral("channel-social");
    case Channel::Store:
        return QStringLiteral("channel-store");
    case Channel::Mail:
        return QStringLiteral("channel-mail");
    case Channel::InPerson:
        return QStringLiteral("channel-in-person");
    case Channel::SelfService:
        return QStringLiteral("channel-self-service");
    case Channel::Other:
        return QStringLiteral("channel-other");
    }
    return QStringLiteral("channel-other");
}

QString MapIcons::evidenceIcon(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Assumption:
        return QStringLiteral("evidence-assumption");
    case EvidenceLevel::PartlyDataBacked:
        return QStringLiteral("evidence-partial");
    case EvidenceLevel::ResearchBased:
        return QStringLiteral("evidence-research");
    }
    return QStringLiteral("evidence-assumption");
}

QString MapIcons::riskIcon(RiskAssessment::Level level)
{
    switch (level) {
    case RiskAssessment::Level::Low:
        return QStringLiteral("risk-low");
    case RiskAssessment::Level::Medium:
        return QStringLiteral("risk-medium");
    case RiskAssessment::Level::High:
        return QStringLiteral("risk-high");
    case RiskAssessment::Level::Critical:
        return QStringLiteral("risk-critical");
    }
    return QStringLiteral("risk-low");
}

QStringList MapIcons::names()
{
    QStringList list;
    for (int c = int(Channel::Web); c <= int(Channel::Other); ++c)
        list.append(channelIcon(Channel(c)));
    for (int e = int(EvidenceLevel::Assumption); e <= int(EvidenceLevel::ResearchBased); ++e)
        list.append(evidenceIcon(EvidenceLevel(e)));
    for (int r = int(RiskAssessment::Level::Low); r <= int(RiskAssessment::Level::Critical); ++r)
        list.append(riskIcon(RiskAssessment::Level(r)));
    list << QStringLiteral("external-provider") << QStringLiteral("moment-of-truth")
         << QStringLiteral("opportunity") << QStringLiteral("insight") << QStringLiteral("metric");
    return list;
}

QString MapIcons::path(const QString &name)
{
    return QStringLiteral(":/cjm/render/icons/%1.svg").arg(name);
}

bool MapIcons::isValid(const QString &name)
{
    const QSvgRenderer *svg = renderer(name, QColor(Qt::black));
    return svg && svg->isValid();
}

void MapIcons::paint(QPainter *painter, const QString &name, const QRectF &rect,
                     const QColor &color)
{
    if (QSvgRenderer *svg = renderer(name, color))
        svg->render(painter, rect);
}

QSvgRenderer *MapIcons::renderer(const QString &name, const QColor &color)
{
    const QString key = name + QLatin1Char('|') + color.name(QColor::HexArgb);
    const auto it = mRenderers.find(key);
    if (it != mRenderers.end())
        return it->second.get();
    auto source = mSources.constFind(name);
    if (source == mSources.constEnd()) {
        QFile file(path(name));
        source = mSources.insert(name,
                                 file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    if (source->isEmpty())
        return nullptr;
    // QtSvg does not resolve currentColor from outside, so the colour is written in.
    QByteArray svg = *source;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    auto renderer = std::make_unique<QSvgRenderer>(svg);
    QSvgRenderer *result = renderer.get();
    mRenderers.emplace(key, std::move(renderer));
    return result;
}

} // namespace cjm
