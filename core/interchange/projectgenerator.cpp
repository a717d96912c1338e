// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/projectgenerator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {

// Sample vocabularies. Plain English sample content, not user interface text.

struct PersonaTemplate
{
    const char *name;
    const char *role;
    Tier tier;
    double share;
    double value;
    const char *goals;
    const char *needs;
    const char *frustrations;
    const char *quote;
    QRgb color;
};

const PersonaTemplate kPersonas[] = {
        {"Anna Weber", "Small-business owner", Tier::Vip, 4, 12000, "Keep the shop running",
         "A named contact who knows her account", "Being passed between departments",
         "I don't have time to explain it twice.", 0x4e79a7},
        {"Li Wei", "Procurement manager", Tier::Key, 11, 4800, "Predictable costs for the team",
         "Clear invoices and reports", "Surprise charges", "Just tell me what it will cost.",
         0xf28e2b},
        {"Jonas Berg", "Student", Tier::Standard, 38, 240, "A good deal without fuss",
         "Everything in the app", "Waiting on the phone", "Why can't I do this online?", 0x59a14f},
        {"Park Min-jun", "Young professional", Tier::Standard, 27, 520, "Fast service on the go",
         "Status updates on his phone", "Appointments during work hours",
         "Let me know before I have to ask.", 0xe15759},
        {"Maria Rossi", "Retired teacher", Tier::Key, 14, 900, "Feel safe and well advised",
         "Someone to talk to in person", "Small print and jargon",
         "I want to understand what I sign.", 0x76b7b2},
        {"Tom Evans", "Family organiser", Tier::Standard, 6, 680, "One contract for the household",
         "Simple comparisons", "Forms that ask the same thing again",
         "Make it simple for all of us.", 0xedc948},
};

const char *const kJourneyNames[] = {
        "Broadband sign-up", "Moving house",        "Device repair", "Billing question",
        "Contract renewal",  "Online order",        "Store visit",   "Complaint handling",
        "Mobile upgrade",    "Business onboarding",
};

struct StageTemplate
{
    const char *name;
    const char *goal;
};

const StageTemplate kStages[] = {
        {"Awareness", "Learn that a solution exists"},
        {"Consideration", "Find the offer that fits"},
        {"Purchase", "Buy with confidence"},
        {"Onboarding", "Get started without effort"},
        {"Use", "Get value every day"},
        {"Service", "Get help quickly when needed"},
        {"Loyalty", "Feel valued as a customer"},
        {"Renewal", "Continue on fair terms"},
        {"Advocacy", "Recommend to others"},
        {"Exit", "Leave without friction"},
};

const QRgb kStageColors[] = {0xdfe7f2, 0xe6f2df, 0xf2ecdf, 0xf2dfe6, 0xe8dff2,
                             0xdff2f0, 0xf2f1df, 0xe3e3e3, 0xf2e4df, 0xdfeaf2};

const char *const kVerbs[]
        = {"Compare",    "Review",   "Book",        "Confirm", "Track",     "Pay for",
           "Activate",   "Update",   "Cancel",      "Renew",   "Ask about", "Report a problem with",
           "Search for", "Download", "Sign up for", "Upgrade"};
const char *const kObjects[] = {
        "tariffs",          "the contract",     "an appointment", "the delivery",  "the invoice",
        "the account",      "the device",       "the order",      "a refund",      "the warranty",
        "the loyalty card", "the subscription", "opening hours",  "the user guide"};
const char *const kChannelPhrases[]
        = {"on the website",    "in the app",      "by phone",     "by email",
           "in the chat",       "on social media", "in the store", "by mail",
           "with a technician", "at a kiosk",      "elsewhere"};
const char *const kInternalOwners[] = {"Marketing", "Sales",     "Customer Service", "Billing",
                                       "IT",        "Logistics", "Product",          "Digital"};
const char *const kExternalOwners[] = {"Parcel carrier", "Installation partner", "Payment provider",
                                       "Call-centre partner", "Retail partner"};
const char *const kThoughts[] = {"Is this the best price?",
                                 "How long will this take?",
                                 "Did they get my request?",
                                 "I hope this works first time.",
                                 "Why do they need this again?",
                                 "That was easier than expected.",
                                 "Who do I ask now?"};
const char *const kFeelings[] = {"Frustrated", "Annoyed", "Neutral", "Pleased", "Delighted"};
const char *const kBackstage[]
        = {"CRM case created",           "Order routed to the warehouse", "Credit check",
           "Technician scheduling",      "Invoice run (nightly batch)",   "Quality review of calls",
           "Partner ticket synchronised"};
