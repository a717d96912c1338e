// SPDX-License-Identifier: GPL-3.0-or-later
// Field edits: every entity type, range checks, merging, net no-ops,
// multi-selection edits, emotion drags and lane cells.

#include "testproject.h"

#include "document/commands/editinsight.h"
#include "document/commands/editjourney.h"
#include "document/commands/editlane.h"
#include "document/commands/editmeasurement.h"
#include "document/commands/editmetric.h"
#include "document/commands/editopportunity.h"
#include "document/commands/editpainpoint.h"
#include "document/commands/editpersona.h"
#include "document/commands/editprojectinfo.h"
#include "document/commands/editstage.h"
#include "document/commands/edittouchpoint.h"
#include "document/commands/setemotion.h"

#include <QTemporaryDir>

using namespace cjm;

class TestEditCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editEach_data();
    void editEach();
    void editRefusesBadInput_data();
    void editRefusesBadInput();
    void editStoresCanonicalForm();
    void sameValueIsNoStep();
    void consecutiveEditsMerge();
    void editsOfOtherFieldsDoNotMerge();
    void unmergeableEditStartsNewStep();
    void netNoOpVanishes();
    void multiEditIsOneStep();
    void changeEventNamesField();
    void setEmotionClampsAndClears();
    void emotionDragIsOneStep();
    void laneCellTextAddsThenEdits();
    void editsSurviveSaveAndReopen();

private:
    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDoc;
    TestProject::Ids mIds;
};

void TestEditCommands::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestEditCommands::init()
{
    mIds = TestProject::Ids();
    mDoc = TestProject::create(&mIds);
    QVERIFY(mDoc);
}

void TestEditCommands::cleanup()
{
    mDoc.reset();
}

namespace {

/// Makes the named edit command for `kind`; ids come from the test project.
MutationCommand *makeEdit(Document *d, const TestProject::Ids &i, EntityKind kind,
                          const QString &column, const QVariant &value)
{
    switch (kind) {
    case EntityKind::ProjectInfo:
        return new EditProjectInfo(d, column, value);
    case EntityKind::Stage:
        return new EditStage(d, i.stageA2, column, value);
    case EntityKind::Touchpoint:
        return new EditTouchpoint(d, i.tpA1a, column, value);
    case EntityKind::PainPoint:
        return new EditPainPoint(d, i.painA1a, column, value);
    case EntityKind::Opportunity:
        return new EditOpportunity(d, i.oppA1a, column, value);
    case EntityKind::Insight:
        return new EditInsight(d, i.insightA1a, column, value);
    case EntityKind::Persona:
        return new EditPersona(d, i.personaA, column, value);
    case EntityKind::Journey:
        return new EditJourney(d, i.journeyA, column, value);
    case EntityKind::Metric:
        return new EditMetric(d, i.metric, column, value);
    case EntityKind::Measurement:
        return new EditMeasurement(d, i.measurement, column, value);
    case EntityKind::Lane:
        return new EditLane(d, i.textLane, column, value);
    default:
        return nullptr;
    }
}

QUuid editedId(Document *d, const TestProject::Ids &i, EntityKind kind)
{
    switch (kind) {
    case EntityKind::ProjectInfo:
        return d->project().info.id;
    case EntityKind::Stage:
        return i.stageA2;
    case EntityKind::Touchpoint:
        return i.tpA1a;
    case EntityKind::PainPoint:
        return i.painA1a;
    case EntityKind::Opportunity:
        return i.oppA1a;
    case EntityKind::Insight:
        return i.insightA1a;
    case EntityKind::Persona:
        return i.personaA;
    case EntityKind::Journey:
        return i.journeyA;
    case EntityKind::Metric:
        return i.metric;
    case EntityKind::Measurement:
        return i.measurement;
    case EntityKind::Lane:
        return i.textLane;
    default:
        return QUuid();
    }
}

} // namespace

