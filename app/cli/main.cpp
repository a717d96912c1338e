// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli: create, inspect, check, recover and generate project files.

#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journeystudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JS_VERSION_STRING));
    return cjm::CliApplication().run(QCoreApplication::arguments());
}
