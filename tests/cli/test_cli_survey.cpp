// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli import-survey and metrics, run as users run them: exit codes, the summary,
// the stored mapping reused, and the metrics JSON (shape of issue 4, numbers worked out by
// hand from tests/fixtures/surveys/import-generic.csv — see
// tests/analytics/test_surveymetrics.cpp).

#include "interchange/surveytestproject.h"
#include "model/fieldvalue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cjm;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kFixture = QStringLiteral(JS_FIXTURES_DIR "/surveys/import-generic.csv");

bool near(const QJsonValue &value, double expected)
{
    return value.isDouble() && std::abs(value.toDouble() - expected) < 1e-9;
}

} // namespace

class TestCliSurvey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importWithMappingFile();
    void metricsJson();
    void metricsGroups();
    void noValidRowsExitsTwo();
    void usageErrors();
    void autoOnSharedSample();

private:
    Run cli(const QStringList &arguments) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir mDir;
    QString mProject;
    QUuid mTpWeb, mTpHotline;
};

Run TestCliSurvey::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JOURNEYSTUDIO_WORKDIR"), mDir.filePath(QStringLiteral("work")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JS_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCliSurvey::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = mDir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCliSurvey::initTestCase()
{
    QVERIFY(mDir.isValid());
    QDir(mDir.path()).mkdir(QStringLiteral("work"));
    qputenv("JOURNEYSTUDIO_WORKDIR", mDir.filePath(QStringLiteral("work")).toLocal8Bit());
    SurveyTestProject p = SurveyTestProject::create();
    mTpWeb = p.tpWeb;
    mTpHotline = p.tpHotline;
    mProject = mDir.filePath(QStringLiteral("survey.cjm"));
    QVERIFY(p.doc->saveAs(mProject).ok());
}

void TestCliSurvey::importWithMappingFile()
{
    // Named by name and title as a user writes it; Silver is not mapped (line 9 is skipped).
    const QString mapping = writeFile(QStringLiteral("mapping.json"), R"({
        "name": "Monthly survey",
        "columns": [
          {"index": 0, "role": "respondent_id"},
          {"index": 1, "role": "date"},
          {"index": 2, "role": "segment"},
          {"index": 3, "role": "score", "metric": "NPS", "kind": "nps", "scope": "journey"},
          {"index": 4, "role": "score", "metric": "CSAT", "kind": "csat", "scale": [1, 5],
           "scope": "touchpoint", "scope_id": "Website order"},
          {"index": 5, "role": "score", "metric": "CSAT", "kind": "csat",
           "scope": "touchpoint", "scope_id": "support hotline"},
          {"index": 6, "role": "comment"}
        ],
        "segments": {"Gold": "Gold", "Regular": "Regular"}
    })");
    const Run run = cli({QStringLiteral("import-survey"), mProject, kFixture,
                         QStringLiteral("--mapping"), mapping});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Rows read: 10")));
    QVERIFY(run.out.contains(QStringLiteral("Rows imported: 5")));
    QVERIFY(run.out.contains(QStringLiteral("Rows skipped: 5")));
    QVERIFY(run.out.contains(QStringLiteral("line 9, column 3")));
    QVERIFY(run.out.contains(QStringLiteral("unknown segment")));
    // The project was saved: a second run finds the file already imported.
    const Run again = cli({QStringLiteral("import-survey"), mProject, kFixture,
                           QStringLiteral("--mapping"), mapping});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.out.contains(QStringLiteral("already imported")));
    QCOMPARE(cli({QStringLiteral("validate"), mProject}).exitCode, 0);
}

void TestCliSurvey::metricsJson()
{
    const Run run = cli({QStringLiteral("metrics"), mProject, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("groups")).isArray());
    QCOMPARE(json.value(QStringLiteral("groups")).toArray().size(), 0);
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    const QJsonObject nps = overall.value(QStringLiteral("nps")).toObject();
    QCOMPARE(nps.keys(),
             (QStringList{QStringLiteral("detractors"), QStringLiteral("moe95"),
                          QStringLiteral("n"), QStringLiteral("passives"),
                          QStringLiteral("promoters"), QStringLiteral("value")}));
    // NPS 10 9 6 9 0: 60 % promoters, 0 % passives, 40 % detractors, NPS 20.
    QVERIFY(near(nps.value(QStringLiteral("value")), 20));
    QCOMPARE(nps.value(QStringLiteral("n")).toInt(), 5);
    QVERIFY(near(nps.value(QStringLiteral("promoters")), 60));
    QVERIFY(near(nps.value(QStringLiteral("passives")), 0));
    QVERIFY(near(nps.value(QStringLiteral("detractors")), 40));
    QVERIFY(near(nps.value(QStringLiteral("moe95")), 196 * std::sqrt((1.0 - 0.04) / 5)));
    // CSAT 5 4 2 1 4 1 3 2: top-two 3 of 8, mean 2.75.
    const QJsonObject csat = overall.value(QStringLiteral("csat")).toObject();
    QVERIFY(near(csat.value(QStringLiteral("value")), 37.5));
    QVERIFY(near(csat.value(QStringLiteral("mean")), 2.75));
    QCOMPARE(csat.value(QStringLiteral("n")).toInt(), 8);
    // No CES question: nulls and n = 0.
    const QJsonObject ces = overall.value(QStringLiteral("ces")).toObject();
    QVERIFY(ces.value(QStringLiteral("mean")).isNull());
    QVERIFY(ces.value(QStringLiteral("agree")).isNull());
    QCOMPARE(ces.value(QStringLiteral("n")).toInt(), 0);
}

