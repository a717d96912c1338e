// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON exchange format: export → import gives back the same project with the same
// UUIDs (in memory and through a Document, as one undo step), merging into another project
// reports conflicts and imports copies, and hostile files are refused with their JSON path.

#include "../document/testproject.h"

#include "document/commands/importfragment.h"
#include "interchange/projectjsonreader.h"
#include "interchange/projectjsonwriter.h"
#include "interchange/projectmerger.h"
#include "storage/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cjm;

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(JS_SOURCE_DIR "/resources/samples/") + name;
}

Project loadSample(const QString &name)
{
    Project project;
    const Status s = ProjectFile::validate(samplePath(name), &project);
    if (!s)
        qFatal("cannot load sample %s: %s", qPrintable(name), qPrintable(s.message()));
    return project;
}

/// Total number of entities and links, to compare with conflict counts.
int entityCount(const Project &project)
{
    int n = 0;
    forEachList(project, [&](const auto &list) { n += list.size(); });
    return n;
}

/// Imports `incoming` into `doc` the way the CLI and UI do.
Status importInto(Document *doc, const Project &incoming, ProjectMerger::Plan *planOut = nullptr)
{
    const ProjectMerger::Plan plan = ProjectMerger::plan(doc->project(), incoming);
    if (planOut)
        *planOut = plan;
    return MutationCommand::push(doc,
                                 new ImportFragment(doc, plan.fragment, QStringLiteral("Import"),
                                                    plan.replaceInfo
                                                            ? std::optional<ProjectInfo>(plan.info)
                                                            : std::nullopt));
}

} // namespace

class TestProjectJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mWorkDir;
    /// The sample as JSON, to be made hostile by each case.
    QJsonObject sampleJson() const
    {
        return ProjectJsonWriter::toJson(loadSample(QStringLiteral("credit-card-en.cjm")));
    }
    /// Reads `root`; the read must fail with a message containing every part of `expected`.
    void expectRefused(const QJsonObject &root, const QStringList &expected)
    {
        Project project;
        project.info.name = QStringLiteral("untouched");
        const Status s = ProjectJsonReader::read(QJsonDocument(root).toJson(), &project);
        QVERIFY2(!s, "a hostile file was accepted");
        for (const QString &part : expected)
            QVERIFY2(s.message().contains(part),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(s.message(), part)));
        QCOMPARE(project.info.name, QStringLiteral("untouched"));
        QCOMPARE(entityCount(project), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mWorkDir.isValid());
        qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    }

    void readBackEqual_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("en") << QStringLiteral("credit-card-en.cjm");
        QTest::newRow("zh") << QStringLiteral("broadband-zh.cjm");
    }

    void readBackEqual()
    {
        QFETCH(QString, sample);
        const Project original = loadSample(sample);
        QVERIFY(original.touchpoints().size() > 10);
        const QByteArray json = ProjectJsonWriter::write(original);
        Project read;
        const Status s = ProjectJsonReader::read(json, &read);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(TestProject::difference(read, original), QString());
        // Written twice, the same bytes: the order in the file is stable.
        QCOMPARE(ProjectJsonWriter::write(read), json);
    }

    /// Every kind of entity and link, an image included (the samples have none).
    void readBackEqualEveryKind()
    {
        TestProject::Ids ids;
        std::unique_ptr<Document> doc = TestProject::create(&ids);
        QVERIFY(doc->project().list<ImageAsset>().size() == 1);
        QVERIFY(doc->project().list<LaneCell>().size() == 1);
        for (LinkKind kind : Link::allKinds) {
            bool present = false;
            for (const Link &link : doc->project().links())
                present = present || link.kind == kind;
            QVERIFY2(present, Link::table(kind));
        }
        const QJsonObject json = ProjectJsonWriter::toJson(doc->project());
        // The image is base64 of its bytes.
        const QJsonObject image = json.value(QStringLiteral("image")).toArray().at(0).toObject();
        QCOMPARE(QByteArray::fromBase64(image.value(QStringLiteral("data")).toString().toLatin1()),
                 doc->project().list<ImageAsset>().find(ids.image)->data);
        Project read;
        QVERIFY(ProjectJsonReader::read(QJsonDocument(json).toJson(), &read));
        QCOMPARE(TestProject::difference(read, doc->project()), QString());
    }

    void importIntoEmptyProject_data() { readBackEqual_data(); }

    void importIntoEmptyProject()
    {
        QFETCH(QString, sample);
        const Project original = loadSample(sample);
        Project incoming;
        QVERIFY(ProjectJsonReader::read(ProjectJsonWriter::write(original), &incoming));

        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("empty"), &status);
        QVERIFY(doc);
        const ProjectInfo emptyInfo = doc->project().info;
        ProjectMerger::Plan plan;
        QVERIFY(importInto(doc.get(), incoming, &plan));
        QVERIFY(plan.conflicts.isEmpty());
        QCOMPARE(doc->undoStack()->count(), 1); // one undo step

        // Same entities, same UUIDs; the project's own id and times stay the document's.
        Project expected = original;
        expected.info.id = emptyInfo.id;
        expected.info.created = emptyInfo.created;
        expected.info.modified = emptyInfo.modified;
        QCOMPARE(TestProject::difference(doc->project(), expected), QString());

        // Saved and reopened, still equal: the working copy got the same rows.
        const QString path = mWorkDir.filePath(sample + QStringLiteral(".imported.cjm"));
        QVERIFY(doc->saveAs(path));
        Project saved;
        QVERIFY(ProjectFile::validate(path, &saved));
        expected.info.modified = saved.info.modified;
        QCOMPARE(TestProject::difference(saved, expected), QString());

        doc->undoStack()->undo();
        QCOMPARE(entityCount(doc->project()), 0);
        QCOMPARE(doc->project().info.name, QStringLiteral("empty"));
    }

    void mergeReportsConflicts()
    {
        const Project en = loadSample(QStringLiteral("credit-card-en.cjm"));
        const Project zh = loadSample(QStringLiteral("broadband-zh.cjm"));
        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("merge"), &status);
        QVERIFY(importInto(doc.get(), en));

        // Another project's journeys: no shared UUIDs, everything added after ours.
        ProjectMerger::Plan plan;
        QVERIFY(importInto(doc.get(), zh, &plan));
        QVERIFY(plan.conflicts.isEmpty());
        QVERIFY(!plan.replaceInfo);
        QCOMPARE(doc->project().info.name, en.info.name);
        QCOMPARE(doc->project().journeys().size(), en.journeys().size() + zh.journeys().size());
        const QVector<const Journey *> journeys = doc->project().orderedJourneys();
        QCOMPARE(journeys.at(en.journeys().size())->id, zh.orderedJourneys().at(0)->id);

        // The same file again: every entity conflicts and comes in as a copy.
        const int before = entityCount(doc->project());
        const int linksBefore = doc->project().links().size();
        QVERIFY(importInto(doc.get(), en, &plan));
        QCOMPARE(plan.conflicts.size(), entityCount(en));
        QCOMPARE(entityCount(doc->project()), before + entityCount(en));
        QCOMPARE(doc->project().links().size(), linksBefore + en.links().size());
        for (const ProjectMerger::Conflict &c : plan.conflicts) {
            QVERIFY(c.newId != c.id);
            QVERIFY(!en.touchpoints().contains(c.newId));
        }
        QVERIFY(ProjectMerger::describe(plan.conflicts.first())
                        .contains(uuidText(plan.conflicts.first().id)));
        // The copies hang together: every stage copy belongs to a journey copy.
        QCOMPARE(TestProject::densePositions(doc->project()), QString());
        // One undo step removes the merge and nothing else.
        doc->undoStack()->undo();
        QCOMPARE(entityCount(doc->project()), before);
    }

    void hostile_data()
    {
        using Mutate = std::function<void(QJsonObject &)>;
        QTest::addColumn<Mutate>("mutate");
        QTest::addColumn<QStringList>("expected");
        auto editItem
                = [](const QString &table, int index, const QString &key, const QJsonValue &v) {
                      return Mutate([=](QJsonObject &root) {
                          QJsonArray array = root.value(table).toArray();
                          QJsonObject item = array.at(index).toObject();
                          if (v.isUndefined())
                              item.remove(key);
                          else
                              item.insert(key, v);
                          array.replace(index, item);
                          root.insert(table, array);
                      });
                  };
        QTest::newRow("format") << Mutate([](QJsonObject &r) {
            r.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        }) << QStringList{QStringLiteral("$.format")};
        QTest::newRow("version") << Mutate([](QJsonObject &r) {
            r.insert(QStringLiteral("version"), 2);
        }) << QStringList{QStringLiteral("$.version"), QStringLiteral("2")};
        QTest::newRow("emotion range")
                << editItem(QStringLiteral("touchpoint"), 3, QStringLiteral("emotion"), 7)
                << QStringList{QStringLiteral("$.touchpoint[3].emotion"),
                               QStringLiteral("outside")};
        QTest::newRow("emotion type") << editItem(QStringLiteral("touchpoint"), 0,
                                                  QStringLiteral("emotion"), QStringLiteral("high"))
                                      << QStringList{QStringLiteral("$.touchpoint[0].emotion"),
                                                     QStringLiteral("expected an integer")};
        QTest::newRow("fraction") << editItem(QStringLiteral("pain_point"), 0,
                                              QStringLiteral("severity"), 2.5)
                                  << QStringList{QStringLiteral("$.pain_point[0].severity"),
                                                 QStringLiteral("integer")};
        QTest::newRow("severity zero")
                << editItem(QStringLiteral("pain_point"), 1, QStringLiteral("severity"), 0)
                << QStringList{QStringLiteral("$.pain_point[1].severity"),
                               QStringLiteral("outside")};
        QTest::newRow("title type")
                << editItem(QStringLiteral("stage"), 0, QStringLiteral("name"), 12)
                << QStringList{QStringLiteral("$.stage[0].name"), QStringLiteral("string")};
        QTest::newRow("missing field")
                << editItem(QStringLiteral("persona"), 1, QStringLiteral("tier"),
                            QJsonValue(QJsonValue::Undefined))
                << QStringList{QStringLiteral("$.persona[1].tier"), QStringLiteral("missing")};
        QTest::newRow("unknown parent")
                << editItem(QStringLiteral("touchpoint"), 2, QStringLiteral("stage_id"),
                            QStringLiteral("00000000-0000-4000-8000-00000000dead"))
                << QStringList{QStringLiteral("$.touchpoint[2]"),
                               QStringLiteral("unknown reference")};
        QTest::newRow("upper-case uuid")
                << editItem(QStringLiteral("journey"), 0, QStringLiteral("id"),
                            QStringLiteral("C1030000-0000-4000-8000-000000000001"))
                << QStringList{QStringLiteral("$.journey[0].id"), QStringLiteral("UUID")};
        QTest::newRow("duplicate id") << Mutate([](QJsonObject &r) {
            QJsonArray stages = r.value(QStringLiteral("stage")).toArray();
            stages.append(stages.at(0));
            r.insert(QStringLiteral("stage"), stages);
        }) << QStringList{QStringLiteral("$.stage["), QStringLiteral("twice")};
        QTest::newRow("dangling link") << Mutate([](QJsonObject &r) {
            QJsonArray links = r.value(QStringLiteral("links")).toArray();
            QJsonObject link = links.at(0).toObject();
            link.insert(QStringLiteral("to"),
                        QStringLiteral("00000000-0000-4000-8000-00000000beef"));
            links.replace(0, link);
            r.insert(QStringLiteral("links"), links);
        }) << QStringList{QStringLiteral("$.links[0]"), QStringLiteral("dangling")};
        QTest::newRow("link kind") << Mutate([](QJsonObject &r) {
            QJsonArray links = r.value(QStringLiteral("links")).toArray();
            QJsonObject link = links.at(1).toObject();
            link.insert(QStringLiteral("kind"), QStringLiteral("friend_of"));
            links.replace(1, link);
            r.insert(QStringLiteral("links"), links);
        }) << QStringList{QStringLiteral("$.links[1].kind"), QStringLiteral("friend_of")};
        QTest::newRow("not an array") << Mutate([](QJsonObject &r) {
            r.insert(QStringLiteral("touchpoint"), QStringLiteral("many"));
        }) << QStringList{QStringLiteral("$.touchpoint"), QStringLiteral("array")};
        QTest::newRow("item not object") << Mutate([](QJsonObject &r) {
            QJsonArray metrics = r.value(QStringLiteral("metric")).toArray();
            metrics.replace(0, 5);
            r.insert(QStringLiteral("metric"), metrics);
        }) << QStringList{QStringLiteral("$.metric[0]"), QStringLiteral("object")};
        QTest::newRow("bad date") << editItem(QStringLiteral("measurement"), 0,
                                              QStringLiteral("period_start"),
                                              QStringLiteral("31/01/2025"))
                                  << QStringList{QStringLiteral("$.measurement[0].period_start"),
                                                 QStringLiteral("date")};
        QTest::newRow("bad colour") << editItem(QStringLiteral("stage"), 1, QStringLiteral("color"),
                                                QStringLiteral("red"))
                                    << QStringList{QStringLiteral("$.stage[1].color")};
        QTest::newRow("tags not strings")
                << editItem(QStringLiteral("journey"), 0, QStringLiteral("tags"), QJsonArray{1, 2})
                << QStringList{QStringLiteral("$.journey[0].tags"), QStringLiteral("strings")};
        QTest::newRow("persona photo")
                << editItem(QStringLiteral("persona"), 0, QStringLiteral("photo_id"),
                            QStringLiteral("00000000-0000-4000-8000-0000000000aa"))
                << QStringList{QStringLiteral("$.persona[0]"), QStringLiteral("unknown reference")};
    }

    void hostile()
    {
        using Mutate = std::function<void(QJsonObject &)>;
        QFETCH(Mutate, mutate);
        QFETCH(QStringList, expected);
        QJsonObject root = sampleJson();
        mutate(root);
        expectRefused(root, expected);
    }

    void hostileBytes()
    {
        Project project;
        Status s = ProjectJsonReader::read("{\"format\": ", &project);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("not valid JSON")));
        s = ProjectJsonReader::read("[1, 2]", &project);
        QVERIFY(!s);
        QVERIFY(s.message().startsWith(QStringLiteral("$:")));

        // Bad base64 in an image.
        TestProject::Ids ids;
        std::unique_ptr<Document> doc = TestProject::create(&ids);
        QJsonObject root = ProjectJsonWriter::toJson(doc->project());
        QJsonArray images = root.value(QStringLiteral("image")).toArray();
        QJsonObject image = images.at(0).toObject();
        image.insert(QStringLiteral("data"), QStringLiteral("not*base64!"));
        images.replace(0, image);
        root.insert(QStringLiteral("image"), images);
        expectRefused(root, {QStringLiteral("$.image[0].data"), QStringLiteral("base64")});
    }

    /// A measurement whose scope was removed is valid in a project file, so in JSON too.
    void danglingScopeKept()
    {
        QJsonObject root = sampleJson();
        QJsonArray measurements = root.value(QStringLiteral("measurement")).toArray();
        QJsonObject m = measurements.at(0).toObject();
        const QString gone = QStringLiteral("00000000-0000-4000-8000-0000000000ff");
        m.insert(QStringLiteral("scope_kind"), int(ScopeKind::Stage));
        m.insert(QStringLiteral("scope_id"), gone);
        measurements.replace(0, m);
        root.insert(QStringLiteral("measurement"), measurements);
        Project read;
        const Status s = ProjectJsonReader::read(QJsonDocument(root).toJson(), &read);
        QVERIFY2(s, qPrintable(s.message()));
        const QUuid id = QUuid::fromString(m.value(QStringLiteral("id")).toString());
        QCOMPARE(read.measurements().find(id)->scopeId, QUuid::fromString(gone));
    }

    /// Positions with gaps (hand-edited files) are renumbered, keeping the order.
    void positionsRenumbered()
    {
        QJsonObject root = sampleJson();
        QJsonArray stages = root.value(QStringLiteral("stage")).toArray();
        for (int i = 0; i < stages.size(); ++i) {
            QJsonObject stage = stages.at(i).toObject();
            stage.insert(QStringLiteral("position"),
                         stage.value(QStringLiteral("position")).toInt() * 10);
            stages.replace(i, stage);
        }
        root.insert(QStringLiteral("stage"), stages);
        Project read;
        QVERIFY(ProjectJsonReader::read(QJsonDocument(root).toJson(), &read));
        const Project original = loadSample(QStringLiteral("credit-card-en.cjm"));
        QCOMPARE(TestProject::difference(read, original), QString());
    }
};

QTEST_GUILESS_MAIN(TestProjectJson)
#include "test_projectjson.moc"
