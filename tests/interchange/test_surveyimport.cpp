// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyImporter end to end on a Document: per-row validation (line, column, reason), what is
// written (responses, answers, comments, histogram, pair sums), one undo step, re-import,
// cancel, every layout and encoding, and --auto on the shared sample exports.
// Expected figures are worked out by hand in the comments from the fixture files.

#include "analytics/surveymetricsquery.h"
#include "interchange/surveyautomapper.h"
#include "interchange/surveyimporter.h"
#include "interchange/surveytestproject.h"
#include "model/fieldvalue.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(JS_FIXTURES_DIR "/surveys/") + name;
}

qint64 count(Document *doc, const QString &sql)
{
    QSqlQuery query(doc->workingCopy().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// The --auto mapping of `path` for `doc`'s first journey.
SurveyImporter::Options autoOptions(Document *doc, const QString &path,
                                    QStringList *notes = nullptr)
{
    const SurveyImporter::Inspection inspection = SurveyImporter::inspect(path);
    const SurveyAutoMapper::Result mapped
            = SurveyAutoMapper::map(doc->project(), QUuid(), inspection.layout,
                                    inspection.proposals, inspection.segmentValues);
    if (notes)
        *notes = mapped.notes;
    SurveyImporter::Options options;
    options.mapping = mapped.mapping;
    return options;
}

SurveyMetricsGroup overall(Document *doc)
{
    return SurveyMetricsQuery(doc->workingCopy().database(), doc->project())
            .compute(QUuid(), SurveyMetricsQuery::GroupBy::None)
            .overall;
}

} // namespace

class TestSurveyImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateReportsEachBadRow();
    void importWritesRowsAndAggregates();
    void undoRemovesAndRedoRestores();
    void importShowsItsFiguresOnTheMap();
    void onlyRespondentsWithACommentKeepARow();
    void reimportAddsNothing();
    void cancelLeavesProjectUnchanged();
    void cancelMidFile();
    void mappingJsonRoundTrip();
    void storedMappingIsReused();
    void layoutsAndEncodings_data();
    void layoutsAndEncodings();
    void utf16WithExplicitMapping();
    void autoMapsSharedSamples();
    void sharedSamplesGiveSameNumbers();
    void realExportsRead_data();
    void realExportsRead();

private:
    QTemporaryDir mWorkDir;
};

void TestSurveyImport::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
}

void TestSurveyImport::validateReportsEachBadRow()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    const SurveyImportSummary summary = SurveyImporter::validate(
            p.doc.get(), fixture(QStringLiteral("import-generic.csv")), options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QVERIFY(summary.dryRun);
    QCOMPARE(summary.rowsRead, 10);
    QCOMPARE(summary.rowsImported, 5); // R1 R2 R3 R4 R10
    QCOMPARE(summary.rowsSkipped(), 5);
    using R = SurveyImportSummary::Reason;
    for (R reason : {R::OutOfScale, R::NotANumber, R::BadDate, R::UnknownSegment, R::NoAnswers})
        QCOMPARE(summary.skipped.value(reason), 1);
    // R5 line 6: NPS 11; R6 line 7: "abc"; R7 line 8: 2026-13-45; R8 line 9: Silver; R9 line 10.
    const QVector<std::tuple<qint64, int, R, QString>> expected = {
            {6, 4, R::OutOfScale, QStringLiteral("11")},
            {7, 4, R::NotANumber, QStringLiteral("abc")},
            {8, 2, R::BadDate, QStringLiteral("2026-13-45")},
            {9, 3, R::UnknownSegment, QStringLiteral("Silver")},
            {10, 0, R::NoAnswers, QString()},
    };
    QCOMPARE(summary.issues.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(summary.issues.at(i).line, std::get<0>(expected.at(i)));
        QCOMPARE(summary.issues.at(i).column, std::get<1>(expected.at(i)));
        QCOMPARE(summary.issues.at(i).reason, std::get<2>(expected.at(i)));
        QCOMPARE(summary.issues.at(i).value, std::get<3>(expected.at(i)));
    }
    QVERIFY(SurveyImportSummary::issueText(summary.issues.at(0))
                    .contains(QStringLiteral("line 6")));
    // 13 answers: R1 3, R2 2, R3 3, R4 2, R10 3; comments of R1, R3, R10.
    QCOMPARE(summary.answers, 13);
    QCOMPARE(summary.comments, 3);
    QCOMPARE(count(p.doc.get(), QStringLiteral("SELECT COUNT(*) FROM survey_import")), 0);
    QVERIFY(!p.doc->isModified());
}