void TestEditCommands::editEach_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored");
    const auto k = [](EntityKind kind) { return int(kind); };
    const QString text = QStringLiteral("Zoë 顾客 \"quoted\"");
    QTest::newRow("project name") << k(EntityKind::ProjectInfo) << QStringLiteral("name")
                                  << QVariant(text) << QVariant(text);
    QTest::newRow("stage colour") << k(EntityKind::Stage) << QStringLiteral("color")
                                  << QVariant(QStringLiteral("#AA0000"))
                                  << QVariant(QStringLiteral("#aa0000"));
    QTest::newRow("touchpoint title") << k(EntityKind::Touchpoint) << QStringLiteral("title")
                                      << QVariant(text) << QVariant(text);
    QTest::newRow("touchpoint channel") << k(EntityKind::Touchpoint) << QStringLiteral("channel")
                                        << QVariant(int(Channel::Store)) << QVariant(6);
    QTest::newRow("touchpoint moment of truth")
            << k(EntityKind::Touchpoint) << QStringLiteral("moment_of_truth") << QVariant(true)
            << QVariant(1);
    QTest::newRow("touchpoint to-be emotion")
            << k(EntityKind::Touchpoint) << QStringLiteral("emotion_to_be") << QVariant(2)
            << QVariant(2);
    QTest::newRow("pain point severity")
            << k(EntityKind::PainPoint) << QStringLiteral("severity") << QVariant(5) << QVariant(5);
    QTest::newRow("pain point affected")
            << k(EntityKind::PainPoint) << QStringLiteral("customers_affected") << QVariant(12.5)
            << QVariant(12.5);
    QTest::newRow("opportunity due date")
            << k(EntityKind::Opportunity) << QStringLiteral("due_date")
            << QVariant(QDate(2025, 2, 28)) << QVariant(QStringLiteral("2025-02-28"));
    QTest::newRow("insight source") << k(EntityKind::Insight) << QStringLiteral("source")
                                    << QVariant(int(InsightSource::Complaint)) << QVariant(2);
    QTest::newRow("persona photo") << k(EntityKind::Persona) << QStringLiteral("photo_id")
                                   << QVariant(QUuid()) << QVariant();
    QTest::newRow("journey tags") << k(EntityKind::Journey) << QStringLiteral("tags")
                                  << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")})
                                  << QVariant(QStringLiteral("[\"a\",\"b\"]"));
    QTest::newRow("metric target") << k(EntityKind::Metric) << QStringLiteral("target")
                                   << QVariant(50.0) << QVariant(50.0);
    QTest::newRow("measurement value") << k(EntityKind::Measurement) << QStringLiteral("value")
                                       << QVariant(-12.25) << QVariant(-12.25);
    QTest::newRow("lane visible") << k(EntityKind::Lane) << QStringLiteral("visible")
                                  << QVariant(false) << QVariant(0);
}

void TestEditCommands::editEach()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    Document *d = mDoc.get();
    MutationCommand *command = makeEdit(d, mIds, EntityKind(kind), column, value);
    QVERIFY(command);
    QVERIFY2(command->isValid(), qPrintable(command->status().message()));
    QVERIFY(command->text().startsWith(QStringLiteral("Edit ")));
    JS_VERIFY_COMMAND(d, command);
    const QVariant now
            = d->fieldValue(EntityKind(kind), editedId(d, mIds, EntityKind(kind)), column);
    if (stored.isValid())
        QCOMPARE(now, stored);
    else
        QVERIFY(now.isNull());
}

