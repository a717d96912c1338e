// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "model/project.h"
#include "storage/projectfile.h"

#include <QJsonObject>

namespace cjm {

/**
 * `info FILE [--json]`: what a project holds — its name, schema version, the
 * count of every kind of entity, and per journey its state and the counts of
 * stages, touchpoints, pain points, opportunities and insights. The file is
 * read through ProjectFile::validate, so nothing is written next to it.
 *
 * The JSON form has stable, snake_case keys (documented in README.md):
 * {"file", "name", "schema_version", "read_only", "counts": {<entity>: n},
 *  "journeys": [{"id", "name", "state", "stages", "touchpoints",
 *                "pain_points", "opportunities", "insights"}]}.
 */
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    InfoCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// Per-journey figures, in journey order.
    struct JourneySummary
    {
        QUuid id;
        QString name;
        JourneyState state = JourneyState::AsIs;
        int stages = 0;
        int touchpoints = 0;
        int painPoints = 0;
        int opportunities = 0;
        int insights = 0;
    };

    static QVector<JourneySummary> summarise(const Project &project);
    static QJsonObject toJson(const QString &file, const Project &project,
                              const ProjectFile::Inspection &inspection);
    static void printText(const QString &file, const Project &project,
                          const ProjectFile::Inspection &inspection);
    /// The kinds counted, in the order shown.
    static const QVector<EntityKind> &countedKinds();
    /// "Personas: 1,234" and so on, localised.
    static QString countText(EntityKind kind, int count);
};

} // namespace cjm
