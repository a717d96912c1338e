// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

const QString kSettingsKey = u"recentFiles"_s;

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    QStringList files = QSettings().value(kSettingsKey).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxFiles);
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxFiles));
}

void RecentFilesMenu::removeFile(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFilesMenu::store(const QStringList &files)
{
    QSettings().setValue(kSettingsKey, files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 name.cjm": the number is the keyboard accelerator; the tip shows where it is.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', u"&&"_s); // a literal "&" in a menu is written twice
        const QString text = tr("&%1 %2").arg(i + 1).arg(name);
        QAction *action = addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear Menu")), &QAction::triggered, this, [this] { store({}); });
}

} // namespace cjm
