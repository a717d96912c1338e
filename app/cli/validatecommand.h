// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace cjm {

/**
 * `validate FILE`: checks a file as untrusted input (ProjectFile::validate,
 * which never writes to it). Prints one "valid" line, or one line on standard
 * error naming the problem.
 */
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    ValidateCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;
};

} // namespace cjm