void TestEditCommands::editRefusesBadInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    const auto k = [](EntityKind kind) { return int(kind); };
    QTest::newRow("emotion above +2")
            << k(EntityKind::Touchpoint) << QStringLiteral("emotion") << QVariant(3);
    QTest::newRow("emotion null") << k(EntityKind::Touchpoint) << QStringLiteral("emotion")
                                  << QVariant(QMetaType::fromType<int>());
    QTest::newRow("severity 0") << k(EntityKind::PainPoint) << QStringLiteral("severity")
                                << QVariant(0);
    QTest::newRow("impact 6") << k(EntityKind::Opportunity) << QStringLiteral("impact")
                              << QVariant(6);
    QTest::newRow("channel unknown")
            << k(EntityKind::Touchpoint) << QStringLiteral("channel") << QVariant(11);
    QTest::newRow("text as number")
            << k(EntityKind::Touchpoint) << QStringLiteral("title") << QVariant(5);
    QTest::newRow("number as text") << k(EntityKind::PainPoint) << QStringLiteral("severity")
                                    << QVariant(QStringLiteral("3"));
    QTest::newRow("text too long") << k(EntityKind::Stage) << QStringLiteral("notes")
                                   << QVariant(QString(70000, QLatin1Char('x')));
    QTest::newRow("bad colour") << k(EntityKind::Stage) << QStringLiteral("color")
                                << QVariant(QStringLiteral("reddish"));
    QTest::newRow("bad date") << k(EntityKind::Opportunity) << QStringLiteral("due_date")
                              << QVariant(QStringLiteral("2025-13-45"));
    QTest::newRow("not a number") << k(EntityKind::Measurement) << QStringLiteral("value")
                                  << QVariant(qQNaN());
    QTest::newRow("unknown column")
            << k(EntityKind::Touchpoint) << QStringLiteral("colour") << QVariant(1);
    QTest::newRow("parent column") << k(EntityKind::Touchpoint) << QStringLiteral("stage_id")
                                   << QVariant(QUuid::createUuid());
    QTest::newRow("position column")
            << k(EntityKind::Stage) << QStringLiteral("position") << QVariant(0);
    QTest::newRow("id column") << k(EntityKind::Persona) << QStringLiteral("id")
                               << QVariant(QUuid::createUuid());
    QTest::newRow("photo that does not exist")
            << k(EntityKind::Persona) << QStringLiteral("photo_id")
            << QVariant(QUuid::createUuid());
    QTest::newRow("journey improving itself")
            << k(EntityKind::Journey) << QStringLiteral("as_is_journey_id") << QVariant(QUuid());
    QTest::newRow("project time stamp") << k(EntityKind::ProjectInfo) << QStringLiteral("modified")
                                        << QVariant(QStringLiteral("2020-01-01T00:00:00.000Z"));
}

void TestEditCommands::editRefusesBadInput()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    if (QByteArray(QTest::currentDataTag()) == "journey improving itself")
        value = QVariant(mIds.journeyA);
    Document *d = mDoc.get();
    MutationCommand *command = makeEdit(d, mIds, EntityKind(kind), column, value);
    QVERIFY(command);
    QVERIFY(!command->isValid());
    QVERIFY(command->isObsolete());
    qDebug("%s", qPrintable(command->status().message()));
    const Project before = d->project();
    QSignalSpy spy(d, &Document::changed);
    QVERIFY(!MutationCommand::push(d, command));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(d->undoStack()->count(), 0);
    QVERIFY(d->project() == before);
}

void TestEditCommands::editStoresCanonicalForm()
{
    Document *d = mDoc.get();
    auto *command = new EditJourney(d, mIds.journeyB, QStringLiteral("as_is_journey_id"),
                                    QVariant::fromValue(QUuid()));
    JS_VERIFY_COMMAND(d, command);
    QVERIFY(d->project().journeys().find(mIds.journeyB)->asIsJourneyId.isNull());
    auto *back = new EditJourney(d, mIds.journeyB, QStringLiteral("as_is_journey_id"),
                                 QVariant::fromValue(mIds.journeyA));
    back->setMergeable(false);
    JS_VERIFY_COMMAND(d, back);
    QCOMPARE(d->fieldValue(EntityKind::Journey, mIds.journeyB, QStringLiteral("as_is_journey_id")),
             QVariant(uuidText(mIds.journeyA)));
    JS_VERIFY_COMMAND(d,
                      new EditStage(d, mIds.stageA1, QStringLiteral("color"),
                                    QVariant::fromValue(QColor(Qt::red))));
    QCOMPARE(d->project().stages().find(mIds.stageA1)->color, QColor(Qt::red));
}

