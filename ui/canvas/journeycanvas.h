// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QPointer>
#include <QStackedWidget>
#include <QUuid>

class QComboBox;
class QLabel;

namespace cjm {

class MapView;
struct ChangeEvent;

/**
 * The main window's central widget: a switcher of the project's journeys over
 * one MapView showing the chosen journey's map, or a hint when there is no
 * project or no journey. Adding, removing, moving or renaming a journey
 * re-syncs the switcher; the map follows edits by itself (MapScene).
 */
class JourneyCanvas : public QStackedWidget
{
    Q_OBJECT

public:
    explicit JourneyCanvas(QWidget *parent = nullptr);

    /// Shows `document` (not owned; nullptr shows a hint instead), at its first journey.
    void setDocument(Document *document);

    MapView *view() const { return mView; }
    /// The journey switcher: one entry per journey, in order, with its id as item data.
    QComboBox *journeyBox() const { return mJourneyBox; }
    /// The journey shown, or null.
    QUuid currentJourney() const;
    /// Shows journey `journeyId` (if the document has it).
    void showJourney(const QUuid &journeyId);
    /// True while the map (not the hint) is shown.
    bool showsMap() const;

private:
    void onChanged(const ChangeEvent &event);
    void syncJourneys();
    void onJourneyChosen(int index);
    void showHint();

    QPointer<Document> mDocument;
    QLabel *mHint;
    QWidget *mPage;
    QComboBox *mJourneyBox;
    MapView *mView;
};

} // namespace cjm
