// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprinter.h"

#include "dialogs/exportdialog.h"
#include "interchange/mapexporter.h"

#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cjm {

MapPrinter::MapPrinter(const Project &project, const QUuid &journeyId)
    : mProject(project), mJourneyId(journeyId), mOptions(ExportDialog::storedOptions())
{
    // Paper never is transparent; a printer has its own paper size.
    mOptions.format = MapExportOptions::Format::Pdf;
    mOptions.transparent = false;
}

void MapPrinter::setUp(QPrinter *printer) const
{
    QPageSize size(QPageSize::A4);
    if (mOptions.page == MapExportOptions::Page::A3)
        size = QPageSize(QPageSize::A3);
    else if (mOptions.page == MapExportOptions::Page::Letter)
        size = QPageSize(QPageSize::Letter);
    printer->setPageSize(size);
    printer->setPageOrientation(mOptions.landscape ? QPageLayout::Landscape
                                                   : QPageLayout::Portrait);
    const double m = mOptions.marginMm;
    printer->setPageMargins(QMarginsF(m, m, m, m), QPageLayout::Millimeter);
    printer->setDocName(tr("Journey map"));
}

QString MapPrinter::paint(QPrinter *printer)
{
    MapExportOptions options = mOptions;
    // On a printer "fitted to the map" means one page of the printer's paper.
    if (options.page == MapExportOptions::Page::FitToMap)
        options.page = MapExportOptions::Page::A4;
    MapExporter exporter(mProject, mJourneyId, options);
    QPainter painter;
    if (!painter.begin(printer))
        return tr("The printer cannot be started.");
    const Status status = exporter.paintPages(&painter, printer, true);
    painter.end();
    return status.ok() ? QString() : status.message();
}

bool MapPrinter::print(QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Map"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString error = paint(&printer);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Print Map"), error);
        return false;
    }
    return true;
}

void MapPrinter::preview(QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *target) { paint(target); });
    dialog.exec();
}

} // namespace cjm