void TestSurveyImport::importWritesRowsAndAggregates()
{
    SurveyTestProject p = SurveyTestProject::create();
    QSignalSpy changed(p.doc.get(), &Document::changed);
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    const SurveyImportSummary summary = SurveyImporter::importInto(
            p.doc.get(), fixture(QStringLiteral("import-generic.csv")), options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(summary.rowsImported, 5);
    QVERIFY(!summary.importId.isNull());
    Document *d = p.doc.get();
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_response")), 5);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_answer")), 13);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_comment")), 3);
    QCOMPARE(count(d, QStringLiteral("SELECT rows_read FROM survey_import")), 10);
    QCOMPARE(count(d, QStringLiteral("SELECT rows_stored FROM survey_import")), 5);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_mapping")), 1);
    // Gold: R1, R4, R10.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE persona_id = '%1'")
                           .arg(uuidText(p.gold))),
             3);
    // NPS histogram: 10×1, 9×2 (R2, R4), 6×1, 0×1; R4 on 2026-02-17 is Gold.
    const QString nps = uuidText(p.nps);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT SUM(count) FROM survey_histogram WHERE metric_id = '%1' "
                                  "AND score = 9")
                           .arg(nps)),
             2);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT SUM(count) FROM survey_histogram WHERE metric_id = '%1'")
                           .arg(nps)),
             5);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT COUNT(*) FROM survey_histogram WHERE metric_id = '%1' "
                                  "AND day = '2026-02-17' AND persona_id = '%2' AND score = 9")
                           .arg(nps, uuidText(p.gold))),
             1);
    // Pair sums of the website order with NPS: (5,10) (4,9) (2,6) (1,0).
    QSqlQuery pairs(d->workingCopy().database());
    QVERIFY(pairs.exec(
            QStringLiteral("SELECT SUM(n), SUM(sum_x), SUM(sum_y), SUM(sum_xx), SUM(sum_yy), "
                           "SUM(sum_xy) FROM survey_pair_sums WHERE scope_id = '%1'")
                    .arg(uuidText(p.tpWeb))));
    QVERIFY(pairs.next());
    QCOMPARE(pairs.value(0).toInt(), 4);
    QCOMPARE(pairs.value(1).toDouble(), 12.0);
    QCOMPARE(pairs.value(2).toDouble(), 25.0);
    QCOMPARE(pairs.value(3).toDouble(), 46.0);
    QCOMPARE(pairs.value(4).toDouble(), 217.0);
    QCOMPARE(pairs.value(5).toDouble(), 98.0);
    // Hotline: (4,10) (1,6) (3,9) (2,0): Σxy = 40 + 6 + 27 + 0.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT SUM(sum_xy) FROM survey_pair_sums WHERE scope_id = '%1'")
                           .arg(uuidText(p.tpHotline))),
             73);
    // One undo step, a SurveyData announcement, modified.
    QCOMPARE(d->undoStack()->count(), 1);
    QVERIFY(d->isModified());
    bool announced = false;
    for (const QList<QVariant> &args : std::as_const(changed))
        announced |= args.at(0).value<ChangeEvent>().has(ChangeType::SurveyData);
    QVERIFY(announced);
}

void TestSurveyImport::undoRemovesAndRedoRestores()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    QVERIFY(SurveyImporter::importInto(d, fixture(QStringLiteral("import-generic.csv")), options)
                    .rowsImported
            == 5);
    const QString histogram = QStringLiteral(
            "SELECT group_concat(metric_id || scope_id || day || score || '=' || count, ';') FROM "
            "(SELECT * FROM survey_histogram ORDER BY metric_id, scope_id, day, score)");
    QSqlQuery before(d->workingCopy().database());
    QVERIFY(before.exec(histogram) && before.next());
    const QString snapshot = before.value(0).toString();
    d->undoStack()->undo();
    for (const char *table : {"survey_import", "survey_response", "survey_answer", "survey_comment",
                              "survey_histogram", "survey_pair_sums"})
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
    d->undoStack()->redo();
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_response")), 5);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_answer")), 13);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_comment")), 3);
    QSqlQuery after(d->workingCopy().database());
    QVERIFY(after.exec(histogram) && after.next());
    QCOMPARE(after.value(0).toString(), snapshot);
    // Undo twice more works too (the temp tables are made afresh).
    d->undoStack()->undo();
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_histogram")), 0);
    d->undoStack()->redo();
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_pair_sums")) > 0, true);
}