void TestEditCommands::sameValueIsNoStep()
{
    Document *d = mDoc.get();
    QSignalSpy spy(d, &Document::changed);
    auto *command
            = new EditTouchpoint(d, mIds.tpA1a, QStringLiteral("title"), QStringLiteral("Ad"));
    QVERIFY(command->isValid());
    QVERIFY(command->isObsolete());
    QVERIFY(MutationCommand::push(d, command));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(d->undoStack()->count(), 0);
}

void TestEditCommands::consecutiveEditsMerge()
{
    Document *d = mDoc.get();
    const Project before = d->project();
    const QString column = QStringLiteral("title");
    QSignalSpy spy(d, &Document::changed);
    for (const char *text : {"A", "Ad", "Adv", "Advert"})
        QVERIFY(MutationCommand::push(
                d, new EditTouchpoint(d, mIds.tpA1a, column, QString::fromLatin1(text))));
    QCOMPARE(spy.count(), 4); // the model follows every keystroke
    QCOMPARE(d->undoStack()->count(), 1);
    QCOMPARE(d->project().touchpoints().find(mIds.tpA1a)->title, QStringLiteral("Advert"));
    const Project after = d->project();
    d->undoStack()->undo();
    QCOMPARE(TestProject::difference(d->project(), before), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), before), QString());
    d->undoStack()->redo();
    QCOMPARE(TestProject::difference(d->project(), after), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), after), QString());
}

void TestEditCommands::editsOfOtherFieldsDoNotMerge()
{
    Document *d = mDoc.get();
    QVERIFY(MutationCommand::push(
            d, new EditTouchpoint(d, mIds.tpA1a, QStringLiteral("title"), QStringLiteral("X"))));
    QVERIFY(MutationCommand::push(
            d,
            new EditTouchpoint(d, mIds.tpA1a, QStringLiteral("owner"), QStringLiteral("Sales"))));
    QVERIFY(MutationCommand::push(
            d,
            new EditTouchpoint(d, mIds.tpA1b, QStringLiteral("owner"), QStringLiteral("Sales"))));
    QVERIFY(MutationCommand::push(
            d, new EditStage(d, mIds.stageA1, QStringLiteral("name"), QStringLiteral("X"))));
    QCOMPARE(d->undoStack()->count(), 4);
}

void TestEditCommands::unmergeableEditStartsNewStep()
{
    Document *d = mDoc.get();
    const QString column = QStringLiteral("notes");
    QVERIFY(MutationCommand::push(d, new EditStage(d, mIds.stageA1, column, QStringLiteral("a"))));
    auto *second = new EditStage(d, mIds.stageA1, column, QStringLiteral("ab"));
    second->setMergeable(false);
    QVERIFY(MutationCommand::push(d, second));
    QVERIFY(MutationCommand::push(d,
                                  new EditStage(d, mIds.stageA1, column, QStringLiteral("abc"))));
    QCOMPARE(d->undoStack()->count(), 2);
    d->undoStack()->undo();
    QCOMPARE(d->project().stages().find(mIds.stageA1)->notes, QStringLiteral("a"));
}

void TestEditCommands::netNoOpVanishes()
{
    Document *d = mDoc.get();
    const Project before = d->project();
    const QString column = QStringLiteral("severity");
    QVERIFY(MutationCommand::push(d, new EditPainPoint(d, mIds.painA1a, column, 5)));
    QCOMPARE(d->undoStack()->count(), 1);
    QVERIFY(MutationCommand::push(d, new EditPainPoint(d, mIds.painA1a, column, 3)));
    QCOMPARE(d->undoStack()->count(), 0);
    QVERIFY(!d->undoStack()->canUndo());
    QCOMPARE(TestProject::difference(d->project(), before), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), before), QString());
    QVERIFY(!d->isModified());
}

