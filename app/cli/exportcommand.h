// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "interchange/mapexportoptions.h"
#include "model/project.h"

#include <optional>

namespace cjm {

/**
 * `export PROJECT [--journey NAME] --format pdf|svg|png|json|csv|xlsx|mermaid
 * [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]
 * [--transparent] [--theme light|dark|high-contrast] [--no-title-block]
 * [--report] -o OUT`: writes one journey's map (pdf, svg, png: MapExporter)
 * or the project's data (json, csv, xlsx, mermaid: the interchange writers)
 * to OUT. --journey defaults to the first journey.
 */
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    ExportCommand();

    /// The formats `--format` accepts, in the order of the help.
    static QStringList formatNames();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// What the command line asked for, once checked.
    struct Request
    {
        QString format;
        QString output;
        QString journeyName;
        MapExportOptions map;
    };

    /// Reads and checks the options into `request`; returns ExitOk or a usage error.
    int readRequest(const QCommandLineParser &parser, Request *request) const;
    /// Reads the map options (page, tiling, scale, theme...) into `options`.
    int readMapOptions(const QCommandLineParser &parser, const QString &format,
                       MapExportOptions *options) const;
    /// The journey named `name` (the first one if empty); lists the journeys when not found.
    std::optional<QUuid> findJourney(const QString &file, const Project &project,
                                     const QString &name) const;

    // One branch per format. Each returns a CliExitCode.
    int exportMap(const QString &file, const Project &project, const QUuid &journeyId,
                  const Request &request) const;
    int exportJson(const QString &file, const Project &project, const Request &request) const;
    int exportCsv(const QString &file, const Project &project, const QUuid &journeyId,
                  const Request &request) const;
    int exportXlsx(const QString &file, const Project &project, const Request &request) const;
    int exportMermaid(const QString &file, const Project &project, const QUuid &journeyId,
                      const Request &request) const;
};

} // namespace cjm
