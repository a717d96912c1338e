// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeycanvas.h"

#include "document/document.h"
#include "mapscene.h"
#include "mapview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace cjm {

namespace {

QToolButton *zoomButton(QWidget *parent, const QString &icon, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

JourneyCanvas::JourneyCanvas(QWidget *parent)
    : QStackedWidget(parent),
      mHint(new QLabel(this)),
      mPage(new QWidget(this)),
      mJourneyBox(new QComboBox(mPage)),
      mView(new MapView(mPage))
{
    mHint->setAlignment(Qt::AlignCenter);
    mHint->setWordWrap(true);
    mHint->setEnabled(false); // drawn greyed: it is a hint, not content

    auto *label = new QLabel(tr("&Journey:"), mPage);
    label->setBuddy(mJourneyBox);
    mJourneyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *zoomLabel = new QLabel(mPage);
    auto *zoomOut = zoomButton(mPage, QStringLiteral("zoom-out"), tr("−"), tr("Zoom out"));
    auto *zoomIn = zoomButton(mPage, QStringLiteral("zoom-in"), tr("+"), tr("Zoom in"));
    auto *fit = zoomButton(mPage, QStringLiteral("zoom-fit-best"), tr("Fit"),
                           tr("Zoom to fit the whole map"));
    auto *actual = zoomButton(mPage, QStringLiteral("zoom-original"), tr("1:1"),
                              tr("Zoom to actual size"));
    connect(zoomOut, &QToolButton::clicked, mView, &MapView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, mView, &MapView::zoomIn);
    connect(fit, &QToolButton::clicked, mView, &MapView::zoomToFit);
    connect(actual, &QToolButton::clicked, mView, &MapView::resetZoom);
    connect(mView, &MapView::zoomChanged, zoomLabel, [zoomLabel](qreal zoom) {
        zoomLabel->setText(tr("%1 %").arg(QLocale().toString(qRound(zoom * 100))));
    });
    zoomLabel->setText(tr("%1 %").arg(QLocale().toString(100)));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(label);
    bar->addWidget(mJourneyBox);
    bar->addStretch(1);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomLabel);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(actual);
    auto *layout = new QVBoxLayout(mPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(mView, 1);

    addWidget(mHint);
    addWidget(mPage);
    connect(mJourneyBox, &QComboBox::currentIndexChanged, this, &JourneyCanvas::onJourneyChosen);
    showHint();
}

void JourneyCanvas::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    {
        const QSignalBlocker blocker(mJourneyBox);
        mJourneyBox->clear();
    }
    mView->setDocument(document, QUuid());
    if (mDocument)
        connect(mDocument, &Document::changed, this, &JourneyCanvas::onChanged);
    syncJourneys();
}

QUuid JourneyCanvas::currentJourney() const
{
    return mView->mapScene()->journeyId();
}

void JourneyCanvas::showJourney(const QUuid &journeyId)
{
    const int index = mJourneyBox->findData(journeyId);
    if (index >= 0)
        mJourneyBox->setCurrentIndex(index);
}

bool JourneyCanvas::showsMap() const
{
    return currentWidget() == mPage;
}

void JourneyCanvas::onChanged(const ChangeEvent &event)
{
    if (event.has(ChangeType::Reset) || event.has(ChangeType::Added, EntityKind::Journey)
        || event.has(ChangeType::Removed, EntityKind::Journey)
        || event.has(ChangeType::Moved, EntityKind::Journey)
        || event.has(ChangeType::Changed, EntityKind::Journey))
        syncJourneys();
}

void JourneyCanvas::syncJourneys()
{
    if (!mDocument) {
        showHint();
        return;
    }
    const QUuid current = currentJourney();
    const QVector<const Journey *> journeys = mDocument->project().orderedJourneys();
    {
        // Refilled quietly: the map switches once, below, not for every entry.
        const QSignalBlocker blocker(mJourneyBox);
        mJourneyBox->clear();
        for (const Journey *journey : journeys) {
            mJourneyBox->addItem(journey->name.isEmpty() ? tr("(untitled journey)") : journey->name,
                                 journey->id);
        }
        const int index = mJourneyBox->findData(current);
        mJourneyBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    onJourneyChosen(mJourneyBox->currentIndex());
    if (journeys.isEmpty())
        showHint();
    else
        setCurrentWidget(mPage);
}

void JourneyCanvas::onJourneyChosen(int index)
{
    mView->setJourney(index >= 0 ? mJourneyBox->itemData(index).toUuid() : QUuid());
}

void JourneyCanvas::showHint()
{
    mHint->setText(mDocument ? tr("This project has no journeys yet.")
                             : tr("No project is open.\nCreate one with File ▸ New, open a "
                                  "project file with File ▸ Open…, or drop a .cjm file here."));
    setCurrentWidget(mHint);
}

} // namespace cjm