void TestEditCommands::multiEditIsOneStep()
{
    Document *d = mDoc.get();
    const QVector<QUuid> ids = {mIds.tpA1a, mIds.tpA1b, mIds.tpA2a};
    auto *command = new EditTouchpoint(d, ids, QStringLiteral("owner"), QStringLiteral("Ops"));
    QCOMPARE(command->entityIds(), ids);
    JS_VERIFY_COMMAND(d, command);
    for (const QUuid &id : ids)
        QCOMPARE(d->project().touchpoints().find(id)->owner, QStringLiteral("Ops"));
    QCOMPARE(d->project().touchpoints().find(mIds.tpA2b)->owner, QString());

    // One already holding the value is simply left out.
    JS_VERIFY_COMMAND(d,
                      new EditTouchpoint(d, QVector<QUuid>{mIds.tpA1a, mIds.tpA2b},
                                         QStringLiteral("owner"), QStringLiteral("Ops")));
    QCOMPARE(d->undoStack()->count(), 2);

    // A bad id anywhere refuses the whole edit.
    auto *bad = new EditTouchpoint(d, QVector<QUuid>{mIds.tpA1a, QUuid::createUuid()},
                                   QStringLiteral("owner"), QStringLiteral("X"));
    QVERIFY(!bad->isValid());
    delete bad;
}

void TestEditCommands::changeEventNamesField()
{
    Document *d = mDoc.get();
    QSignalSpy spy(d, &Document::changed);
    QVERIFY(MutationCommand::push(d,
                                  new EditOpportunity(d, mIds.oppA1a, QStringLiteral("status"),
                                                      int(OpportunityStatus::Done))));
    QCOMPARE(spy.count(), 1);
    const ChangeEvent event = spy.takeFirst().at(0).value<ChangeEvent>();
    QCOMPARE(event.items.size(), 1);
    const ChangeItem &item = event.items.first();
    QCOMPARE(item.type, ChangeType::Changed);
    QCOMPARE(item.kind, EntityKind::Opportunity);
    QCOMPARE(item.id, mIds.oppA1a);
    QCOMPARE(item.fields, QStringList{QStringLiteral("status")});
}

void TestEditCommands::setEmotionClampsAndClears()
{
    Document *d = mDoc.get();
    JS_VERIFY_COMMAND(d, new SetEmotion(d, mIds.tpA1a, SetEmotion::Scale::AsIs, 7));
    QCOMPARE(d->project().touchpoints().find(mIds.tpA1a)->emotion, 2);
    JS_VERIFY_COMMAND(d, new SetEmotion(d, mIds.tpA1a, SetEmotion::Scale::ToBe, -9));
    QCOMPARE(d->project().touchpoints().find(mIds.tpA1a)->emotionToBe, std::optional<int>(-2));
    JS_VERIFY_COMMAND(d, new SetEmotion(d, mIds.tpA1a, SetEmotion::Scale::ToBe, std::nullopt));
    QVERIFY(!d->project().touchpoints().find(mIds.tpA1a)->emotionToBe);

    // A to-be emotion of 0 is not "no to-be emotion".
    JS_VERIFY_COMMAND(d, new SetEmotion(d, mIds.tpA1b, SetEmotion::Scale::ToBe, 0));
    QCOMPARE(d->project().touchpoints().find(mIds.tpA1b)->emotionToBe, std::optional<int>(0));

    auto *clear = new SetEmotion(d, mIds.tpA1a, SetEmotion::Scale::AsIs, std::nullopt);
    QVERIFY(!clear->isValid());
    QVERIFY(!MutationCommand::push(d, clear));
    auto *unknown = new SetEmotion(d, QUuid::createUuid(), SetEmotion::Scale::AsIs, 1);
    QVERIFY(!unknown->isValid());
    delete unknown;
}

