// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettedock.h"

#include "model/labels.h"

#include <QApplication>
#include <QDrag>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>

namespace cjm {

PaletteDock::PaletteDock(QWidget *parent)
    : QDockWidget(tr("Palette"), parent), mList(new QListWidget(this)), mItems(PaletteItem::all())
{
    setObjectName(QStringLiteral("PaletteDock"));
    mList->setObjectName(QStringLiteral("PaletteList"));
    mList->setIconSize(QSize(24, 24));
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Drags start here by hand (eventFilter): the payload is a PaletteItem, not list rows.
    mList->setDragEnabled(false);
    mList->viewport()->installEventFilter(this);
    mList->setToolTip(tr("Drag onto the map to add where it lands; double-click or press Enter "
                         "to add after the selection."));
    setWidget(mList);
    fill();
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *listItem) {
        if (const std::optional<PaletteItem> item = itemAt(mList->row(listItem)))
            Q_EMIT itemActivated(*item);
    });
}

std::optional<PaletteItem> PaletteDock::itemAt(int row) const
{
    const QListWidgetItem *listItem = mList->item(row);
    const QVariant index = listItem ? listItem->data(Qt::UserRole) : QVariant();
    if (!index.isValid())
        return std::nullopt;
    return mItems.value(index.toInt());
}

int PaletteDock::rowOf(const PaletteItem &item) const
{
    for (int row = 0; row < mList->count(); ++row) {
        if (itemAt(row) == item)
            return row;
    }
    return -1;
}

void PaletteDock::addHeading(const QString &text)
{
    auto *heading = new QListWidgetItem(text, mList);
    heading->setFlags(Qt::ItemIsEnabled); // not selectable, no data: nothing to drag
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
}

void PaletteDock::fill()
{
    const int current = mList->currentRow();
    mList->clear();
    const QColor color = palette().color(QPalette::WindowText);
    bool touchpoints = false;
    for (int i = 0; i < mItems.size(); ++i) {
        const PaletteItem &item = mItems.at(i);
        const bool touchpoint = item.kind() == PaletteItem::Kind::Touchpoint;
        if (touchpoint && !touchpoints)
            addHeading(tr("Touchpoints"));
        else if (!touchpoint && touchpoints)
            addHeading(tr("Cards and lanes"));
        touchpoints = touchpoint;
        // Under the heading a channel's name says enough; the tooltip has the whole label.
        auto *listItem = new QListWidgetItem(
                item.icon(color), touchpoint ? Labels::channelName(item.channel()) : item.label(),
                mList);
        listItem->setData(Qt::UserRole, i);
        listItem->setToolTip(item.label());
        if (touchpoint)
            listItem->setData(Qt::AccessibleTextRole, item.label());
    }
    mList->setCurrentRow(current);
}

void PaletteDock::changeEvent(QEvent *event)
{
    // Labels follow the language, icons the theme's text colour.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        setWindowTitle(tr("Palette"));
        fill();
    }
    QDockWidget::changeEvent(event);
}

bool PaletteDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mList->viewport())
        return QDockWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            mPressPos = mouse->position().toPoint();
            mPressed = mList->itemAt(mPressPos);
            if (mPressed && !itemAt(mList->row(mPressed)))
                mPressed = nullptr; // a heading
        }
    } else if (event->type() == QEvent::MouseMove) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mPressed && (mouse->buttons() & Qt::LeftButton)
            && (mouse->position().toPoint() - mPressPos).manhattanLength()
                    >= QApplication::startDragDistance()) {
            QListWidgetItem *item = mPressed;
            mPressed = nullptr;
            startDrag(item);
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        mPressed = nullptr;
    }
    return QDockWidget::eventFilter(watched, event);
}

void PaletteDock::startDrag(QListWidgetItem *listItem)
{
    const std::optional<PaletteItem> item = itemAt(mList->row(listItem));
    if (!item)
        return;
    auto *drag = new QDrag(mList);
    drag->setMimeData(item->toMimeData());
    drag->setPixmap(listItem->icon().pixmap(mList->iconSize()));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

} // namespace cjm
