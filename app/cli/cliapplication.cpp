// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "exportcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "importsurveycommand.h"
#include "infocommand.h"
#include "metricscommand.h"
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
    if (name == QLatin1String("import-survey"))
        return std::make_unique<ImportSurveyCommand>();
    if (name == QLatin1String("metrics"))
        return std::make_unique<MetricsCommand>();
    if (name == QLatin1String("export"))
        return std::make_unique<ExportCommand>();
    if (name == QLatin1String("import"))
        return std::make_unique<ImportCommand>();
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
              "  import-survey FILE CSV [--mapping MAPPING.json | --auto] [--journey NAME]\n"
              "           [--encoding NAME] [--date-order dmy|mdy|ymd] [--keep-answers]\n"
              "           [--dry-run]\n"
              "      Import a survey export (Qualtrics, SurveyMonkey, Google Forms, generic CSV)\n"
              "      and print the summary; without --mapping or --auto the mapping stored for\n"
              "      the same columns is used. Exit 2 when no row could be imported.\n"
              "  metrics FILE [--journey NAME] [--by stage|touchpoint|persona|month] [--json]\n"
              "      Show NPS, CSAT and CES from the imported surveys, overall and per group.\n"
              "  export FILE --format pdf|svg|png|json|csv|xlsx|mermaid -o OUT [--journey NAME]\n"
              "           [--page a4|a3|letter] [--landscape] [--tiled] [--dpi N] [--scale F]\n"
              "           [--transparent] [--theme light|dark|high-contrast] [--no-title-block]\n"
              "           [--report]\n"
              "      Write a journey's map (pdf, svg, png) or the project's data to OUT; the\n"
              "      first journey unless --journey. --tiled cuts a PDF into overlapping pages.\n"
              "  import FILE SOURCE.json|SOURCE.mmd\n"
              "      Add a JSON export (merged; UUIDs already in FILE are imported as copies\n"
              "      with new UUIDs) or a Mermaid journey diagram (a new journey) to FILE,\n"
              "      as one undoable step, and save FILE.\n"
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
