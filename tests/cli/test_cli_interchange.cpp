// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli import and the data formats of export (json, csv, xlsx, mermaid), run as
// users run them: exit status, what is printed, and what ends up in the project file.

#include "../document/testproject.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

namespace {

const QString kCli = QStringLiteral(JS_CLI_PATH);
const QString kMermaidDir = QStringLiteral(JS_FIXTURES_DIR "/mermaid");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Project load(const QString &path)
{
    Project project;
    const Status status = ProjectFile::validate(path, &project);
    if (!status)
        qWarning("%s: %s", qPrintable(path), qPrintable(status.message()));
    return project;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliInterchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mDir;

    QString path(const QString &name) const { return mDir->filePath(name); }

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOURNEYSTUDIO_WORKDIR"), mWorkDir.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(mDir->path());
        process.start(kCli, arguments);
        Run result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString sample(const QString &name)
    {
        const QString copy = path(name);
        QFile::copy(QStringLiteral(JS_SOURCE_DIR "/resources/samples/") + name, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    QString newProject(const QString &name)
    {
        const Run r = run({QStringLiteral("new"), path(name)});
        if (r.exitCode != 0)
            qWarning("new failed: %s", qPrintable(r.err));
        return path(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mWorkDir.isValid());
        qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
        QVERIFY(QFile::exists(kCli));
    }
    void init() { mDir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { mDir.reset(); }

    void jsonExportImportRoundTrip()
    {
        const QString en = sample(QStringLiteral("credit-card-en.cjm"));
        Run r = run({QStringLiteral("export"), en, QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("-o"),
                     path(QStringLiteral("en.json"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root
                = QJsonDocument::fromJson(bytesOf(path(QStringLiteral("en.json")))).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("journeystudio-project"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);

        const QString target = newProject(QStringLiteral("target.cjm"));
        r = run({QStringLiteral("import"), target, path(QStringLiteral("en.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("journey: 2")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("conflict")));
        const Project original = load(en);
        Project expected = original;
        const Project imported = load(target);
        expected.info.id = imported.info.id;
        expected.info.created = imported.info.created;
        expected.info.modified = imported.info.modified;
        QCOMPARE(TestProject::difference(imported, expected), QString());

        // Again: every UUID is taken; copies come in and the conflicts are listed.
        r = run({QStringLiteral("import"), target, path(QStringLiteral("en.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("conflict: journey")));
        QVERIFY(r.out.contains(QStringLiteral("more conflict")));
        QCOMPARE(load(target).journeys().size(), 4);
    }

    void importRefusesHostileJson()
    {
        const QString target = newProject(QStringLiteral("t.cjm"));
        const QByteArray before = bytesOf(target);
        QFile json(path(QStringLiteral("bad.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"format": "journeystudio-project", "version": 1,
                       "project": {"id": "c1010000-0000-4000-8000-000000000001", "name": 5}})");
        json.close();
        const Run r = run({QStringLiteral("import"), target, path(QStringLiteral("bad.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("$.project.name")), qPrintable(r.err));
        QCOMPARE(bytesOf(target), before);
    }

    void importMermaid()
    {
        const QString target = newProject(QStringLiteral("m.cjm"));
        Run r = run({QStringLiteral("import"), target,
                     kMermaidDir + QStringLiteral("/16-platform-go-shopping-crlf.mmd")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Project p = load(target);
        QCOMPARE(p.journeys().size(), 1);
        QCOMPARE(p.journeys().begin()->name, QStringLiteral("Go shopping"));
        QCOMPARE(p.stages().size(), 3);
        QCOMPARE(p.touchpoints().size(), 11);
        QCOMPARE(p.personas().size(), 4); // Dad, Mum, Child 1, Child 2
        QVERIFY(r.out.contains(QStringLiteral("not mapped:")));

        r = run({QStringLiteral("import"), target,
                 kMermaidDir + QStringLiteral("/12-cypress-title-style-nan-score.mmd")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"size\": score \"2rem\" is not a number")));
        QCOMPARE(load(target).journeys().size(), 2);
        QCOMPARE(QDir(mWorkDir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void importRefusesRejectedMermaid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line");
        QTest::newRow("r01") << QStringLiteral("r01-hist-demo-accdescription-old-syntax.mmd")
                             << QStringLiteral("line 3:");
        QTest::newRow("r03") << QStringLiteral(
                "r03-hist-demo-frontmatter-closing-fence-indented.mmd")
                             << QStringLiteral("line 1:");
        QTest::newRow("r04") << QStringLiteral("r04-hist-cypress-js-comments.mmd")
                             << QStringLiteral("line 2:");
    }

    void importRefusesRejectedMermaid()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        const QString target = newProject(QStringLiteral("r.cjm"));
        const QByteArray before = bytesOf(target);
        const Run r = run({QStringLiteral("import"), target,
                           kMermaidDir + QStringLiteral("/rejected/") + file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(line), qPrintable(r.err));
        QCOMPARE(bytesOf(target), before);
        // Nothing left behind: the working copy of the refused import is gone.
        QCOMPARE(QDir(mWorkDir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void importUsage()
    {
        const QString target = newProject(QStringLiteral("u.cjm"));
        QCOMPARE(run({QStringLiteral("import"), target}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("import"), target, path(QStringLiteral("missing.json"))})
                         .exitCode,
                 2);
    }

    void exportDataFormats()
    {
        const QString zh = sample(QStringLiteral("broadband-zh.cjm"));
        Run r = run({QStringLiteral("export"), zh, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("-o"), path(QStringLiteral("tables"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(path(QStringLiteral("tables"))).entryList(QDir::Files).size(), 5);
        QVERIFY(bytesOf(path(QStringLiteral("tables/personas.csv")))
                        .startsWith("\xEF\xBB\xBFPersona,"));

        r = run({QStringLiteral("export"), zh, QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("-o"), path(QStringLiteral("book.xlsx"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(bytesOf(path(QStringLiteral("book.xlsx"))).startsWith("PK"));

        r = run({QStringLiteral("export"), zh, QStringLiteral("--format"),
                 QStringLiteral("mermaid"), QStringLiteral("-o"), path(QStringLiteral("zh.mmd"))});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(bytesOf(path(QStringLiteral("zh.mmd"))));
        QVERIFY(text.startsWith(QStringLiteral("journey\n    title ")));

        // The Mermaid export imports back as a journey with the same stages.
        const QString target = newProject(QStringLiteral("back.cjm"));
        r = run({QStringLiteral("import"), target, path(QStringLiteral("zh.mmd"))});
        QCOMPARE(r.exitCode, 0);
        const Project source = load(zh);
        const Project back = load(target);
        const QUuid first = source.orderedJourneys().at(0)->id;
        const QUuid imported = back.orderedJourneys().at(0)->id;
        QCOMPARE(back.stagesOf(imported).size(), source.stagesOf(first).size());
        for (int i = 0; i < source.stagesOf(first).size(); ++i)
            QCOMPARE(back.stagesOf(imported).at(i)->name, source.stagesOf(first).at(i)->name);
    }
};

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "test_cli_interchange.moc"
