// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF report carries the Metrics view's charts after its tables: the charts with data, two
// to a page, as real (searchable) text and vectors. On the English sample without survey data
// the emotion curve and the risk matrix have data; the survey charts stay out.
#include "charts/chartreportpages.h"
#include "common/samplecopy.h"
#include "document/document.h"
#include "interchange/mapexporter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestChartReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartsWithDataBecomePages();
    void reportPdfCarriesTheCharts();

private:
    /// Output of a command-line tool; skips the test when it isn't installed.
    QString run(const QString &program, const QStringList &arguments);
    QString writeReport(const QVector<MapExportOptions::ReportPage> &pages, const QString &name);

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    QUuid mJourney;
};

void TestChartReport::initTestCase()
{
    QVERIFY(mSample.create());
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourney = mDocument->project().orderedJourneys().first()->id;
}

QString TestChartReport::run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QString();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestChartReport::writeReport(const QVector<MapExportOptions::ReportPage> &pages,
                                     const QString &name)
{
    MapExportOptions options;
    options.format = MapExportOptions::Format::Pdf;
    options.report = true;
    options.reportPages = pages;
    const QString path = mSample.filePath(name);
    const Status status = MapExporter(mDocument->project(), mJourney, options).write(path);
    return status ? path : QString();
}

void TestChartReport::chartsWithDataBecomePages()
{
    ChartReportPages charts(mDocument.get(), mJourney);
    // Emotion curve and risk matrix have data without any survey: one page of two.
    QCOMPARE(charts.pages().size(), 1);
}

void TestChartReport::reportPdfCarriesTheCharts()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) is not installed");
    ChartReportPages charts(mDocument.get(), mJourney);
    const QString without = writeReport({}, u"without.pdf"_s);
    const QString with = writeReport(charts.pages(), u"with.pdf"_s);
    QVERIFY(!without.isEmpty() && !with.isEmpty());
    if (const QString keep = qEnvironmentVariable("JS_CHART_REPORT_PDF"); !keep.isEmpty())
        QFile::copy(with, keep); // to look at

    const auto pagesOf = [this](const QString &pdf) {
        const QRegularExpressionMatch match
                = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    QCOMPARE(pagesOf(with), pagesOf(without) + 1);
    // The last page holds both charts, titles as text.
    const QString last = QString::number(pagesOf(with));
    const QString text
            = run(u"pdftotext"_s, {u"-f"_s, last, u"-l"_s, last, with, u"-"_s}).simplified();
    QVERIFY2(text.contains(u"Emotion curve: as-is and to-be"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"Pain-point risk matrix"_s), qPrintable(text.left(400)));
}

QTEST_MAIN(TestChartReport)
#include "test_chartreport.moc"
