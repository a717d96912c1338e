// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector on the English sample: typing a touchpoint's title, stepping a pain point's
// severity, a multi-selection editing a shared field, and a read-only document. Every edit goes
// through real key events on the editors and must be exactly one undo step.

#include "document/document.h"
#include "panels/fieldeditor.h"
#include "panels/inspectordock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheProjectWhenNothingIsSelected();
    void typingATitleIsOneUndoStep();
    void severityStepsWithinItsRange();
    void multiSelectionEditsASharedField();
    void mixedKindsAreNotEdited();
    void journeyTagsAreTypedAsAList();
    void readOnlyDocumentDisablesEditing();

private:
    static QString samplePath()
    {
        return QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm");
    }
    std::unique_ptr<Document> open(bool readOnlyIfInUse = false);
    /// The touchpoints of the first stage of the first journey, in order.
    QVector<const Touchpoint *> firstTouchpoints() const;
    template<class W>
    W *inner(const QString &column) const
    {
        FieldEditor *editor = mDock->editorFor(column);
        return editor ? qobject_cast<W *>(editor->inner()) : nullptr;
    }

    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<InspectorDock> mDock;
};

void TestInspector::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
}

std::unique_ptr<Document> TestInspector::open(bool readOnlyIfInUse)
{
    Document::OpenOptions options;
    options.readOnlyIfInUse = readOnlyIfInUse;
    options.recovery = Document::RecoveryPolicy::Discard;
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(samplePath(), options, &result);
    if (!document)
        qWarning("%s", qPrintable(result.status.message()));
    return document;
}

void TestInspector::init()
{
    mDocument = open();
    QVERIFY(mDocument);
    mDock = std::make_unique<InspectorDock>();
    mDock->setDocument(mDocument.get());
    mDock->show();
}

void TestInspector::cleanup()
{
    mDock.reset();
    mDocument.reset();
}

QVector<const Touchpoint *> TestInspector::firstTouchpoints() const
{
    const Project &project = mDocument->project();
    const QVector<const Stage *> stages = project.stagesOf(project.orderedJourneys().first()->id);
    return project.touchpointsOf(stages.first()->id);
}

void TestInspector::showsTheProjectWhenNothingIsSelected()
{
    QCOMPARE(mDock->shownKind(), EntityKind::ProjectInfo);
    auto *name = inner<QLineEdit>(u"name"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), mDocument->project().info.name);
    // Time stamps are the document's, not the user's.
    QVERIFY(!mDock->editorFor(u"created"_s));
    QVERIFY(!mDock->editorFor(u"modified"_s));
}

void TestInspector::typingATitleIsOneUndoStep()
{
    const Touchpoint *touchpoint = firstTouchpoints().first();
    const QUuid id = touchpoint->id;
    const QString oldTitle = touchpoint->title;
    mDocument->setSelection({{EntityKind::Touchpoint, id}});
    QCOMPARE(mDock->shownKind(), EntityKind::Touchpoint);
    QCOMPARE(mDock->heading(), u"Touchpoint"_s);

    auto *title = inner<QLineEdit>(u"title"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), oldTitle);
    // Labels are words, never column names.
    auto *external = inner<QCheckBox>(u"owner_external"_s);
    QVERIFY(external);
    QVERIFY(inner<QPlainTextEdit>(u"description"_s));
    QVERIFY(inner<QComboBox>(u"channel"_s));

    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Sees ad"_s);
    QCOMPARE(mDocument->project().touchpoints().find(id)->title, u"Sees ad"_s);
    QCOMPARE(mDocument->undoStack()->count(), 1);
    QCOMPARE(title->text(), u"Sees ad"_s); // the refresh after each key kept the text

    mDocument->undoStack()->undo();
    QCOMPARE(mDocument->project().touchpoints().find(id)->title, oldTitle);
    QCOMPARE(title->text(), oldTitle); // the inspector follows the model

    // A check box is one step of its own.
    const bool wasExternal = mDocument->project().touchpoints().find(id)->ownerExternal;
    QTest::mouseClick(external, Qt::LeftButton, {}, QPoint(8, external->height() / 2));
    QCOMPARE(mDocument->project().touchpoints().find(id)->ownerExternal, !wasExternal);
    QCOMPARE(mDocument->undoStack()->count(), 1);
}

