// SPDX-License-Identifier: GPL-3.0-or-later
// The personas dock on the English sample: add, name, tier, reorder, remove, a photo from an
// image file (embedded, scaled down, one undo step) and the journeys a persona takes.

#include "document/document.h"
#include "panels/fieldeditor.h"
#include "panels/personasdock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestPersonasDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsThePersonasInOrder();
    void addsAndNamesAPersona();
    void editsTierAndShare();
    void reordersAndRemoves();
    void photoIsEmbeddedScaledDown();
    void notAnImageIsRefused();
    void linksJourneys();

private:
    QStringList names() const;
    int steps() const { return mDocument->undoStack()->count(); }
    template<class W>
    W *inner(const QString &column) const
    {
        FieldEditor *editor = mDock->editorFor(column);
        return editor ? qobject_cast<W *>(editor->inner()) : nullptr;
    }

    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<PersonasDock> mDock;
};

void TestPersonasDock::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
}

void TestPersonasDock::init()
{
    Document::OpenOptions options;
    options.recovery = Document::RecoveryPolicy::Discard;
    Document::OpenResult result;
    mDocument
            = Document::open(QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"),
                             options, &result);
    QVERIFY2(mDocument, qPrintable(result.status.message()));
    mDock = std::make_unique<PersonasDock>();
    mDock->setDocument(mDocument.get());
    mDock->show();
}

void TestPersonasDock::cleanup()
{
    mDock.reset();
    mDocument.reset();
}

QStringList TestPersonasDock::names() const
{
    QStringList out;
    for (const Persona *persona : mDocument->project().orderedPersonas())
        out.append(persona->name);
    return out;
}

void TestPersonasDock::listsThePersonasInOrder()
{
    QListWidget *list = mDock->personaList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"Amelia Hart"_s);
    QCOMPARE(list->item(1)->text(), u"Daniel Okafor"_s);
    QCOMPARE(mDock->currentPersona(), mDocument->project().orderedPersonas().first()->id);
    QCOMPARE(inner<QLineEdit>(u"name"_s)->text(), u"Amelia Hart"_s);
    QVERIFY(!mDock->upButton()->isEnabled()); // the first cannot go up
}

