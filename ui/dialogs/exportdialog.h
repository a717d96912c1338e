// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/mapexportoptions.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace cjm {

class Project;

/**
 * File › Export…: how to export the current journey's map — format (PDF, SVG,
 * PNG), paper, orientation and tiling (PDF), DPI (PNG) or print scale (tiled
 * PDF), a transparent background (PNG, SVG), theme, title block and report
 * pages. Choices are kept in QSettings, so the next export starts from them;
 * MapPrinter prints with the same stored choices.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    /// The options as set in the dialog.
    MapExportOptions options() const;
    /// Shows `options` in the dialog.
    void setOptions(const MapExportOptions &options);

    /// The options stored by the last export (defaults the first time).
    static MapExportOptions storedOptions();
    /// Keeps `options` for the next export and print.
    static void storeOptions(const MapExportOptions &options);
    /// The file name suffix of `format` ("pdf", "svg", "png").
    static QString suffixOf(MapExportOptions::Format format);

    /**
     * The whole export of journey `journeyId`: this dialog, then a file dialog
     * (suggesting `baseName`), then the export with a cancellable progress
     * dialog; errors are shown in a message box. Returns the file written, or an
     * empty string. `reportPages` gives the pages a PDF report adds after its tables
     * (the application's charts); it is asked only when a report is wanted.
     */
    static QString
    exportJourney(QWidget *parent, const Project &project, const QUuid &journeyId,
                  const QString &baseName,
                  const std::function<QVector<MapExportOptions::ReportPage>()> &reportPages = {});

    /// The format chooser (for tests).
    QComboBox *formatBox() const { return mFormat; }

private:
    /// Enables only what the chosen format uses.
    void updateEnabled();
    static QString writeWithProgress(QWidget *parent, const Project &project,
                                     const QUuid &journeyId, const MapExportOptions &options,
                                     const QString &path);

    QComboBox *mFormat;
    QComboBox *mPage;
    QComboBox *mOrientation;
    QCheckBox *mTiled;
    QDoubleSpinBox *mScale;
    QSpinBox *mDpi;
    QComboBox *mBackground;
    QComboBox *mTheme;
    QCheckBox *mTitleBlock;
    QCheckBox *mReport;
};

} // namespace cjm
