// SPDX-License-Identifier: GPL-3.0-or-later
#include "infocommand.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cjm {

InfoCommand::InfoCommand() : CliCommand(QStringLiteral("info")) {}

void InfoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON with stable keys.")});
}

int InfoCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    Project project;
    ProjectFile::Inspection inspection;
    if (const Status status = ProjectFile::validate(file, &project, &inspection); !status)
        return failure(file, status.message());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonDocument json(toJson(file, project, inspection));
        CliConsole::out() << QString::fromUtf8(json.toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        printText(file, project, inspection);
    }
    return ExitOk;
}

const QVector<EntityKind> &InfoCommand::countedKinds()
{
    static const QVector<EntityKind> kinds = {
            EntityKind::Persona,   EntityKind::Journey,     EntityKind::Lane,
            EntityKind::LaneCell,  EntityKind::Stage,       EntityKind::Touchpoint,
            EntityKind::PainPoint, EntityKind::Opportunity, EntityKind::Insight,
            EntityKind::Metric,    EntityKind::Measurement, EntityKind::Image,
            EntityKind::Link,
    };
    return kinds;
}

QVector<InfoCommand::JourneySummary> InfoCommand::summarise(const Project &project)
{
    QVector<JourneySummary> summaries;
    QHash<QUuid, int> journeyOfStage; // stage id -> index in summaries
    for (const Journey *journey : project.orderedJourneys()) {
        JourneySummary summary;
        summary.id = journey->id;
        summary.name = journey->name;
        summary.state = journey->state;
        const QVector<const Stage *> stages = project.stagesOf(journey->id);
        summary.stages = stages.size();
        for (const Stage *stage : stages)
            journeyOfStage.insert(stage->id, summaries.size());
        summaries.append(summary);
    }
    // One pass over each list; every item names its stage.
    auto tally = [&](const auto &list, int JourneySummary::*counter) {
        for (const auto &item : list) {
            const auto it = journeyOfStage.constFind(item.stageId);
            if (it != journeyOfStage.constEnd())
                ++(summaries[*it].*counter);
        }
    };
    tally(project.touchpoints(), &JourneySummary::touchpoints);
    tally(project.painPoints(), &JourneySummary::painPoints);
    tally(project.opportunities(), &JourneySummary::opportunities);
    tally(project.insights(), &JourneySummary::insights);
    return summaries;
}

QJsonObject InfoCommand::toJson(const QString &file, const Project &project,
                                const ProjectFile::Inspection &inspection)
{
    QJsonObject counts;
    for (EntityKind kind : countedKinds())
        counts.insert(entityKindName(kind), project.count(kind));
    QJsonArray journeys;
    for (const JourneySummary &s : summarise(project)) {
        journeys.append(QJsonObject{
                {QStringLiteral("id"), uuidText(s.id)},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("state"),
                 s.state == JourneyState::ToBe ? QStringLiteral("to_be") : QStringLiteral("as_is")},
                {QStringLiteral("stages"), s.stages},
                {QStringLiteral("touchpoints"), s.touchpoints},
                {QStringLiteral("pain_points"), s.painPoints},
                {QStringLiteral("opportunities"), s.opportunities},
                {QStringLiteral("insights"), s.insights},
        });
    }
    return QJsonObject{
            {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
            {QStringLiteral("name"), project.info.name},
            {QStringLiteral("schema_version"), inspection.version},
            {QStringLiteral("read_only"), inspection.newerVersion},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("journeys"), journeys},
    };
}

void InfoCommand::printText(const QString &file, const Project &project,
                            const ProjectFile::Inspection &inspection)
{
    QTextStream &out = CliConsole::out();
    const QLocale locale;
    out << tr("Project \"%1\" in %2").arg(project.info.name, file) << Qt::endl;
    out << tr("Schema version: %1").arg(locale.toString(inspection.version)) << Qt::endl;
    if (inspection.newerVersion)
        out << tr("Written by a newer version of Journey Studio: it opens read-only.") << Qt::endl;
    for (EntityKind kind : countedKinds())
        out << QStringLiteral("  ") << countText(kind, project.count(kind)) << Qt::endl;
    for (const JourneySummary &s : summarise(project)) {
        const QString state = s.state == JourneyState::ToBe ? tr("to-be") : tr("as-is");
        out << tr("Journey \"%1\" (%2)").arg(s.name, state) << Qt::endl;
        out << QStringLiteral("  ") << countText(EntityKind::Stage, s.stages) << Qt::endl;
        out << QStringLiteral("  ") << countText(EntityKind::Touchpoint, s.touchpoints) << Qt::endl;
        out << QStringLiteral("  ") << countText(EntityKind::PainPoint, s.painPoints) << Qt::endl;
        out << QStringLiteral("  ") << countText(EntityKind::Opportunity, s.opportunities)
            << Qt::endl;
        out << QStringLiteral("  ") << countText(EntityKind::Insight, s.insights) << Qt::endl;
    }
}

QString InfoCommand::countText(EntityKind kind, int n)
{
    const QString number = QLocale().toString(n);
    switch (kind) {
    case EntityKind::Persona:
        return tr("Personas: %1").arg(number);
    case EntityKind::Journey:
        return tr("Journeys: %1").arg(number);
    case EntityKind::Lane:
        return tr("Lanes: %1").arg(number);
    case EntityKind::LaneCell:
        return tr("Lane cells: %1").arg(number);
    case EntityKind::Stage:
        return tr("Stages: %1").arg(number);
    case EntityKind::Touchpoint:
        return tr("Touchpoints: %1").arg(number);
    case EntityKind::PainPoint:
        return tr("Pain points: %1").arg(number);
    case EntityKind::Opportunity:
        return tr("Opportunities: %1").arg(number);
    case EntityKind::Insight:
        return tr("Insights: %1").arg(number);
    case EntityKind::Metric:
        return tr("Metrics: %1").arg(number);
    case EntityKind::Measurement:
        return tr("Measurements: %1").arg(number);
    case EntityKind::Image:
        return tr("Images: %1").arg(number);
    case EntityKind::Link:
        return tr("Links: %1").arg(number);
    case EntityKind::ProjectInfo:
        break;
    }
    return number;
}

} // namespace cjm
