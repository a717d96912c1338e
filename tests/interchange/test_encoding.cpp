// SPDX-License-Identifier: GPL-3.0-or-later
// TextEncodingDetector: byte order marks, UTF-8 without BOM, GB18030, and the unsure cases.

#include "interchange/csvreader.h"
#include "interchange/textencodingdetector.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace cjm;
using Encoding = TextEncodingDetector::Encoding;

Q_DECLARE_METATYPE(cjm::TextEncodingDetector::Encoding)

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gb18030IsAvailable();
    void detectBytes_data();
    void detectBytes();
    void cutSequenceAtSampleEnd();
    void fixtures_data();
    void fixtures();
    void chosenEncodingOverridesDetection();
};

void TestEncoding::gb18030IsAvailable()
{
    // Debian's Qt has ICU; without it Chinese spreadsheets could not be read at all.
    QVERIFY(TextEncodingDetector::isGb18030Available());
    QVERIFY(TextEncodingDetector::decoder(Encoding::Gb18030).isValid());
}

void TestEncoding::detectBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<bool>("unsure");

    const QString chinese = QStringLiteral("时间戳记,推荐意愿,意见\n2026-01-03,9,服务很好\n");
    QTest::newRow("ascii") << QByteArray("a,b,c\n1,2,3\n") << Encoding::Utf8 << 0 << false;
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << 0 << false;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFx,y\n") << Encoding::Utf8 << 3 << false;
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFEx\0", 4) << Encoding::Utf16LE << 2 << false;
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF\0x", 4) << Encoding::Utf16BE << 2 << false;
    QTest::newRow("utf8 chinese") << chinese.toUtf8() << Encoding::Utf8 << 0 << false;
    QTest::newRow("utf8 german") << QStringLiteral("Größe;Qualität\n").toUtf8() << Encoding::Utf8
                                 << 0 << false;
    QTest::newRow("gb18030 chinese") << QByteArray(QStringEncoder("GB18030").encode(chinese))
                                     << Encoding::Gb18030 << 0 << false;
    QTest::newRow("utf16le no bom") << QByteArray("a\0,\0b\0\n\0"
                                                  "1\0,\0"
                                                  "2\0\n\0",
                                                  16)
                                    << Encoding::Utf16LE << 0 << false;
    // Windows-1252 German: valid GB18030 byte by byte, but into rare characters.
    QTest::newRow("windows-1252 german")
            << QByteArray("Kunde;Zufriedenheit;Kommentar\nA;5;sehr gr\xFC\x6E und gr\xF6\xDF"
                          "er\n"
                          "B;4;Qualit\xE4t gut, Lieferung p\xFCnktlich\n")
            << Encoding::Gb18030 << 0 << true;
    QTest::newRow("invalid everywhere")
            << QByteArray("a,b\n\x80\x80\xFF\n") << Encoding::Utf8 << 0 << true;
}

void TestEncoding::detectBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(int, bomLength);
    QFETCH(bool, unsure);

    const TextEncodingDetector::Result result = TextEncodingDetector::detect(bytes, true);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.bomLength, bomLength);
    QCOMPARE(result.unsure, unsure);
    if (unsure)
        QVERIFY(result.confidence < 0.5);
    else
        QVERIFY(result.confidence >= 0.8);
}

void TestEncoding::cutSequenceAtSampleEnd()
{
    // A sample taken from a longer file may end inside a character.
    const QByteArray bytes = QStringLiteral("意见,意见").toUtf8().chopped(1);
    QCOMPARE(TextEncodingDetector::detect(bytes, false).encoding, Encoding::Utf8);
    QVERIFY(!TextEncodingDetector::detect(bytes, false).unsure);
    // ... but not when the sample is the whole file.
    QVERIFY(TextEncodingDetector::detect(bytes, true).unsure);
}

void TestEncoding::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QString>("lastHeader");

    QTest::newRow("utf-8 bom") << QStringLiteral("generic-utf8-bom-crlf.csv") << Encoding::Utf8 << 3
                               << QStringLiteral("Respondent") << QStringLiteral("Comment");
    QTest::newRow("utf-16le bom tabs")
            << QStringLiteral("excel-unicode-text.txt") << Encoding::Utf16LE << 2
            << QStringLiteral("Kunde") << QStringLiteral("Kommentar");
    QTest::newRow("gb18030") << QStringLiteral("generic-gb18030.csv") << Encoding::Gb18030 << 0
                             << QStringLiteral("受访者编号") << QStringLiteral("意见");
    QTest::newRow("utf-8 german") << QStringLiteral("german-semicolon.csv") << Encoding::Utf8 << 0
                                  << QStringLiteral("Befragte") << QStringLiteral("Kommentar");
    QTest::newRow("utf-8 korean") << QStringLiteral("googleforms-ko.csv") << Encoding::Utf8 << 0
                                  << QStringLiteral("타임스탬프") << QStringLiteral("의견");
    QTest::newRow("qualtrics bom") << QStringLiteral("qualtrics-current.csv") << Encoding::Utf8 << 3
                                   << QStringLiteral("StartDate") << QStringLiteral("Q3");
}

void TestEncoding::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Encoding, encoding);
    QFETCH(int, bomLength);
    QFETCH(QString, firstHeader);
    QFETCH(QString, lastHeader);

    QFile device(QStringLiteral(JS_FIXTURES_DIR "/surveys/") + file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    const TextEncodingDetector::Result result = TextEncodingDetector::detect(&device);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.bomLength, bomLength);
    QVERIFY(!result.unsure);
    QCOMPARE(device.pos(), 0); // detection peeks, it does not consume

    // The decoded header proves the guess (and that the BOM is not part of the first cell).
    CsvReader reader(&device);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.first(), firstHeader);
    QCOMPARE(fields.last(), lastHeader);
    QVERIFY(!reader.hadDecodingErrors());
}

void TestEncoding::chosenEncodingOverridesDetection()
{
    // The user answered "GB18030" for a file the detector was unsure about.
    QByteArray bytes = QStringEncoder("GB18030").encode(QStringLiteral("意见\n好\n"));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    reader.setEncoding(Encoding::Gb18030);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, QStringList{QStringLiteral("意见")});
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, QStringList{QStringLiteral("好")});
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.status().ok());
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "test_encoding.moc"
