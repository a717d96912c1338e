// SPDX-License-Identifier: GPL-3.0-or-later
// screengrab OUT.png: saves the whole X screen ($DISPLAY) as a PNG. Used by
// scripts/user-guide-walkthrough.sh to photograph the app while xdotool drives it under Xvfb,
// where no screenshot tool is installed.
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: screengrab OUT.png" << Qt::endl;
        return 64;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(out)) {
        QTextStream(stderr) << "screengrab: could not write " << out << Qt::endl;
        return 1;
    }
    return 0;
}
