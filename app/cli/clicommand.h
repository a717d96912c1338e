// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliconsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cjm {

/**
 * One subcommand of journeystudio-cli (`new`, `info`, ...). Every command
 * takes exactly one FILE plus options; the base class parses the command line
 * with QCommandLineParser and turns every mistake in it into a usage error, so
 * the subclasses only declare options and do their work.
 */
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    /// Returned by run() when the user asked for --help.
    static constexpr int kShowHelp = -1;

    virtual ~CliCommand();
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;

    /// The name the command is invoked by.
    const QString &name() const { return mName; }

    /**
     * Parses `arguments` (those after the command's name) and runs the
     * command. Returns a CliExitCode, or kShowHelp; after ExitUsage the caller
     * prints the usage.
     */
    int run(const QStringList &arguments);

protected:
    explicit CliCommand(const QString &name);

    /// Positional arguments the command takes after FILE (import-survey: its CSV); execute()
    /// reads them from parser.positionalArguments().
    virtual int extraArguments() const { return 0; }
    /// Declares the command's options on `parser`.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    /// Does the work for `file` with the parsed options; returns a CliExitCode.
    virtual int execute(const QCommandLineParser &parser, const QString &file) = 0;

    /// Reports a mistake on the command line; returns ExitUsage.
    int usageError(const QString &message) const;
    /// Reports "file: message" on standard error; returns ExitFailed.
    static int failure(const QString &file, const QString &message);

private:
    QString mName;
};

} // namespace cjm