void TestSurveyImport::onlyRespondentsWithACommentKeepARow()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    QCOMPARE(SurveyImporter::importInto(d, fixture(QStringLiteral("import-generic.csv")), options)
                     .rowsImported,
             5);
    // Every comment keeps its respondent; responses without one are only in the aggregates.
    const int commented
            = count(d, QStringLiteral("SELECT COUNT(DISTINCT response_id) FROM survey_comment"));
    QVERIFY(commented > 0);
    QVERIFY(commented < 5);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_response")), commented);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_answer")), 0);
    QCOMPARE(count(d, QStringLiteral("SELECT rows_stored FROM survey_import")), 5);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT COUNT(*) FROM survey_comment c LEFT JOIN "
                                  "survey_response r ON r.id = c.response_id "
                                  "WHERE r.id IS NULL")),
             0);
    // Every valid row is counted in the histogram all the same: 5 NPS answers.
    QVERIFY(count(d, QStringLiteral("SELECT SUM(count) FROM survey_histogram")) >= 5);
}

void TestSurveyImport::importShowsItsFiguresOnTheMap()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    const auto surveyFigures = [d] {
        int n = 0;
        for (const Measurement &m : d->project().measurements().items())
            n += m.source == MeasurementSource::Survey ? 1 : 0;
        return n;
    };
    QCOMPARE(surveyFigures(), 0);
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    QVERIFY(SurveyImporter::importInto(d, fixture(QStringLiteral("import-generic.csv")), options)
                    .rowsImported
            == 5);
    // One figure per metric, scope and month in the histogram, computed by SQL independently.
    const int expected = count(
            d,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT metric_id, scope_kind, scope_id, "
                           "substr(day, 1, 7) FROM survey_histogram)"));
    QVERIFY(expected > 0);
    QCOMPARE(surveyFigures(), expected);
    // The import, its new metrics and personas and its figures are one undo step.
    d->undoStack()->undo();
    QCOMPARE(surveyFigures(), 0);
    d->undoStack()->redo();
    QCOMPARE(surveyFigures(), expected);
}

void TestSurveyImport::reimportAddsNothing()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    const QString path = fixture(QStringLiteral("import-generic.csv"));
    QCOMPARE(SurveyImporter::importInto(d, path, options).rowsImported, 5);
    const SurveyImportSummary again = SurveyImporter::importInto(d, path, options);
    QVERIFY(again.status.ok());
    QVERIFY(again.alreadyImported);
    QCOMPARE(again.rowsImported, 0);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_response")), 5);
    QCOMPARE(d->undoStack()->count(), 1);
    // A copy under another name has the same content: also already imported.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("renamed.csv"));
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(SurveyImporter::importInto(d, copy, options).alreadyImported);
}

void TestSurveyImport::cancelLeavesProjectUnchanged()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    options.mapping.newPersonas.append(Persona{}); // would be added on success
    options.mapping.newPersonas.last().id = QUuid::createUuid();
    options.mapping.newPersonas.last().name = QStringLiteral("Silver");
    int calls = 0;
    qint64 lastDone = -1, total = -1;
    options.progress = [&](qint64 done, qint64 size) {
        ++calls;
        lastDone = done;
        total = size;
        return false;
    };
    const SurveyImportSummary summary
            = SurveyImporter::importInto(d, fixture(QStringLiteral("import-generic.csv")), options);
    QVERIFY(summary.status.ok());
    QVERIFY(summary.cancelled);
    QVERIFY(summary.importId.isNull());
    QCOMPARE(calls, 1);
    QCOMPARE(total, QFileInfo(fixture(QStringLiteral("import-generic.csv"))).size());
    QCOMPARE(lastDone, total);
    for (const char *table :
         {"survey_import", "survey_response", "survey_histogram", "survey_mapping"})
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(d->project().personas().size(), 2);
    QCOMPARE(d->undoStack()->count(), 0);
    QVERIFY(!d->isModified());
}

