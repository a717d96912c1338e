// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/metricsdock.h"

#include "charts/metricsview.h"
#include "dialogs/preferencesdialog.h"

namespace cjm {

MetricsDock::MetricsDock(QWidget *parent)
    : QDockWidget(tr("Metrics"), parent), mView(new MetricsView(this))
{
    setObjectName(QStringLiteral("MetricsDock"));
    setWidget(mView);
    connect(mView, &MetricsView::importRequested, this, &MetricsDock::importRequested);
    applyStoredTheme();
}

void MetricsDock::setDocument(Document *document)
{
    mView->setDocument(document);
}

void MetricsDock::setJourney(const QUuid &journeyId)
{
    mView->setJourney(journeyId);
}

void MetricsDock::applyStoredTheme()
{
    mView->setTheme(PreferencesDialog::themeNamed(PreferencesDialog::storedThemeName()));
}

} // namespace cjm
