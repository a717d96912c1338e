// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanesdock.h"

#include "document/commands/editlane.h"
#include "document/commands/reorderlane.h"
#include "document/document.h"
#include "fieldcatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

LanesDock::LanesDock(QWidget *parent)
    : QDockWidget(tr("Lanes"), parent),
      mList(new QListWidget),
      mUp(new QToolButton),
      mDown(new QToolButton),
      mHint(new QLabel)
{
    setObjectName(u"LanesDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mHint->setWordWrap(true);
    layout->addWidget(mHint);
    layout->addWidget(mList);
    auto *buttons = new QHBoxLayout;
    mUp->setArrowType(Qt::UpArrow);
    mUp->setToolTip(tr("Move the lane up"));
    mDown->setArrowType(Qt::DownArrow);
    mDown->setToolTip(tr("Move the lane down"));
    buttons->addWidget(mUp);
    buttons->addWidget(mDown);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(content);
    connect(mList, &QListWidget::itemChanged, this, &LanesDock::onItemChanged);
    connect(mList, &QListWidget::currentRowChanged, this, &LanesDock::updateButtons);
    connect(mUp, &QToolButton::clicked, this, [this] { moveLane(-1); });
    connect(mDown, &QToolButton::clicked, this, [this] { moveLane(+1); });
    rebuild();
}

void LanesDock::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mJourneyId = QUuid();
    if (mDocument)
        connect(mDocument, &Document::changed, this, &LanesDock::onChanged);
    rebuild();
}

void LanesDock::setJourney(const QUuid &journeyId)
{
    mJourneyId = journeyId;
    rebuild();
}

void LanesDock::onChanged(const ChangeEvent &event)
{
    for (const ChangeItem &item : event.items) {
        if (item.type == ChangeType::Reset
            || (item.kind == EntityKind::Lane && item.type != ChangeType::Linked
                && item.type != ChangeType::Unlinked)) {
            rebuild();
            return;
        }
    }
}

void LanesDock::rebuild()
{
    const QUuid current
            = mList->currentItem() ? mList->currentItem()->data(kIdRole).toUuid() : QUuid();
    mUpdating = true;
    mList->clear();
    const QVector<const Lane *> lanes = mDocument && !mJourneyId.isNull()
            ? mDocument->project().lanesOf(mJourneyId)
            : QVector<const Lane *>();
    const bool writable = mDocument && !mDocument->isReadOnly();
    for (const Lane *lane : lanes) {
        const QString name = lane->kind == LaneKind::Text && !lane->title.isEmpty()
                ? lane->title
                : FieldCatalog::laneKindName(int(lane->kind));
        auto *item = new QListWidgetItem(name, mList);
        item->setData(kIdRole, lane->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                       | (writable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(lane->visible ? Qt::Checked : Qt::Unchecked);
        if (lane->id == current)
            mList->setCurrentItem(item);
    }
    mUpdating = false;
    mHint->setText(!mDocument                ? QString()
                           : lanes.isEmpty() ? tr("The journey shown has no lanes to arrange.")
                                             : tr("Lanes of the journey shown, top to bottom:"));
    updateButtons();
}

void LanesDock::updateButtons()
{
    const bool writable = mDocument && !mDocument->isReadOnly();
    const int row = mList->currentRow();
    mUp->setEnabled(writable && row > 0);
    mDown->setEnabled(writable && row >= 0 && row < mList->count() - 1);
}

void LanesDock::onItemChanged(QListWidgetItem *item)
{
    if (mUpdating || !mDocument)
        return;
    const QUuid id = item->data(kIdRole).toUuid();
    const int visible = item->checkState() == Qt::Checked ? 1 : 0;
    if (!MutationCommand::push(mDocument, new EditLane(mDocument, id, u"visible"_s, visible)))
        rebuild(); // refused: show what the project holds
}

void LanesDock::moveLane(int delta)
{
    QListWidgetItem *item = mList->currentItem();
    const int row = mList->currentRow() + delta;
    if (!mDocument || !item || row < 0 || row >= mList->count())
        return;
    const QUuid id = item->data(kIdRole).toUuid();
    MutationCommand::push(mDocument, new ReorderLane(mDocument, id, row));
    for (int i = 0; i < mList->count(); ++i) {
        if (mList->item(i)->data(kIdRole).toUuid() == id)
            mList->setCurrentRow(i);
    }
}

} // namespace cjm
