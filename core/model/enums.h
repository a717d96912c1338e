// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed vocabularies of the domain (DESIGN.md §1). The integer values are
// stored in the project file: never renumber, only append.

namespace cjm {

/// Customer tier of a persona: most value often comes from a few customers.
enum class Tier { Vip = 0, Key = 1, Standard = 2 };

/// Whether a journey describes today's experience or the intended one.
enum class JourneyState { AsIs = 0, ToBe = 1 };

/// Maturity of a journey map.
enum class JourneyStatus { Draft = 0, Researched = 1, Validated = 2, Live = 3 };

/// Channel through which a touchpoint happens.
enum class Channel {
    Web = 0,
    App = 1,
    Phone = 2, ///< phone / call centre
    Email = 3,
    Chat = 4,
    Social = 5,
    Store = 6,
    Mail = 7,
    InPerson = 8,
    SelfService = 9,
    Other = 10,
};

/// The environment of a touchpoint (GB/T 42509: human, physical, digital).
enum class Environment { Human = 0, Physical = 1, Digital = 2 };

/// How well a touchpoint's description is backed by evidence.
enum class EvidenceLevel { Assumption = 0, PartlyDataBacked = 1, ResearchBased = 2 };

/// Category of a pain point.
enum class PainCategory { Product = 0, ServiceProcess = 1, People = 2, Platform = 3, Brand = 4 };

/// Steps of a pain point's handling plan; stored as a bit set.
enum HandlingStep {
    HandlingContain = 1 << 0,
    HandlingContactCustomer = 1 << 1,
    HandlingInvestigate = 1 << 2,
    HandlingRemedy = 1 << 3,
    HandlingPreventRecurrence = 1 << 4,
    HandlingAll = (1 << 5) - 1,
};

/// Progress of an opportunity (improvement action).
enum class OpportunityStatus { Idea = 0, Planned = 1, InProgress = 2, Done = 3, Verified = 4 };

/// What kind of evidence an insight is.
enum class InsightKind { Quote = 0, Observation = 1, DataPoint = 2 };

/// Where an insight comes from.
enum class InsightSource {
    Survey = 0,
    Interview = 1,
    Complaint = 2,
    SocialMedia = 3,
    EmployeeFeedback = 4,
    OperationalData = 5,
    Other = 6,
};

/// Kind of metric.
enum class MetricKind { Nps = 0, Csat = 1, Ces = 2, Custom = 3 };

/// GB/T 42509 §7.3 measure categories.
enum class MetricCategory { Interaction = 0, Perception = 1, Behaviour = 2, Outcome = 3 };

/// Whether larger values of a metric are better.
enum class MetricDirection { HigherIsBetter = 0, LowerIsBetter = 1 };

/// What a metric or measurement is about.
enum class ScopeKind { Project = 0, Journey = 1, Stage = 2, Touchpoint = 3 };

/// Where a measurement came from.
enum class MeasurementSource { Manual = 0, Survey = 1 };

/// Rows of a journey map. User-defined text lanes are Text.
enum class LaneKind {
    StageHeaders = 0,
    Touchpoints = 1,
    CustomerActions = 2,
    Thoughts = 3,
    Emotion = 4, ///< feelings and the emotion curve
    PainPoints = 5,
    Opportunities = 6,
    Channels = 7,
    Backstage = 8,
    Metrics = 9,
    Insights = 10,
    Text = 11,
};

/// Inclusive range of the emotion scale (−2 very negative … +2 very positive).
constexpr int kEmotionMin = -2;
constexpr int kEmotionMax = 2;
/// Inclusive range of severity, likelihood, impact and effort ratings.
constexpr int kRatingMin = 1;
constexpr int kRatingMax = 5;

} // namespace cjm
