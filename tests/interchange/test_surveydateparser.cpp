// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyDateParser: the date forms survey tools write, and the day/month order decided once
// per column.

#include "interchange/surveydateparser.h"

#include <QTest>

#include <algorithm>

using namespace cjm;
using Order = SurveyDateParser::Order;

Q_DECLARE_METATYPE(cjm::SurveyDateParser::Order)

class TestSurveyDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void undecidable_data();
    void undecidable();
    void chosenOrder();
};

void TestSurveyDateParser::columns_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Order>("order");
    QTest::addColumn<QDate>("firstDate");
    QTest::addColumn<int>("rejected");

    const QDate jan3(2026, 1, 3);
    QTest::newRow("iso date") << QStringList{QStringLiteral("2026-01-03"),
                                             QStringLiteral("2026-12-31")}
                              << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("iso date time (qualtrics)") << QStringList{QStringLiteral("2026-01-03 09:12:00"),
                                                              QStringLiteral("2026-01-04 23:59:59")}
                                               << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("iso with T and zone") << QStringList{QStringLiteral("2026-01-03T09:12:00Z"),
                                                        QStringLiteral("2026-01-03T09:12:00+01:00")}
                                         << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("surveymonkey year first") << QStringList{QStringLiteral("2026/01/03 9:12:00 AM"),
                                                            QStringLiteral("2026/02/08 9:15:31 PM")}
                                             << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("surveymonkey month first")
            << QStringList{QStringLiteral("01/03/2026 09:12:00 AM"),
                           QStringLiteral("07/31/2023 04:21:36 PM")}
            << Order::MonthDayYear << jan3 << 0;
    QTest::newRow("google sheet m/d/y") << QStringList{QStringLiteral("1/3/2026 9:12:00"),
                                                       QStringLiteral("12/24/2026 13:30:03")}
                                        << Order::MonthDayYear << jan3 << 0;
    QTest::newRow("google forms download with zone")
            << QStringList{QStringLiteral("2026/01/03 9:12:00 AM GMT+1"),
                           QStringLiteral("2018/04/09 2:30:02 PM MDT")}
            << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("day first by a day above 12")
            << QStringList{QStringLiteral("03/01/2026"), QStringLiteral("13/01/2026")}
            << Order::DayMonthYear << jan3 << 0;
    QTest::newRow("german dots are day first")
            << QStringList{QStringLiteral("03.01.2026"), QStringLiteral("05.02.2026 10:00")}
            << Order::DayMonthYear << jan3 << 0;
    QTest::newRow("korean sheet") << QStringList{QStringLiteral("2026. 1. 3 오후 9:12:00"),
                                                 QStringLiteral("2026. 1. 13 오전 10:40:05")}
                                  << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("chinese sheet") << QStringList{QStringLiteral("2026/1/3 下午9:12:00")}
                                   << Order::YearMonthDay << jan3 << 0;
    QTest::newRow("two-digit year")
            << QStringList{QStringLiteral("1/3/26"), QStringLiteral("1/30/26")}
            << Order::MonthDayYear << jan3 << 0;
    QTest::newRow("blanks and junk ignored")
            << QStringList{QString(), QStringLiteral("2026-01-03"), QStringLiteral("n/a"),
                           QStringLiteral(" ")}
            << Order::YearMonthDay << jan3 << 1;
}

void TestSurveyDateParser::columns()
{
    QFETCH(QStringList, values);
    QFETCH(Order, order);
    QFETCH(QDate, firstDate);
    QFETCH(int, rejected);

    SurveyDateParser parser;
    const Status status = parser.decide(values, QStringLiteral("Date"));
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(parser.order(), order);
    QCOMPARE(parser.rejectedSamples(), rejected);
    const auto first = std::find_if(values.cbegin(), values.cend(), [](const QString &value) {
        return !value.trimmed().isEmpty();
    });
    QCOMPARE(parser.parse(*first), firstDate);
}

void TestSurveyDateParser::undecidable_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("message");

    QTest::newRow("day and month both at most 12")
            << QStringList{QStringLiteral("4/9/2018 13:30:03"), QStringLiteral("4/10/2018 9:00:00")}
            << QStringLiteral("In column 'Date' no day is above 12, so it is not clear whether the "
                              "dates are day/month/year or month/day/year.");
    QTest::newRow("contradicting")
            << QStringList{QStringLiteral("13/01/2026"), QStringLiteral("01/13/2026")}
            << QStringLiteral("Column 'Date' mixes day/month/year and month/day/year dates.");
    QTest::newRow("no dates")
            << QStringList{QStringLiteral("yesterday"), QStringLiteral("2026")}
            << QStringLiteral("Column 'Date' does not hold dates: 'yesterday' is not a date.");
    QTest::newRow("empty") << QStringList{QString()}
                           << QStringLiteral("Column 'Date' has no values to read dates from.");
}

void TestSurveyDateParser::undecidable()
{
    QFETCH(QStringList, values);
    QFETCH(QString, message);

    SurveyDateParser parser;
    const Status status = parser.decide(values, QStringLiteral("Date"));
    QCOMPARE(status.message(), message);
    QCOMPARE(parser.order(), Order::Unknown);
    QVERIFY(!parser.parse(values.first()).isValid());
}

void TestSurveyDateParser::chosenOrder()
{
    // The user settled an ambiguous column; impossible and mismatched values stay invalid.
    SurveyDateParser parser;
    parser.setOrder(Order::DayMonthYear);
    QCOMPARE(parser.parse(QStringLiteral("4/9/2018 13:30:03")), QDate(2018, 9, 4));
    QVERIFY(!parser.parse(QStringLiteral("2018-09-04")).isValid());
    QVERIFY(!parser.parse(QStringLiteral("31/02/2026")).isValid());
    parser.setOrder(Order::YearMonthDay);
    QVERIFY(!parser.parse(QStringLiteral("2026-13-45")).isValid());
    QVERIFY(!parser.parse(QStringLiteral("2026-01-03 garbage")).isValid());
    QCOMPARE(parser.parse(QStringLiteral(" 2026-01-03 ")), QDate(2026, 1, 3));
}

QTEST_GUILESS_MAIN(TestSurveyDateParser)
#include "test_surveydateparser.moc"
