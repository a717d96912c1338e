// SPDX-License-Identifier: GPL-3.0-or-later
// MapExporter: the PDF of the Chinese sample gives back its stage and touchpoint titles
// (pdftotext) with every font embedded (pdffonts); tiled pages number as computed here from
// the map's size (pdfinfo); the SVG renders in rsvg-convert like the PNG; the PNG has the
// pixels and DPI asked for, a transparent corner when asked; a cancelled export writes nothing.

#include "interchange/exportreport.h"
#include "interchange/mapexporter.h"
#include "interchange/pagetiler.h"
#include "interchange/pdfunicodefixer.h"
#include "interchange/projectgenerator.h"
#include "render/maplayout.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cjm;

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kUnitsPerInch = 96.0;

/// Pages along a side, by laying pages one after another until the side is covered.
int pagesAlong(double length, double content, double overlap)
{
    int pages = 1;
    double covered = content;
    while (covered < length - 1e-6) {
        covered += content - overlap;
        ++pages;
    }
    return pages;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestMapExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageTilerCounts();
    void radicalsExtractAsIdeographs();
    void pdfTextIsChinese();
    void pdfFontsAreEmbedded();
    void fittedPageIsTheSheet();
    void tiledPageCount_data();
    void tiledPageCount();
    void reportPagesFollow();
    void svgRendersLikeThePng();
    void pngHasDpiAndSize();
    void pngIsCapped();
    void pngTransparentCorner();
    void cancelledExportLeavesNothing();

private:
    /// Runs `tool` with `arguments`; its standard output, or a null string if it failed.
    static QString run(const QString &tool, const QStringList &arguments);
    /// Runs `tool` with `arguments`; whether it succeeded.
    static bool succeeds(const QString &tool, const QStringList &arguments);
    static bool have(const QString &tool);
    /// Exports the first journey of `project` with `options` to `name` in the temporary folder.
    QString exportTo(const Project &project, const MapExportOptions &options, const QString &name);

    QTemporaryDir mWorkDir;
    QTemporaryDir mOut;
    Project mChinese;
    Project mEnglish;
    /// Small enough for a 300-dpi PNG under MapExporter::kMaxPixels.
    Project mSmall;
};

void TestMapExport::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
    Status status = ProjectFile::validate(
            QStringLiteral(JS_SOURCE_DIR "/resources/samples/broadband-zh.cjm"), &mChinese);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    status = ProjectFile::validate(
            QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"), &mEnglish);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    ProjectGenerator::Options small;
    small.stagesPerJourney = 2;
    small.touchpointsPerJourney = 5;
    mSmall = ProjectGenerator(small).generate();
}

