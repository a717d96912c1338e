// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 quoting, line breaks, delimiter detection, physical line numbers,
// streaming, limits and clear errors.

#include "interchange/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace cjm;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

/// Reads every record of \a bytes; returns the reader's status.
Status readAll(QByteArray bytes, Records *records, Lines *lines,
               const CsvReader::Limits &limits = CsvReader::Limits())
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, limits);
    QStringList fields;
    qint64 line = 0;
    while (reader.readRecord(&fields, &line)) {
        records->append(fields);
        lines->append(line);
    }
    if (reader.status().ok() && !reader.atEnd())
        return Status::failure(QStringLiteral("stopped without error before the end"));
    return reader.status();
}

QString fixture(const QString &name)
{
    return QStringLiteral(JS_FIXTURES_DIR "/surveys/") + name;
}

QStringList row(std::initializer_list<const char16_t *> cells)
{
    QStringList fields;
    for (const char16_t *text : cells)
        fields.append(QString::fromUtf16(text));
    return fields;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void smallChunks();
    void detectDelimiter_data();
    void detectDelimiter();
    void fixtures_data();
    void fixtures();
    void errors_data();
    void errors();
    void unclosedQuoteFixture();
    void streams();
    void chosenDelimiter();
    void closedDevice();
    void randomBytes();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("plain lf") << QByteArray("a,b\n1,2\n")
                              << Records{row({u"a", u"b"}), row({u"1", u"2"})} << Lines{1, 2};
    QTest::newRow("crlf, no final break")
            << QByteArray("a,b\r\n1,2") << Records{row({u"a", u"b"}), row({u"1", u"2"})}
            << Lines{1, 2};
    QTest::newRow("lone cr") << QByteArray("a\r1\r") << Records{row({u"a"}), row({u"1"})}
                             << Lines{1, 2};
    QTest::newRow("empty fields") << QByteArray("a,,c,\n,,,\n")
                                  << Records{row({u"a", u"", u"c", u""}), row({u"", u"", u"", u""})}
                                  << Lines{1, 2};
    QTest::newRow("quoted comma and doubled quotes")
            << QByteArray("id,comment\n1,\"Schnell, \"\"gut\"\"\"\n")
            << Records{row({u"id", u"comment"}), row({u"1", u"Schnell, \"gut\""})} << Lines{1, 2};
    QTest::newRow("embedded crlf becomes lf, lines counted")
            << QByteArray("id,c\r\n1,\"one\r\ntwo\r\nthree\"\r\n2,x\r\n")
            << Records{row({u"id", u"c"}), row({u"1", u"one\ntwo\nthree"}), row({u"2", u"x"})}
            << Lines{1, 2, 5};
    QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n1\r\n\r\n2\n\n") << Records{row({u"a"}), row({u"1"}), row({u"2"})}
            << Lines{1, 3, 5};
    QTest::newRow("empty quoted field")
            << QByteArray("\"\",\"x\"\n") << Records{row({u"", u"x"})} << Lines{1};
    QTest::newRow("lenient: text after closing quote")
            << QByteArray("\"ab\"cd,e\n") << Records{row({u"abcd", u"e"})} << Lines{1};
    QTest::newRow("lenient: quote inside unquoted field")
            << QByteArray("5\" screen,e\n") << Records{row({u"5\" screen", u"e"})} << Lines{1};
    QTest::newRow("chinese german korean")
            << QStringLiteral(
                       "意见,Größe,의견\n\"服务很好，谢谢\",\"Grüße, \"\"Jörg\"\"\",좋아요\n")
                       .toUtf8()
            << Records{row({u"意见", u"Größe", u"의견"}),
                       row({u"服务很好，谢谢", u"Grüße, \"Jörg\"", u"좋아요"})}
            << Lines{1, 2};
    QTest::newRow("empty input") << QByteArray() << Records{} << Lines{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    Records records;
    Lines recordLines;
    const Status status = readAll(input, &records, &recordLines);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(records, expected);
    QCOMPARE(recordLines, lines);
}

void TestCsvReader::smallChunks()
{
    // Chunks of one byte split every multi-byte character, CRLF pair and doubled quote.
    const QByteArray input
            = QStringLiteral(
                      "意见,Größe\r\n\"第一行\r\n第二行，\"\"引号\"\"\",x\r\n타임스탬프,\"\"\r\n")
                      .toUtf8();
    CsvReader::Limits limits;
    limits.chunkBytes = 1;
    Records records;
    Lines lines;
    const Status status = readAll(input, &records, &lines, limits);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(records,
             (Records{row({u"意见", u"Größe"}), row({u"第一行\n第二行，\"引号\"", u"x"}),
                      row({u"타임스탬프", u""})}));
    QCOMPARE(lines, (Lines{1, 2, 4}));
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon, decimal commas")
            << QStringLiteral("Name;Wert;Anteil\nA;1,5;0,25\nB;2;3,75\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2,5\t3\n") << QChar(u'\t');
    QTest::newRow("commas inside quotes ignored")
            << QStringLiteral("a;\"b, c, d\"\n1;\"x,y,z,w\"\n") << QChar(u';');
    QTest::newRow("quoted line break")
            << QStringLiteral("a;b\n1;\"x,\ny,z\"\n2;3\n") << QChar(u';');
    QTest::newRow("one line, no break") << QStringLiteral("a\tb\tc") << QChar(u'\t');
    QTest::newRow("single column defaults to comma") << QStringLiteral("a\nb\n") << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<int>("record");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("utf-8 bom crlf") << QStringLiteral("generic-utf8-bom-crlf.csv") << QChar(u',')
                                    << 4 << Lines{1, 2, 3, 5, 6} << 2
                                    << row({u"R2", u"2026-01-13", u"6", u"第一行\n第二行，有逗号"});
    QTest::newRow("excel unicode text")
            << QStringLiteral("excel-unicode-text.txt") << QChar(u'\t') << 4 << Lines{1, 2, 3, 5}
            << 2
            << row({u"K-002", u"13.01.2026", u"2", u"Techniker kam zu spät\nund ging \"früh\""});
    QTest::newRow("gb18030") << QStringLiteral("generic-gb18030.csv") << QChar(u',') << 5
                             << Lines{1, 2, 3, 4} << 2
                             << row({u"R_002", u"2026-01-13", u"3", u"2",
                                     u"客服电话等了40分钟，\"太慢了\""});
    QTest::newRow("german semicolon")
            << QStringLiteral("german-semicolon.csv") << QChar(u';') << 5 << Lines{1, 2, 3, 4} << 1
            << row({u"B-01", u"03.01.2026", u"9", u"4,5", u"Gut; schnell, günstig"});
    QTest::newRow("surveymonkey crlf")
            << QStringLiteral("surveymonkey.csv") << QChar(u',') << 10 << Lines{1, 2, 3, 4} << 3
            << row({u"11000000002", u"404040401", u"01/13/2026 05:40:05 PM",
                    u"01/13/2026 05:44:10 PM", u"6", u"", u"", u"Dissatisfied",
                    u"Termin verschoben,\nzweimal", u""});
    QTest::newRow("forms download, no final newline")
            << QStringLiteral("googleforms-download.csv") << QChar(u',') << 4 << Lines{1, 2, 3} << 2
            << row({u"2026/01/13 5:40:05 PM GMT+1", u"", u"3", u"2"});
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);
    QFETCH(Lines, lines);
    QFETCH(int, record);
    QFETCH(QStringList, fields);

    QFile device(fixture(file));
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    CsvReader reader(&device);
    QStringList current;
    qint64 line = 0;
    Lines recordLines;
    while (reader.readRecord(&current, &line)) {
        QCOMPARE(current.size(), columns);
        if (recordLines.size() == record)
            QCOMPARE(current, fields);
        recordLines.append(line);
    }
    QVERIFY2(reader.status().ok(), qPrintable(reader.status().message()));
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(recordLines, lines);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxFieldChars");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<qsizetype>("maxRecordChars");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("message");

    const CsvReader::Limits defaults;
    QTest::newRow("field too long")
            << QByteArray("a,b\n1,2\n3,\"0123456789A\"\n") << qsizetype(10) << defaults.maxColumns
            << defaults.maxRecordChars << 2
            << QStringLiteral("Line 3: a field is longer than 10 characters.");
    QTest::newRow("too many columns")
            << QByteArray("a,b,c\n1,2,3,4\n") << defaults.maxFieldChars << 3
            << defaults.maxRecordChars << 1
            << QStringLiteral("Line 2: a record has more than 3 columns.");
    QTest::newRow("record too long")
            << QByteArray("a,b\n12345,67890,x\n") << defaults.maxFieldChars << defaults.maxColumns
            << qsizetype(8) << 1 << QStringLiteral("Line 2: a record is longer than 8 characters.");
    QTest::newRow("unclosed quote, last line")
            << QByteArray("a\n\"b\nc\n") << defaults.maxFieldChars << defaults.maxColumns
            << defaults.maxRecordChars << 1
            << QStringLiteral("Line 2: a quoted field starting on this line is never closed.");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxFieldChars);
    QFETCH(int, maxColumns);
    QFETCH(qsizetype, maxRecordChars);
    QFETCH(int, goodRecords);
    QFETCH(QString, message);

    CsvReader::Limits limits;
    limits.maxFieldChars = maxFieldChars;
    limits.maxColumns = maxColumns;
    limits.maxRecordChars = maxRecordChars;
    Records records;
    Lines lines;
    const Status status = readAll(input, &records, &lines, limits);
    QVERIFY(!status.ok());
    QVERIFY2(status.message().startsWith(message), qPrintable(status.message()));
    QCOMPARE(records.size(), goodRecords);
}

