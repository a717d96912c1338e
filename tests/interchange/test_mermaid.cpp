// SPDX-License-Identifier: GPL-3.0-or-later
// Mermaid journey diagrams: every real example Mermaid accepts imports (with the sections,
// tasks and scores Mermaid itself found, as listed in the data's README), every example it
// rejects is refused naming the line, import → export → import gives the same journey, and
// the export of a small hand-made project is exactly the text written below.

#include "document/commands/importfragment.h"
#include "document/document.h"
#include "interchange/mermaidjourneyreader.h"
#include "interchange/mermaidjourneywriter.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cjm;

namespace {

/// Real diagrams from mermaid-js/mermaid (MIT), with their sources in README.md there.
const QString kDataDir = QStringLiteral(JS_FIXTURES_DIR "/mermaid");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// What Mermaid found in each accepted file, from the README's table.
struct Expected
{
    int sections = 0;
    int tasks = 0;
    QStringList scores;
};

QHash<QString, Expected> expectations()
{
    QHash<QString, Expected> result;
    const QString readme = QString::fromUtf8(readFile(kDataDir + QStringLiteral("/README.md")));
    static const QRegularExpression row(
            QStringLiteral("^\\| (\\S+\\.mmd) \\|.*\\| (\\d+) sections, (\\d+) tasks, scores "
                           "\\[([^\\]]*)\\] \\|$"),
            QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(readme); it.hasNext();) {
        const auto m = it.next();
        Expected e;
        e.sections = m.captured(2).toInt();
        e.tasks = m.captured(3).toInt();
        if (!m.captured(4).isEmpty())
            e.scores = m.captured(4).split(QLatin1Char(','));
        result.insert(m.captured(1), e);
    }
    return result;
}

/// A journey's content, to compare two imports.
struct Shape
{
    QString name;
    QStringList stages;
    QStringList touchpoints; ///< "stage/title/emotion"
    QStringList personas;
    bool operator==(const Shape &o) const
    {
        return name == o.name && stages == o.stages && touchpoints == o.touchpoints
                && personas == o.personas;
    }
};

Shape shapeOf(const Project &project, const QUuid &journeyId)
{
    Shape shape;
    shape.name = project.journeys().find(journeyId)->name;
    for (const Stage *stage : project.stagesOf(journeyId)) {
        shape.stages.append(stage->name);
        for (const Touchpoint *tp : project.touchpointsOf(stage->id))
            shape.touchpoints.append(
                    QStringLiteral("%1/%2/%3").arg(stage->name, tp->title).arg(tp->emotion));
    }
    for (const QUuid &id : project.linked(LinkKind::JourneyPersona, journeyId))
        shape.personas.append(project.personas().find(id)->name);
    return shape;
}

/// Parses `text` and imports it into `doc` as one step; returns the new journey.
QUuid importText(Document *doc, const QByteArray &text, QStringList *unmapped = nullptr)
{
    MermaidJourneyReader::Diagram diagram;
    const Status parsed = MermaidJourneyReader::parse(text, &diagram);
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.message()));
        return {};
    }
    const MermaidJourneyReader::Result result
            = MermaidJourneyReader::toJourney(diagram, doc->project());
    if (unmapped)
        *unmapped = result.unmapped;
    const Status s = MutationCommand::push(
            doc, new ImportFragment(doc, result.fragment, QStringLiteral("Import")));
    if (!s) {
        qWarning("%s", qPrintable(s.message()));
        return {};
    }
    return result.journeyId;
}

