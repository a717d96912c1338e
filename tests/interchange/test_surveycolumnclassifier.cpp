// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveycolumnclassifier.h"

#include "interchange/csvreader.h"
#include "interchange/surveylayoutdetector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace cjm;
using Role = SurveyColumnClassifier::Role;

Q_DECLARE_METATYPE(cjm::SurveyColumnClassifier::Role)

namespace {

QStringList split(const char16_t *values)
{
    return QString::fromUtf16(values).split(u'|');
}

/// All records of \a path; a read error is reported as a warning and ends the list.
QVector<QStringList> readFile(const QString &path)
{
    QVector<QStringList> records;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return records;
    CsvReader reader(&device);
    QStringList fields;
    while (reader.readRecord(&fields))
        records.append(fields);
    if (!reader.status().ok())
        qWarning("%s: %s", qPrintable(path), qPrintable(reader.status().message()));
    return records;
}

QString sharedData()
{
    return QDir::cleanPath(QStringLiteral(JS_SOURCE_DIR "/../shared/data"));
}

} // namespace

class TestSurveyColumnClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractScore_data();
    void extractScore();
    void classify_data();
    void classify();
    void sampleFiles_data();
    void sampleFiles();
};

void TestSurveyColumnClassifier::extractScore_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("score");

    QTest::newRow("plain") << u"7"_qs << true << 7;
    QTest::newRow("padded") << u" 10 "_qs << true << 10;
    QTest::newRow("leading label") << u"10 - Extremely likely"_qs << true << 10;
    QTest::newRow("trailing label") << u"Extremely likely - 10"_qs << true << 10;
    QTest::newRow("chinese label") << u"非常满意 5"_qs << true << 5;
    QTest::newRow("words only") << u"Very satisfied"_qs << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("decimal") << u"42.4019"_qs << false << 0;
}

void TestSurveyColumnClassifier::extractScore()
{
    QFETCH(QString, value);
    QFETCH(bool, found);
    QFETCH(int, score);
    int actual = -1;
    QCOMPARE(SurveyColumnClassifier::extractScore(value, &actual), found);
    if (found)
        QCOMPARE(actual, score);
}