void TestEditCommands::emotionDragIsOneStep()
{
    Document *d = mDoc.get();
    const QUuid id = mIds.tpA2a; // emotion −2
    // An earlier, separate change of the same point.
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, id, SetEmotion::Scale::AsIs, -1)));
    const Project beforeDrag = d->project();
    // The drag: the first move is not mergeable, the rest are.
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, id, SetEmotion::Scale::AsIs, 0, false)));
    for (int value : {1, 2, 1})
        QVERIFY(MutationCommand::push(d,
                                      new SetEmotion(d, id, SetEmotion::Scale::AsIs, value, true)));
    QCOMPARE(d->undoStack()->count(), 2);
    QCOMPARE(d->project().touchpoints().find(id)->emotion, 1);
    d->undoStack()->undo();
    QCOMPARE(TestProject::difference(d->project(), beforeDrag), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), beforeDrag), QString());
    d->undoStack()->undo();
    QCOMPARE(d->project().touchpoints().find(id)->emotion, -2);

    // A drag that ends where it started leaves no step.
    d->undoStack()->clear();
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, id, SetEmotion::Scale::AsIs, -1, false)));
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, id, SetEmotion::Scale::AsIs, -2, true)));
    QCOMPARE(d->undoStack()->count(), 0);

    // An emotion drag does not merge into a title edit and vice versa.
    QVERIFY(MutationCommand::push(d, new EditTouchpoint(d, id, QStringLiteral("emotion"), 1)));
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, id, SetEmotion::Scale::AsIs, 2, true)));
    QCOMPARE(d->undoStack()->count(), 2);
}

void TestEditCommands::laneCellTextAddsThenEdits()
{
    Document *d = mDoc.get();
    const Project before = d->project();
    auto *add = new SetLaneCellText(d, mIds.textLane, mIds.tpA2a, QStringLiteral("n"));
    const QUuid cell = add->cellId();
    JS_VERIFY_COMMAND(d, add);
    QCOMPARE(d->project().list<LaneCell>().find(cell)->text, QStringLiteral("n"));
    // Typing on merges into the step that added the cell.
    QVERIFY(MutationCommand::push(
            d, new SetLaneCellText(d, mIds.textLane, mIds.tpA2a, QStringLiteral("no"))));
    QVERIFY(MutationCommand::push(
            d, new SetLaneCellText(d, mIds.textLane, mIds.tpA2a, QStringLiteral("note"))));
    QCOMPARE(d->undoStack()->count(), 1);
    QCOMPARE(d->project().list<LaneCell>().find(cell)->text, QStringLiteral("note"));
    d->undoStack()->undo();
    QCOMPARE(TestProject::difference(d->project(), before), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), before), QString());

    // The existing cell is edited in place.
    JS_VERIFY_COMMAND(d, new SetLaneCellText(d, mIds.textLane, mIds.tpA1a, QStringLiteral("x")));
    QCOMPARE(d->project().list<LaneCell>().find(mIds.cell)->text, QStringLiteral("x"));

    auto *otherJourney = new SetLaneCellText(d, mIds.textLane, mIds.tpB1a, QStringLiteral("x"));
    QVERIFY(!otherJourney->isValid());
    delete otherJourney;
    const QUuid builtIn = d->project().lanesOf(mIds.journeyA).first()->id;
    auto *notText = new SetLaneCellText(d, builtIn, mIds.tpA1a, QStringLiteral("x"));
    QVERIFY(!notText->isValid());
    delete notText;
}

void TestEditCommands::editsSurviveSaveAndReopen()
{
    Document *d = mDoc.get();
    QVERIFY(MutationCommand::push(
            d, new EditProjectInfo(d, QStringLiteral("description"), QStringLiteral("Pilot"))));
    QVERIFY(MutationCommand::push(d, new SetEmotion(d, mIds.tpA1a, SetEmotion::Scale::ToBe, 1)));
    QVERIFY(MutationCommand::push(
            d,
            new EditPersona(d, mIds.personaA, QStringLiteral("color"), QStringLiteral("#123456"))));
    const QString path = mWorkDir.filePath(QStringLiteral("edits.cjm"));
    QVERIFY(d->saveAs(path));
    const Project expected = d->project();
    mDoc.reset();
    Document::OpenResult result;
    std::unique_ptr<Document> reopened = Document::open(path, {}, &result);
    QVERIFY2(reopened, qPrintable(result.status.message()));
    QCOMPARE(TestProject::difference(reopened->project(), expected), QString());
    QCOMPARE(reopened->project().info.description, QStringLiteral("Pilot"));
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "test_editcommands.moc"
