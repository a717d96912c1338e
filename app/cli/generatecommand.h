// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "interchange/projectgenerator.h"

#include <optional>

namespace cjm {

/**
 * `generate FILE --journeys N --stages N --touchpoints N [--seed S]
 * [--name NAME] [--force]`: writes a synthetic project (ProjectGenerator)
 * through the normal save path (ProjectFile::create). --touchpoints counts the
 * touchpoints of each journey. For demos, benchmarks and tests.
 */
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    GenerateCommand();

    /// Upper bounds of the options, to keep a typo from filling the disk.
    static constexpr int kMaxJourneys = 1000;
    static constexpr int kMaxStages = 100;
    static constexpr int kMaxTouchpoints = 1000000; ///< of all journeys together

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// Reads the options into `options`; returns ExitOk or a usage error.
    int readOptions(const QCommandLineParser &parser, ProjectGenerator::Options *options) const;
    /// The value of a required whole-number option within [lowest, highest], or a usage error.
    std::optional<qint64> number(const QCommandLineParser &parser, const QString &option,
                                 qint64 lowest, qint64 highest) const;
};

} // namespace cjm
