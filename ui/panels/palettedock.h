// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/paletteitem.h"

#include <QDockWidget>
#include <QPoint>

class QListWidget;
class QListWidgetItem;

namespace cjm {

/**
 * The palette: every thing a map is built from (a stage, a touchpoint per
 * channel, a pain point, an opportunity, an insight, a text lane), each with
 * its map icon; the touchpoints under a heading of their own, named by channel. Drag one onto the
 * map to add it where it lands; double-click it or press Enter to add it after the selection
 * (itemActivated()).
 */
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    /// The item of row `row` of the list; nullopt for a group heading.
    std::optional<PaletteItem> itemAt(int row) const;
    /// The row that shows `item`; −1 if none.
    int rowOf(const PaletteItem &item) const;

Q_SIGNALS:
    /// The user double-clicked an item or pressed Enter on it.
    void itemActivated(const cjm::PaletteItem &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void addHeading(const QString &text);
    void startDrag(QListWidgetItem *listItem);

    QListWidget *mList;
    QVector<PaletteItem> mItems;
    QPoint mPressPos;
    QListWidgetItem *mPressed = nullptr;
};

} // namespace cjm
