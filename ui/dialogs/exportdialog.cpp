// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "interchange/mapexporter.h"
#include "model/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

const QString kGroup = u"export"_s;

void selectData(QComboBox *box, int data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent),
      mFormat(new QComboBox(this)),
      mPage(new QComboBox(this)),
      mOrientation(new QComboBox(this)),
      mTiled(new QCheckBox(tr("Cut into overlapping pages at full size"), this)),
      mScale(new QDoubleSpinBox(this)),
      mDpi(new QSpinBox(this)),
      mBackground(new QComboBox(this)),
      mTheme(new QComboBox(this)),
      mTitleBlock(new QCheckBox(tr("Title block with legend"), this)),
      mReport(new QCheckBox(tr("Pain-point and opportunity tables"), this))
{
    setObjectName(u"ExportDialog"_s);
    setWindowTitle(tr("Export Map"));
    mTiled->setObjectName(u"tiled"_s);
    mTitleBlock->setObjectName(u"titleBlock"_s);
    mReport->setObjectName(u"report"_s);
    mFormat->addItem(tr("PDF document"), int(MapExportOptions::Format::Pdf));
    mFormat->addItem(tr("SVG drawing"), int(MapExportOptions::Format::Svg));
    mFormat->addItem(tr("PNG image"), int(MapExportOptions::Format::Png));
    mPage->addItem(tr("Fitted to the map"), int(MapExportOptions::Page::FitToMap));
    mPage->addItem(tr("A4"), int(MapExportOptions::Page::A4));
    mPage->addItem(tr("A3"), int(MapExportOptions::Page::A3));
    mPage->addItem(tr("US Letter"), int(MapExportOptions::Page::Letter));
    mOrientation->addItem(tr("Portrait"), 0);
    mOrientation->addItem(tr("Landscape"), 1);
    mScale->setRange(0.1, 4.0);
    mScale->setSingleStep(0.1);
    mScale->setDecimals(2);
    mDpi->setRange(24, 1200);
    mDpi->setSuffix(tr(" dpi"));
    mBackground->addItem(tr("Theme background"), 0);
    mBackground->addItem(tr("Transparent"), 1);
    mTheme->addItem(tr("Light"), int(MapExportOptions::Theme::Light));
    mTheme->addItem(tr("Dark"), int(MapExportOptions::Theme::Dark));
    mTheme->addItem(tr("High contrast"), int(MapExportOptions::Theme::HighContrast));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), mFormat);
    form->addRow(tr("&Paper:"), mPage);
    form->addRow(tr("&Orientation:"), mOrientation);
    form->addRow(QString(), mTiled);
    form->addRow(tr("Print &scale:"), mScale);
    form->addRow(tr("&Resolution:"), mDpi);
    form->addRow(tr("&Background:"), mBackground);
    form->addRow(tr("&Theme:"), mTheme);
    form->addRow(QString(), mTitleBlock);
    form->addRow(tr("Report:"), mReport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QComboBox *box : {mFormat, mPage})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(mTiled, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    setOptions(storedOptions());
}

MapExportOptions ExportDialog::options() const
{
    MapExportOptions options;
    options.format = MapExportOptions::Format(mFormat->currentData().toInt());
    options.page = MapExportOptions::Page(mPage->currentData().toInt());
    options.landscape = mOrientation->currentData().toInt() == 1;
    options.tiled = mTiled->isChecked();
    options.scale = mScale->value();
    options.dpi = mDpi->value();
    options.transparent = mBackground->currentData().toInt() == 1;
    options.theme = MapExportOptions::Theme(mTheme->currentData().toInt());
    options.titleBlock = mTitleBlock->isChecked();
    options.report = mReport->isChecked();
    return options;
}

