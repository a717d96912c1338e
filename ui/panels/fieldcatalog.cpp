// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcatalog.h"

#include "model/entitydispatch.h"
#include "model/labels.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

/// The Data fields of T as untranslated descriptors (column, type, bounds).
template<class T>
QVector<FieldDescriptor> dataFields()
{
    QVector<FieldDescriptor> out;
    for (const Field<T> &f : T::fields()) {
        if (f.role != FieldRole::Data)
            continue;
        FieldDescriptor d;
        d.column = f.name();
        d.type = f.type;
        d.min = f.min;
        d.max = f.max;
        out.append(d);
    }
    return out;
}

QVector<FieldDescriptor> rawFields(EntityKind kind)
{
    QVector<FieldDescriptor> out;
    if (kind == EntityKind::ProjectInfo)
        return dataFields<ProjectInfo>();
    dispatchEntityKind(kind,
                       [&out](auto tag) { out = dataFields<typename decltype(tag)::Type>(); });
    return out;
}

/// Text fields short enough for one line; every other text field gets a paragraph editor.
bool isSingleLine(const QString &column)
{
    static const QSet<QString> lines = {u"title"_s, u"name"_s,          u"owner"_s, u"role"_s,
                                        u"unit"_s,  u"source_detail"_s, u"locale"_s};
    return lines.contains(column);
}

template<class E>
QVector<QPair<QVariant, QString>> enumChoices(int count, QString (*name)(E))
{
    QVector<QPair<QVariant, QString>> out;
    for (int i = 0; i < count; ++i)
        out.append({QVariant(i), name(static_cast<E>(i))});
    return out;
}

} // namespace

QVector<FieldDescriptor> FieldCatalog::fieldsOf(EntityKind kind)
{
    QVector<FieldDescriptor> out;
    const QVector<FieldDescriptor> raw = rawFields(kind);
    for (FieldDescriptor d : raw) {
        if (isHidden(kind, d.column, d.type))
            continue;
        describe(kind, &d);
        out.append(d);
    }
    return out;
}

FieldDescriptor FieldCatalog::field(EntityKind kind, const QString &column)
{
    const QVector<FieldDescriptor> all = fieldsOf(kind);
    for (const FieldDescriptor &d : all) {
        if (d.column == column)
            return d;
    }
    return FieldDescriptor();
}

bool FieldCatalog::isHidden(EntityKind kind, const QString &column, FieldType type)
{
    // References are chosen elsewhere (the photo in the personas dock, links), time stamps are
    // kept by the document, images are not typed, and a lane's kind is fixed.
    if (type == FieldType::Uuid || type == FieldType::Blob || type == FieldType::DateTime)
        return true;
    if (kind == EntityKind::Image || kind == EntityKind::Link)
        return true;
    if (kind == EntityKind::Lane && column == u"kind"_s)
        return true;
    return false;
}

void FieldCatalog::describe(EntityKind kind, FieldDescriptor *d)
{
    d->label = label(d->column);
    d->choices = choicesOf(kind, d->column);
    if (!d->choices.isEmpty()) {
        d->editor = FieldDescriptor::Editor::Choice;
        return;
    }
    if (d->column == u"handling"_s) {
        d->editor = FieldDescriptor::Editor::Flags;
        d->flags = handlingFlags();
        return;
    }
    switch (d->type) {
    case FieldType::Text:
        d->editor = isSingleLine(d->column) ? FieldDescriptor::Editor::Line
                                            : FieldDescriptor::Editor::Paragraph;
        break;
    case FieldType::Integer:
    case FieldType::OptionalInt:
        d->editor = FieldDescriptor::Editor::Integer;
        break;
    case FieldType::Real:
    case FieldType::OptionalReal:
        d->editor = FieldDescriptor::Editor::Real;
        break;
    case FieldType::Bool:
        d->editor = FieldDescriptor::Editor::Check;
        break;
    case FieldType::Date:
        d->editor = FieldDescriptor::Editor::Date;
        break;
    case FieldType::Color:
        d->editor = FieldDescriptor::Editor::Color;
        break;
    default:
        d->editor = FieldDescriptor::Editor::Line;
        break;
    }
    if (d->column == u"share_percent"_s || d->column == u"customers_affected"_s)
        d->suffix = tr(" %");
}

QVector<QPair<QVariant, QString>> FieldCatalog::choicesOf(EntityKind kind, const QString &column)
{
    if (column == u"emotion"_s)
        return emotionChoices(false);
    if (column == u"emotion_to_be"_s)
        return emotionChoices(true);
    if (column == u"channel"_s)
        return enumChoices<Channel>(11, &Labels::channelName);
    if (column == u"environment"_s)
        return enumChoices<Environment>(3, &Labels::environmentName);
    if (column == u"evidence"_s)
        return enumChoices<EvidenceLevel>(3, &Labels::evidenceName);
    if (column == u"tier"_s)
        return enumChoices<Tier>(3, &Labels::tierName);
    if (column == u"state"_s)
        return enumChoices<JourneyState>(2, &Labels::journeyStateName);
    if (kind == EntityKind::Journey && column == u"status"_s)
        return enumChoices<JourneyStatus>(4, &Labels::journeyStatusName);
    if (kind == EntityKind::PainPoint && column == u"category"_s)
        return enumChoices<PainCategory>(5, &Labels::painCategoryName);
    if (kind == EntityKind::Opportunity && column == u"status"_s)
        return opportunityStatusChoices();
    if (kind == EntityKind::Insight)
        return insightChoices(column);
    if (kind == EntityKind::Metric || kind == EntityKind::Measurement)
        return metricChoices(column);
    return {};
}

