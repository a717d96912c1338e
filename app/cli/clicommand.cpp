// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace cjm {

CliCommand::CliCommand(const QString &name) : mName(name) {}

CliCommand::~CliCommand() = default;

int CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show the usage."));
    parser.addOption(help);
    addOptions(parser);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QCoreApplication::applicationName()} + arguments))
        return usageError(QStringLiteral("%1: %2").arg(mName, parser.errorText()));
    if (parser.isSet(help))
        return kShowHelp;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("%1: the file name is missing").arg(mName));
    if (positional.size() > 1 + extraArguments())
        return usageError(tr("%1: unexpected argument \"%2\"")
                                  .arg(mName, positional.at(1 + extraArguments())));
    if (positional.size() < 1 + extraArguments())
        return usageError(tr("%1: an argument is missing").arg(mName));
    return execute(parser, positional.constFirst());
}

int CliCommand::usageError(const QString &message) const
{
    CliConsole::err() << QCoreApplication::applicationName() << QStringLiteral(": ") << message
                      << Qt::endl;
    return ExitUsage;
}

int CliCommand::failure(const QString &file, const QString &message)
{
    // One line, whatever the message: scripts read the first line of stderr.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    CliConsole::err() << file << QStringLiteral(": ") << line << Qt::endl;
    return ExitFailed;
}

} // namespace cjm
