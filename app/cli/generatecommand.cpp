// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "newcommand.h"
#include "storage/projectfile.h"

#include <QLocale>

namespace cjm {

GenerateCommand::GenerateCommand() : CliCommand(QStringLiteral("generate")) {}

void GenerateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("journeys"), tr("Number of journeys."), tr("N")});
    parser.addOption({QStringLiteral("stages"), tr("Stages of each journey."), tr("N")});
    parser.addOption({QStringLiteral("touchpoints"),
                      tr("Touchpoints of each journey, spread over its stages."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the random content."), tr("S")});
    parser.addOption({QStringLiteral("name"), tr("Name of the project."), tr("NAME")});
    parser.addOption({QStringLiteral("force"), tr("Replace an existing file.")});
}

std::optional<qint64> GenerateCommand::number(const QCommandLineParser &parser,
                                              const QString &option, qint64 lowest,
                                              qint64 highest) const
{
    if (!parser.isSet(option)) {
        usageError(tr("generate: --%1 is missing").arg(option));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < lowest || value > highest) {
        usageError(tr("generate: --%1 must be a whole number from %2 to %3, not \"%4\"")
                           .arg(option, QString::number(lowest), QString::number(highest),
                                parser.value(option)));
        return std::nullopt;
    }
    return value;
}

int GenerateCommand::readOptions(const QCommandLineParser &parser,
                                 ProjectGenerator::Options *options) const
{
    const auto journeys = number(parser, QStringLiteral("journeys"), 0, kMaxJourneys);
    if (!journeys)
        return ExitUsage;
    const auto stages = number(parser, QStringLiteral("stages"), 0, kMaxStages);
    if (!stages)
        return ExitUsage;
    const auto touchpoints = number(parser, QStringLiteral("touchpoints"), 0, kMaxTouchpoints);
    if (!touchpoints)
        return ExitUsage;
    if (*touchpoints > 0 && *stages == 0)
        return usageError(tr("generate: touchpoints need at least one stage"));
    if (*journeys * *touchpoints > kMaxTouchpoints)
        return usageError(tr("generate: at most %1 touchpoints in all")
                                  .arg(QString::number(kMaxTouchpoints)));
    options->journeys = int(*journeys);
    options->stagesPerJourney = int(*stages);
    options->touchpointsPerJourney = int(*touchpoints);
    if (parser.isSet(QStringLiteral("seed"))) {
        const auto seed = number(parser, QStringLiteral("seed"), 0, 0xffffffffLL);
        if (!seed)
            return ExitUsage;
        options->seed = quint32(*seed);
    }
    if (parser.isSet(QStringLiteral("name")))
        options->projectName = parser.value(QStringLiteral("name"));
    return ExitOk;
}

int GenerateCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    ProjectGenerator::Options options;
    if (const int invalid = readOptions(parser, &options))
        return invalid;
    if (const int refused = NewCommand::checkOverwrite(file, parser.isSet(QStringLiteral("force"))))
        return refused;
    const Project project = ProjectGenerator(options).generate();
    if (const Status status = ProjectFile::create(file, project); !status)
        return failure(file, status.message());
    const QLocale locale;
    CliConsole::out() << tr("%1: wrote %2 journeys, %3 stages and %4 touchpoints")
                                 .arg(file, locale.toString(project.count(EntityKind::Journey)),
                                      locale.toString(project.count(EntityKind::Stage)),
                                      locale.toString(project.count(EntityKind::Touchpoint)))
                      << Qt::endl;
    return ExitOk;
}

} // namespace cjm