void TestInspector::severityStepsWithinItsRange()
{
    const PainPoint *pain = nullptr;
    for (const PainPoint &candidate : mDocument->project().painPoints()) {
        if (candidate.severity == 4) {
            pain = &candidate;
            break;
        }
    }
    QVERIFY(pain);
    const QUuid id = pain->id;
    mDocument->setSelection({{EntityKind::PainPoint, id}});
    auto *severity = inner<QSpinBox>(u"severity"_s);
    QVERIFY(severity);
    QCOMPARE(severity->minimum(), 1); // the field's range
    QCOMPARE(severity->maximum(), 5);
    QCOMPARE(severity->value(), 4);

    QTest::keyClick(severity, Qt::Key_Up);
    QCOMPARE(mDocument->project().painPoints().find(id)->severity, 5);
    QTest::keyClick(severity, Qt::Key_Up); // already at the top: nothing happens
    QCOMPARE(mDocument->project().painPoints().find(id)->severity, 5);
    QCOMPARE(mDocument->undoStack()->count(), 1);

    // Typed: 2 replaces the value, still one step.
    severity->selectAll();
    QTest::keyClicks(severity, u"2"_s);
    QCOMPARE(mDocument->project().painPoints().find(id)->severity, 2);
    mDocument->undoStack()->undo();
    QCOMPARE(mDocument->project().painPoints().find(id)->severity, 4);
    QCOMPARE(severity->value(), 4);
}

void TestInspector::multiSelectionEditsASharedField()
{
    const QVector<const Touchpoint *> touchpoints = firstTouchpoints();
    QVERIFY(touchpoints.size() >= 2);
    const QUuid a = touchpoints.at(0)->id;
    const QUuid b = touchpoints.at(1)->id;
    QVERIFY(touchpoints.at(0)->owner != touchpoints.at(1)->owner);
    QVERIFY(touchpoints.at(0)->channel != touchpoints.at(1)->channel);
    mDocument->setSelection({{EntityKind::Touchpoint, a}, {EntityKind::Touchpoint, b}});
    // "2 touchpoint(s)" until an English plural translation exists.
    QVERIFY2(mDock->heading().startsWith(u"2 touchpoint"_s), qPrintable(mDock->heading()));

    auto *owner = inner<QLineEdit>(u"owner"_s);
    QVERIFY(owner);
    QVERIFY(mDock->editorFor(u"owner"_s)->isMixed());
    QVERIFY(owner->text().isEmpty());
    QCOMPARE(owner->placeholderText(), u"(mixed)"_s);
    auto *channel = inner<QComboBox>(u"channel"_s);
    QCOMPARE(channel->currentIndex(), -1);

    QTest::keyClicks(owner, u"Contact centre"_s);
    const Project &project = mDocument->project();
    QCOMPARE(project.touchpoints().find(a)->owner, u"Contact centre"_s);
    QCOMPARE(project.touchpoints().find(b)->owner, u"Contact centre"_s);
    QCOMPARE(mDocument->undoStack()->count(), 1);
    QVERIFY(!mDock->editorFor(u"owner"_s)->isMixed());

    // A choice for both: the first entry (Web) for both, one more step.
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(project.touchpoints().find(a)->channel, Channel::Web);
    QCOMPARE(project.touchpoints().find(b)->channel, Channel::Web);
    QCOMPARE(mDocument->undoStack()->count(), 2);

    mDocument->undoStack()->undo();
    mDocument->undoStack()->undo();
    QCOMPARE(project.touchpoints().find(a)->owner, touchpoints.at(0)->owner);
    QVERIFY(mDock->editorFor(u"owner"_s)->isMixed());
}

void TestInspector::mixedKindsAreNotEdited()
{
    const Touchpoint *touchpoint = firstTouchpoints().first();
    mDocument->setSelection(
            {{EntityKind::Touchpoint, touchpoint->id}, {EntityKind::Stage, touchpoint->stageId}});
    QVERIFY(!mDock->editorFor(u"title"_s));
    QVERIFY(!mDock->editorFor(u"name"_s));
    QVERIFY(!mDock->heading().isEmpty());
}

void TestInspector::journeyTagsAreTypedAsAList()
{
    const Journey *journey = mDocument->project().orderedJourneys().first();
    const QUuid id = journey->id;
    mDocument->setSelection({{EntityKind::Journey, id}});
    auto *tags = inner<QLineEdit>(u"tags"_s);
    QVERIFY(tags);
    tags->selectAll();
    QTest::keyClicks(tags, u"onboarding,  fees ,,retention"_s);
    QCOMPARE(mDocument->project().journeys().find(id)->tags,
             (QStringList{u"onboarding"_s, u"fees"_s, u"retention"_s}));
    QCOMPARE(mDocument->undoStack()->count(), 1);
    QCOMPARE(tags->text(), u"onboarding,  fees ,,retention"_s); // what was typed stays
    mDocument->undoStack()->undo();
    QCOMPARE(tags->text(), journey->tags.join(u", "_s));
}

void TestInspector::readOnlyDocumentDisablesEditing()
{
    std::unique_ptr<Document> second = open(true); // the first still has it open
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    InspectorDock dock;
    dock.setDocument(second.get());
    const QUuid id = second->project().touchpoints().begin()->id;
    second->setSelection({{EntityKind::Touchpoint, id}});
    FieldEditor *title = dock.editorFor(u"title"_s);
    QVERIFY(title);
    QVERIFY(!title->isEnabled());
    QVERIFY(!title->inner()->isEnabled());
}

QTEST_MAIN(TestInspector)
#include "test_inspector.moc"
