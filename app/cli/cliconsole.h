// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace cjm {

/// Exit status of journeystudio-cli (listed in its --help).
enum CliExitCode {
    ExitOk = 0,          ///< done
    ExitNothingToDo = 1, ///< nothing to recover
    ExitFailed = 2,      ///< invalid file, refused or failed
    ExitUsage = 64,      ///< bad command line (as EX_USAGE of sysexits.h)
};

/**
 * The CLI's standard output and error streams (UTF-8). One pair for the whole
 * process, so output of the application and of the commands never interleaves
 * out of order.
 */
class CliConsole
{
public:
    /// Standard output: results.
    static QTextStream &out();
    /// Standard error: problems and usage after a usage error.
    static QTextStream &err();
};

} // namespace cjm
