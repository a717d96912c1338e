// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyLayoutDetector: which tool wrote an export, how many header rows it has, and one
// merged description per column; checked on our own fixtures and on the real exports.

#include "interchange/csvreader.h"
#include "interchange/surveydateparser.h"
#include "interchange/surveylayoutdetector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace cjm;
using Kind = SurveyLayout::Kind;

Q_DECLARE_METATYPE(cjm::SurveyLayout::Kind)
Q_DECLARE_METATYPE(cjm::SurveyDateParser::Order)

namespace {

/// A column as the tests expect it: index, id, question, option, importId.
using ColumnText = QStringList;

ColumnText describe(const SurveyColumn &column)
{
    return {QString::number(column.index), column.id, column.question, column.option,
            column.importId};
}

ColumnText expect(int index, const char16_t *id, const char16_t *question,
                  const char16_t *option = u"", const char16_t *importId = u"")
{
    return {QString::number(index), QString::fromUtf16(id), QString::fromUtf16(question),
            QString::fromUtf16(option), QString::fromUtf16(importId)};
}

/// Reads all records of \a path; fails the calling test on a read error.
QList<QStringList> readFile(const QString &path, QList<qint64> *lines = nullptr)
{
    QList<QStringList> records;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return records;
    }
    CsvReader reader(&device);
    QStringList fields;
    qint64 line = 0;
    while (reader.readRecord(&fields, &line)) {
        records.append(fields);
        if (lines)
            lines->append(line);
    }
    if (!reader.status().ok())
        qWarning("%s: %s", qPrintable(path), qPrintable(reader.status().message()));
    return records;
}

SurveyLayout layoutOf(const QList<QStringList> &records)
{
    SurveyLayout layout;
    const Status status = SurveyLayoutDetector::detect(
            records.mid(0, SurveyLayoutDetector::kSampleRecords), &layout);
    if (!status.ok())
        qWarning("%s", qPrintable(status.message()));
    return layout;
}

QString sharedData()
{
    return QDir::cleanPath(QStringLiteral(JS_SOURCE_DIR "/../shared/data"));
}

} // namespace

class TestSurveyLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void emptyInput();
    void qualtricsOptions();
    void timestampNames_data();
    void timestampNames();
    void realExports_data();
    void realExports();
    void badRowsKeepsPhysicalLines();
};