const char *const kPainTitles[]
        = {"Long waiting time",       "Unclear pricing",       "Repeated data entry",
           "Confusing form",          "No status updates",     "Missed appointment",
           "Wrong invoice",           "Hard to reach support", "Slow website",
           "Inconsistent information"};
const char *const kOpportunityTitles[] = {"Send proactive status updates",
                                          "Simplify the form",
                                          "Offer a call-back",
                                          "Show the total price up front",
                                          "Pre-fill known data",
                                          "Extend opening hours",
                                          "Train front-line staff",
                                          "Add live chat",
                                          "Give partners access to case history",
                                          "Confirm appointments by SMS"};
const char *const kQuotes[]
        = {"\"I had to call three times before anyone could help.\"",
           "\"The app told me everything I needed.\"", "\"Nobody told me the price would change.\"",
           "\"The technician was friendly and on time.\"", "\"I gave up and went to the store.\""};
const char *const kObservations[] = {"Customers hesitate at the payment step.",
                                     "Most callers already tried the website first.",
                                     "Staff use a paper checklist the system does not know.",
                                     "Customers print the confirmation email."};
const char *const kDataPoints[]
        = {"38% of sessions end on this page.", "Average handling time is 9 minutes.",
           "1 in 5 orders needs a manual correction.", "Repeat contact rate is 27% within a week."};
const char *const kTags[] = {"retail", "b2c", "b2b", "digital", "service", "priority"};

template<class T, std::size_t N>
constexpr int countOf(const T (&)[N])
{
    return int(N);
}

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

Environment environmentOf(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
    case Channel::Chat:
    case Channel::InPerson:
        return Environment::Human;
    case Channel::Store:
    case Channel::Mail:
        return Environment::Physical;
    default:
        return Environment::Digital;
    }
}

} // namespace

ProjectGenerator::ProjectGenerator(const Options &options)
    : mOptions(options), mRandom(options.seed)
{}

Project ProjectGenerator::generate()
{
    mProject.clear();
    mRandom.seed(mOptions.seed);
    mPersonaIds.clear();
    mLastAsIsJourney = QUuid();
    mPainPositions.clear();
    mOpportunityPositions.clear();
    mInsightPositions.clear();

    makeInfo();
    makePersonas();
    for (int i = 0; i < mOptions.journeys; ++i)
        makeJourney(i);
    makeMetrics();
    return std::move(mProject);
}

QUuid ProjectGenerator::nextId()
{
    // A version-4 UUID from the seeded generator, so that ids are reproducible.
    quint32 words[4];
    mRandom.fillRange(words);
    return QUuid(words[0], ushort(words[1] >> 16), ushort((words[1] & 0x0fff) | 0x4000),
                 uchar(((words[2] >> 24) & 0x3f) | 0x80), uchar(words[2] >> 16),
                 uchar(words[2] >> 8), uchar(words[2]), uchar(words[3] >> 24),
                 uchar(words[3] >> 16), uchar(words[3] >> 8), uchar(words[3]));
}

int ProjectGenerator::bounded(int lowest, int highest)
{
    return mRandom.bounded(lowest, highest + 1);
}

bool ProjectGenerator::chance(double probability)
{
    return mRandom.generateDouble() < probability;
}

int ProjectGenerator::nextPosition(QHash<QUuid, int> &counters, const QUuid &key)
{
    return counters[key]++;
}

void ProjectGenerator::makeInfo()
{
    ProjectInfo &info = mProject.info;
    info.id = nextId();
    info.name = mOptions.projectName;
    info.description = QStringLiteral("Synthetic project (seed %1): %2 journeys of %3 stages and "
                                      "%4 touchpoints each.")
                               .arg(mOptions.seed)
                               .arg(mOptions.journeys)
                               .arg(mOptions.stagesPerJourney)
                               .arg(mOptions.touchpointsPerJourney);
    info.locale = QStringLiteral("en");
    info.created = QDateTime(mOptions.referenceDate.addYears(-1), QTime(9, 0), Qt::UTC);
    info.modified = QDateTime(mOptions.referenceDate, QTime(17, 30), Qt::UTC);
}

