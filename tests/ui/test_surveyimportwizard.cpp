// SPDX-License-Identifier: GPL-3.0-or-later
// The survey import wizard driven page by page on tests/fixtures/surveys/import-generic.csv and
// the survey test project (stages Buy / Support, touchpoints "Website order" and
// "Support  Hotline", metrics NPS and CSAT, personas Gold and Regular).
//
// The fixture, worked out by hand (auto mapping: Silver becomes a new persona):
//   R1 10,5,4  R2 9,4,–  R3 6,2,1  R4 9,–,3  R8 8,4,4  R10 0,1,2   → 6 rows, 16 answers
//   R5 NPS 11 (line 6, column 4): out of scale · R6 "abc" (line 7, column 4): not a number
//   R7 2026-13-45 (line 8, column 2): bad date  · R9 nothing answered (line 10): no answers
//   NPS of the six: promoters 10 9 9, passive 8, detractors 6 0 → 100 · (3 − 2) / 6
//   comments: R1, R3, R10 (R5's is on a skipped row).

#include "analytics/surveymetricsquery.h"
#include "dialogs/surveyimportwizard.h"
#include "interchange/surveytestproject.h"

#include <QComboBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cjm;

namespace {

QString fixture()
{
    return QStringLiteral(JS_FIXTURES_DIR "/surveys/import-generic.csv");
}

qint64 importCount(Document *doc)
{
    QSqlQuery query(doc->workingCopy().database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM survey_import")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QComboBox *cell(SurveyImportWizard &wizard, int row, int column)
{
    return qobject_cast<QComboBox *>(wizard.mappingTable()->cellWidget(row, column));
}

/// The classifier proposes a custom 0–11 score for the NPS column (R5 answered 11, so the
/// values speak against the 0–10 wording); the user corrects it to NPS in the table.
void chooseNps(SurveyImportWizard &wizard)
{
    QComboBox *kind = cell(wizard, 3, SurveyImportWizard::ColumnKind);
    kind->setCurrentIndex(kind->findData(int(MetricKind::Nps)));
}

} // namespace

class TestSurveyImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileShowsLayoutAndNeedsAFile();
    void mappingIsProposed();
    void summaryCountsRowsByReason();
    void importApplies();
    void tableDrivesTheMapping();
    void segmentsMapToPersonas();
    void cancelLeavesProjectUnchanged();
    void secondImportReusesMappingAndAddsNothing();

private:
    /// Goes from the file page to the summary page.
    void toSummary(SurveyImportWizard &wizard);

    QTemporaryDir mWorkDir;
};

void TestSurveyImportWizard::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
}

void TestSurveyImportWizard::toSummary(SurveyImportWizard &wizard)
{
    wizard.setFilePath(fixture());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::MappingPage));
    chooseNps(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::SummaryPage));
}

void TestSurveyImportWizard::fileShowsLayoutAndNeedsAFile()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.show();
    // No file yet: Next is refused.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::FilePage));
    wizard.setFilePath(mWorkDir.filePath(QStringLiteral("missing.csv")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::FilePage));
    wizard.setFilePath(fixture());
    QCOMPARE(wizard.inspection().layout.kind, SurveyLayout::Kind::Generic);
    QCOMPARE(wizard.inspection().delimiter, QLatin1Char(','));
    QCOMPARE(wizard.inspection().encoding.encoding, TextEncodingDetector::Encoding::Utf8);
    QCOMPARE(wizard.inspection().layout.columns.size(), 7);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::MappingPage));
}

