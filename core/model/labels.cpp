// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/labels.h"

#include <QLocale>

namespace cjm {

QString Labels::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Vip:
        return tr("VIP");
    case Tier::Key:
        return tr("Key");
    case Tier::Standard:
        return tr("Standard");
    }
    return QString();
}

QString Labels::journeyStateName(JourneyState state)
{
    switch (state) {
    case JourneyState::AsIs:
        return tr("As-is");
    case JourneyState::ToBe:
        return tr("To-be");
    }
    return QString();
}

QString Labels::journeyStatusName(JourneyStatus status)
{
    switch (status) {
    case JourneyStatus::Draft:
        return tr("Draft");
    case JourneyStatus::Researched:
        return tr("Researched");
    case JourneyStatus::Validated:
        return tr("Validated");
    case JourneyStatus::Live:
        return tr("Live");
    }
    return QString();
}

QString Labels::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Web:
        return tr("Web");
    case Channel::App:
        return tr("App");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Email:
        return tr("Email");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Social:
        return tr("Social media");
    case Channel::Store:
        return tr("Store");
    case Channel::Mail:
        return tr("Mail");
    case Channel::InPerson:
        return tr("In person");
    case Channel::SelfService:
        return tr("Self-service");
    case Channel::Other:
        return tr("Other");
    }
    return QString();
}

QString Labels::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Human:
        return tr("Human");
    case Environment::Physical:
        return tr("Physical");
    case Environment::Digital:
        return tr("Digital");
    }
    return QString();
}

QString Labels::evidenceName(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Assumption:
        return tr("Assumption");
    case EvidenceLevel::PartlyDataBacked:
        return tr("Partly data-backed");
    case EvidenceLevel::ResearchBased:
        return tr("Research-based");
    }
    return QString();
}

QString Labels::painCategoryName(PainCategory category)
{
    switch (category) {
    case PainCategory::Product:
        return tr("Product");
    case PainCategory::ServiceProcess:
        return tr("Service process");
    case PainCategory::People:
        return tr("People");
    case PainCategory::Platform:
        return tr("Platform / system");
    case PainCategory::Brand:
        return tr("Brand");
    }
    return QString();
}

QString Labels::emotionValue(int emotion)
{
    // QLocale gives the locale's digits; the sign is explicit so that "+1" and "−1" align.
    const QString digits = QLocale().toString(qAbs(emotion));
    if (emotion > 0)
        return QLatin1Char('+') + digits;
    if (emotion < 0)
        return QChar(0x2212) + digits;
    return digits;
}

QString Labels::emotionName(int emotion)
{
    switch (qBound(kEmotionMin, emotion, kEmotionMax)) {
    case -2:
        return tr("very negative");
    case -1:
        return tr("negative");
    case 1:
        return tr("positive");
    case 2:
        return tr("very positive");
    default:
        return tr("neutral");
    }
}

} // namespace cjm