void ExportDialog::setOptions(const MapExportOptions &options)
{
    selectData(mFormat, int(options.format));
    selectData(mPage, int(options.page));
    selectData(mOrientation, options.landscape ? 1 : 0);
    mTiled->setChecked(options.tiled);
    mScale->setValue(options.scale);
    mDpi->setValue(options.dpi > 0 ? options.dpi : int(MapExportOptions::kUnitsPerInch));
    selectData(mBackground, options.transparent ? 1 : 0);
    selectData(mTheme, int(options.theme));
    mTitleBlock->setChecked(options.titleBlock);
    mReport->setChecked(options.report);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const auto format = MapExportOptions::Format(mFormat->currentData().toInt());
    const bool pdf = format == MapExportOptions::Format::Pdf;
    const bool standardPage = MapExportOptions::Page(mPage->currentData().toInt())
            != MapExportOptions::Page::FitToMap;
    mPage->setEnabled(pdf);
    mOrientation->setEnabled(pdf && standardPage);
    mTiled->setEnabled(pdf && standardPage);
    mScale->setEnabled(pdf && standardPage && mTiled->isChecked());
    mDpi->setEnabled(format == MapExportOptions::Format::Png);
    mBackground->setEnabled(!pdf);
    mReport->setEnabled(pdf);
}

MapExportOptions ExportDialog::storedOptions()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    MapExportOptions options;
    options.format
            = MapExportOptions::Format(std::clamp(settings.value(u"format"_s, 0).toInt(), 0, 2));
    options.page = MapExportOptions::Page(std::clamp(settings.value(u"page"_s, 0).toInt(), 0, 3));
    options.landscape = settings.value(u"landscape"_s, true).toBool();
    options.tiled = settings.value(u"tiled"_s, false).toBool();
    options.scale = std::clamp(settings.value(u"scale"_s, 1.0).toDouble(), 0.1, 4.0);
    options.dpi = std::clamp(settings.value(u"dpi"_s, 300).toInt(), 24, 1200);
    options.transparent = settings.value(u"transparent"_s, false).toBool();
    options.theme
            = MapExportOptions::Theme(std::clamp(settings.value(u"theme"_s, 0).toInt(), 0, 2));
    options.titleBlock = settings.value(u"titleBlock"_s, true).toBool();
    options.report = settings.value(u"report"_s, false).toBool();
    return options;
}

void ExportDialog::storeOptions(const MapExportOptions &options)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(u"format"_s, int(options.format));
    settings.setValue(u"page"_s, int(options.page));
    settings.setValue(u"landscape"_s, options.landscape);
    settings.setValue(u"tiled"_s, options.tiled);
    settings.setValue(u"scale"_s, options.scale);
    settings.setValue(u"dpi"_s, options.dpi);
    settings.setValue(u"transparent"_s, options.transparent);
    settings.setValue(u"theme"_s, int(options.theme));
    settings.setValue(u"titleBlock"_s, options.titleBlock);
    settings.setValue(u"report"_s, options.report);
}

QString ExportDialog::suffixOf(MapExportOptions::Format format)
{
    switch (format) {
    case MapExportOptions::Format::Svg:
        return u"svg"_s;
    case MapExportOptions::Format::Png:
        return u"png"_s;
    case MapExportOptions::Format::Pdf:
        break;
    }
    return u"pdf"_s;
}

QString ExportDialog::exportJourney(
        QWidget *parent, const Project &project, const QUuid &journeyId, const QString &baseName,
        const std::function<QVector<MapExportOptions::ReportPage>()> &reportPages)
{
    if (!project.journeys().find(journeyId))
        return QString();
    ExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    MapExportOptions options = dialog.options();
    storeOptions(options);
    if (options.report && options.format == MapExportOptions::Format::Pdf && reportPages)
        options.reportPages = reportPages();
    const QString suffix = suffixOf(options.format);
    const QString folder
            = QSettings()
                      .value(u"export/folder"_s,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString filter = options.format == MapExportOptions::Format::Pdf
            ? tr("PDF documents (*.pdf)")
            : options.format == MapExportOptions::Format::Svg ? tr("SVG drawings (*.svg)")
                                                              : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
            parent, tr("Export Map"), QDir(folder).filePath(baseName + u'.' + suffix), filter);
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QSettings().setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    return writeWithProgress(parent, project, journeyId, options, path);
}

QString ExportDialog::writeWithProgress(QWidget *parent, const Project &project,
                                        const QUuid &journeyId, const MapExportOptions &options,
                                        const QString &path)
{
    QProgressDialog progress(tr("Exporting the map…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    MapExporter exporter(project, journeyId, options);
    exporter.setProgress([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const Status status = exporter.write(path);
    progress.reset();
    if (!status) {
        if (!progress.wasCanceled())
            QMessageBox::warning(parent, tr("Export Map"), status.message());
        return QString();
    }
    return path;
}

} // namespace cjm
