// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliconsole.h"

#include <cstdio>

namespace cjm {

QTextStream &CliConsole::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliConsole::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace cjm