bool TestMapExport::have(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

bool TestMapExport::succeeds(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
}

QString TestMapExport::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestMapExport::exportTo(const Project &project, const MapExportOptions &options,
                                const QString &name)
{
    const QString path = mOut.filePath(name);
    MapExporter exporter(project, project.orderedJourneys().constFirst()->id, options);
    const Status status = exporter.write(path);
    if (!status) {
        qWarning("%s", qPrintable(status.message()));
        return QString();
    }
    return path;
}

void TestMapExport::pageTilerCounts()
{
    // 1 + ⌈(length − content) / (content − overlap)⌉, by hand.
    QCOMPARE(PageTiler::countAlong(100, 100, 10), 1);
    QCOMPARE(PageTiler::countAlong(101, 100, 10), 2);
    QCOMPARE(PageTiler::countAlong(190, 100, 10), 2);
    QCOMPARE(PageTiler::countAlong(191, 100, 10), 3);
    const PageTiler tiler(QSizeF(300, 150), QSizeF(100, 100), 10);
    QCOMPARE(tiler.columns(), 4); // 100, 190, 280, 370
    QCOMPARE(tiler.rows(), 2);
    QCOMPARE(tiler.tile(5), QRectF(90, 90, 100, 100)); // row 1, column 1
}

void TestMapExport::radicalsExtractAsIdeographs()
{
    QCOMPARE(int(PdfUnicodeFixer::preferred(0x2F50)), 0x6BD4); // ⽐ → 比
    QCOMPARE(int(PdfUnicodeFixer::preferred(0x2EDA)), 0x9875); // ⻚ → 页
    QCOMPARE(int(PdfUnicodeFixer::preferred(0x2ED3)), 0x957F); // ⻓ → 长
    QCOMPARE(int(PdfUnicodeFixer::preferred(u'A')), int(u'A'));
    QCOMPARE(int(PdfUnicodeFixer::preferred(0x6BD4)), 0x6BD4);

    QByteArray pdf("1 0 obj\n<< /ToUnicode 2 0 R >>\nendobj\n2 0 obj\n<< /Length 80 >>\nstream\n"
                   "1 beginbfrange\n<0001> <0002> [<2F50> <0041>]\nendbfrange\n"
                   "1 beginbfchar\n<2F50> <2EDA>\nendbfchar\nendstream\n");
    const qsizetype size = pdf.size();
    QCOMPARE(PdfUnicodeFixer::fix(&pdf), 2);
    QCOMPARE(pdf.size(), size);
    QVERIFY(pdf.contains("[<6BD4> <0041>]"));
    // The source code of a bfchar is a glyph id, never rewritten.
    QVERIFY(pdf.contains("<2F50> <9875>"));
}

void TestMapExport::pdfTextIsChinese()
{
    if (!have(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    const QString pdf = exportTo(mChinese, MapExportOptions(), QStringLiteral("zh.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = withoutSpace(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    QVERIFY(!text.isEmpty());
    const QUuid journey = mChinese.orderedJourneys().constFirst()->id;
    int touchpoints = 0;
    for (const Stage *stage : mChinese.stagesOf(journey)) {
        QVERIFY2(text.contains(withoutSpace(stage->name)), qPrintable(stage->name));
        for (const Touchpoint *tp : mChinese.touchpointsOf(stage->id)) {
            QVERIFY2(text.contains(withoutSpace(tp->title)), qPrintable(tp->title));
            ++touchpoints;
        }
    }
    QVERIFY(touchpoints > 5);
    QVERIFY(text.contains(withoutSpace(mChinese.info.name)));
}

void TestMapExport::pdfFontsAreEmbedded()
{
    if (!have(QStringLiteral("pdffonts")))
        QSKIP("pdffonts is not installed");
    MapExportOptions options;
    options.report = true;
    const QString pdf = exportTo(mChinese, options, QStringLiteral("fonts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 2);
    // The "emb" column is where its header says.
    const qsizetype emb = lines.at(0).indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    int fonts = 0;
    bool cjk = false;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        QVERIFY2(line.mid(emb, 3) == QLatin1String("yes"), qPrintable(line));
        cjk = cjk || line.contains(QLatin1String("CJK"));
    }
    QVERIFY(fonts >= 2);
    QVERIFY2(cjk, "no CJK font in the PDF");
}

void TestMapExport::fittedPageIsTheSheet()
{
    if (!have(QStringLiteral("pdfinfo")))
        QSKIP("pdfinfo is not installed");
    const QString pdf = exportTo(mEnglish, MapExportOptions(), QStringLiteral("fitted.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    // The map plus the title block (132 units high), at 96 units per inch = 72 points.
    MapLayout layout;
    layout.build(mEnglish, mEnglish.orderedJourneys().constFirst()->id);
    const double width = std::max(layout.size().width(), MapExporter::kMinSheetWidth) * 0.75;
    const double height = (layout.size().height() + 132) * 0.75;
    QVERIFY(std::max(width, height) < MapExporter::kMaxPagePoints);
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                      .match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY2(std::abs(size.captured(1).toDouble() - width) < 1.5, qPrintable(info));
    QVERIFY2(std::abs(size.captured(2).toDouble() - height) < 1.5, qPrintable(info));
}

void TestMapExport::tiledPageCount_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::newRow("A4 landscape") << int(MapExportOptions::Page::A4) << true << 297.0 << 210.0;
    QTest::newRow("A3 portrait") << int(MapExportOptions::Page::A3) << false << 297.0 << 420.0;
    QTest::newRow("Letter landscape")
            << int(MapExportOptions::Page::Letter) << true << 279.4 << 215.9;
}

void TestMapExport::tiledPageCount()
{
    if (!have(QStringLiteral("pdfinfo")))
        QSKIP("pdfinfo is not installed");
    QFETCH(int, page);
    QFETCH(bool, landscape);
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    MapExportOptions options;
    options.page = MapExportOptions::Page(page);
    options.landscape = landscape;
    options.tiled = true;
    options.titleBlock = false;
    const QString pdf = exportTo(mChinese, options, QStringLiteral("tiled.pdf"));
    QVERIFY(!pdf.isEmpty());

    MapLayout layout;
    layout.build(mChinese, mChinese.orderedJourneys().constFirst()->id);
    auto units = [](double mm) { return mm / kMmPerInch * kUnitsPerInch; };
    const double overlap = units(options.overlapMm);
    const int columns
            = pagesAlong(layout.size().width(), units(widthMm - 2 * options.marginMm), overlap);
    const int rows
            = pagesAlong(layout.size().height(), units(heightMm - 2 * options.marginMm), overlap);
    QVERIFY(columns > 1);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QCOMPARE(pages.captured(1).toInt(), columns * rows);
    // Every page is the paper asked for, in points.
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                      .match(info);
    QVERIFY(size.hasMatch());
    QVERIFY(std::abs(size.captured(1).toDouble() - widthMm / kMmPerInch * 72) < 1.0);
    QVERIFY(std::abs(size.captured(2).toDouble() - heightMm / kMmPerInch * 72) < 1.0);
}

void TestMapExport::reportPagesFollow()
{
    if (!have(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    MapExportOptions options;
    options.report = true;
    const QString pdf = exportTo(mEnglish, options, QStringLiteral("report.pdf"));
    QVERIFY(!pdf.isEmpty());
    // Page 2 on: the report. Its first pain point is the riskiest of the journey.
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QStringLiteral("2"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("Pain points by risk")));
    QVERIFY(text.contains(QLatin1String("Opportunities, ranked")));
    QVERIFY(text.contains(QLatin1String("Risk matrix")));
    const QUuid journey = mEnglish.orderedJourneys().constFirst()->id;
    const PainPoint *riskiest = nullptr;
    for (const Stage *stage : mEnglish.stagesOf(journey)) {
        for (const PainPoint &pp : mEnglish.painPoints()) {
            if (pp.stageId == stage->id
                && (!riskiest
                    || pp.severity * pp.likelihood > riskiest->severity * riskiest->likelihood))
                riskiest = &pp;
        }
    }
    QVERIFY(riskiest);
    // The table may shorten a long title; its start is there.
    QVERIFY2(text.contains(riskiest->title.left(12)), qPrintable(riskiest->title));
}

void TestMapExport::svgRendersLikeThePng()
{
    if (!have(QStringLiteral("rsvg-convert")))
        QSKIP("rsvg-convert is not installed");
    MapExportOptions options;
    options.format = MapExportOptions::Format::Svg;
    const QString svg = exportTo(mSmall, options, QStringLiteral("map.svg"));
    QVERIFY(!svg.isEmpty());
    const QString rendered = mOut.filePath(QStringLiteral("rsvg.png"));
    QVERIFY(succeeds(QStringLiteral("rsvg-convert"), {svg, QStringLiteral("-o"), rendered}));
    const QImage fromSvg = QImage(rendered).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!fromSvg.isNull());

    options.format = MapExportOptions::Format::Png;
    const QImage png = QImage(exportTo(mSmall, options, QStringLiteral("map.png")))
                               .convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!png.isNull());
    // Sheet: the map, at least the title block's width, plus the title block; 96 dpi, 1 px = 1
    // unit.
    MapLayout layout;
    layout.build(mSmall, mSmall.orderedJourneys().constFirst()->id);
    const double width = std::max(layout.size().width(), MapExporter::kMinSheetWidth);
    QVERIFY2(std::abs(fromSvg.width() - width) <= 2, qPrintable(QString::number(fromSvg.width())));
    QVERIFY(std::abs(fromSvg.height() - layout.size().height() - 132) <= 2);

    // Looks like the PNG: few pixels differ much (text rasterises a little differently).
    const int w = std::min(fromSvg.width(), png.width());
    const int h = std::min(fromSvg.height(), png.height());
    qint64 differing = 0;
    for (int y = 0; y < h; ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(fromSvg.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(png.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb a = lineA[x];
            const QRgb b = lineB[x];
            if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                        + std::abs(qBlue(a) - qBlue(b))
                > 96)
                ++differing;
        }
    }
    const double share = double(differing) / (double(w) * h);
    QVERIFY2(share < 0.03, qPrintable(QString::number(share)));
}

void TestMapExport::pngHasDpiAndSize()
{
    MapExportOptions options;
    options.format = MapExportOptions::Format::Png;
    options.dpi = 300;
    options.titleBlock = false;
    const QImage image(exportTo(mSmall, options, QStringLiteral("300.png")));
    QVERIFY(!image.isNull());
    MapLayout layout;
    layout.build(mSmall, mSmall.orderedJourneys().constFirst()->id);
    QVERIFY(layout.size().width() * layout.size().height() * 300 * 300 / 96 / 96
            < MapExporter::kMaxPixels);
    QCOMPARE(image.width(), int(std::ceil(layout.size().width() * 300 / 96 - 1e-6)));
    QCOMPARE(image.height(), int(std::ceil(layout.size().height() * 300 / 96 - 1e-6)));
    QCOMPARE(qRound(image.dotsPerMeterX() * kMmPerInch / 1000), 300);
    QCOMPARE(qRound(image.dotsPerMeterY() * kMmPerInch / 1000), 300);
    // Opaque by default.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 255);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 255);
}

void TestMapExport::pngIsCapped()
{
    MapExportOptions options;
    options.format = MapExportOptions::Format::Png;
    options.dpi = 1200;
    options.titleBlock = false;
    // Sized only, not written: 40 million pixels take long to paint under a sanitizer.
    MapExporter exporter(mEnglish, mEnglish.orderedJourneys().constFirst()->id, options);
    MapLayout layout;
    layout.build(mEnglish, mEnglish.orderedJourneys().constFirst()->id);
    // 1200 dpi asked: more than allowed; the image keeps the map's proportions within the cap.
    QVERIFY(layout.size().width() * layout.size().height() * 12.5 * 12.5 > MapExporter::kMaxPixels);
    QVERIFY(exporter.imageCapped());
    const QSize size = exporter.imageSize();
    QVERIFY(qint64(size.width()) * size.height() <= MapExporter::kMaxPixels);
    QVERIFY(size.width() <= MapExporter::kMaxPixelSide);
    QVERIFY(qint64(size.width()) * size.height() > MapExporter::kMaxPixels * 99 / 100);
    const double aspect = layout.size().width() / layout.size().height();
    QVERIFY(std::abs(double(size.width()) / size.height() - aspect) < 0.01);
    QVERIFY(exporter.imageScale() < 12.5);
}

void TestMapExport::pngTransparentCorner()
{
    MapExportOptions options;
    options.format = MapExportOptions::Format::Png;
    options.transparent = true;
    options.scale = 0.5;
    const QImage image(exportTo(mEnglish, options, QStringLiteral("clear.png")));
    QVERIFY(!image.isNull());
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, 0)), 0);
}

void TestMapExport::cancelledExportLeavesNothing()
{
    const QString path = mOut.filePath(QStringLiteral("cancelled.pdf"));
    MapExportOptions options;
    options.tiled = true;
    options.page = MapExportOptions::Page::A4;
    MapExporter exporter(mChinese, mChinese.orderedJourneys().constFirst()->id, options);
    QVector<int> seen;
    exporter.setProgress([&seen](int done, int total) {
        seen.append(done);
        Q_UNUSED(total);
        return done < 2; // cancel on the second page
    });
    QVERIFY(!exporter.write(path));
    QCOMPARE(seen, QVector<int>({1, 2}));
    QVERIFY(!QFile::exists(path));
    // An earlier file of that name stays as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(!exporter.write(path));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old"));
    // No temporary file left beside it.
    const QStringList left
            = QDir(mOut.path())
                      .entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList({QStringLiteral("cancelled.pdf")}));
}

QTEST_MAIN(TestMapExport)
#include "test_mapexport.moc"