QVector<QPair<QVariant, QString>> FieldCatalog::emotionChoices(bool optional)
{
    QVector<QPair<QVariant, QString>> out;
    if (optional)
        out.append({QVariant(), tr("Not set")});
    for (int e = kEmotionMax; e >= kEmotionMin; --e)
        out.append({QVariant(e), tr("%1 %2").arg(Labels::emotionValue(e), Labels::emotionName(e))});
    return out;
}

QVector<QPair<QVariant, QString>> FieldCatalog::opportunityStatusChoices()
{
    return {{0, tr("Idea")},
            {1, tr("Planned")},
            {2, tr("In progress")},
            {3, tr("Done")},
            {4, tr("Verified")}};
}

QVector<QPair<QVariant, QString>> FieldCatalog::insightChoices(const QString &column)
{
    if (column == u"kind"_s)
        return {{0, tr("Quote")}, {1, tr("Observation")}, {2, tr("Data point")}};
    if (column == u"source"_s) {
        return {{0, tr("Survey")},       {1, tr("Interview")},         {2, tr("Complaint")},
                {3, tr("Social media")}, {4, tr("Employee feedback")}, {5, tr("Operational data")},
                {6, tr("Other")}};
    }
    return {};
}

QVector<QPair<QVariant, QString>> FieldCatalog::metricChoices(const QString &column)
{
    if (column == u"kind"_s)
        return {{0, tr("NPS")}, {1, tr("CSAT")}, {2, tr("CES")}, {3, tr("Custom")}};
    if (column == u"category"_s) {
        return {{0, tr("Interaction")},
                {1, tr("Perception")},
                {2, tr("Behaviour")},
                {3, tr("Outcome")}};
    }
    if (column == u"direction"_s)
        return {{0, tr("Higher is better")}, {1, tr("Lower is better")}};
    if (column == u"scope_kind"_s)
        return scopeChoices();
    if (column == u"source"_s)
        return {{0, tr("Manual")}, {1, tr("Survey")}};
    return {};
}

QVector<QPair<QVariant, QString>> FieldCatalog::scopeChoices()
{
    return {{0, tr("Project")}, {1, tr("Journey")}, {2, tr("Stage")}, {3, tr("Touchpoint")}};
}

QVector<QPair<int, QString>> FieldCatalog::handlingFlags()
{
    return {{HandlingContain, tr("Contain")},
            {HandlingContactCustomer, tr("Contact the customer")},
            {HandlingInvestigate, tr("Investigate")},
            {HandlingRemedy, tr("Remedy")},
            {HandlingPreventRecurrence, tr("Prevent recurrence")}};
}

