// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcommand.h"

#include "storage/projectfile.h"
#include "storage/workingcopy.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

namespace cjm {

NewCommand::NewCommand() : CliCommand(QStringLiteral("new")) {}

void NewCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("name"), tr("Name of the project."), tr("NAME")});
    parser.addOption({QStringLiteral("force"), tr("Replace an existing file.")});
}

int NewCommand::checkOverwrite(const QString &file, bool force)
{
    if (!QFileInfo::exists(file))
        return ExitOk;
    if (!force)
        return failure(file, tr("the file exists; use --force to replace it"));
    if (WorkingCopy::isInUse(file))
        return failure(file, tr("the file is open in Journey Studio; close it first"));
    return ExitOk;
}

int NewCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    if (const int refused = checkOverwrite(file, parser.isSet(QStringLiteral("force"))))
        return refused;
    Project project;
    project.info.id = QUuid::createUuid();
    project.info.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                             : QFileInfo(file).completeBaseName();
    project.info.created = QDateTime::currentDateTimeUtc();
    project.info.modified = project.info.created;
    if (const Status status = ProjectFile::create(file, project); !status)
        return failure(file, status.message());
    CliConsole::out() << tr("%1: created the project \"%2\"").arg(file, project.info.name)
                      << Qt::endl;
    return ExitOk;
}

} // namespace cjm
