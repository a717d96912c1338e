// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QUuid>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace cjm {

class Document;
struct ChangeEvent;

/**
 * The "Lanes" dock: the rows of the journey shown on the canvas, in map order, each with a
 * check box for whether the map shows it and move up / down buttons. Each toggle is one
 * EditLane step and each move one ReorderLane step.
 */
class LanesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LanesDock(QWidget *parent = nullptr);

    /// Follows `document` (not owned; nullptr shows nothing).
    void setDocument(Document *document);
    /// Shows the lanes of `journeyId`.
    void setJourney(const QUuid &journeyId);
    const QUuid &journey() const { return mJourneyId; }

    // The parts, for tests.
    QListWidget *laneList() const { return mList; }
    QToolButton *upButton() const { return mUp; }
    QToolButton *downButton() const { return mDown; }

private:
    void onChanged(const ChangeEvent &event);
    void rebuild();
    void updateButtons();
    void onItemChanged(QListWidgetItem *item);
    void moveLane(int delta);

    QPointer<Document> mDocument;
    QUuid mJourneyId;
    QListWidget *mList;
    QToolButton *mUp;
    QToolButton *mDown;
    QLabel *mHint;
    bool mUpdating = false;
};

} // namespace cjm