void TestSurveyLayout::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<int>("columnCount");
    QTest::addColumn<QList<ColumnText>>("columns");

    QTest::newRow("generic utf-8")
            << QStringLiteral("generic-utf8-bom-crlf.csv") << Kind::Generic << 1 << 4
            << QList<ColumnText>{expect(0, u"Respondent", u"Respondent"),
                                 expect(3, u"Comment", u"Comment")};
    QTest::newRow("generic gb18030")
            << QStringLiteral("generic-gb18030.csv") << Kind::Generic << 1 << 5
            << QList<ColumnText>{expect(2, u"推荐意愿", u"推荐意愿"), expect(4, u"意见", u"意见")};
    QTest::newRow("german semicolon")
            << QStringLiteral("german-semicolon.csv") << Kind::Generic << 1 << 5
            << QList<ColumnText>{expect(3, u"Zufriedenheit (Mittel)", u"Zufriedenheit (Mittel)")};
    QTest::newRow("excel unicode text")
            << QStringLiteral("excel-unicode-text.txt") << Kind::Generic << 1 << 4
            << QList<ColumnText>{expect(1, u"Datum", u"Datum")};
    QTest::newRow("qualtrics current")
            << QStringLiteral("qualtrics-current.csv") << Kind::Qualtrics << 3 << 9
            << QList<ColumnText>{
                       expect(0, u"StartDate", u"Start Date", u"", u"startDate"),
                       expect(4, u"ResponseId", u"Response ID", u"", u"_recordId"),
                       expect(5, u"Q1",
                              u"How likely is it that you would recommend us to a friend or "
                              u"colleague?",
                              u"", u"QID1"),
                       expect(6, u"Q2_1", u"How satisfied were you with...", u"Website order",
                              u"QID2_1"),
                       expect(7, u"Q2_2", u"How satisfied were you with...", u"Support hotline",
                              u"QID2_2"),
                       expect(8, u"Q3", u"Anything else? (comments, ideas)", u"", u"QID3_TEXT"),
               };
    QTest::newRow("qualtrics legacy")
            << QStringLiteral("qualtrics-legacy.csv") << Kind::Qualtrics << 2 << 16
            << QList<ColumnText>{
                       expect(0, u"ResponseID", u"ResponseID"),
                       expect(7, u"StartDate", u"StartDate"),
                       expect(10, u"Q1", u"How likely is it that you would recommend us?"),
                       expect(11, u"Q2_1", u"Rate us", u"Website order"),
                       expect(15, u"LocationAccuracy", u"LocationAccuracy"),
               };
    const char16_t *recommend
            = u"How likely is it that you would recommend us to a friend or colleague?";
    QTest::newRow("surveymonkey")
            << QStringLiteral("surveymonkey.csv") << Kind::SurveyMonkey << 2 << 10
            << QList<ColumnText>{
                       expect(0, u"Respondent ID", u"Respondent ID"),
                       expect(4, recommend, recommend),
                       expect(5, u"Contact information", u"Contact information", u"Name"),
                       expect(6, u"Contact information", u"Contact information", u"Email"),
                       expect(7, u"How satisfied were you with the installation?",
                              u"How satisfied were you with the installation?"),
                       expect(8, u"How satisfied were you with the installation?",
                              u"How satisfied were you with the installation?",
                              u"Is there anything else you would like to say about this?"),
                       expect(9, u"Anything else?", u"Anything else?"),
               };
    QTest::newRow("google forms zh")
            << QStringLiteral("googleforms-zh.csv") << Kind::GoogleForms << 1 << 5
            << QList<ColumnText>{expect(0, u"时间戳记", u"时间戳记"),
                                 expect(2, u"满意度 [网站订购]", u"满意度", u"网站订购")};
    QTest::newRow("google forms ko")
            << QStringLiteral("googleforms-ko.csv") << Kind::GoogleForms << 1 << 3
            << QList<ColumnText>{expect(1, u"추천 가능성", u"추천 가능성")};
    QTest::newRow("google forms download")
            << QStringLiteral("googleforms-download.csv") << Kind::GoogleForms << 1 << 4
            << QList<ColumnText>{expect(3, u"Rate the visit [Friendliness]", u"Rate the visit",
                                        u"Friendliness")};
}

void TestSurveyLayout::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Kind, kind);
    QFETCH(int, headerRows);
    QFETCH(int, columnCount);
    QFETCH(QList<ColumnText>, columns);

    const QList<QStringList> records = readFile(QStringLiteral(JS_FIXTURES_DIR "/surveys/") + file);
    QVERIFY(records.size() > headerRows);
    const SurveyLayout layout = layoutOf(records);
    QCOMPARE(layout.kind, kind);
    QCOMPARE(layout.headerRows, headerRows);
    QCOMPARE(layout.columns.size(), columnCount);
    for (const ColumnText &column : columns)
        QCOMPARE(describe(layout.columns.at(column.first().toInt())), column);
}

void TestSurveyLayout::emptyInput()
{
    SurveyLayout layout;
    QVERIFY(!SurveyLayoutDetector::detect({}, &layout).ok());
    QVERIFY(SurveyLayoutDetector::detect({QStringList{QStringLiteral("only")}}, &layout).ok());
    QCOMPARE(layout.kind, Kind::Generic);
    QCOMPARE(layout.columns.size(), 1);
}