void TestSurveyImport::cancelMidFile()
{
    // 10,000 rows: progress is reported every 4,096 rows; cancelling at the first report
    // stops the import before the end of the file, and nothing is written.
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile header(fixture(QStringLiteral("import-generic.csv")));
    QVERIFY(header.open(QIODevice::ReadOnly));
    file.write(header.readLine());
    for (int i = 0; i < 10000; ++i)
        file.write(QStringLiteral("R%1,2026-01-05,Gold,%2,4,5,\n").arg(i).arg(i % 11).toUtf8());
    file.close();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    QVector<QPair<qint64, qint64>> reports;
    options.progress = [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return reports.size() < 2; // cancel at the second report
    };
    const SurveyImportSummary summary = SurveyImporter::importInto(d, path, options);
    QVERIFY(summary.cancelled);
    QCOMPARE(reports.size(), 2);
    QVERIFY(reports.at(0).first > 0);
    QVERIFY(reports.at(1).first < reports.at(1).second);
    QCOMPARE(summary.rowsRead, 8192);
    QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM survey_response")), 0);
    QCOMPARE(d->undoStack()->count(), 0);

    // Without a cancel the same file imports whole.
    options.progress = {};
    QCOMPARE(SurveyImporter::importInto(d, path, options).rowsImported, 10000);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT SUM(count) FROM survey_histogram WHERE score = 10 "
                                  "AND metric_id = '%1'")
                           .arg(uuidText(p.nps))),
             909); // i % 11 == 10 for i = 10, 21, …, 9998: 909 rows
}

void TestSurveyImport::mappingJsonRoundTrip()
{
    SurveyTestProject p = SurveyTestProject::create();
    const SurveyMapping mapping = p.genericMapping();
    SurveyMapping read;
    QVERIFY(SurveyMapping::fromJson(mapping.toJson(), &p.doc->project(), QStringLiteral("t"),
                                    &read));
    QCOMPARE(read.columns.size(), mapping.columns.size());
    for (int i = 0; i < read.columns.size(); ++i) {
        QCOMPARE(read.columns.at(i).index, mapping.columns.at(i).index);
        QCOMPARE(read.columns.at(i).role, mapping.columns.at(i).role);
        QCOMPARE(read.columns.at(i).metricId, mapping.columns.at(i).metricId);
        QCOMPARE(read.columns.at(i).scopeId, mapping.columns.at(i).scopeId);
        QCOMPARE(read.columns.at(i).scaleMax, mapping.columns.at(i).scaleMax);
    }
    QCOMPARE(read.segmentPersonas, mapping.segmentPersonas);
    QVERIFY(read.newMetrics.isEmpty());

    // Written by hand: names instead of ids; a metric and a persona the project lacks.
    const QByteArray text = R"({"columns": [
        {"index": 3, "role": "score", "metric": "NPS", "kind": "nps"},
        {"index": 4, "role": "score", "metric": "Ease", "kind": "custom", "scale": [1, 7],
         "scope": "touchpoint", "scope_id": "website order"},
        {"index": 6, "role": "comment", "touchpoint": "Support  Hotline"}],
        "segments": {"Gold": "gold", "Silver": "Silver members"}})";
    QVERIFY(SurveyMapping::fromJson(QJsonDocument::fromJson(text).object(), &p.doc->project(),
                                    QStringLiteral("t"), &read));
    QCOMPARE(read.columns.at(0).metricId, p.nps);
    QCOMPARE(read.columns.at(0).scaleMin, 0);
    QCOMPARE(read.columns.at(0).scopeKind, ScopeKind::Journey);
    QCOMPARE(read.columns.at(1).scopeId, p.tpWeb);
    QCOMPARE(read.columns.at(1).scaleMax, 7);
    QCOMPARE(read.newMetrics.size(), 1);
    QCOMPARE(read.newMetrics.at(0).name, QStringLiteral("Ease"));
    QCOMPARE(read.columns.at(1).metricId, read.newMetrics.at(0).id);
    QCOMPARE(read.columns.at(2).touchpointId, p.tpHotline);
    QCOMPARE(read.segmentPersonas.value(QStringLiteral("Gold")), p.gold);
    QCOMPARE(read.newPersonas.size(), 1);
    QCOMPARE(read.segmentPersonas.value(QStringLiteral("Silver")), read.newPersonas.at(0).id);
    // Unknown touchpoint: an error naming the column.
    const QByteArray bad = R"({"columns": [{"index": 4, "role": "score", "scope": "touchpoint",
        "scope_id": "Nowhere"}]})";
    const Status status
            = SurveyMapping::fromJson(QJsonDocument::fromJson(bad).object(), &p.doc->project(),
                                      QStringLiteral("m.json"), &read);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(QStringLiteral("m.json")));
    QVERIFY(status.message().contains(QStringLiteral("Nowhere")));
}

