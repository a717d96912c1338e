// SPDX-License-Identifier: GPL-3.0-or-later
// Survey figures become monthly measurements (source Survey) that the map shows: computed
// from the pre-aggregated histogram, refreshed as one undo step, manual ones untouched.
// Expected figures are worked out by hand from the answers written here.
#include "analytics/surveymeasurements.h"
#include "common/samplecopy.h"
#include "document/commands/refreshsurveymeasurements.h"
#include "document/document.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestSurveyMeasurements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void monthlyFiguresPerScope();
    void refreshIsOneUndoStep();
    void answersThatAreGoneTakeTheirFigure();

private:
    /// Writes `count` answers of `score` for the NPS metric at touchpoint mTouchpoint on `day`.
    void addAnswers(const QString &day, int score, int count);
    int manualCount() const;
    const Measurement *surveyFigure(const QString &month) const;

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    QUuid mNps;
    QUuid mTouchpoint;
};

void TestSurveyMeasurements::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestSurveyMeasurements::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    for (const Metric &metric : mDocument->project().metrics().items()) {
        if (metric.kind == MetricKind::Nps)
            mNps = metric.id;
    }
    QVERIFY(!mNps.isNull());
    mTouchpoint = mDocument->project().touchpoints().items().first().id;
    QSqlQuery query(mDocument->workingCopy().database());
    QVERIFY(query.exec(u"INSERT INTO survey_import (id, file_name, file_sha256, imported_at) "
                       "VALUES ('import-1', 'march.csv', 'abc', '2025-05-01T00:00:00Z')"_s));
}

void TestSurveyMeasurements::cleanup()
{
    mDocument.reset();
}

void TestSurveyMeasurements::addAnswers(const QString &day, int score, int count)
{
    QSqlQuery query(mDocument->workingCopy().database());
    query.prepare(u"INSERT INTO survey_histogram (import_id, metric_id, scope_kind, scope_id, "
                  "persona_id, day, score, count) VALUES ('import-1', ?, 3, ?, NULL, ?, ?, ?)"_s);
    query.addBindValue(mNps.toString(QUuid::WithoutBraces));
    query.addBindValue(mTouchpoint.toString(QUuid::WithoutBraces));
    query.addBindValue(day);
    query.addBindValue(score);
    query.addBindValue(count);
    QVERIFY2(query.exec(), qPrintable(query.lastQuery()));
}

int TestSurveyMeasurements::manualCount() const
{
    int n = 0;
    for (const Measurement &m : mDocument->project().measurements().items())
        n += m.source == MeasurementSource::Manual ? 1 : 0;
    return n;
}

const Measurement *TestSurveyMeasurements::surveyFigure(const QString &month) const
{
    for (const Measurement &m : mDocument->project().measurements().items()) {
        if (m.source == MeasurementSource::Survey && m.scopeId == mTouchpoint
            && m.periodStart.toString(u"yyyy-MM"_s) == month)
            return &m;
    }
    return nullptr;
}

void TestSurveyMeasurements::monthlyFiguresPerScope()
{
    // March, over two days: 5 × 10, 2 × 9 (promoters 7), 2 × 7 (passives), 1 × 3 (detractor):
    // NPS = 100 × (7 − 1) / 10 = 60. April: 4 × 0, all detractors: −100.
    addAnswers(u"2025-03-05"_s, 10, 5);
    addAnswers(u"2025-03-05"_s, 9, 2);
    addAnswers(u"2025-03-20"_s, 7, 2);
    addAnswers(u"2025-03-31"_s, 3, 1);
    addAnswers(u"2025-04-02"_s, 0, 4);
    Status status;
    const QVector<Measurement> figures = SurveyMeasurements::compute(
            mDocument->workingCopy().database(), mDocument->project(), &status);
    QVERIFY2(status, qPrintable(status.message()));
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).periodStart, QDate(2025, 3, 1));
    QCOMPARE(figures.at(0).periodEnd, QDate(2025, 3, 31));
    QCOMPARE(figures.at(0).value, 60.0);
    QCOMPARE(figures.at(0).sampleSize, 10);
    QCOMPARE(figures.at(0).scopeKind, ScopeKind::Touchpoint);
    QCOMPARE(figures.at(0).scopeId, mTouchpoint);
    QCOMPARE(figures.at(0).source, MeasurementSource::Survey);
    QCOMPARE(figures.at(1).periodStart, QDate(2025, 4, 1));
    QCOMPARE(figures.at(1).value, -100.0);
    QCOMPARE(figures.at(1).sampleSize, 4);
    // Recomputing gives the same entities (ids included).
    const QVector<Measurement> again = SurveyMeasurements::compute(
            mDocument->workingCopy().database(), mDocument->project(), &status);
    QCOMPARE(again.at(0).id, figures.at(0).id);
}

void TestSurveyMeasurements::refreshIsOneUndoStep()
{
    addAnswers(u"2025-03-05"_s, 10, 3);
    addAnswers(u"2025-03-06"_s, 6, 1); // 3 promoters, 1 detractor of 4: NPS 50
    const int manual = manualCount();
    const int steps = mDocument->undoStack()->count();
    QVERIFY(MutationCommand::push(mDocument.get(), new RefreshSurveyMeasurements(mDocument.get())));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    QVERIFY(surveyFigure(u"2025-03"_s));
    QCOMPARE(surveyFigure(u"2025-03"_s)->value, 50.0);
    QCOMPARE(manualCount(), manual);

    // Nothing changed since: nothing to do, no undo step.
    mDocument->push(new RefreshSurveyMeasurements(mDocument.get()));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);

    // More answers for March: the figure moves (4 promoters, 1 detractor of 5: 60).
    addAnswers(u"2025-03-07"_s, 9, 1);
    mDocument->push(new RefreshSurveyMeasurements(mDocument.get()));
    QCOMPARE(surveyFigure(u"2025-03"_s)->value, 60.0);
    QCOMPARE(surveyFigure(u"2025-03"_s)->sampleSize, 5);
    mDocument->undoStack()->undo();
    QCOMPARE(surveyFigure(u"2025-03"_s)->value, 50.0);
    mDocument->undoStack()->undo();
    QVERIFY(!surveyFigure(u"2025-03"_s));
    QCOMPARE(manualCount(), manual);
}

void TestSurveyMeasurements::answersThatAreGoneTakeTheirFigure()
{
    addAnswers(u"2025-03-05"_s, 10, 2);
    addAnswers(u"2025-04-05"_s, 10, 2);
    mDocument->push(new RefreshSurveyMeasurements(mDocument.get()));
    QVERIFY(surveyFigure(u"2025-04"_s));
    QSqlQuery query(mDocument->workingCopy().database());
    QVERIFY(query.exec(u"DELETE FROM survey_histogram WHERE day LIKE '2025-04%'"_s));
    mDocument->push(new RefreshSurveyMeasurements(mDocument.get()));
    QVERIFY(!surveyFigure(u"2025-04"_s));
    QVERIFY(surveyFigure(u"2025-03"_s));
}

QTEST_MAIN(TestSurveyMeasurements)
#include "test_surveymeasurements.moc"
