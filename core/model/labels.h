// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QString>

namespace cjm {

/**
 * Translated names of the domain's closed vocabularies (model/enums.h), for
 * every view that shows them. One place, so a channel is called the same in
 * the outline, the overview and (later) the inspector, in every language.
 */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Labels)

public:
    static QString tierName(Tier tier);
    static QString journeyStateName(JourneyState state);
    static QString journeyStatusName(JourneyStatus status);
    static QString channelName(Channel channel);
    static QString environmentName(Environment environment);
    static QString evidenceName(EvidenceLevel level);
    static QString painCategoryName(PainCategory category);
    /// The emotion as a signed number with a real minus sign ("−2", "0", "+1").
    static QString emotionValue(int emotion);
    /// A word for an emotion value of −2..+2 ("very negative" … "very positive").
    static QString emotionName(int emotion);
};

} // namespace cjm
