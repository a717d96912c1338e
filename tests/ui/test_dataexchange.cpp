// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export Data and File › Import in the application: the English sample as JSON into a
// new project gives back every journey, stage and touchpoint; a Mermaid journey comes back as
// a new journey (one undo step); the XLSX and CSV tables are written; a broken file is refused
// and changes nothing.
#include "common/samplecopy.h"
#include "dialogs/dataexchange.h"
#include "document/document.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestDataExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonRoundTripIntoANewProject();
    void mermaidJourneyComesBackAsAJourney();
    void tablesAreWritten();
    void brokenFileChangesNothing();

private:
    test::SampleCopy mSample;
};

void TestDataExchange::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestDataExchange::jsonRoundTripIntoANewProject()
{
    QString why;
    std::unique_ptr<Document> source = mSample.open(&why);
    QVERIFY2(source, qPrintable(why));
    const QString json = mSample.filePath(u"project.json"_s);
    QVERIFY(DataExchange::exportFile(*source, QUuid(), json, DataExchange::Format::Json));

    Status status;
    std::unique_ptr<Document> target = Document::createNew(u"Empty"_s, &status);
    QVERIFY(target);
    QString summary;
    QStringList notes;
    QVERIFY(DataExchange::importFile(target.get(), json, &summary, &notes));
    QVERIFY(notes.isEmpty()); // nothing of the file was in the empty project
    QCOMPARE(target->project().journeys().items().size(),
             source->project().journeys().items().size());
    QCOMPARE(target->project().stages().items().size(), source->project().stages().items().size());
    QCOMPARE(target->project().touchpoints().items().size(),
             source->project().touchpoints().items().size());
    const QUuid touchpoint = source->project().touchpoints().items().first().id;
    QCOMPARE(*target->project().touchpoints().find(touchpoint),
             *source->project().touchpoints().find(touchpoint)); // same UUIDs, same fields
    QCOMPARE(target->undoStack()->count(), 1);

    // Again into the same project: every item conflicts and comes in as a copy.
    QVERIFY(DataExchange::importFile(target.get(), json, &summary, &notes));
    QVERIFY(!notes.isEmpty());
    QCOMPARE(target->project().touchpoints().items().size(),
             2 * source->project().touchpoints().items().size());
}

void TestDataExchange::mermaidJourneyComesBackAsAJourney()
{
    QString why;
    std::unique_ptr<Document> document = mSample.open(&why);
    QVERIFY2(document, qPrintable(why));
    const Project &project = document->project();
    const QUuid journey = project.orderedJourneys().first()->id;
    const QString mmd = mSample.filePath(u"journey.mmd"_s);
    QVERIFY(DataExchange::exportFile(*document, journey, mmd, DataExchange::Format::Mermaid));
    const int journeys = project.journeys().items().size();
    QString summary;
    QStringList notes;
    QVERIFY(DataExchange::importFile(document.get(), mmd, &summary, &notes));
    QCOMPARE(project.journeys().items().size(), journeys + 1);
    const Journey *imported = project.orderedJourneys().last();
    QCOMPARE(project.stagesOf(imported->id).size(), project.stagesOf(journey).size());
    document->undoStack()->undo();
    QCOMPARE(project.journeys().items().size(), journeys);
}

void TestDataExchange::tablesAreWritten()
{
    QString why;
    std::unique_ptr<Document> document = mSample.open(&why);
    QVERIFY2(document, qPrintable(why));
    const QString xlsx = mSample.filePath(u"tables.xlsx"_s);
    QVERIFY(DataExchange::exportFile(*document, QUuid(), xlsx, DataExchange::Format::Xlsx));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip container, as XLSX is
    const QString folder = mSample.filePath(u"csv"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(DataExchange::exportFile(*document, QUuid(), folder, DataExchange::Format::Csv));
    QVERIFY(QFile::exists(QDir(folder).filePath(u"touchpoints.csv"_s)));
}

void TestDataExchange::brokenFileChangesNothing()
{
    QString why;
    std::unique_ptr<Document> document = mSample.open(&why);
    QVERIFY2(document, qPrintable(why));
    const QString broken = mSample.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            R"({"format": "journeystudio-project", "version": 1, "touchpoint": [{"emotion": 7}]})");
    file.close();
    const int steps = document->undoStack()->count();
    const int touchpoints = document->project().touchpoints().items().size();
    QString summary;
    QStringList notes;
    const Status status = DataExchange::importFile(document.get(), broken, &summary, &notes);
    QVERIFY(!status);
    QVERIFY(!status.message().isEmpty());
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(document->project().touchpoints().items().size(), touchpoints);
}

QTEST_MAIN(TestDataExchange)
#include "test_dataexchange.moc"