MermaidJourneyReader::Diagram parseOk(const QString &text)
{
    MermaidJourneyReader::Diagram diagram;
    const Status s = MermaidJourneyReader::parse(text, &diagram);
    if (!s)
        qWarning("%s", qPrintable(s.message()));
    return diagram;
}

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mWorkDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mWorkDir.isValid());
        qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
                = QDir(kDataDir).entryList({QStringLiteral("*.mmd")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 34);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void accepted()
    {
        QFETCH(QString, file);
        const Expected expected = expectations().value(file);
        QVERIFY2(expectations().contains(file), "no README row");
        MermaidJourneyReader::Diagram diagram;
        const Status s = MermaidJourneyReader::parse(readFile(kDataDir + QLatin1Char('/') + file),
                                                     &diagram);
        QVERIFY2(s, qPrintable(s.message()));
        // Mermaid's count skips the implicit "" section when it holds nothing.
        QCOMPARE(diagram.sections.size(), expected.sections);
        QStringList scores;
        for (const auto &section : diagram.sections) {
            for (const auto &task : section.tasks)
                scores.append(std::isnan(task.score) ? QStringLiteral("NaN")
                                                     : QString::number(task.score));
        }
        QCOMPARE(scores.size(), expected.tasks);
        QCOMPARE(scores, expected.scores);

        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("m"), &status);
        const QUuid journey = importText(doc.get(), readFile(kDataDir + QLatin1Char('/') + file));
        QVERIFY(!journey.isNull());
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->project().stagesOf(journey).size(), expected.sections);
        QCOMPARE(doc->project().touchpoints().size(), expected.tasks);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().journeys().size(), 0);
        QCOMPARE(doc->project().personas().size(), 0);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("r01") << QStringLiteral("r01-hist-demo-accdescription-old-syntax.mmd") << 3
                             << QStringLiteral("accDescr:");
        QTest::newRow("r02") << QStringLiteral("r02-hist-parser-accdescription-old-syntax.mmd") << 2
                             << QStringLiteral("accDescr:");
        QTest::newRow("r03") << QStringLiteral(
                "r03-hist-demo-frontmatter-closing-fence-indented.mmd")
                             << 1 << QStringLiteral("---");
        QTest::newRow("r04") << QStringLiteral("r04-hist-cypress-js-comments.mmd") << 2
                             << QStringLiteral("//");
    }

    void rejected()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QCOMPARE(QDir(kDataDir + QStringLiteral("/rejected")).entryList(QDir::Files).size(), 4);
        MermaidJourneyReader::Diagram diagram;
        const Status s = MermaidJourneyReader::parse(
                readFile(kDataDir + QStringLiteral("/rejected/") + file), &diagram);
        QVERIFY(!s);
        QVERIFY2(s.message().startsWith(QStringLiteral("line %1: ").arg(line)),
                 qPrintable(s.message()));
        QVERIFY2(s.message().contains(reason), qPrintable(s.message()));
    }

    void specFacts()
    {
        auto load = [](const char *name) {
            MermaidJourneyReader::Diagram d;
            MermaidJourneyReader::parse(readFile(kDataDir + QLatin1Char('/') + QLatin1String(name)),
                                        &d);
            return d;
        };
        // Mermaid's parser spec (file 22).
        auto d = load("22-parser-task-definitions.mmd");
        const auto &tasks = d.sections.at(0).tasks;
        QCOMPARE(tasks.at(0).people,
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"),
                              QStringLiteral("Charlie")}));
        QCOMPARE(tasks.at(1).people,
                 (QStringList{QStringLiteral("Bob"), QStringLiteral("Charlie")}));
        QCOMPARE(tasks.at(2).people, QStringList());
        QCOMPARE(tasks.at(4).people, QStringList{QString()});
        d = load("19-parser-accdescr-multiline.mmd");
        QCOMPARE(d.accDescr, QStringLiteral("A user journey for\nfamily shopping"));
        QCOMPARE(d.title, QStringLiteral("Adding journey diagram functionality to mermaid"));
        QCOMPARE(d.accTitle, QStringLiteral("Adding acc journey diagram functionality to mermaid"));
        d = load("07-cypress-webhook-lifecycle.mmd");
        QCOMPARE(d.title, QStringLiteral(" Web hook life cycle"));
        QCOMPARE(d.sections.at(0).name, QStringLiteral("Darkoob"));
        QCOMPARE(d.sections.at(2).name, QStringLiteral("Darkoob"));
        QCOMPARE(d.sections.at(0).tasks.at(1).name, QStringLiteral("register slug "));
        d = load("15-demo-frontmatter-title-acc.mmd");
        QCOMPARE(d.title, QStringLiteral("My working day"));
        QCOMPARE(d.accDescr,
                 QStringLiteral("2 main sections: work and home, each with just a few tasks"));
        d = load("29-hist-go-shopping-without-scores.mmd");
        for (const auto &section : d.sections) {
            for (const auto &task : section.tasks) {
                QVERIFY(std::isnan(task.score));
                QVERIFY(task.people.isEmpty());
            }
        }

        // Mapping: the <br> variants of file 21 become line breaks; NaN scores are reported.
        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("m"), &status);
        QUuid j = importText(
                doc.get(),
                readFile(kDataDir + QStringLiteral("/21-parser-section-br-variants.mmd")));
        QCOMPARE(doc->project().stagesOf(j).at(0)->name,
                 QStringLiteral("Line1\nLine2\nLine3\nLine4\nLine5"));
        QStringList unmapped;
        j = importText(doc.get(),
                       readFile(kDataDir + QStringLiteral("/12-cypress-title-style-nan-score.mmd")),
                       &unmapped);
        QCOMPARE(unmapped.filter(QStringLiteral("not a number")).size(), 1);
        QVERIFY(unmapped.filter(QStringLiteral("not a number"))
                        .at(0)
                        .contains(QStringLiteral("\"size\"")));
        // Tasks naming only John of John and Shahir (5 of 7) lose their own actor list.
        QCOMPARE(unmapped.filter(QStringLiteral("actors")).size(), 1);
        QVERIFY(unmapped.filter(QStringLiteral("actors"))
                        .at(0)
                        .contains(QStringLiteral("lines 13, 15, 16, 18, 19")));
        QCOMPARE(shapeOf(doc->project(), j).personas,
                 (QStringList{QStringLiteral("John"), QStringLiteral("Shahir")}));
        // The same actor names in another diagram match the personas made before.
        const int personas = doc->project().personas().size();
        j = importText(doc.get(), "journey\nsection S\n  Do: 4: john\n");
        QCOMPARE(doc->project().personas().size(), personas);
        QCOMPARE(shapeOf(doc->project(), j).personas, QStringList{QStringLiteral("John")});
    }

    void edgeCases()
    {
        auto d = parseOk(QStringLiteral("journey\n  section S\n    Check-in 10#58;30: 4: Me\n"));
        QCOMPARE(d.sections.at(0).tasks.at(0).name, QStringLiteral("Check-in 10:30"));
        QCOMPARE(d.sections.at(0).tasks.at(0).score, 4.0);
        d = parseOk(QStringLiteral("journey title T section S A: 3: Me"));
        QCOMPARE(d.title, QStringLiteral("T section S A: 3: Me"));
        QCOMPARE(d.sections.size(), 0);
        d = parseOk(QStringLiteral("journey\nsection S\nTitle search: 4: Me\n"));
        QCOMPARE(d.title, QStringLiteral("search: 4: Me"));
        d = parseOk(
                QChar(0xFEFF)
                + QStringLiteral("%% hi\r\njourney\r\n  %% comment\r\n  A: 5: Me: ignored, too\r\n"
                                 "  B: 0x5\r\n  C: : X,,Y\r\n  D: 1e1: 下单, 李四\r\n"));
        QCOMPARE(d.sections.size(), 1);
        QCOMPARE(d.sections.at(0).name, QString()); // tasks before any section
        const auto &t = d.sections.at(0).tasks;
        QCOMPARE(t.at(0).people, QStringList{QStringLiteral("Me")});
        QCOMPARE(t.at(0).droppedPieces, 1);
        QCOMPARE(t.at(1).score, 5.0);
        QCOMPARE(t.at(2).score, 0.0);
        QCOMPARE(t.at(2).people,
                 (QStringList{QStringLiteral("X"), QString(), QStringLiteral("Y")}));
        QCOMPARE(t.at(3).score, 10.0);
        QCOMPARE(t.at(3).people.at(0), QStringLiteral("下单"));
        QVERIFY(std::isnan(MermaidJourneyReader::jsNumber(QStringLiteral("5 stars"))));
        QVERIFY(std::isnan(MermaidJourneyReader::jsNumber(QStringLiteral("５"))));
        QCOMPARE(MermaidJourneyReader::jsNumber(QStringLiteral(" 05 ")), 5.0);
        QCOMPARE(MermaidJourneyReader::jsNumber(QStringLiteral("+4")), 4.0);
        QVERIFY(std::isinf(MermaidJourneyReader::jsNumber(QStringLiteral("Infinity"))));

        // Refused, naming the line.
        const QList<QPair<QString, int>> refused = {
                {QStringLiteral("Journey\n  section S\n"), 1},
                {QStringLiteral("journeyx\n"), 1},
                {QStringLiteral("journey\n  section S\n  A task\n"), 3},
                {QStringLiteral("journey\n  A:\n"), 2},
                {QStringLiteral("journey\n  Fix bug #12: 3: Dev\n"), 2},
                {QStringLiteral("journey\n\n  section Phase 1: Discover\n"), 3},
                {QStringLiteral("journey; title T\n"), 1},
                {QStringLiteral("journey\n  Section review: 3: Me\n"), 2},
                {QStringLiteral("journey\n  Journey planning: 4: Me\n"), 2},
                {QStringLiteral("graph TD\n"), 1},
        };
        for (const auto &[text, line] : refused) {
            MermaidJourneyReader::Diagram diagram;
            const Status s = MermaidJourneyReader::parse(text, &diagram);
            QVERIFY2(!s, qPrintable(text));
            QVERIFY2(s.message().startsWith(QStringLiteral("line %1: ").arg(line)),
                     qPrintable(text + QStringLiteral(" -> ") + s.message()));
        }
    }

    void roundTrip_data() { accepted_data(); }

    void roundTrip()
    {
        QFETCH(QString, file);
        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("m"), &status);
        const QUuid first = importText(doc.get(), readFile(kDataDir + QLatin1Char('/') + file));
        QVERIFY(!first.isNull());
        const QString exported = MermaidJourneyWriter::write(doc->project(), first);
        const QUuid second = importText(doc.get(), exported.toUtf8());
        QVERIFY2(!second.isNull(), qPrintable(exported));
        const Shape a = shapeOf(doc->project(), first);
        const Shape b = shapeOf(doc->project(), second);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.stages, a.stages);
        QCOMPARE(b.touchpoints, a.touchpoints);
        QCOMPARE(b.personas, a.personas);
        QCOMPARE(doc->project().journeys().find(second)->scenario,
                 doc->project().journeys().find(first)->scenario);
        // And the export of the re-import is the same text.
        QCOMPARE(MermaidJourneyWriter::write(doc->project(), second), exported);
    }

    void exportSmallProject()
    {
        Project p;
        Journey j;
        j.id = QUuid::createUuid();
        j.name = QStringLiteral("Onboarding: day 1");
        p.list<Journey>().insert(j);
        const QStringList names = {QStringLiteral("Ann"), QStringLiteral("Bo, Jr.")};
        for (int i = 0; i < names.size(); ++i) {
            Persona persona;
            persona.id = QUuid::createUuid();
            persona.name = names.at(i);
            persona.position = i;
            p.list<Persona>().insert(persona);
            p.addLink({LinkKind::JourneyPersona, j.id, persona.id, i});
        }
        const QStringList stages
                = {QStringLiteral("Sign up"), QStringLiteral("Title page"), QStringLiteral("Use")};
        QVector<QUuid> stageIds;
        for (int i = 0; i < stages.size(); ++i) {
            Stage s;
            s.id = QUuid::createUuid();
            s.journeyId = j.id;
            s.position = i;
            s.name = stages.at(i);
            p.list<Stage>().insert(s);
            stageIds.append(s.id);
        }
        auto addTouchpoint = [&](int stage, int position, const QString &title, int emotion) {
            Touchpoint tp;
            tp.id = QUuid::createUuid();
            tp.stageId = stageIds.at(stage);
            tp.position = position;
            tp.title = title;
            tp.emotion = emotion;
            p.list<Touchpoint>().insert(tp);
        };
        addTouchpoint(0, 1, QStringLiteral("Pay #1; 50% now"), -2);
        addTouchpoint(0, 0, QStringLiteral("Fill form"), 1);
        addTouchpoint(1, 0, QStringLiteral("title page"), 0);
        addTouchpoint(1, 1, QStringLiteral("Two\nlines"), 2);
        const QString expected
                = QStringLiteral("journey\n"
                                 "    title Onboarding#58; day 1\n"
                                 "    section Sign up\n"
                                 "      Fill form: 4: Ann, Bo#44; Jr.\n"
                                 "      Pay #35;1#59; 50#37; now: 1: Ann, Bo#44; Jr.\n"
                                 "    section Title page\n"
                                 "      #116;itle page: 3: Ann, Bo#44; Jr.\n"
                                 "      Two<br>lines: 5: Ann, Bo#44; Jr.\n"
                                 "    section Use\n");
        QCOMPARE(MermaidJourneyWriter::write(p, j.id), expected);

        // Mermaid reads it back as written.
        const auto d = parseOk(expected);
        QCOMPARE(d.title, QStringLiteral("Onboarding: day 1"));
        QCOMPARE(d.sections.size(), 3);
        QCOMPARE(d.sections.at(0).tasks.at(1).name, QStringLiteral("Pay #1; 50% now"));
        QCOMPARE(d.sections.at(0).tasks.at(1).people,
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo, Jr.")}));
        QCOMPARE(d.sections.at(1).tasks.at(0).name, QStringLiteral("title page"));

        // A scenario becomes accDescr, a block when it has several lines.
        p.list<Journey>().find(j.id)->scenario = QStringLiteral("First #1 {line}\nsecond: line");
        const QString withScenario = MermaidJourneyWriter::write(p, j.id);
        QVERIFY(withScenario.startsWith(QStringLiteral(
                "journey\n    title Onboarding#58; day 1\n    accDescr {\n      First #35;1 "
                "{line#125;\n      second: line\n    }\n    section Sign up\n")));
        QCOMPARE(parseOk(withScenario).accDescr, QStringLiteral("First #1 {line}\nsecond: line"));
    }

    void exportEnglishSample()
    {
        Project p;
        QVERIFY(ProjectFile::validate(
                QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm"), &p));
        const Journey *journey = p.orderedJourneys().at(0);
        const QString text = MermaidJourneyWriter::write(p, journey->id);
        QVERIFY(text.startsWith(QStringLiteral(
                "journey\n    title Platinum card — first ad to renewal (as-is)\n    accDescr")));
        const auto d = parseOk(text);
        QCOMPARE(d.accDescr, journey->scenario.trimmed()); // the scenario, as accessible text
        QCOMPARE(d.sections.size(), p.stagesOf(journey->id).size());
        int tasks = 0;
        for (const auto &section : d.sections)
            tasks += section.tasks.size();
        int touchpoints = 0;
        for (const Stage *stage : p.stagesOf(journey->id))
            touchpoints += p.touchpointsOf(stage->id).size();
        QCOMPARE(tasks, touchpoints);
        QVERIFY(text.size() < 50000); // Mermaid's maxTextSize
    }
};

QTEST_GUILESS_MAIN(TestMermaid)
#include "test_mermaid.moc"
