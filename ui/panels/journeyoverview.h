// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QStackedWidget>
#include <QUuid>

class QLabel;
class QTabWidget;

namespace cjm {

class Document;
class JourneyOverviewPage;
struct ChangeEvent;

/**
 * The main window's central widget until the map canvas exists: one tab per
 * journey, in order, each a JourneyOverviewPage. Read-only. On a change it
 * rebuilds only the pages of the journeys the change touched; adding,
 * removing, moving or renaming a journey re-syncs the tabs.
 */
class JourneyOverview : public QStackedWidget
{
    Q_OBJECT

public:
    explicit JourneyOverview(QWidget *parent = nullptr);

    /// Shows `document` (not owned; nullptr shows a hint instead).
    void setDocument(Document *document);

    QTabWidget *tabs() const { return mTabs; }
    /// The page of journey `journeyId`, or nullptr.
    JourneyOverviewPage *pageFor(const QUuid &journeyId) const;

private:
    void onChanged(const ChangeEvent &event);
    /// Journeys whose pages a change touches; `all` is set when that can't be told.
    QSet<QUuid> affectedJourneys(const ChangeEvent &event, bool *all) const;
    void syncTabs();
    void rebuildPage(JourneyOverviewPage *page);
    void showHint();

    QPointer<Document> mDocument;
    QLabel *mHint;
    QTabWidget *mTabs;
};

} // namespace cjm
