// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "generatecommand.h"
#include "infocommand.h"
#include "newcommand.h"
#include "recovercommand.h"
#include "validatecommand.h"

namespace cjm {

int CliApplication::run(const QStringList &arguments)
{
    const QString program = QCoreApplication::applicationName();
    if (arguments.size() < 2) {
        CliConsole::err() << program << QStringLiteral(": ") << tr("no command given") << Qt::endl;
        return showUsage(ExitUsage);
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help"))
        return showUsage(ExitOk);
    if (first == QLatin1String("--version")) {
        CliConsole::out() << program << QLatin1Char(' ') << QStringLiteral(JS_VERSION_STRING)
                          << Qt::endl;
        return ExitOk;
    }
    std::unique_ptr<CliCommand> command = makeCommand(first);
    if (!command) {
        CliConsole::err() << program << QStringLiteral(": ")
                          << tr("unknown command \"%1\"").arg(first) << Qt::endl;
        return showUsage(ExitUsage);
    }
    const int code = command->run(arguments.mid(2));
    if (code == CliCommand::kShowHelp)
        return showUsage(ExitOk);
    if (code == ExitUsage)
        return showUsage(ExitUsage);
    return code;
}

std::unique_ptr<CliCommand> CliApplication::makeCommand(const QString &name)
{
    if (name == QLatin1String("new"))
        return std::make_unique<NewCommand>();
    if (name == QLatin1String("info"))
        return std::make_unique<InfoCommand>();
    if (name == QLatin1String("validate"))
        return std::make_unique<ValidateCommand>();
    if (name == QLatin1String("recover"))
        return std::make_unique<RecoverCommand>();
    if (name == QLatin1String("generate"))
        return std::make_unique<GenerateCommand>();
    return nullptr;
}

int CliApplication::showUsage(int exitCode)
{
    // Asked-for help is a result; help after a mistake belongs with the error.
    QTextStream &stream = exitCode == ExitOk ? CliConsole::out() : CliConsole::err();
    stream << usage() << Qt::flush;
    return exitCode;
}

QString CliApplication::usage()
{
    return tr("Usage: %1 COMMAND FILE [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  new FILE [--name NAME] [--force]\n"
              "      Create an empty project file. An existing file is kept unless --force.\n"
              "  info FILE [--json]\n"
              "      Show what a project holds: counts of every kind of entity, per journey too.\n"
              "  validate FILE\n"
              "      Check a project file as untrusted input; print \"valid\" or the problem.\n"
              "  recover FILE [--list | --discard | -o OUT [--force]]\n"
              "      Restore the unsaved work of a session that ended unexpectedly into FILE\n"
              "      (or OUT); --list shows the working copies left behind, --discard deletes "
              "them.\n"
              "  generate FILE --journeys N --stages N --touchpoints N [--seed S] [--name NAME]\n"
              "           [--force]\n"
              "      Write a synthetic project; --touchpoints counts the touchpoints of each\n"
              "      journey, spread evenly over its stages.\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show this help.\n"
              "  --version      Show the version.\n"
              "\n"
              "Exit status: 0 done, 1 nothing to recover, 2 invalid file, refused or failed,\n"
              "64 usage error.\n")
            .arg(QCoreApplication::applicationName());
}

} // namespace cjm
