// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

namespace cjm {

class Document;
class MetricsView;

/**
 * The Metrics view as a dock of the main window (under the canvas by default, hidden until
 * chosen in the View menu), painted in the map theme stored in the preferences.
 */
class MetricsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MetricsDock(QWidget *parent = nullptr);

    MetricsView *view() const { return mView; }
    /// Shows `document`'s figures (not owned; nullptr empties the view).
    void setDocument(Document *document);
    /// Follows the canvas's journey.
    void setJourney(const QUuid &journeyId);
    /// Re-reads the map theme from the preferences (after they were applied).
    void applyStoredTheme();

Q_SIGNALS:
    /// The user asked to import survey data from an empty chart.
    void importRequested();

private:
    MetricsView *mView;
};

} // namespace cjm