void TestSurveyLayout::qualtricsOptions()
{
    // 2016 Insights export: "Question-Row". The hyphen in "e-mail" belongs to the question,
    // which the two sub-columns share; Q3 is a lone column and keeps its text whole.
    const QVector<QStringList> records = {
            {QStringLiteral("ResponseID"), QStringLiteral("Q2_1"), QStringLiteral("Q2_2"),
             QStringLiteral("Q3")},
            {QStringLiteral("ResponseID"), QStringLiteral("How often do you use e-mail?-At work"),
             QStringLiteral("How often do you use e-mail?-At home"),
             QStringLiteral("Your e-mail address")},
            {QStringLiteral("{'ImportId': 'responseId'}"), QStringLiteral("{'ImportId': 'QID2-1'}"),
             QStringLiteral("{'ImportId': 'QID2-2'}"), QStringLiteral("{'ImportId': 'QID3-TEXT'}")},
    };
    SurveyLayout layout;
    QVERIFY(SurveyLayoutDetector::detect(records, &layout).ok());
    QCOMPARE(layout.kind, Kind::Qualtrics);
    QCOMPARE(describe(layout.columns.at(1)),
             expect(1, u"Q2_1", u"How often do you use e-mail?", u"At work", u"QID2-1"));
    QCOMPARE(describe(layout.columns.at(2)),
             expect(2, u"Q2_2", u"How often do you use e-mail?", u"At home", u"QID2-2"));
    QCOMPARE(describe(layout.columns.at(3)),
             expect(3, u"Q3", u"Your e-mail address", u"", u"QID3-TEXT"));
}

void TestSurveyLayout::timestampNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("forms");
    QTest::newRow("en") << QStringLiteral("Timestamp") << true;
    QTest::newRow("zh") << QStringLiteral("时间戳记") << true;
    QTest::newRow("de") << QStringLiteral("Zeitstempel") << true;
    QTest::newRow("ko") << QStringLiteral("타임스탬프") << true;
    QTest::newRow("other") << QStringLiteral("Date") << false;
}

void TestSurveyLayout::timestampNames()
{
    QFETCH(QString, name);
    QFETCH(bool, forms);
    QCOMPARE(SurveyLayoutDetector::isGoogleFormsTimestamp(name), forms);
}

void TestSurveyLayout::realExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("dateColumn");
    QTest::addColumn<SurveyDateParser::Order>("order");

    using Order = SurveyDateParser::Order;
    const auto add = [](const char *file, Kind kind, int headerRows, int width, int records,
                        int dateColumn, Order order) {
        QTest::newRow(file) << QString::fromLatin1(file) << kind << headerRows << width << records
                            << dateColumn << order;
    };
    add("surveys-real/googleforms/ds-language-forms-download.csv", Kind::GoogleForms, 1, 9, 86, 0,
        Order::YearMonthDay);
    // Every response is on 4/9: day and month order cannot be told apart.
    add("surveys-real/googleforms/ds-language-via-sheets.csv", Kind::GoogleForms, 1, 9, 64, 0,
        Order::Unknown);
    add("surveys-real/googleforms/rating-options-forms-download.csv", Kind::GoogleForms, 1, 11, 4,
        0, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-no-basis-for-evaluation-insights.csv",
        Kind::Qualtrics, 3, 49, 18, 3, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-no-basis-for-evaluation-legacy.csv", Kind::Qualtrics,
        2, 49, 17, 7, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-single-answer-matrix-insights.csv", Kind::Qualtrics,
        3, 30, 8, 3, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-single-answer-matrix-legacy.csv", Kind::Qualtrics, 2,
        30, 7, 7, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-single-answer-mc-insights.csv", Kind::Qualtrics, 3,
        20, 8, 3, Order::YearMonthDay);
    add("surveys-real/qualtrics/QualtricsTools-single-answer-mc-legacy.csv", Kind::Qualtrics, 2, 20,
        7, 7, Order::YearMonthDay);
    add("surveys-real/qualtrics/qualtRics-sample-current-3row.csv", Kind::Qualtrics, 3, 20, 4, 0,
        Order::YearMonthDay);
    add("surveys-real/qualtrics/qualtRics-sample-legacy-2row.csv", Kind::Qualtrics, 2, 16, 3, 7,
        Order::YearMonthDay);
    add("surveys-real/surveymonkey/monkeyreadr-test-responses.csv", Kind::SurveyMonkey, 2, 20, 18,
        2, Order::MonthDayYear);
    add("surveys/bad-rows.csv", Kind::Generic, 1, 9, 306, 1, Order::YearMonthDay);
    add("surveys/generic-gb18030.csv", Kind::Generic, 1, 9, 301, 1, Order::YearMonthDay);
    add("surveys/googleforms.csv", Kind::GoogleForms, 1, 8, 301, 0, Order::MonthDayYear);
    add("surveys/qualtrics.csv", Kind::Qualtrics, 3, 14, 303, 0, Order::YearMonthDay);
    add("surveys/surveymonkey.csv", Kind::SurveyMonkey, 2, 11, 302, 2, Order::YearMonthDay);
}