void TestSurveyImport::storedMappingIsReused()
{
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options;
    options.mapping = p.genericMapping();
    options.keepAnswers = true;
    const QString path = fixture(QStringLiteral("import-generic.csv"));
    QVERIFY(SurveyImporter::importInto(d, path, options).rowsImported == 5);
    const SurveyImporter::Inspection inspection = SurveyImporter::inspect(path);
    QVERIFY(inspection.status.ok());
    const std::optional<SurveyMapping> stored = SurveyImporter::storedMapping(
            d->workingCopy().database(), inspection.signature, d->project());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->columns.size(), 7);
    QCOMPARE(stored->columns.at(5).scopeId, p.tpHotline);
    QCOMPARE(stored->segmentPersonas.size(), 2);
    // Another layout has another signature.
    QVERIFY(!SurveyImporter::storedMapping(
                     d->workingCopy().database(),
                     SurveyImporter::inspect(fixture(QStringLiteral("qualtrics-current.csv")))
                             .signature,
                     d->project())
                     .has_value());
}

void TestSurveyImport::layoutsAndEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("npsN");
    QTest::addColumn<double>("npsValue");
    QTest::addColumn<QByteArray>("mapping"); // empty: --auto
    // generic BOM CRLF: NPS 9, 6, 10 (R4 answered nothing: skipped) → P2 D1 of 3 = 33.3. Its
    // header says just "NPS", which the classifier takes for a custom 1–10 score: mapped here.
    QTest::newRow("generic utf-8 bom")
            << QStringLiteral("generic-utf8-bom-crlf.csv") << int(SurveyLayout::Kind::Generic) << 3
            << 3 << 100.0 / 3 << QByteArray(R"({"columns": [{"index": 0, "role": "respondent_id"},
                {"index": 1, "role": "date"}, {"index": 2, "role": "score", "metric": "NPS"},
                {"index": 3, "role": "comment"}]})");
    // Qualtrics: NPS 9, 3 → 50 − 50 = 0.
    QTest::newRow("qualtrics") << QStringLiteral("qualtrics-current.csv")
                               << int(SurveyLayout::Kind::Qualtrics) << 2 << 2 << 0.0
                               << QByteArray();
    // SurveyMonkey: NPS 9, 6 → 0.
    QTest::newRow("surveymonkey") << QStringLiteral("surveymonkey.csv")
                                  << int(SurveyLayout::Kind::SurveyMonkey) << 2 << 2 << 0.0
                                  << QByteArray();
    // Google Forms: NPS 9 and an empty answer → one promoter: 100.
    QTest::newRow("google forms") << QStringLiteral("googleforms-download.csv")
                                  << int(SurveyLayout::Kind::GoogleForms) << 2 << 1 << 100.0
                                  << QByteArray();
    // GB18030: NPS 9, 3, 8 → P1 Pa1 D1 → 0.
    QTest::newRow("gb18030") << QStringLiteral("generic-gb18030.csv")
                             << int(SurveyLayout::Kind::Generic) << 3 << 3 << 0.0 << QByteArray();
}

