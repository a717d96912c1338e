// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export and Print: the export dialog keeps its choices in QSettings and enables only
// what a format uses; MapPrinter prints through MapExporter::paintPages on the printer's own
// paper — fitted on one page, or tiled into as many pages as the same PDF export has.

#include "dialogs/exportdialog.h"
#include "dialogs/mapprinter.h"
#include "interchange/mapexporter.h"
#include "storage/projectfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;
using namespace Qt::StringLiterals;

class TestExportPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogRemembersChoices();
    void dialogEnablesWhatTheFormatUses();
    void printsFittedOnOnePage();
    void printsTiledLikeThePdf();

private:
    /// Pages of the PDF at `path` (pdfinfo), -1 if unknown.
    static int pagesOf(const QString &path);

    QTemporaryDir mWorkDir;
    Project mProject;
    QUuid mJourney;
};

void TestExportPrint::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Journey Studio Tests"_s);
    QCoreApplication::setApplicationName(u"test_ui_exportprint"_s);
    const Status status = ProjectFile::validate(
            QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"), &mProject);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    mJourney = mProject.orderedJourneys().constFirst()->id;
}

void TestExportPrint::init()
{
    QSettings().clear();
}

int TestExportPrint::pagesOf(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch match
            = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                      .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestExportPrint::dialogRemembersChoices()
{
    MapExportOptions chosen;
    chosen.format = MapExportOptions::Format::Png;
    chosen.page = MapExportOptions::Page::A3;
    chosen.landscape = false;
    chosen.tiled = true;
    chosen.scale = 0.75;
    chosen.dpi = 600;
    chosen.transparent = true;
    chosen.theme = MapExportOptions::Theme::HighContrast;
    chosen.titleBlock = false;
    chosen.report = true;
    {
        ExportDialog dialog;
        dialog.setOptions(chosen);
        ExportDialog::storeOptions(dialog.options());
    }
    ExportDialog next;
    const MapExportOptions shown = next.options();
    QCOMPARE(int(shown.format), int(chosen.format));
    QCOMPARE(int(shown.page), int(chosen.page));
    QCOMPARE(shown.landscape, chosen.landscape);
    QCOMPARE(shown.tiled, chosen.tiled);
    QCOMPARE(shown.scale, chosen.scale);
    QCOMPARE(shown.dpi, chosen.dpi);
    QCOMPARE(shown.transparent, chosen.transparent);
    QCOMPARE(int(shown.theme), int(chosen.theme));
    QCOMPARE(shown.titleBlock, chosen.titleBlock);
    QCOMPARE(shown.report, chosen.report);
}

void TestExportPrint::dialogEnablesWhatTheFormatUses()
{
    ExportDialog dialog;
    MapExportOptions options;
    options.format = MapExportOptions::Format::Png;
    dialog.setOptions(options);
    auto *report = dialog.findChild<QCheckBox *>(u"report"_s);
    QVERIFY(report);
    QVERIFY(!report->isEnabled()); // the report is PDF only
    options.format = MapExportOptions::Format::Pdf;
    dialog.setOptions(options);
    QVERIFY(report->isEnabled());
}

void TestExportPrint::printsFittedOnOnePage()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo is not installed");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = mWorkDir.filePath(u"fitted.pdf"_s);
    printer.setOutputFileName(path);
    MapPrinter mapPrinter(mProject, mJourney);
    QCOMPARE(mapPrinter.paint(&printer), QString());
    QCOMPARE(pagesOf(path), 1);
}

void TestExportPrint::printsTiledLikeThePdf()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo is not installed");
    MapExportOptions options = ExportDialog::storedOptions();
    options.format = MapExportOptions::Format::Pdf;
    options.page = MapExportOptions::Page::A4;
    options.landscape = true;
    options.tiled = true;
    options.scale = 0.5;
    options.report = false;
    ExportDialog::storeOptions(options);

    const QString exported = mWorkDir.filePath(u"exported.pdf"_s);
    QVERIFY(MapExporter(mProject, mJourney, options).write(exported).ok());
    const int pages = pagesOf(exported);
    QVERIFY(pages > 1);

    // The printer gets the stored paper; printed, the pages are the PDF's.
    MapPrinter mapPrinter(mProject, mJourney);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = mWorkDir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QCOMPARE(mapPrinter.paint(&printer), QString());
    QCOMPARE(pagesOf(printed), pages);
}

QTEST_MAIN(TestExportPrint)
#include "test_exportprint.moc"