void ProjectGenerator::makePersonas()
{
    const int count = bounded(3, countOf(kPersonas));
    for (int i = 0; i < count; ++i) {
        const PersonaTemplate &t = kPersonas[i];
        Persona persona;
        persona.id = nextId();
        persona.position = i;
        persona.name = text(t.name);
        persona.role = text(t.role);
        persona.tier = t.tier;
        persona.sharePercent = t.share;
        persona.valuePerCustomer = t.value;
        persona.goals = text(t.goals);
        persona.needs = text(t.needs);
        persona.frustrations = text(t.frustrations);
        persona.quote = text(t.quote);
        persona.color = QColor(t.color);
        mProject.list<Persona>().insert(persona);
        mPersonaIds.append(persona.id);
    }
}

void ProjectGenerator::makeJourney(int index)
{
    Journey journey;
    journey.id = nextId();
    journey.position = index;
    const int round = index / countOf(kJourneyNames);
    journey.name = text(kJourneyNames[index % countOf(kJourneyNames)]);
    if (round > 0)
        journey.name += QStringLiteral(" %1").arg(round + 1);
    // Every third journey is the to-be version of the as-is journey before it.
    const bool toBe = index % 3 == 2 && !mLastAsIsJourney.isNull();
    journey.state = toBe ? JourneyState::ToBe : JourneyState::AsIs;
    if (toBe) {
        journey.asIsJourneyId = mLastAsIsJourney;
        journey.name += QStringLiteral(" (to-be)");
    } else {
        mLastAsIsJourney = journey.id;
    }
    journey.scenario = QStringLiteral("%1 for a %2 customer.")
                               .arg(journey.name, text(kPersonas[index % 3].role).toLower());
    journey.owner = text(kInternalOwners[mRandom.bounded(countOf(kInternalOwners))]);
    journey.status = JourneyStatus(bounded(0, 3));
    journey.tags = {text(kTags[mRandom.bounded(3)]), text(kTags[3 + mRandom.bounded(3)])};
    mProject.list<Journey>().insert(journey);

    makeLanes(journey.id);
    linkPersonas(journey.id, index);

    const int stages = mOptions.stagesPerJourney;
    if (stages <= 0)
        return;
    const int total = std::max(0, mOptions.touchpointsPerJourney);
    mCurvePhase = mRandom.generateDouble();
    int done = 0;
    for (int s = 0; s < stages; ++s) {
        const QUuid stageId = makeStage(journey.id, s);
        const int here = total / stages + (s < total % stages ? 1 : 0);
        for (int t = 0; t < here; ++t, ++done) {
            // A smooth curve over the whole journey; touchpoints add noise.
            const double x = (done + 0.5) / std::max(1, total);
            const double curve = 1.3 * std::sin(2 * M_PI * (1.5 * x + mCurvePhase));
            makeTouchpoint(stageId, t, curve, toBe);
        }
    }
}

void ProjectGenerator::makeLanes(const QUuid &journeyId)
{
    for (int kind = int(LaneKind::StageHeaders); kind <= int(LaneKind::Insights); ++kind) {
        Lane lane;
        lane.id = nextId();
        lane.journeyId = journeyId;
        lane.position = kind;
        lane.kind = LaneKind(kind);
        // An empty title means "the name of the kind", in the user's language.
        mProject.list<Lane>().insert(lane);
    }
}

void ProjectGenerator::linkPersonas(const QUuid &journeyId, int journeyIndex)
{
    if (mPersonaIds.isEmpty())
        return;
    const int first = journeyIndex % mPersonaIds.size();
    const int count = std::min<int>(mPersonaIds.size(), bounded(1, 2));
    for (int i = 0; i < count; ++i) {
        const QUuid persona = mPersonaIds.at((first + i) % mPersonaIds.size());
        mProject.addLink({LinkKind::JourneyPersona, journeyId, persona, i});
    }
}

QUuid ProjectGenerator::makeStage(const QUuid &journeyId, int position)
{
    Stage stage;
    stage.id = nextId();
    stage.journeyId = journeyId;
    stage.position = position;
    const StageTemplate &t = kStages[position % countOf(kStages)];
    stage.name = text(t.name);
    if (position >= countOf(kStages))
        stage.name += QStringLiteral(" %1").arg(position / countOf(kStages) + 1);
    stage.customerGoal = text(t.goal);
    stage.color = QColor(kStageColors[position % countOf(kStageColors)]);
    if (chance(0.3))
        stage.notes = QStringLiteral("Ask the group which step here takes longest.");
    mProject.list<Stage>().insert(stage);
    // Now and then a pain point of the stage as a whole.
    if (chance(0.1)) {
        Touchpoint none;
        none.stageId = stage.id;
        makePainPoint(none);
    }
    return stage.id;
}