void TestPersonasDock::addsAndNamesAPersona()
{
    QTest::mouseClick(mDock->addButton(), Qt::LeftButton);
    QCOMPARE(mDocument->project().personas().size(), 3);
    QCOMPARE(steps(), 1);
    QCOMPARE(mDock->personaList()->currentRow(), 2); // the new one, last, is chosen
    auto *name = inner<QLineEdit>(u"name"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Chloe Brun"_s);
    QCOMPARE(names(), (QStringList{u"Amelia Hart"_s, u"Daniel Okafor"_s, u"Chloe Brun"_s}));
    QCOMPARE(steps(), 2); // the typing is one step
    QCOMPARE(mDock->personaList()->item(2)->text(), u"Chloe Brun"_s);
}

void TestPersonasDock::editsTierAndShare()
{
    const QUuid id = mDock->currentPersona();
    auto *tier = inner<QComboBox>(u"tier"_s);
    QVERIFY(tier);
    QCOMPARE(tier->count(), 3);
    const int before = int(mDocument->project().personas().find(id)->tier);
    tier->setFocus();
    QTest::keyClick(tier, before == 2 ? Qt::Key_Up : Qt::Key_Down);
    const int after = int(mDocument->project().personas().find(id)->tier);
    QCOMPARE(after, before == 2 ? 1 : before + 1);
    QCOMPARE(steps(), 1);

    auto *share = inner<QDoubleSpinBox>(u"share_percent"_s);
    QVERIFY(share);
    QCOMPARE(share->maximum(), 100.0); // the field's range
    share->selectAll();
    QTest::keyClicks(share, u"42"_s);
    QCOMPARE(mDocument->project().personas().find(id)->sharePercent, 42.0);
    QCOMPARE(steps(), 2);
    QVERIFY(inner<QDoubleSpinBox>(u"value_per_customer"_s));
}

void TestPersonasDock::reordersAndRemoves()
{
    mDock->personaList()->setCurrentRow(1);
    QTest::mouseClick(mDock->upButton(), Qt::LeftButton);
    QCOMPARE(names(), (QStringList{u"Daniel Okafor"_s, u"Amelia Hart"_s}));
    QCOMPARE(mDock->personaList()->currentRow(), 0); // the moved one stays chosen
    QCOMPARE(steps(), 1);

    QTest::mouseClick(mDock->removeButton(), Qt::LeftButton);
    QCOMPARE(names(), QStringList{u"Amelia Hart"_s});
    QCOMPARE(mDock->personaList()->count(), 1);
    QCOMPARE(steps(), 2);
    mDocument->undoStack()->undo();
    mDocument->undoStack()->undo();
    QCOMPARE(names(), (QStringList{u"Amelia Hart"_s, u"Daniel Okafor"_s}));
}

void TestPersonasDock::photoIsEmbeddedScaledDown()
{
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    const QString path = mWorkDir.filePath(u"portrait.png"_s);
    QVERIFY(image.save(path));
    const QUuid id = mDock->currentPersona();
    const int imagesBefore = mDocument->project().list<ImageAsset>().size();

    const Status status = mDock->setPhotoFromFile(path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    const Persona *persona = mDocument->project().personas().find(id);
    QVERIFY(!persona->photoId.isNull());
    const ImageAsset *asset = mDocument->project().list<ImageAsset>().find(persona->photoId);
    QVERIFY(asset);
    QCOMPARE(asset->width, 256); // 800 × 400 fitted into 256 × 256
    QCOMPARE(asset->height, 128);
    QCOMPARE(asset->mime, u"image/jpeg"_s); // no transparency: a photo
    QVERIFY(asset->data.size() < 64 * 1024);
    QVERIFY(!mDock->photoLabel()->pixmap().isNull());
    QCOMPARE(steps(), 1);

    mDocument->undoStack()->undo(); // the image and the reference go together
    QVERIFY(mDocument->project().personas().find(id)->photoId.isNull());
    QCOMPARE(mDocument->project().list<ImageAsset>().size(), imagesBefore);
    QVERIFY(mDock->photoLabel()->pixmap().isNull());
}

void TestPersonasDock::notAnImageIsRefused()
{
    const QString path = mWorkDir.filePath(u"notes.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is text");
    file.close();
    const Status status = mDock->setPhotoFromFile(path);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(u"notes.png"_s));
    QCOMPARE(steps(), 0);
}

void TestPersonasDock::linksJourneys()
{
    const Project &project = mDocument->project();
    const QUuid personaId = mDock->currentPersona();
    QListWidget *journeys = mDock->journeyList();
    QCOMPARE(journeys->count(), project.journeys().size());
    for (int i = 0; i < journeys->count(); ++i) {
        const QUuid journeyId = journeys->item(i)->data(Qt::UserRole).toUuid();
        const bool linked = project.findLink(LinkKind::JourneyPersona, journeyId, personaId);
        QCOMPARE(journeys->item(i)->checkState() == Qt::Checked, linked);
    }
    QListWidgetItem *item = journeys->item(0);
    const QUuid journeyId = item->data(Qt::UserRole).toUuid();
    const bool wasLinked = item->checkState() == Qt::Checked;
    item->setCheckState(wasLinked ? Qt::Unchecked : Qt::Checked);
    QCOMPARE(project.findLink(LinkKind::JourneyPersona, journeyId, personaId) != nullptr,
             !wasLinked);
    QCOMPARE(steps(), 1);
    mDocument->undoStack()->undo();
    QCOMPARE(project.findLink(LinkKind::JourneyPersona, journeyId, personaId) != nullptr,
             wasLinked);
    QCOMPARE(journeys->item(0)->checkState() == Qt::Checked, wasLinked);
}

QTEST_MAIN(TestPersonasDock)
#include "test_personasdock.moc"