QString FieldCatalog::label(const QString &c)
{
    static const QHash<QString, const char *> labels = {
            {u"title"_s, QT_TR_NOOP("Title")},
            {u"name"_s, QT_TR_NOOP("Name")},
            {u"description"_s, QT_TR_NOOP("Description")},
            {u"channel"_s, QT_TR_NOOP("Channel")},
            {u"environment"_s, QT_TR_NOOP("Environment")},
            {u"owner"_s, QT_TR_NOOP("Owner")},
            {u"owner_external"_s, QT_TR_NOOP("External provider")},
            {u"customer_action"_s, QT_TR_NOOP("Customer action")},
            {u"thoughts"_s, QT_TR_NOOP("Thoughts")},
            {u"feelings"_s, QT_TR_NOOP("Feelings")},
            {u"emotion"_s, QT_TR_NOOP("Emotion (as-is)")},
            {u"emotion_to_be"_s, QT_TR_NOOP("Emotion (to-be)")},
            {u"evidence"_s, QT_TR_NOOP("Evidence")},
            {u"moment_of_truth"_s, QT_TR_NOOP("Moment of truth")},
            {u"backstage"_s, QT_TR_NOOP("Backstage")},
            {u"category"_s, QT_TR_NOOP("Category")},
            {u"severity"_s, QT_TR_NOOP("Severity")},
            {u"likelihood"_s, QT_TR_NOOP("Likelihood")},
            {u"customers_affected"_s, QT_TR_NOOP("Customers affected")},
            {u"handling"_s, QT_TR_NOOP("Handling")},
            {u"handling_notes"_s, QT_TR_NOOP("Handling notes")},
            {u"votes"_s, QT_TR_NOOP("Votes")},
            {u"status"_s, QT_TR_NOOP("Status")},
            {u"impact"_s, QT_TR_NOOP("Impact")},
            {u"effort"_s, QT_TR_NOOP("Effort")},
            {u"due_date"_s, QT_TR_NOOP("Due date")},
            {u"expected_change"_s, QT_TR_NOOP("Expected change")},
            {u"kind"_s, QT_TR_NOOP("Kind")},
            {u"text"_s, QT_TR_NOOP("Text")},
            {u"source"_s, QT_TR_NOOP("Source")},
            {u"source_detail"_s, QT_TR_NOOP("Source detail")},
            {u"date"_s, QT_TR_NOOP("Date")},
            {u"role"_s, QT_TR_NOOP("Role")},
            {u"tier"_s, QT_TR_NOOP("Tier")},
            {u"share_percent"_s, QT_TR_NOOP("Share of customers")},
            {u"value_per_customer"_s, QT_TR_NOOP("Value per customer")},
            {u"goals"_s, QT_TR_NOOP("Goals")},
            {u"needs"_s, QT_TR_NOOP("Needs")},
            {u"frustrations"_s, QT_TR_NOOP("Frustrations")},
            {u"quote"_s, QT_TR_NOOP("Quote")},
            {u"color"_s, QT_TR_NOOP("Colour")},
            {u"scenario"_s, QT_TR_NOOP("Scenario")},
            {u"state"_s, QT_TR_NOOP("State")},
            {u"customer_goal"_s, QT_TR_NOOP("Customer goal")},
            {u"notes"_s, QT_TR_NOOP("Notes")},
            {u"visible"_s, QT_TR_NOOP("Visible")},
            {u"scale_min"_s, QT_TR_NOOP("Scale minimum")},
            {u"scale_max"_s, QT_TR_NOOP("Scale maximum")},
            {u"direction"_s, QT_TR_NOOP("Direction")},
            {u"unit"_s, QT_TR_NOOP("Unit")},
            {u"target"_s, QT_TR_NOOP("Target")},
            {u"scope_kind"_s, QT_TR_NOOP("Scope")},
            {u"period_start"_s, QT_TR_NOOP("Period start")},
            {u"period_end"_s, QT_TR_NOOP("Period end")},
            {u"value"_s, QT_TR_NOOP("Value")},
            {u"sample_size"_s, QT_TR_NOOP("Sample size")},
            {u"note"_s, QT_TR_NOOP("Note")},
            {u"locale"_s, QT_TR_NOOP("Content language")},
            {u"tags"_s, QT_TR_NOOP("Tags")},
    };
    const char *text = labels.value(c, nullptr);
    // A column without a label would show its raw name: better a readable fallback.
    return text ? tr(text) : tr("Other");
}

QString FieldCatalog::kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::ProjectInfo:
        return tr("Project");
    case EntityKind::Image:
        return tr("Image");
    case EntityKind::Persona:
        return tr("Persona");
    case EntityKind::Journey:
        return tr("Journey");
    case EntityKind::Lane:
        return tr("Lane");
    case EntityKind::LaneCell:
        return tr("Lane cell");
    case EntityKind::Stage:
        return tr("Stage");
    case EntityKind::Touchpoint:
        return tr("Touchpoint");
    case EntityKind::PainPoint:
        return tr("Pain point");
    case EntityKind::Opportunity:
        return tr("Opportunity");
    case EntityKind::Insight:
        return tr("Insight");
    case EntityKind::Metric:
        return tr("Metric");
    case EntityKind::Measurement:
        return tr("Measurement");
    case EntityKind::Link:
        return tr("Link");
    }
    return QString();
}

QString FieldCatalog::countName(EntityKind kind, int n)
{
    switch (kind) {
    case EntityKind::Persona:
        return tr("%n persona(s)", nullptr, n);
    case EntityKind::Journey:
        return tr("%n journey(s)", nullptr, n);
    case EntityKind::Stage:
        return tr("%n stage(s)", nullptr, n);
    case EntityKind::Touchpoint:
        return tr("%n touchpoint(s)", nullptr, n);
    case EntityKind::PainPoint:
        return tr("%n pain point(s)", nullptr, n);
    case EntityKind::Opportunity:
        return tr("%n opportunity(-ies)", nullptr, n);
    case EntityKind::Insight:
        return tr("%n insight(s)", nullptr, n);
    default:
        return tr("%n item(s)", nullptr, n);
    }
}

QString FieldCatalog::laneKindName(int laneKind)
{
    switch (static_cast<LaneKind>(laneKind)) {
    case LaneKind::StageHeaders:
        return tr("Stages");
    case LaneKind::Touchpoints:
        return tr("Touchpoints");
    case LaneKind::CustomerActions:
        return tr("Customer actions");
    case LaneKind::Thoughts:
        return tr("Thoughts");
    case LaneKind::Emotion:
        return tr("Feelings and emotion");
    case LaneKind::PainPoints:
        return tr("Pain points");
    case LaneKind::Opportunities:
        return tr("Opportunities");
    case LaneKind::Channels:
        return tr("Channels");
    case LaneKind::Backstage:
        return tr("Backstage");
    case LaneKind::Metrics:
        return tr("Metrics");
    case LaneKind::Insights:
        return tr("Insights");
    case LaneKind::Text:
        return tr("Text lane");
    }
    return QString();
}

} // namespace cjm