void TestCliSurvey::metricsGroups()
{
    Run run = cli({QStringLiteral("metrics"), mProject, QStringLiteral("--by"),
                   QStringLiteral("touchpoint"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QStringLiteral("groups"))
                                .toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("key")).toString(), uuidText(mTpWeb));
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("key")).toString(), uuidText(mTpHotline));
    // Website order 5 4 2 1 → 50 %; hotline 4 1 3 2 → 25 %.
    QVERIFY(near(groups.at(0).toObject()[QStringLiteral("csat")][QStringLiteral("value")], 50));
    QVERIFY(near(groups.at(1).toObject()[QStringLiteral("csat")][QStringLiteral("value")], 25));

    run = cli({QStringLiteral("metrics"), mProject, QStringLiteral("--journey"),
               QStringLiteral("Broadband"), QStringLiteral("--by"), QStringLiteral("month"),
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    groups = QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QStringLiteral("groups"))
                     .toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("2026-01-01"));
    QVERIFY(near(groups.at(2).toObject()[QStringLiteral("nps")][QStringLiteral("value")], -100));

    run = cli({QStringLiteral("metrics"), mProject, QStringLiteral("--by"),
               QStringLiteral("persona")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Gold")));
    QVERIFY(run.out.contains(QStringLiteral("small sample")));
}

void TestCliSurvey::noValidRowsExitsTwo()
{
    // Same columns, so the stored mapping applies without --mapping; every row is broken.
    const QString csv = writeFile(
            QStringLiteral("broken.csv"),
            "Respondent,Date,Segment,How likely is it that you would recommend Skyline to a "
            "friend?,How satisfied were you with the website order?,How satisfied were you with "
            "the support hotline?,Comment\n"
            "X1,2026-04-01,Gold,12,,,\n"
            "X2,2026-04-02,Regular,5,9,,\n");
    const Run run = cli({QStringLiteral("import-survey"), mProject, csv});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains(QStringLiteral("Rows imported: 0")));
    QVERIFY(run.out.contains(QStringLiteral("out of scale: 2")));
    // Nothing was added: the overall n is still 5.
    const Run metrics = cli({QStringLiteral("metrics"), mProject, QStringLiteral("--json")});
    QCOMPARE(
            QJsonDocument::fromJson(metrics.out.toUtf8())
                    .object()[QStringLiteral("overall")][QStringLiteral("nps")][QStringLiteral("n")]
                    .toInt(),
            5);
}

void TestCliSurvey::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("import-survey"), mProject}).exitCode, 64);
    QCOMPARE(cli({QStringLiteral("import-survey"), mProject, kFixture, QStringLiteral("--auto"),
                  QStringLiteral("--mapping"), QStringLiteral("x.json")})
                     .exitCode,
             64);
    QCOMPARE(cli({QStringLiteral("metrics"), mProject, QStringLiteral("--by"),
                  QStringLiteral("colour")})
                     .exitCode,
             64);
    QCOMPARE(cli({QStringLiteral("metrics"), mProject, QStringLiteral("--journey"),
                  QStringLiteral("Nope")})
                     .exitCode,
             2);
}

void TestCliSurvey::autoOnSharedSample()
{
    const QString csv = QStringLiteral("/work/shared/data/surveys/surveymonkey.csv");
    if (!QFileInfo::exists(csv))
        QSKIP("the shared sample exports are not on this machine");
    const Run run = cli({QStringLiteral("import-survey"), mProject, csv, QStringLiteral("--auto")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Installation visit"), Qt::CaseInsensitive));
    QVERIFY(run.out.contains(QStringLiteral("Rows imported: 300")));
}

QTEST_GUILESS_MAIN(TestCliSurvey)
#include "test_cli_survey.moc"