void ProjectGenerator::makeTouchpoint(const QUuid &stageId, int position, double curveAt, bool toBe)
{
    Touchpoint tp;
    tp.id = nextId();
    tp.stageId = stageId;
    tp.position = position;
    const QString verb = text(kVerbs[mRandom.bounded(countOf(kVerbs))]);
    const QString object = text(kObjects[mRandom.bounded(countOf(kObjects))]);
    tp.title = verb + QLatin1Char(' ') + object;
    tp.channel = Channel(bounded(int(Channel::Web), int(Channel::Other)));
    tp.environment = environmentOf(tp.channel);
    tp.description = QStringLiteral("The customer wants to %1 %2 %3.")
                             .arg(verb.toLower(), object, text(kChannelPhrases[int(tp.channel)]));
    tp.ownerExternal = chance(0.2);
    tp.owner = tp.ownerExternal ? text(kExternalOwners[mRandom.bounded(countOf(kExternalOwners))])
                                : text(kInternalOwners[mRandom.bounded(countOf(kInternalOwners))]);
    tp.customerAction = QStringLiteral("%1 %2").arg(verb, text(kChannelPhrases[int(tp.channel)]));
    tp.thoughts = text(kThoughts[mRandom.bounded(countOf(kThoughts))]);
    const double noise = mRandom.generateDouble() * 1.4 - 0.7;
    tp.emotion = std::clamp(int(std::lround(curveAt + noise)), kEmotionMin, kEmotionMax);
    tp.feelings = text(kFeelings[tp.emotion - kEmotionMin]);
    if (toBe || chance(0.15))
        tp.emotionToBe = std::min(kEmotionMax, tp.emotion + bounded(0, 2));
    tp.evidence = EvidenceLevel(bounded(0, 2));
    tp.momentOfTruth = chance(0.08);
    tp.backstage = text(kBackstage[mRandom.bounded(countOf(kBackstage))]);
    mProject.list<Touchpoint>().insert(tp);

    // Pain points gather where the experience is poor: about 30% overall.
    const double painChance = tp.emotion < 0 ? 0.5 : (tp.emotion == 0 ? 0.25 : 0.1);
    QUuid painPointId;
    if (chance(painChance))
        painPointId = makePainPoint(tp);
    if (chance(0.2))
        makeInsight(tp, painPointId);
}

QUuid ProjectGenerator::makePainPoint(const Touchpoint &touchpoint)
{
    PainPoint pp;
    pp.id = nextId();
    pp.stageId = touchpoint.stageId;
    pp.touchpointId = touchpoint.id;
    pp.position = nextPosition(mPainPositions, pp.siblingKey());
    pp.title = text(kPainTitles[mRandom.bounded(countOf(kPainTitles))]);
    pp.description = touchpoint.title.isEmpty()
            ? QStringLiteral("Customers mention this across the whole stage.")
            : QStringLiteral("Customers report this when they %1.").arg(touchpoint.title.toLower());
    pp.category = PainCategory(bounded(0, 4));
    pp.severity = std::clamp(3 - touchpoint.emotion + bounded(-1, 1), kRatingMin, kRatingMax);
    pp.likelihood = bounded(kRatingMin, kRatingMax);
    pp.customersAffected = bounded(1, 600) / 10.0;
    pp.handling = bounded(0, HandlingAll);
    if (pp.handling != 0)
        pp.handlingNotes = QStringLiteral("Owner reviews the cases every week.");
    pp.votes = bounded(0, 12);
    mProject.list<PainPoint>().insert(pp);
    if (chance(0.6))
        makeOpportunity(pp);
    return pp.id;
}

void ProjectGenerator::makeOpportunity(const PainPoint &painPoint)
{
    Opportunity op;
    op.id = nextId();
    op.stageId = painPoint.stageId;
    op.touchpointId = painPoint.touchpointId;
    op.position = nextPosition(mOpportunityPositions, op.siblingKey());
    op.title = text(kOpportunityTitles[mRandom.bounded(countOf(kOpportunityTitles))]);
    op.description = QStringLiteral("Addresses \"%1\".").arg(painPoint.title);
    op.owner = text(kInternalOwners[mRandom.bounded(countOf(kInternalOwners))]);
    op.status = OpportunityStatus(bounded(0, 4));
    op.impact = bounded(kRatingMin, kRatingMax);
    op.effort = bounded(kRatingMin, kRatingMax);
    if (chance(0.7))
        op.dueDate = mOptions.referenceDate.addDays(bounded(14, 365));
    op.expectedChange = QStringLiteral("CSAT +%1").arg(bounded(1, 5) / 10.0);
    op.votes = bounded(0, 20);
    mProject.list<Opportunity>().insert(op);
    mProject.addLink({LinkKind::OpportunityPainPoint, op.id, painPoint.id, 0});
    if (!op.touchpointId.isNull())
        mProject.addLink({LinkKind::OpportunityTouchpoint, op.id, op.touchpointId, 0});
}