void TestCsvReader::unclosedQuoteFixture()
{
    QFile device(fixture(QStringLiteral("unclosed-quote.csv")));
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, row({u"R1", u"fine"}));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(!reader.atEnd());
    QCOMPARE(reader.status().message(),
             QStringLiteral("Line 3: a quoted field starting on this line is never closed."));
    // An error is final.
    QVERIFY(!reader.readRecord(&fields));
}

void TestCsvReader::streams()
{
    // 4 MiB of records: the reader must not read much beyond what it has returned.
    QByteArray bytes("id,comment\n");
    const QByteArray line("12345,\"a comment, with a comma and \"\"quotes\"\"\"\n");
    while (bytes.size() < 4 * 1024 * 1024)
        bytes += line;
    const qint64 total = (bytes.size() - 11) / line.size();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader::Limits limits;
    CsvReader reader(&buffer, limits);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, row({u"12345", u"a comment, with a comma and \"quotes\""}));
    QVERIFY(buffer.pos() <= 2 * limits.chunkBytes);
    qint64 count = 1;
    qint64 lineNumber = 0;
    while (reader.readRecord(&fields, &lineNumber))
        ++count;
    QVERIFY(reader.status().ok());
    QCOMPARE(count, total);
    QCOMPARE(lineNumber, total + 1);
}

