// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace cjm {

/**
 * File ▸ Open Recent: the last project files opened or saved, newest first,
 * remembered in QSettings (at most kMaxFiles). Choosing one emits
 * fileChosen(); the window decides what opening means.
 */
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    /// The remembered files, newest first.
    QStringList files() const;
    /// Puts `path` first (as an absolute path), dropping the oldest beyond kMaxFiles.
    void addFile(const QString &path);
    /// Forgets `path` (a file that could not be opened any more).
    void removeFile(const QString &path);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void store(const QStringList &files);
    void rebuild();
};

} // namespace cjm
