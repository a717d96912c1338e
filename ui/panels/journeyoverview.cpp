// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyoverview.h"

#include "document/document.h"
#include "journeyoverviewpage.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

namespace cjm {

JourneyOverview::JourneyOverview(QWidget *parent)
    : QStackedWidget(parent), mHint(new QLabel(this)), mTabs(new QTabWidget(this))
{
    mHint->setAlignment(Qt::AlignCenter);
    mHint->setWordWrap(true);
    mHint->setEnabled(false); // drawn greyed: it is a hint, not content
    mTabs->setDocumentMode(true);
    mTabs->setUsesScrollButtons(true);
    addWidget(mHint);
    addWidget(mTabs);
    showHint();
}

void JourneyOverview::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    while (mTabs->count() > 0) {
        QWidget *page = mTabs->widget(0);
        mTabs->removeTab(0);
        delete page;
    }
    if (mDocument)
        connect(mDocument, &Document::changed, this, &JourneyOverview::onChanged);
    syncTabs();
}

JourneyOverviewPage *JourneyOverview::pageFor(const QUuid &journeyId) const
{
    for (int i = 0; i < mTabs->count(); ++i) {
        auto *page = static_cast<JourneyOverviewPage *>(mTabs->widget(i));
        if (page->journeyId() == journeyId)
            return page;
    }
    return nullptr;
}

void JourneyOverview::onChanged(const ChangeEvent &event)
{
    bool all = false;
    const QSet<QUuid> journeys = affectedJourneys(event, &all);
    if (all || event.has(ChangeType::Added, EntityKind::Journey)
        || event.has(ChangeType::Removed, EntityKind::Journey)
        || event.has(ChangeType::Moved, EntityKind::Journey))
        syncTabs(); // new pages are built fresh; the others are rebuilt below if touched
    for (int i = 0; i < mTabs->count(); ++i) {
        auto *page = static_cast<JourneyOverviewPage *>(mTabs->widget(i));
        if (all || journeys.contains(page->journeyId()))
            rebuildPage(page);
    }
}

QSet<QUuid> JourneyOverview::affectedJourneys(const ChangeEvent &event, bool *all) const
{
    const Project &project = mDocument->project();
    QSet<QUuid> journeys;
    *all = event.has(ChangeType::Reset);
    for (const ChangeItem &item : event.items) {
        switch (item.kind) {
        case EntityKind::Journey:
            journeys.insert(item.id);
            continue;
        case EntityKind::Stage:
        case EntityKind::Touchpoint:
        case EntityKind::PainPoint:
            break;
        default:
            continue; // not shown here
        }
        // A page knows what it showed (for removals); the model knows where new things went.
        bool found = false;
        for (int i = 0; i < mTabs->count(); ++i) {
            auto *page = static_cast<JourneyOverviewPage *>(mTabs->widget(i));
            if (page->shows(item.id)) {
                journeys.insert(page->journeyId());
                found = true;
            }
        }
        QUuid journeyId;
        if (item.kind == EntityKind::Stage)
            journeyId = project.journeyOfStage(item.id);
        else if (item.kind == EntityKind::Touchpoint)
            journeyId = project.journeyOfTouchpoint(item.id);
        else if (const PainPoint *painPoint = project.painPoints().find(item.id))
            journeyId = project.journeyOfStage(painPoint->stageId);
        if (!journeyId.isNull())
            journeys.insert(journeyId);
        else if (!found)
            *all = true;
    }
    return journeys;
}

void JourneyOverview::syncTabs()
{
    if (!mDocument) {
        showHint();
        return;
    }
    const QVector<const Journey *> journeys = mDocument->project().orderedJourneys();
    // Drop pages of journeys that are gone, then put the rest in order, reusing pages.
    for (int i = mTabs->count() - 1; i >= 0; --i) {
        auto *page = static_cast<JourneyOverviewPage *>(mTabs->widget(i));
        if (!mDocument->project().journeys().contains(page->journeyId())) {
            mTabs->removeTab(i);
            delete page;
        }
    }
    for (int index = 0; index < journeys.size(); ++index) {
        const Journey *journey = journeys.at(index);
        JourneyOverviewPage *page = pageFor(journey->id);
        if (!page) {
            page = new JourneyOverviewPage(journey->id, mTabs);
            page->rebuild(mDocument->project());
            mTabs->insertTab(index, page, QString());
        } else if (mTabs->indexOf(page) != index) {
            mTabs->tabBar()->moveTab(mTabs->indexOf(page), index);
        }
        mTabs->setTabText(index,
                          journey->name.isEmpty() ? tr("(untitled journey)") : journey->name);
    }
    if (journeys.isEmpty())
        showHint();
    else
        setCurrentWidget(mTabs);
}

void JourneyOverview::rebuildPage(JourneyOverviewPage *page)
{
    page->rebuild(mDocument->project());
    if (const Journey *journey = mDocument->project().journeys().find(page->journeyId())) {
        mTabs->setTabText(mTabs->indexOf(page),
                          journey->name.isEmpty() ? tr("(untitled journey)") : journey->name);
    }
}

void JourneyOverview::showHint()
{
    mHint->setText(mDocument ? tr("This project has no journeys yet.")
                             : tr("No project is open.\nCreate one with File ▸ New, open a "
                                  "project file with File ▸ Open…, or drop a .cjm file here."));
    setCurrentWidget(mHint);
}

} // namespace cjm
