// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cjm {

/**
 * journeystudio-cli: picks the subcommand named by the first argument and
 * runs it; answers --help and --version; turns anything else into a usage
 * error (exit 64). A thin shell over journeycore: whatever a command does, a
 * test can do in-process with the same core classes.
 */
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    /// Runs the command line `arguments` (program name first); returns the exit status.
    int run(const QStringList &arguments);

    /// The usage text listing every subcommand and the exit statuses.
    static QString usage();

private:
    static std::unique_ptr<CliCommand> makeCommand(const QString &name);
    static int showUsage(int exitCode);
};

} // namespace cjm
