// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli: create, inspect, check, recover, generate and export project files.

#include "cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

/// Drawing a map (export) needs fonts, so a QGuiApplication; it never needs a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journeystudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JS_VERSION_STRING));
    return cjm::CliApplication().run(QCoreApplication::arguments());
}