void TestSurveyLayout::realExports()
{
    QFETCH(QString, file);
    QFETCH(Kind, kind);
    QFETCH(int, headerRows);
    QFETCH(int, width);
    QFETCH(int, records);
    QFETCH(int, dateColumn);
    QFETCH(SurveyDateParser::Order, order);

    if (!QFileInfo::exists(sharedData()))
        QSKIP("the shared sample data (../shared/data) is not present");
    const QList<QStringList> all = readFile(sharedData() + QLatin1Char('/') + file);
    QCOMPARE(all.size(), records);
    for (const QStringList &record : all)
        QCOMPARE(record.size(), width);

    const SurveyLayout layout = layoutOf(all);
    QCOMPARE(layout.kind, kind);
    QCOMPARE(layout.headerRows, headerRows);
    QVERIFY(layout.columns.size() == width || layout.columns.size() == width - 1);
    for (int i = 0; i < layout.columns.size(); ++i)
        QCOMPARE(layout.columns.at(i).index, i);

    QStringList dates;
    for (qsizetype i = headerRows; i < all.size(); ++i)
        dates.append(all.at(i).at(dateColumn));
    SurveyDateParser parser;
    const Status decided = parser.decide(dates.mid(0, SurveyDateParser::kSampleValues),
                                         layout.columns.at(dateColumn).question);
    QCOMPARE(decided.ok(), order != SurveyDateParser::Order::Unknown);
    QCOMPARE(parser.order(), order);
    if (!decided.ok())
        return;
    int invalid = 0;
    for (const QString &value : dates)
        invalid += !value.isEmpty() && !parser.parse(value).isValid();
    // bad-rows.csv has one impossible date (2026-13-45); the rest have none.
    QCOMPARE(invalid, file.endsWith(QLatin1String("bad-rows.csv")) ? 1 : 0);
}

void TestSurveyLayout::badRowsKeepsPhysicalLines()
{
    if (!QFileInfo::exists(sharedData()))
        QSKIP("the shared sample data (../shared/data) is not present");
    // Comments with line breaks make records and lines differ: errors must name the line.
    QList<qint64> lines;
    const QList<QStringList> all
            = readFile(sharedData() + QStringLiteral("/surveys/bad-rows.csv"), &lines);
    const auto bad = std::find_if(all.cbegin(), all.cend(), [](const QStringList &record) {
        return record.first() == QLatin1String("R_BAD3");
    });
    QVERIFY(bad != all.cend());
    QCOMPARE(lines.at(bad - all.cbegin()), 264);
    QCOMPARE(bad->at(1), QStringLiteral("2026-13-45"));
}

QTEST_GUILESS_MAIN(TestSurveyLayout)
#include "test_surveylayout.moc"