void TestSurveyColumnClassifier::classify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("scaleMin");
    QTest::addColumn<int>("scaleMax");
    QTest::addColumn<QString>("hint");

    const auto row = [](const char *name, const char16_t *id, const char16_t *question,
                        const char16_t *option, const char16_t *values, Role role, int low,
                        int high, const char16_t *hint) {
        QTest::newRow(name) << QString::fromUtf16(id) << QString::fromUtf16(question)
                            << QString::fromUtf16(option) << split(values) << role << low << high
                            << QString::fromUtf16(hint);
    };

    // English.
    row("en nps", u"Q1", u"How likely is it that you would recommend us to a friend?", u"",
        u"9|10|3|7||8", Role::Nps, 0, 10, u"");
    row("en nps labels", u"Q1", u"How likely are you to recommend Acme?", u"",
        u"Extremely likely - 10|9|0 - Not at all likely|6", Role::Nps, 0, 10, u"");
    row("en csat", u"Q2", u"How satisfied were you with the installation visit?", u"", u"5|4|3|1|2",
        Role::Csat, 1, 5, u"installation visit");
    row("en csat labels", u"Q2", u"Overall satisfaction", u"",
        u"5 - Very satisfied|1 - Very dissatisfied|4|3", Role::Csat, 1, 5, u"");
    row("en csat matrix", u"Q2_1", u"How satisfied were you with the following?", u"Website order",
        u"5|4|4", Role::Csat, 1, 5, u"Website order");
    row("en ces", u"Q3", u"Acme made it easy for me to handle my issue.", u"", u"6|7|5|2",
        Role::Ces, 1, 7, u"");
    row("en ces effort", u"Q3", u"How much effort did you personally have to put forth?", u"",
        u"1|2|3", Role::Ces, 1, 7, u"");
    row("en custom", u"Q9", u"How many stars would you give?", u"", u"3|8|12|5", Role::CustomScore,
        3, 12, u"");
    row("en csat out of range", u"Q2", u"How satisfied are you with the app?", u"", u"0|8|10",
        Role::CustomScore, 0, 10, u"app");
    row("en comment", u"Q4", u"Anything else you would like to tell us?", u"",
        u"Great|The form was confusing|", Role::Comment, 0, 0, u"");
    row("en free text", u"Q5", u"What could we do better?", u"",
        u"Faster delivery please|Nothing|Better prices and more shops", Role::Comment, 0, 0, u"");
    row("en segment", u"Segment", u"Segment", u"", u"Regular|Premium|Regular", Role::Segment, 0, 0,
        u"");
    row("en grouping by values", u"Q7", u"Plan", u"", u"Gold|Silver|Gold|Gold|Silver",
        Role::Segment, 0, 0, u"");
    row("en respondent", u"Respondent ID", u"Respondent ID", u"", u"10000001|10000002",
        Role::RespondentId, 0, 0, u"");
    row("en response id", u"ResponseId", u"Response ID", u"", u"R_1|R_2", Role::RespondentId, 0, 0,
        u"");
    row("en date", u"StartDate", u"Start Date", u"", u"2026-01-01 09:12:00", Role::Date, 0, 0, u"");
    row("en timestamp", u"Timestamp", u"Timestamp", u"", u"01/01/2026 9:15:31", Role::Date, 0, 0,
        u"");
    row("en date by values", u"Q8", u"When did you buy?", u"", u"2026/01/01|2026/02/03", Role::Date,
        0, 0, u"");
    row("en ip", u"IPAddress", u"IPAddress", u"", u"130.92.34.66", Role::Ignore, 0, 0, u"");
    row("en duration", u"Duration (in seconds)", u"Duration (in seconds)", u"", u"38|120",
        Role::Ignore, 0, 0, u"");
    row("en progress", u"Progress", u"Progress", u"", u"100|100", Role::Ignore, 0, 0, u"");
    row("en status", u"Status", u"Response Type", u"", u"IP Address|IP Address", Role::Ignore, 0, 0,
        u"");
    row("en nps with typo", u"Q1", u"How likely are you to recommend us?", u"",
        u"9|10|8|7|6|5|9|10|8|7|6|5|9|10|8|7|6|5|9|10|11", Role::Nps, 0, 10, u"");
    row("en check box", u"Q6_1", u"Check all that apply", u"Squash", u"1|1|1", Role::CustomScore, 1,
        1, u"Squash");
    row("en comment in option", u"Q7_other", u"To what extent do you agree?",
        u"Is there anything else you would like to say about this?", u"Yes, more time",
        Role::Comment, 0, 0, u"");
    row("en latitude", u"LocationLatitude", u"LocationLatitude", u"", u"42.40|42.41", Role::Ignore,
        0, 0, u"");

    // Simplified Chinese.
    row("zh nps", u"Q1", u"您向朋友或同事推荐天际电信的可能性有多大？", u"", u"9|7|8|2|10",
        Role::Nps, 0, 10, u"");
    row("zh csat", u"Q2", u"您对上门安装的满意度", u"", u"5|3|4", Role::Csat, 1, 5, u"上门安装");
    row("zh ces", u"Q3", u"天际电信让我轻松解决了问题。", u"", u"6|7|5", Role::Ces, 1, 7, u"");
    row("zh ces easy", u"Q3", u"办理业务容易吗？", u"", u"1|4|3", Role::Ces, 1, 7, u"");
    row("zh comment", u"Q4", u"其他意见", u"", u"很好|太慢了", Role::Comment, 0, 0, u"");
    row("zh segment", u"S", u"客户分层", u"", u"普通客户|高端客户", Role::Segment, 0, 0, u"");
    row("zh respondent", u"受访者编号", u"受访者编号", u"", u"R_1|R_2", Role::RespondentId, 0, 0,
        u"");
    row("zh date", u"日期", u"日期", u"", u"2026-01-01|2026-02-08", Role::Date, 0, 0, u"");

    // German.
    row("de nps", u"Q1", u"Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?", u"",
        u"10|9|4", Role::Nps, 0, 10, u"");
    row("de csat", u"Q2", u"Wie zufrieden waren Sie mit dem Installationstermin?", u"", u"4|5|2",
        Role::Csat, 1, 5, u"Installationstermin");
    row("de ces", u"Q3", u"Es war einfach, mein Anliegen zu erledigen.", u"", u"7|6|3", Role::Ces,
        1, 7, u"");
    row("de ces effort", u"Q3", u"Wie hoch war Ihr Aufwand?", u"", u"2|3", Role::Ces, 1, 7, u"");
    row("de comment", u"Q4", u"Möchten Sie uns sonst noch etwas mitteilen?", u"",
        u"Alles gut|Zu langsam", Role::Comment, 0, 0, u"");
    row("de date", u"StartDate", u"Anfangsdatum", u"", u"2017-07-18 08:28:09", Role::Date, 0, 0,
        u"");
    row("de ip", u"IPAddress", u"IP-Adresse", u"", u"130.92.34.66", Role::Ignore, 0, 0, u"");
    row("de duration", u"Duration (in seconds)", u"Dauer (in Sekunden)", u"", u"38", Role::Ignore,
        0, 0, u"");

    // Korean.
    row("ko nps", u"Q1", u"친구나 동료에게 당사를 추천할 가능성은 얼마나 됩니까?", u"", u"9|10|6|0",
        Role::Nps, 0, 10, u"");
    row("ko csat", u"Q2", u"설치 방문에 얼마나 만족하셨습니까?", u"", u"5|4|1", Role::Csat, 1, 5,
        u"설치 방문");
    row("ko ces", u"Q3", u"문제를 해결하기가 얼마나 쉬웠습니까?", u"", u"7|5|6", Role::Ces, 1, 7,
        u"");
    row("ko ces smooth", u"Q3", u"상담은 수월했습니까?", u"", u"2|3", Role::Ces, 1, 7, u"상담");
    row("ko comment", u"Q4", u"기타 의견", u"", u"좋아요|느려요", Role::Comment, 0, 0, u"");
    row("ko respondent", u"응답자 ID", u"응답자 ID", u"", u"1|2", Role::RespondentId, 0, 0, u"");
    row("ko date", u"날짜", u"날짜", u"", u"2026-01-01", Role::Date, 0, 0, u"");
}

