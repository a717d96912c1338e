// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace cjm {

/// `new FILE [--name NAME] [--force]`: writes an empty, valid project file.
class NewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    NewCommand();

    /**
     * Refuses (ExitFailed, with a message) to replace `file` unless `force`,
     * and never replaces a file that is open in Journey Studio. Shared with
     * `generate`.
     */
    static int checkOverwrite(const QString &file, bool force);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;
};

} // namespace cjm
