// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "storage/projectfile.h"

namespace cjm {

ValidateCommand::ValidateCommand() : CliCommand(QStringLiteral("validate")) {}

void ValidateCommand::addOptions(QCommandLineParser &)
{
    // No options besides --help.
}

int ValidateCommand::execute(const QCommandLineParser &, const QString &file)
{
    ProjectFile::Inspection inspection;
    if (const Status status = ProjectFile::validate(file, nullptr, &inspection); !status)
        return failure(file, status.message());
    if (inspection.newerVersion) {
        CliConsole::out() << tr("%1: valid, but written by a newer version of Journey Studio "
                                "(schema version %2): it opens read-only")
                                     .arg(file)
                                     .arg(inspection.version)
                          << Qt::endl;
    } else {
        CliConsole::out() << tr("%1: valid (schema version %2)").arg(file).arg(inspection.version)
                          << Qt::endl;
    }
    return ExitOk;
}

} // namespace cjm