void TestSurveyImportWizard::mappingIsProposed()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart(); // what show() does: start on the file page
    wizard.setFilePath(fixture());
    wizard.next();
    QTableWidget *table = wizard.mappingTable();
    QCOMPARE(table->rowCount(), 7);
    using Role = SurveyMapping::Role;
    const Role roles[] = {Role::RespondentId, Role::Date,  Role::Segment, Role::Score,
                          Role::Score,        Role::Score, Role::Comment};
    for (int row = 0; row < 7; ++row)
        QCOMPARE(Role(cell(wizard, row, SurveyImportWizard::ColumnRole)->currentData().toInt()),
                 roles[row]);
    QCOMPARE(MetricKind(cell(wizard, 3, SurveyImportWizard::ColumnKind)->currentData().toInt()),
             MetricKind::Custom);
    QVERIFY(cell(wizard, 3, SurveyImportWizard::ColumnKind)->isEnabled());
    QVERIFY(!cell(wizard, 0, SurveyImportWizard::ColumnKind)->isEnabled());
    chooseNps(wizard);
    QCOMPARE(MetricKind(cell(wizard, 4, SurveyImportWizard::ColumnKind)->currentData().toInt()),
             MetricKind::Csat);
    // "website order" names the touchpoint "Website order"; "support hotline" names
    // "Support  Hotline" (case and spacing differ).
    const SurveyMapping mapping = wizard.mapping();
    QCOMPARE(mapping.columns.size(), 7);
    QCOMPARE(mapping.columns.at(4).scopeKind, ScopeKind::Touchpoint);
    QCOMPARE(mapping.columns.at(4).scopeId, p.tpWeb);
    QCOMPARE(mapping.columns.at(5).scopeId, p.tpHotline);
    QCOMPARE(mapping.columns.at(3).metricId, p.nps);
    QCOMPARE(mapping.columns.at(3).scaleMax, 10);
    QCOMPARE(mapping.columns.at(4).metricId, p.csat);
    QVERIFY(mapping.newMetrics.isEmpty());
    // Silver has no persona: one is proposed, and the notes say so.
    QCOMPARE(mapping.newPersonas.size(), 1);
    QCOMPARE(mapping.newPersonas.first().name, QStringLiteral("Silver"));
}

void TestSurveyImportWizard::summaryCountsRowsByReason()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart(); // what show() does: start on the file page
    toSummary(wizard);
    const SurveyImportSummary &summary = wizard.dryRun();
    QVERIFY(summary.status);
    QCOMPARE(summary.rowsRead, 10);
    QCOMPARE(summary.rowsImported, 6);
    QCOMPARE(summary.rowsSkipped(), 4);
    using R = SurveyImportSummary::Reason;
    QCOMPARE(summary.skipped.value(R::OutOfScale), 1);
    QCOMPARE(summary.skipped.value(R::NotANumber), 1);
    QCOMPARE(summary.skipped.value(R::BadDate), 1);
    QCOMPARE(summary.skipped.value(R::NoAnswers), 1);
    QCOMPARE(summary.skipped.value(R::UnknownSegment), 0);
    QCOMPARE(summary.answers, 16);
    QCOMPARE(summary.comments, 3);
    QCOMPARE(summary.issues.first().line, 6);
    QCOMPARE(summary.issues.first().column, 4);
    // Nothing written by the dry run.
    QCOMPARE(importCount(p.doc.get()), 0);
    QVERIFY(!p.doc->isModified());
    // JS_WIZARD_SCREENSHOT=prefix writes the summary and mapping pages, to look at them.
    const QString shot = qEnvironmentVariable("JS_WIZARD_SCREENSHOT");
    if (!shot.isEmpty()) {
        wizard.show();
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(shot + QStringLiteral("-summary.png")));
        wizard.back();
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(shot + QStringLiteral("-mapping.png")));
        wizard.back();
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(shot + QStringLiteral("-file.png")));
    }
}

void TestSurveyImportWizard::importApplies()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart(); // what show() does: start on the file page
    toSummary(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::ImportPage));
    QTRY_VERIFY(wizard.isImported());
    QVERIFY(wizard.result().status);
    QCOMPARE(wizard.result().rowsImported, 6);
    QCOMPARE(importCount(p.doc.get()), 1);
    QCOMPARE(p.doc->undoStack()->count(), 1);
    QCOMPARE(p.doc->project().personas().size(), 3); // Silver added
    const NpsResult nps = SurveyMetricsQuery(p.doc->workingCopy().database(), p.doc->project())
                                  .compute(p.journey, SurveyMetricsQuery::GroupBy::None)
                                  .overall.nps(p.doc->project());
    QCOMPARE(nps.n, 6);
    QVERIFY(std::abs(*nps.value - 100.0 / 6.0) < 1e-9);
    // The import is one undo step: undo takes it and the new persona away.
    p.doc->undoStack()->undo();
    QCOMPARE(importCount(p.doc.get()), 0);
    QCOMPARE(p.doc->project().personas().size(), 2);
}