void TestSurveyColumnClassifier::classify()
{
    QFETCH(QString, id);
    QFETCH(QString, question);
    QFETCH(QString, option);
    QFETCH(QStringList, values);
    QFETCH(Role, role);
    QFETCH(int, scaleMin);
    QFETCH(int, scaleMax);
    QFETCH(QString, hint);

    SurveyColumn column;
    column.index = 0;
    column.id = id;
    column.question = question;
    column.option = option;
    const SurveyColumnClassifier::Proposal proposal
            = SurveyColumnClassifier::classify(column, values);
    QCOMPARE(proposal.role, role);
    QCOMPARE(proposal.scaleMin, scaleMin);
    QCOMPARE(proposal.scaleMax, scaleMax);
    QCOMPARE(proposal.touchpointHint, hint);
    QVERIFY(proposal.confidence > 0.0);
    QVERIFY(proposal.confidence <= 1.0);
}

void TestSurveyColumnClassifier::sampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QVector<Role>>("roles");
    QTest::addColumn<QStringList>("csatHints");

    const QStringList lower{u"website order"_qs, u"installation visit"_qs, u"support hotline"_qs};
    QTest::newRow("qualtrics") << u"qualtrics.csv"_qs
                               << QVector<Role>{Role::Date,         Role::Date,    Role::Ignore,
                                                Role::Ignore,       Role::Ignore,  Role::Date,
                                                Role::RespondentId, Role::Segment, Role::Nps,
                                                Role::Csat,         Role::Csat,    Role::Csat,
                                                Role::Ces,          Role::Comment}
                               << QStringList{u"Website order"_qs, u"Installation visit"_qs,
                                              u"Support hotline"_qs};
    QTest::newRow("surveymonkey") << u"surveymonkey.csv"_qs
                                  << QVector<Role>{Role::RespondentId, Role::Ignore,  Role::Date,
                                                   Role::Date,         Role::Segment, Role::Nps,
                                                   Role::Csat,         Role::Csat,    Role::Csat,
                                                   Role::Ces,          Role::Comment}
                                  << lower;
    QTest::newRow("googleforms") << u"googleforms.csv"_qs
                                 << QVector<Role>{Role::Date, Role::Segment, Role::Nps,
                                                  Role::Csat, Role::Csat,    Role::Csat,
                                                  Role::Ces,  Role::Comment}
                                 << lower;
    QTest::newRow("generic-gb18030") << u"generic-gb18030.csv"_qs
                                     << QVector<Role>{Role::RespondentId, Role::Date, Role::Segment,
                                                      Role::Nps,          Role::Csat, Role::Csat,
                                                      Role::Csat,         Role::Ces,  Role::Comment}
                                     << QStringList{u"网上下单"_qs, u"上门安装"_qs, u"客服热线"_qs};
    // A few rows break the scales ("11", "seven"): the standard scales are still proposed.
    QTest::newRow("bad-rows") << u"bad-rows.csv"_qs
                              << QVector<Role>{Role::RespondentId, Role::Date, Role::Segment,
                                               Role::Nps,          Role::Csat, Role::Csat,
                                               Role::Csat,         Role::Ces,  Role::Comment}
                              << lower;
}

