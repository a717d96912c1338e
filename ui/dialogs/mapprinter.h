// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/mapexportoptions.h"

#include <QCoreApplication>
#include <QUuid>

class QPrinter;
class QWidget;

namespace cjm {

class Project;

/**
 * File › Print… and Print Preview…: prints a journey's map through
 * QPrintDialog / QPrintPreviewDialog on the printer's own paper, fitted to one
 * page or tiled with overlap marks — the same MapExporter::paintPages() code
 * that writes a PDF, with the choices stored by the export dialog (tiling, print
 * scale, theme, title block, report).
 */
class MapPrinter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapPrinter)

public:
    /// `project` must outlive the printer.
    MapPrinter(const Project &project, const QUuid &journeyId);

    /// Asks for a printer and prints; false if cancelled or failed (with a message shown).
    bool print(QWidget *parent);
    /// Shows the print preview; printing from it prints.
    void preview(QWidget *parent);
    /// Paints the map on `printer` (already set up); the message of a failure, or empty.
    QString paint(QPrinter *printer);

    /// The options printing uses (the stored export choices; PDF-only ones dropped).
    const MapExportOptions &options() const { return mOptions; }

private:
    /// Starts `printer` with the paper and orientation of the options.
    void setUp(QPrinter *printer) const;

    const Project &mProject;
    QUuid mJourneyId;
    MapExportOptions mOptions;
};

} // namespace cjm