void TestSurveyImport::layoutsAndEncodings()
{
    QFETCH(QString, file);
    QFETCH(int, layout);
    QFETCH(int, imported);
    QFETCH(int, npsN);
    QFETCH(double, npsValue);
    QFETCH(QByteArray, mapping);
    if (file.contains(QStringLiteral("gb18030")) && !TextEncodingDetector::isGb18030Available())
        QSKIP("this Qt has no GB18030 codec");
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options = autoOptions(d, fixture(file));
    if (!mapping.isEmpty())
        QVERIFY(SurveyMapping::fromJson(QJsonDocument::fromJson(mapping).object(), &d->project(),
                                        file, &options.mapping));
    const SurveyImportSummary summary = SurveyImporter::importInto(d, fixture(file), options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(int(summary.layout), layout);
    QCOMPARE(summary.rowsImported, imported);
    const NpsResult nps = overall(d).nps(d->project());
    QCOMPARE(nps.n, npsN);
    QVERIFY(nps.value.has_value());
    QVERIFY(qAbs(*nps.value - npsValue) < 1e-9);
}

void TestSurveyImport::utf16WithExplicitMapping()
{
    // Excel "Unicode text": UTF-16 LE, tabs, dd.mm.yyyy; Zufriedenheit 5, 2, 4 on 1–5.
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    const QString path = fixture(QStringLiteral("excel-unicode-text.txt"));
    const QByteArray json = R"({"columns": [
        {"index": 0, "role": "respondent_id"}, {"index": 1, "role": "date"},
        {"index": 2, "role": "score", "metric": "CSAT", "kind": "csat",
         "scope": "touchpoint", "scope_id": "Website order"},
        {"index": 3, "role": "comment"}]})";
    SurveyImporter::Options options;
    QVERIFY(SurveyMapping::fromJson(QJsonDocument::fromJson(json).object(), &d->project(),
                                    QStringLiteral("t"), &options.mapping));
    const SurveyImportSummary summary = SurveyImporter::importInto(d, path, options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(summary.encoding, TextEncodingDetector::Encoding::Utf16LE);
    QCOMPARE(summary.rowsImported, 3);
    QCOMPARE(summary.comments, 3);
    const CsatResult csat = overall(d).csat(d->project());
    QCOMPARE(csat.n, 3);
    QVERIFY(qAbs(*csat.value - 200.0 / 3) < 1e-9); // 5 and 4 of 3
    QVERIFY(qAbs(*csat.mean - 11.0 / 3) < 1e-9);
    // 13.01.2026 is day first.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE day = '2026-01-13'")),
             1);
    // The comment with a line break and doubled quotes arrives whole.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT COUNT(*) FROM survey_comment WHERE text = "
                                  "'Techniker kam zu spät\nund ging \"früh\"'")),
             1);
}

