// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace cjm {

class Project;
struct Stage;
struct Touchpoint;

/**
 * One journey at a glance, read-only: a line about the journey, then a table
 * whose columns are its stages and whose cells are their touchpoints in order
 * (title, channel, pain point count, and the emotion as a coloured badge).
 * A stand-in for the map canvas; one tab of JourneyOverview.
 */
class JourneyOverviewPage : public QWidget
{
    Q_OBJECT

public:
    /// Item data role of a cell: the touchpoint's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit JourneyOverviewPage(const QUuid &journeyId, QWidget *parent = nullptr);

    const QUuid &journeyId() const { return mJourneyId; }

    /// Re-reads the journey from `project`.
    void rebuild(const Project &project);

    /// Whether the page shows entity `id` (the journey, a stage, touchpoint or pain point).
    bool shows(const QUuid &id) const { return mShownIds.contains(id); }

    QTableWidget *table() const { return mTable; }

private:
    void fillStage(const Project &project, int column, const Stage &stage);
    QTableWidgetItem *touchpointItem(const Project &project, const Touchpoint &touchpoint,
                                     const QColor &stageColor);

    QUuid mJourneyId;
    QSet<QUuid> mShownIds;
    QLabel *mSummary;
    QTableWidget *mTable;
};

} // namespace cjm