void ProjectGenerator::makeInsight(const Touchpoint &touchpoint, const QUuid &painPointId)
{
    Insight insight;
    insight.id = nextId();
    insight.stageId = touchpoint.stageId;
    insight.touchpointId = touchpoint.id;
    insight.position = nextPosition(mInsightPositions, insight.siblingKey());
    insight.kind = InsightKind(bounded(0, 2));
    switch (insight.kind) {
    case InsightKind::Quote:
        insight.text = text(kQuotes[mRandom.bounded(countOf(kQuotes))]);
        break;
    case InsightKind::Observation:
        insight.text = text(kObservations[mRandom.bounded(countOf(kObservations))]);
        break;
    case InsightKind::DataPoint:
        insight.text = text(kDataPoints[mRandom.bounded(countOf(kDataPoints))]);
        break;
    }
    insight.source = InsightSource(bounded(0, int(InsightSource::Other)));
    insight.sourceDetail
            = QStringLiteral("Study %1, item %2").arg(bounded(1, 9)).arg(bounded(1, 99));
    insight.date = mOptions.referenceDate.addDays(-bounded(0, 364));
    mProject.list<Insight>().insert(insight);
    mProject.addLink({LinkKind::InsightTouchpoint, insight.id, touchpoint.id, 0});
    if (!painPointId.isNull())
        mProject.addLink({LinkKind::InsightPainPoint, insight.id, painPointId, 0});
}

void ProjectGenerator::makeMetrics()
{
    struct Definition
    {
        const char *name;
        MetricKind kind;
        MetricCategory category;
        double scaleMin, scaleMax, target, level;
        MetricDirection direction;
    };
    const Definition definitions[] = {
            {"Net Promoter Score", MetricKind::Nps, MetricCategory::Outcome, 0, 10, 30, 18,
             MetricDirection::HigherIsBetter},
            {"Customer satisfaction", MetricKind::Csat, MetricCategory::Perception, 1, 5, 4.2, 3.8,
             MetricDirection::HigherIsBetter},
            {"Customer effort", MetricKind::Ces, MetricCategory::Interaction, 1, 7, 2.5, 3.1,
             MetricDirection::LowerIsBetter},
    };
    int position = 0;
    for (const Definition &d : definitions) {
        Metric metric;
        metric.id = nextId();
        metric.position = position++;
        metric.name = text(d.name);
        metric.kind = d.kind;
        metric.category = d.category;
        metric.scaleMin = d.scaleMin;
        metric.scaleMax = d.scaleMax;
        metric.direction = d.direction;
        metric.target = d.target;
        mProject.list<Metric>().insert(metric);
        makeMeasurements(metric, ScopeKind::Project, QUuid(), d.level);
        for (const Journey *journey : mProject.orderedJourneys())
            makeMeasurements(metric, ScopeKind::Journey, journey->id, d.level);
    }
}

void ProjectGenerator::makeMeasurements(const Metric &metric, ScopeKind scopeKind,
                                        const QUuid &scopeId, double level)
{
    // NPS is reported on −100..100; CSAT and CES as means on the answer scale.
    const bool nps = metric.kind == MetricKind::Nps;
    const double low = nps ? -100 : metric.scaleMin;
    const double high = nps ? 100 : metric.scaleMax;
    const double spread = nps ? 6 : 0.15;
    const double trend
            = (metric.direction == MetricDirection::HigherIsBetter ? 1 : -1) * spread / 4;
    const QDate firstMonth = QDate(mOptions.referenceDate.year(), 1, 1);
    for (int month = 0; month < 12; ++month) {
        Measurement m;
        m.id = nextId();
        m.metricId = metric.id;
        m.scopeKind = scopeKind;
        m.scopeId = scopeId;
        m.periodStart = firstMonth.addMonths(month);
        m.periodEnd = m.periodStart.addMonths(1).addDays(-1);
        const double noise = (mRandom.generateDouble() * 2 - 1) * spread;
        const double value = std::clamp(level + trend * month + noise, low, high);
        m.value = std::round(value * 100) / 100;
        m.sampleSize = bounded(120, 900);
        m.source = MeasurementSource::Survey;
        mProject.list<Measurement>().insert(m);
    }
}

} // namespace cjm