void TestSurveyColumnClassifier::sampleFiles()
{
    QFETCH(QString, file);
    QFETCH(QVector<Role>, roles);
    QFETCH(QStringList, csatHints);

    if (!QFileInfo::exists(sharedData()))
        QSKIP("shared survey data not available");
    const QString path = sharedData() + u"/surveys/"_qs + file;
    const QVector<QStringList> records = readFile(path);
    QVERIFY2(records.size() > SurveyLayoutDetector::kSampleRecords, qPrintable(path));

    SurveyLayout layout;
    QVERIFY(SurveyLayoutDetector::detect(records.mid(0, SurveyLayoutDetector::kSampleRecords),
                                         &layout)
                    .ok());
    const QVector<QStringList> responses
            = records.mid(layout.headerRows, SurveyColumnClassifier::kSampleValues);
    const QVector<SurveyColumnClassifier::Proposal> proposals
            = SurveyColumnClassifier::classify(layout, responses);
    QCOMPARE(proposals.size(), layout.columns.size());

    QVector<Role> actual;
    QStringList hints;
    int nps = 0;
    int csat = 0;
    for (const SurveyColumnClassifier::Proposal &proposal : proposals) {
        actual.append(proposal.role);
        if (proposal.role == Role::Nps) {
            ++nps;
            QCOMPARE(proposal.scaleMin, 0);
            QCOMPARE(proposal.scaleMax, 10);
        } else if (proposal.role == Role::Csat) {
            ++csat;
            QCOMPARE(proposal.scaleMin, 1);
            QCOMPARE(proposal.scaleMax, 5);
            hints.append(proposal.touchpointHint);
        }
    }
    QCOMPARE(nps, 1);
    QVERIFY(csat >= 1);
    QCOMPARE(actual, roles);
    QCOMPARE(hints, csatHints);
}

QTEST_GUILESS_MAIN(TestSurveyColumnClassifier)

#include "test_surveycolumnclassifier.moc"