void TestSurveyImportWizard::tableDrivesTheMapping()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart(); // what show() does: start on the file page
    wizard.setFilePath(fixture());
    wizard.next();
    chooseNps(wizard);
    // Ignore the comments and rate the hotline column as a stage-scoped score of "Buy".
    QComboBox *role = cell(wizard, 6, SurveyImportWizard::ColumnRole);
    role->setCurrentIndex(role->findData(int(SurveyMapping::Role::Ignore)));
    QVERIFY(!cell(wizard, 6, SurveyImportWizard::ColumnScope)->isEnabled());
    QComboBox *scope = cell(wizard, 5, SurveyImportWizard::ColumnScope);
    scope->setCurrentIndex(scope->findText(QStringLiteral("Stage: Buy")));
    const SurveyMapping mapping = wizard.mapping();
    QCOMPARE(mapping.columns.size(), 6);
    QCOMPARE(mapping.columns.at(5).scopeKind, ScopeKind::Stage);
    QCOMPARE(mapping.columns.at(5).scopeId, p.stageBuy);
    wizard.next();
    QCOMPARE(wizard.dryRun().comments, 0);
    QCOMPARE(wizard.dryRun().rowsImported, 6);
    // A score column turned CES makes one new CES metric on 1..7.
    wizard.back();
    QComboBox *kind = cell(wizard, 5, SurveyImportWizard::ColumnKind);
    kind->setCurrentIndex(kind->findData(int(MetricKind::Ces)));
    const SurveyMapping ces = wizard.mapping();
    QCOMPARE(ces.newMetrics.size(), 1);
    QCOMPARE(ces.newMetrics.first().kind, MetricKind::Ces);
    QCOMPARE(ces.columns.at(5).scaleMax, 7);
}

void TestSurveyImportWizard::segmentsMapToPersonas()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart();
    wizard.setFilePath(fixture());
    wizard.next();
    chooseNps(wizard);
    // Gold, Regular, Silver in order of first appearance.
    QTableWidget *segments = wizard.segmentTable();
    QCOMPARE(segments->rowCount(), 3);
    const auto personaBox
            = [&](int row) { return qobject_cast<QComboBox *>(segments->cellWidget(row, 1)); };
    QCOMPARE(segments->item(2, 0)->text(), QStringLiteral("Silver"));
    QCOMPARE(QUuid::fromString(personaBox(0)->currentData().toString()), p.gold);
    QCOMPARE(personaBox(2)->currentData().toString(), SurveyImportWizard::newPersonaData());
    // Skipping Silver: R8 fails as an unknown segment.
    personaBox(2)->setCurrentIndex(personaBox(2)->findData(QString()));
    QVERIFY(wizard.mapping().newPersonas.isEmpty());
    wizard.next();
    QCOMPARE(wizard.dryRun().rowsImported, 5);
    QCOMPARE(wizard.dryRun().skipped.value(SurveyImportSummary::Reason::UnknownSegment), 1);
    // Silver counted as Gold: no new persona, six rows.
    wizard.back();
    personaBox(2)->setCurrentIndex(personaBox(2)->findData(p.gold.toString()));
    const SurveyMapping mapping = wizard.mapping();
    QVERIFY(mapping.newPersonas.isEmpty());
    QCOMPARE(mapping.segmentPersonas.value(QStringLiteral("Silver")), p.gold);
    wizard.next();
    QCOMPARE(wizard.dryRun().rowsImported, 6);
}

void TestSurveyImportWizard::cancelLeavesProjectUnchanged()
{
    SurveyTestProject p = SurveyTestProject::create();
    SurveyImportWizard wizard(p.doc.get(), p.journey);
    wizard.restart(); // what show() does: start on the file page
    toSummary(wizard);
    wizard.next(); // the import starts on the next turn of the event loop
    wizard.requestCancel();
    QTRY_VERIFY(wizard.isImported());
    QVERIFY(wizard.result().cancelled);
    QCOMPARE(importCount(p.doc.get()), 0);
    QCOMPARE(p.doc->undoStack()->count(), 0);
    QCOMPARE(p.doc->project().personas().size(), 2);
    QVERIFY(!p.doc->isModified());
}

void TestSurveyImportWizard::secondImportReusesMappingAndAddsNothing()
{
    SurveyTestProject p = SurveyTestProject::create();
    {
        SurveyImportWizard wizard(p.doc.get(), p.journey);
        wizard.restart();
        wizard.restart(); // what show() does: start on the file page
        toSummary(wizard);
        wizard.next();
        QTRY_VERIFY(wizard.isImported());
        QVERIFY(wizard.result().status);
    }
    SurveyImportWizard again(p.doc.get(), p.journey);
    again.restart(); // what show() does: start on the file page
    toSummary(again);
    QVERIFY(again.usesStoredMapping());
    QVERIFY(again.dryRun().alreadyImported);
}

QTEST_MAIN(TestSurveyImportWizard)
#include "test_surveyimportwizard.moc"