void TestCsvReader::chosenDelimiter()
{
    // The user overrides detection: this file looks comma-separated but is not.
    QByteArray bytes("a,1;b,2\nc,3;d,4\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    reader.setDelimiter(QLatin1Char(';'));
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, row({u"a,1", u"b,2"}));
    QCOMPARE(reader.delimiter(), QChar(u';'));
}

void TestCsvReader::closedDevice()
{
    QBuffer buffer;
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.status().message(), QStringLiteral("The file is not open for reading."));
    QVERIFY(!reader.atEnd());
}

void TestCsvReader::randomBytes()
{
    // Whatever the bytes, the reader ends: with records and a clean end, or with an error
    // message. Bytes are drawn mostly from the characters that steer the parser.
    const QByteArray alphabet("\",;\t\r\nab\xE4\xB8\x80\xFF\x00 ", 14);
    QRandomGenerator random(20260103);
    CsvReader::Limits limits;
    limits.maxFieldChars = 64;
    limits.maxColumns = 16;
    limits.chunkBytes = 7;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(random.bounded(600), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = alphabet.at(random.bounded(int(alphabet.size())));
        Records records;
        Lines lines;
        const Status status = readAll(bytes, &records, &lines, limits);
        QVERIFY(status.ok() || !status.message().isEmpty());
        for (const QStringList &record : records)
            QVERIFY(!record.isEmpty() && record.size() <= limits.maxColumns);
        QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