void TestSurveyImport::autoMapsSharedSamples()
{
    const QString dir = QStringLiteral("/work/shared/data/surveys");
    if (!QFileInfo::exists(dir))
        QSKIP("the shared sample exports are not on this machine");
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    QStringList notes;
    const SurveyImporter::Options options
            = autoOptions(d, dir + QStringLiteral("/qualtrics.csv"), &notes);
    const SurveyMapping &m = options.mapping;
    // Three CSAT columns: one metric (the project's CSAT), scoped to two touchpoints and,
    // for the installation visit the project lacks, the journey (reported).
    QVector<const SurveyMapping::Column *> csat;
    for (const SurveyMapping::Column &c : m.columns) {
        if (c.role == SurveyMapping::Role::Score && c.kind == MetricKind::Csat)
            csat.append(&c);
    }
    QCOMPARE(csat.size(), 3);
    for (const SurveyMapping::Column *c : csat)
        QCOMPARE(c->metricId, p.csat);
    QCOMPARE(csat.at(0)->scopeId, p.tpWeb);
    QCOMPARE(csat.at(1)->scopeKind, ScopeKind::Journey);
    QCOMPARE(csat.at(1)->scopeId, p.journey);
    QCOMPARE(csat.at(2)->scopeId, p.tpHotline); // "Support  Hotline": spacing and case
    QCOMPARE(notes.filter(QStringLiteral("Installation visit")).size(), 1);
    QVERIFY(m.newMetrics.size() == 1 && m.newMetrics.at(0).kind == MetricKind::Ces);
    QCOMPARE(m.segmentPersonas.value(QStringLiteral("Gold")), p.gold);
    QCOMPARE(m.segmentPersonas.value(QStringLiteral("Regular")), p.regular);
    QVERIFY(m.newPersonas.isEmpty());

    const SurveyImportSummary summary
            = SurveyImporter::importInto(d, dir + QStringLiteral("/qualtrics.csv"), options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(summary.rowsRead, 300);
    QCOMPARE(summary.rowsImported, 300);
    QCOMPARE(d->project().metrics().size(), 3); // CES added in the same undo step
    d->undoStack()->undo();
    QCOMPARE(d->project().metrics().size(), 2);
    // The stored mapping still names the CES metric the undo removed: importing with it
    // brings the metric back rather than writing answers no metric shows.
    const std::optional<SurveyMapping> stored = SurveyImporter::storedMapping(
            d->workingCopy().database(),
            SurveyImporter::inspect(dir + QStringLiteral("/qualtrics.csv")).signature,
            d->project());
    QVERIFY(stored.has_value());
    SurveyImporter::Options again;
    again.mapping = *stored;
    QCOMPARE(SurveyImporter::importInto(d, dir + QStringLiteral("/qualtrics.csv"), again)
                     .rowsImported,
             300);
    QCOMPARE(d->project().metrics().size(), 3);
    QCOMPARE(overall(d).ces(d->project()).n, 300);
    d->undoStack()->undo();

    // bad-rows.csv: a generic file whose broken rows are skipped, each with a reason.
    const SurveyImportSummary bad
            = SurveyImporter::validate(d, dir + QStringLiteral("/bad-rows.csv"),
                                       autoOptions(d, dir + QStringLiteral("/bad-rows.csv")));
    QVERIFY2(bad.status.ok(), qPrintable(bad.status.message()));
    QVERIFY(bad.rowsSkipped() > 0);
    QCOMPARE(bad.rowsImported + bad.rowsSkipped(), bad.rowsRead);
    QCOMPARE(qint64(bad.issues.size()), bad.rowsSkipped());
}

void TestSurveyImport::sharedSamplesGiveSameNumbers()
{
    // The four shared exports hold the same 300 responses in four layouts: the same NPS,
    // CSAT and CES, whichever was imported.
    const QString dir = QStringLiteral("/work/shared/data/surveys/");
    if (!QFileInfo::exists(dir))
        QSKIP("the shared sample exports are not on this machine");
    QVector<std::tuple<double, qint64, double, double>> figures;
    for (const char *name :
         {"qualtrics.csv", "surveymonkey.csv", "googleforms.csv", "generic-gb18030.csv"}) {
        SurveyTestProject p = SurveyTestProject::create();
        Document *d = p.doc.get();
        const QString path = dir + QLatin1String(name);
        const SurveyImportSummary summary
                = SurveyImporter::importInto(d, path, autoOptions(d, path));
        QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
        QCOMPARE(summary.rowsImported, 300);
        const SurveyMetricsGroup all = overall(d);
        figures.append({*all.nps(d->project()).value, all.csat(d->project()).n,
                        *all.csat(d->project()).value, *all.ces(d->project()).mean});
    }
    for (int i = 1; i < figures.size(); ++i)
        QCOMPARE(figures.at(i), figures.at(0));
    QCOMPARE(std::get<1>(figures.at(0)), 900); // three CSAT questions, 300 respondents
}

void TestSurveyImport::realExportsRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("qualtRics current")
            << QStringLiteral("qualtrics/qualtRics-sample-current-3row.csv") << 1;
    QTest::newRow("qualtRics legacy")
            << QStringLiteral("qualtrics/qualtRics-sample-legacy-2row.csv") << 1;
    QTest::newRow("mc insights") << QStringLiteral(
            "qualtrics/QualtricsTools-single-answer-mc-insights.csv")
                                 << 5;
    QTest::newRow("mc legacy") << QStringLiteral(
            "qualtrics/QualtricsTools-single-answer-mc-legacy.csv")
                               << 5;
    QTest::newRow("monkeyreadr") << QStringLiteral("surveymonkey/monkeyreadr-test-responses.csv")
                                 << 16;
    QTest::newRow("forms download")
            << QStringLiteral("googleforms/ds-language-forms-download.csv") << 85;
    QTest::newRow("via sheets") << QStringLiteral("googleforms/ds-language-via-sheets.csv") << 63;
    QTest::newRow("rating options")
            << QStringLiteral("googleforms/rating-options-forms-download.csv") << 3;
}

void TestSurveyImport::realExportsRead()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    const QString path = QStringLiteral("/work/shared/data/surveys-real/") + file;
    if (!QFileInfo::exists(path))
        QSKIP("the shared real exports are not on this machine");
    SurveyTestProject p = SurveyTestProject::create();
    Document *d = p.doc.get();
    SurveyImporter::Options options = autoOptions(d, path);
    // The Sheets copy has no day above 12: the user says month first.
    if (file.contains(QStringLiteral("via-sheets")))
        options.dateOrder = SurveyDateParser::Order::MonthDayYear;
    const SurveyImportSummary summary = SurveyImporter::validate(d, path, options);
    QVERIFY2(summary.status.ok(), qPrintable(summary.status.message()));
    QCOMPARE(summary.rowsRead, rows);
    QCOMPARE(summary.rowsImported + summary.rowsSkipped(), summary.rowsRead);
}

QTEST_GUILESS_MAIN(TestSurveyImport)
#include "test_surveyimport.moc"
