// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyoverviewpage.h"

#include "emotionbadge.h"
#include "labels.h"
#include "model/project.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cjm {

namespace {

constexpr int kColumnWidth = 220;
constexpr int kBadgeSize = 22;

/// A pale tint of a stage's colour, so each column reads as one stage without shouting.
QColor tint(const QColor &color)
{
    QColor pale = color;
    pale.setAlpha(70);
    return pale;
}

} // namespace

JourneyOverviewPage::JourneyOverviewPage(const QUuid &journeyId, QWidget *parent)
    : QWidget(parent),
      mJourneyId(journeyId),
      mSummary(new QLabel(this)),
      mTable(new QTableWidget(this))
{
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setContentsMargins(4, 4, 4, 4);

    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setWordWrap(true);
    mTable->setTextElideMode(Qt::ElideNone);
    mTable->setIconSize(QSize(kBadgeSize, kBadgeSize));
    mTable->setShowGrid(true);
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->verticalHeader()->hide(); // row numbers mean nothing: order shows left to right
    mTable->horizontalHeader()->setDefaultSectionSize(kColumnWidth);
    mTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    mTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    mTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
}

void JourneyOverviewPage::rebuild(const Project &project)
{
    mShownIds.clear();
    mShownIds.insert(mJourneyId);
    mTable->clear();
    const Journey *journey = project.journeys().find(mJourneyId);
    if (!journey) {
        mTable->setRowCount(0);
        mTable->setColumnCount(0);
        mSummary->clear();
        return;
    }

    QStringList facts{Labels::journeyStateName(journey->state),
                      Labels::journeyStatusName(journey->status)};
    if (!journey->owner.isEmpty())
        facts.append(tr("owner: %1").arg(journey->owner));
    const QString factLine = facts.join(tr(" · "));
    mSummary->setText(journey->scenario.isEmpty() ? factLine
                                                  : tr("%1\n%2").arg(journey->scenario, factLine));

    const QVector<const Stage *> stages = project.stagesOf(mJourneyId);
    int rows = 0;
    for (const Stage *stage : stages)
        rows = qMax(rows, static_cast<int>(project.touchpointsOf(stage->id).size()));
    mTable->setColumnCount(stages.size());
    mTable->setRowCount(rows);
    for (int column = 0; column < stages.size(); ++column)
        fillStage(project, column, *stages.at(column));
    mTable->resizeRowsToContents();
}

void JourneyOverviewPage::fillStage(const Project &project, int column, const Stage &stage)
{
    mShownIds.insert(stage.id);
    const QVector<const Touchpoint *> touchpoints = project.touchpointsOf(stage.id);
    auto *header = new QTableWidgetItem(stage.name.isEmpty() ? tr("(untitled stage)") : stage.name);
    header->setToolTip(stage.customerGoal.isEmpty()
                               ? QString()
                               : tr("Customer goal: %1").arg(stage.customerGoal));
    mTable->setHorizontalHeaderItem(column, header);

    for (const PainPoint *painPoint : project.painPointsOf(stage.id))
        mShownIds.insert(painPoint->id);
    for (int row = 0; row < mTable->rowCount(); ++row) {
        QTableWidgetItem *item = row < touchpoints.size()
                ? touchpointItem(project, *touchpoints.at(row), stage.color)
                : new QTableWidgetItem();
        if (row >= touchpoints.size()) {
            item->setFlags(Qt::NoItemFlags);
            item->setBackground(tint(stage.color));
        }
        mTable->setItem(row, column, item);
    }
}

QTableWidgetItem *JourneyOverviewPage::touchpointItem(const Project &project,
                                                      const Touchpoint &touchpoint,
                                                      const QColor &stageColor)
{
    mShownIds.insert(touchpoint.id);
    const QVector<const PainPoint *> painPoints = project.painPointsOf(touchpoint.id);
    for (const PainPoint *painPoint : painPoints)
        mShownIds.insert(painPoint->id);

    const QString title = touchpoint.title.isEmpty() ? tr("(untitled)") : touchpoint.title;
    QString details = Labels::channelName(touchpoint.channel);
    if (!painPoints.isEmpty()) {
        // Two forms cover the plural rules of our languages (zh_CN, ko: none; de: as English).
        const QString count = QLocale().toString(painPoints.size());
        details = tr("%1 · %2").arg(details,
                                    painPoints.size() == 1 ? tr("%1 pain point").arg(count)
                                                           : tr("%1 pain points").arg(count));
    }
    auto *item = new QTableWidgetItem(EmotionBadge::icon(touchpoint.emotion, kBadgeSize),
                                      tr("%1\n%2").arg(title, details));
    item->setData(IdRole, touchpoint.id);
    item->setBackground(tint(stageColor));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setToolTip(tr("Emotion %1 (%2)%3")
                             .arg(Labels::emotionValue(touchpoint.emotion),
                                  Labels::emotionName(touchpoint.emotion),
                                  touchpoint.description.isEmpty()
                                          ? QString()
                                          : u'\n' + touchpoint.description));
    if (touchpoint.momentOfTruth) {
        // Moments of truth decide the experience: make them stand out.
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace cjm
