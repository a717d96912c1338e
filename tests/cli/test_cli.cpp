// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli, run as users run it (QProcess, exit status, stdout and stderr): every
// subcommand, the files it leaves (a clean SQLite file, no side files), usage errors, and the
// recovery of a session killed while editing.

#include "document/commands/setemotion.h"
#include "document/document.h"
#include "interchange/projectgenerator.h"
#include "storage/projectfile.h"
#include "storage/workingcopy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cjm;

namespace {

const QString kCli = QStringLiteral(JS_CLI_PATH);

/// What one run of the CLI did.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Lines of `text` without the empty one after the last newline.
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/**
 * Runs `work` in a forked child (a second session), which then waits to be
 * killed with SIGKILL: it never closes anything. Returns whether `work` succeeded.
 */
bool runAndKill(const std::function<bool()> &work)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::close(fds[0]);
        const char answer = work() ? 'y' : 'n';
        if (::write(fds[1], &answer, 1) != 1)
            _exit(2);
        for (;;)
            ::pause();
    }
    ::close(fds[1]);
    pollfd poller{fds[0], POLLIN, 0};
    char answer = 'n';
    const bool answered = ::poll(&poller, 1, 30000) == 1 && ::read(fds[0], &answer, 1) == 1;
    ::close(fds[0]);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return answered && answer == 'y';
}

Project load(const QString &path)
{
    Project project;
    const Status status = ProjectFile::validate(path, &project);
    if (!status)
        qWarning("%s: %s", qPrintable(path), qPrintable(status.message()));
    return project;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newCreatesAValidFile();
    void newRefusesToOverwrite();
    void writtenFilesAreCleanSqlite_data();
    void writtenFilesAreCleanSqlite();
    void noSideFiles_data();
    void noSideFiles();
    void infoJsonMatchesTheProject();
    void infoText();
    void generateIsDeterministic();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void validateRefusesBadFiles_data();
    void validateRefusesBadFiles();
    void validateNewerVersion();
    void recoverWithNothingToRecover();
    void recoverRestoresTheKilledSession();
    void recoverToAnotherFile();
    void recoverListAndDiscard();

private:
    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return mDir->filePath(name); }
    /// Files in the test folder besides `expected`, such as -journal, -wal or temporary files.
    QStringList strayFiles(const QStringList &expected) const;
    /// Generates a small project at `name` and returns its path.
    QString generateSmall(const QString &name);
    /// Opens `file` in a session that changes a touchpoint's emotion and is then killed.
    bool crashWhileEditing(const QString &file, QUuid *touchpoint, int *emotion);
    int emotionIn(const QString &file, const QUuid &touchpoint) const;

    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mDir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestCli::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestCli::cleanup()
{
    mDir.reset();
    // Whatever a test left in the working folder must not leak into the next one.
    const QDir work(mWorkDir.path());
    for (const QString &name : work.entryList(QDir::Files | QDir::Hidden))
        QFile::remove(work.filePath(name));
}

Run TestCli::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JOURNEYSTUDIO_WORKDIR"), mWorkDir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(mDir->path());
    process.start(kCli, arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestCli::strayFiles(const QStringList &expected) const
{
    QStringList stray = QDir(mDir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : expected)
        stray.removeAll(name);
    return stray;
}

QString TestCli::generateSmall(const QString &name)
{
    const Run run = cli({QStringLiteral("generate"), name, QStringLiteral("--journeys"),
                         QStringLiteral("1"), QStringLiteral("--stages"), QStringLiteral("3"),
                         QStringLiteral("--touchpoints"), QStringLiteral("9"),
                         QStringLiteral("--seed"), QStringLiteral("3")});
    if (run.exitCode != 0)
        qWarning("generate failed: %s", qPrintable(run.err));
    return path(name);
}

bool TestCli::crashWhileEditing(const QString &file, QUuid *touchpoint, int *emotion)
{
    const Project before = load(file);
    if (before.touchpoints().isEmpty())
        return false;
    const Touchpoint &target = before.touchpoints().items().constFirst();
    *touchpoint = target.id;
    *emotion = target.emotion == 2 ? -2 : target.emotion + 1;
    const QUuid id = *touchpoint;
    const int value = *emotion;
    return runAndKill([&file, id, value]() {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(file, {}, &result);
        if (!document)
            return false;
        document->push(new SetEmotion(document.get(), id, SetEmotion::Scale::AsIs, value));
        const bool edited = document->project().touchpoints().find(id)->emotion == value;
        document.release(); // never closed: the process is killed
        return edited;
    });
}

int TestCli::emotionIn(const QString &file, const QUuid &touchpoint) const
{
    const Project project = load(file);
    const Touchpoint *tp = project.touchpoints().find(touchpoint);
    return tp ? tp->emotion : 99;
}

void TestCli::newCreatesAValidFile()
{
    const Run created = cli({QStringLiteral("new"), QStringLiteral("a.cjm"),
                             QStringLiteral("--name"), QStringLiteral("Café journeys")});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(created.err.isEmpty());
    const Run valid = cli({QStringLiteral("validate"), QStringLiteral("a.cjm")});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(linesOf(valid.out).size(), 1);
    QVERIFY(valid.out.contains(QLatin1String("valid")));
    QVERIFY(valid.err.isEmpty());
    const Project project = load(path(QStringLiteral("a.cjm")));
    QCOMPARE(project.info.name, QStringLiteral("Café journeys"));
    QCOMPARE(project.count(EntityKind::Journey), 0);
}

void TestCli::newRefusesToOverwrite()
{
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("a.cjm"), QStringLiteral("--name"),
                  QStringLiteral("First")})
                     .exitCode,
             0);
    const Run refused = cli({QStringLiteral("new"), QStringLiteral("a.cjm"),
                             QStringLiteral("--name"), QStringLiteral("Second")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(linesOf(refused.err).size(), 1);
    QVERIFY(refused.err.startsWith(QLatin1String("a.cjm: ")));
    QCOMPARE(load(path(QStringLiteral("a.cjm"))).info.name, QStringLiteral("First"));

    const Run forced
            = cli({QStringLiteral("new"), QStringLiteral("a.cjm"), QStringLiteral("--name"),
                   QStringLiteral("Second"), QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(load(path(QStringLiteral("a.cjm"))).info.name, QStringLiteral("Second"));
}

void TestCli::writtenFilesAreCleanSqlite_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("p.cjm")};
    QTest::newRow("generate") << QStringList{
            QStringLiteral("generate"),      QStringLiteral("p.cjm"),
            QStringLiteral("--journeys"),    QStringLiteral("2"),
            QStringLiteral("--stages"),      QStringLiteral("4"),
            QStringLiteral("--touchpoints"), QStringLiteral("40")};
}

void TestCli::writtenFilesAreCleanSqlite()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(cli(arguments).exitCode, 0);
    {
        // Checked with plain SQLite, as any tool would read the file.
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path(QStringLiteral("p.cjm")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QVERIFY(query.value(0).toInt() != 0);
        QCOMPARE(query.value(0).toInt(), ProjectFile::kApplicationId);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), ProjectFile::kCurrentVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QCOMPARE(strayFiles({QStringLiteral("p.cjm")}), QStringList());
}

void TestCli::noSideFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString file = QStringLiteral("p.cjm");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), file} << 0;
    QTest::newRow("info --json") << QStringList{QStringLiteral("info"), file,
                                                QStringLiteral("--json")}
                                 << 0;
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), file} << 0;
    QTest::newRow("recover") << QStringList{QStringLiteral("recover"), file} << 1;
    QTest::newRow("recover --list")
            << QStringList{QStringLiteral("recover"), file, QStringLiteral("--list")} << 1;
    QTest::newRow("generate --force")
            << QStringList{QStringLiteral("generate"),      file,
                           QStringLiteral("--journeys"),    QStringLiteral("1"),
                           QStringLiteral("--stages"),      QStringLiteral("2"),
                           QStringLiteral("--touchpoints"), QStringLiteral("5"),
                           QStringLiteral("--force")}
            << 0;
    QTest::newRow("new --force") << QStringList{QStringLiteral("new"), file,
                                                QStringLiteral("--force")}
                                 << 0;
}

void TestCli::noSideFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    generateSmall(QStringLiteral("p.cjm"));
    QCOMPARE(strayFiles({QStringLiteral("p.cjm")}), QStringList());
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(strayFiles({QStringLiteral("p.cjm")}), QStringList());
    // Read-only commands leave the working folder empty too.
    QCOMPARE(QDir(mWorkDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCli::infoJsonMatchesTheProject()
{
    const Run generated
            = cli({QStringLiteral("generate"), QStringLiteral("g.cjm"),
                   QStringLiteral("--journeys"), QStringLiteral("3"), QStringLiteral("--stages"),
                   QStringLiteral("5"), QStringLiteral("--touchpoints"), QStringLiteral("60"),
                   QStringLiteral("--seed"), QStringLiteral("17")});
    QCOMPARE(generated.exitCode, 0);
    const Run info
            = cli({QStringLiteral("info"), QStringLiteral("g.cjm"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    ProjectGenerator::Options options;
    options.journeys = 3;
    options.stagesPerJourney = 5;
    options.touchpointsPerJourney = 60;
    options.seed = 17;
    const Project expected = ProjectGenerator(options).generate();

    QCOMPARE(json.value(QStringLiteral("name")).toString(), expected.info.name);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), ProjectFile::kCurrentVersion);
    QCOMPARE(json.value(QStringLiteral("read_only")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("file")).toString(), path(QStringLiteral("g.cjm")));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    for (EntityKind kind :
         {EntityKind::Persona, EntityKind::Journey, EntityKind::Lane, EntityKind::LaneCell,
          EntityKind::Stage, EntityKind::Touchpoint, EntityKind::PainPoint, EntityKind::Opportunity,
          EntityKind::Insight, EntityKind::Metric, EntityKind::Measurement, EntityKind::Image,
          EntityKind::Link}) {
        const QString key = entityKindName(kind);
        QVERIFY2(counts.contains(key), qPrintable(key));
        QCOMPARE(counts.value(key).toInt(-1), expected.count(kind));
    }

    const QJsonArray journeys = json.value(QStringLiteral("journeys")).toArray();
    const QVector<const Journey *> ordered = expected.orderedJourneys();
    QCOMPARE(journeys.size(), ordered.size());
    int painPoints = 0, opportunities = 0, insights = 0;
    for (int i = 0; i < journeys.size(); ++i) {
        const QJsonObject j = journeys.at(i).toObject();
        QCOMPARE(j.value(QStringLiteral("id")).toString(), uuidText(ordered.at(i)->id));
        QCOMPARE(j.value(QStringLiteral("name")).toString(), ordered.at(i)->name);
        QCOMPARE(j.value(QStringLiteral("state")).toString(),
                 ordered.at(i)->state == JourneyState::ToBe ? QStringLiteral("to_be")
                                                            : QStringLiteral("as_is"));
        QCOMPARE(j.value(QStringLiteral("stages")).toInt(), 5);
        QCOMPARE(j.value(QStringLiteral("touchpoints")).toInt(), 60);
        painPoints += j.value(QStringLiteral("pain_points")).toInt();
        opportunities += j.value(QStringLiteral("opportunities")).toInt();
        insights += j.value(QStringLiteral("insights")).toInt();
    }
    QCOMPARE(painPoints, expected.count(EntityKind::PainPoint));
    QCOMPARE(opportunities, expected.count(EntityKind::Opportunity));
    QCOMPARE(insights, expected.count(EntityKind::Insight));
    QCOMPARE(journeys.at(2).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("to_be"));
}

void TestCli::infoText()
{
    generateSmall(QStringLiteral("p.cjm"));
    const Run info = cli({QStringLiteral("info"), QStringLiteral("p.cjm")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.err.isEmpty());
    QVERIFY(info.out.contains(QLatin1String("Touchpoints: 9")));
    QVERIFY(info.out.contains(QLatin1String("Stages: 3")));
    QVERIFY(info.out.contains(QLatin1String("Schema version: 1")));
}

void TestCli::generateIsDeterministic()
{
    const QStringList options{QStringLiteral("--journeys"),    QStringLiteral("2"),
                              QStringLiteral("--stages"),      QStringLiteral("6"),
                              QStringLiteral("--touchpoints"), QStringLiteral("150"),
                              QStringLiteral("--seed"),        QStringLiteral("1234")};
    QCOMPARE(cli(QStringList{QStringLiteral("generate"), QStringLiteral("a.cjm")} + options)
                     .exitCode,
             0);
    QCOMPARE(cli(QStringList{QStringLiteral("generate"), QStringLiteral("b.cjm")} + options)
                     .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("a.cjm")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("b.cjm")}).exitCode, 0);

    auto infoWithoutFile = [this](const QString &name) {
        QJsonObject json = QJsonDocument::fromJson(
                                   cli({QStringLiteral("info"), name, QStringLiteral("--json")})
                                           .out.toUtf8())
                                   .object();
        json.remove(QStringLiteral("file"));
        return json;
    };
    const QJsonObject a = infoWithoutFile(QStringLiteral("a.cjm"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, infoWithoutFile(QStringLiteral("b.cjm")));
    QCOMPARE(a.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("touchpoints"))
                     .toInt(-1),
             -1); // the key is "touchpoint"
    QCOMPARE(a.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("touchpoint"))
                     .toInt(),
             300);
    // The same content, ids included.
    QVERIFY(load(path(QStringLiteral("a.cjm"))) == load(path(QStringLiteral("b.cjm"))));

    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("c.cjm"), QStringLiteral("--journeys"),
                  QStringLiteral("2"), QStringLiteral("--stages"), QStringLiteral("6"),
                  QStringLiteral("--touchpoints"), QStringLiteral("150"), QStringLiteral("--seed"),
                  QStringLiteral("4321")})
                     .exitCode,
             0);
    QVERIFY(load(path(QStringLiteral("a.cjm"))) != load(path(QStringLiteral("c.cjm"))));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    auto row = [](const char *name, const QStringList &arguments) {
        QTest::newRow(name) << arguments;
    };
    const QString f = QStringLiteral("x.cjm");
    row("no arguments", {});
    row("unknown command", {QStringLiteral("frobnicate"), f});
    row("missing file", {QStringLiteral("info")});
    row("extra argument", {QStringLiteral("validate"), f, QStringLiteral("y.cjm")});
    row("unknown option", {QStringLiteral("info"), f, QStringLiteral("--frob")});
    row("option without value", {QStringLiteral("new"), f, QStringLiteral("--name")});
    row("bad number",
        {QStringLiteral("generate"), f, QStringLiteral("--journeys"), QStringLiteral("two"),
         QStringLiteral("--stages"), QStringLiteral("3"), QStringLiteral("--touchpoints"),
         QStringLiteral("9")});
    row("negative number",
        {QStringLiteral("generate"), f, QStringLiteral("--journeys"), QStringLiteral("-1"),
         QStringLiteral("--stages"), QStringLiteral("3"), QStringLiteral("--touchpoints"),
         QStringLiteral("9")});
    row("number too large",
        {QStringLiteral("generate"), f, QStringLiteral("--journeys"), QStringLiteral("1"),
         QStringLiteral("--stages"), QStringLiteral("3"), QStringLiteral("--touchpoints"),
         QStringLiteral("99999999999")});
    row("missing option",
        {QStringLiteral("generate"), f, QStringLiteral("--stages"), QStringLiteral("3"),
         QStringLiteral("--touchpoints"), QStringLiteral("9")});
    row("touchpoints without stages",
        {QStringLiteral("generate"), f, QStringLiteral("--journeys"), QStringLiteral("1"),
         QStringLiteral("--stages"), QStringLiteral("0"), QStringLiteral("--touchpoints"),
         QStringLiteral("5")});
    row("bad seed",
        {QStringLiteral("generate"), f, QStringLiteral("--journeys"), QStringLiteral("1"),
         QStringLiteral("--stages"), QStringLiteral("3"), QStringLiteral("--touchpoints"),
         QStringLiteral("9"), QStringLiteral("--seed"), QStringLiteral("0x12")});
    row("conflicting recover options",
        {QStringLiteral("recover"), f, QStringLiteral("--list"), QStringLiteral("--discard")});
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("Usage:")), qPrintable(run.err));
    QVERIFY(run.err.startsWith(QLatin1String("journeystudio-cli: ")));
    QCOMPARE(strayFiles({}), QStringList()); // nothing was written
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage:");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Usage:");
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << QStringLiteral("Usage:");
    QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage:");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("journeystudio-cli " JS_VERSION_STRING "\n");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    if (expected.endsWith(QLatin1Char('\n'))) {
        QCOMPARE(run.out, expected);
    } else {
        QVERIFY(run.out.startsWith(expected));
        for (const char *command : {"new", "info", "validate", "recover", "generate"})
            QVERIFY2(run.out.contains(QLatin1String("  ") + QLatin1String(command)
                                      + QLatin1Char(' ')),
                     command);
    }
}

void TestCli::validateRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fixture");
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "this is not a project\n";
    QTest::newRow("garbage") << garbage << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16) << QString();
    // A few of the refused fixtures (tests/storage/test_refusals.cpp runs them all): the
    // message stays one line whatever validate() says, e.g. for the corrupt file.
    const QDir fixtures(QStringLiteral(JS_FIXTURES_DIR));
    for (const char *name : {"not-sqlite.cjm", "truncated.cjm", "wrong-appid.cjm", "bitflip.cjm",
                             "extra-trigger.cjm", "dangling-reference.cjm"}) {
        const QString file = fixtures.filePath(QLatin1String(name));
        if (QFile::exists(file))
            QTest::newRow(name) << QByteArray() << file;
    }
}

void TestCli::validateRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fixture);
    const QString file = path(QStringLiteral("bad.cjm"));
    if (fixture.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    } else {
        QVERIFY(QFile::copy(fixture, file));
    }
    const Run run = cli({QStringLiteral("validate"), QStringLiteral("bad.cjm")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = linesOf(run.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("bad.cjm: ")), qPrintable(run.err));
    QVERIFY(lines.constFirst().size() > 12);
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("bad.cjm")}).exitCode, 2);
    QCOMPARE(strayFiles({QStringLiteral("bad.cjm")}), QStringList());
}

void TestCli::validateNewerVersion()
{
    const QString fixture = QStringLiteral(JS_FIXTURES_DIR "/newer-version.cjm");
    if (!QFile::exists(fixture))
        QSKIP("no newer-version fixture");
    QVERIFY(QFile::copy(fixture, path(QStringLiteral("newer.cjm"))));
    const Run run = cli({QStringLiteral("validate"), QStringLiteral("newer.cjm")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(linesOf(run.out).size(), 1);
    QVERIFY2(run.out.contains(QLatin1String("read-only")), qPrintable(run.out));
    const Run info
            = cli({QStringLiteral("info"), QStringLiteral("newer.cjm"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("read_only")),
             QJsonValue(true));
}

void TestCli::recoverWithNothingToRecover()
{
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("a.cjm")}).exitCode, 0);
    const Run run = cli({QStringLiteral("recover"), QStringLiteral("a.cjm")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("nothing to recover")), qPrintable(run.out));
    QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("a.cjm"), QStringLiteral("--discard")})
                     .exitCode,
             1);
    // A file that does not exist has nothing to recover either.
    QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("missing.cjm")}).exitCode, 1);
}

void TestCli::recoverRestoresTheKilledSession()
{
    const QString file = generateSmall(QStringLiteral("p.cjm"));
    QUuid touchpoint;
    int emotion = 0;
    QVERIFY(crashWhileEditing(file, &touchpoint, &emotion));
    QVERIFY(emotionIn(file, touchpoint) != emotion); // the file is untouched until saved
    QCOMPARE(WorkingCopy::findOrphans(file).size(), 1);

    const Run listed
            = cli({QStringLiteral("recover"), QStringLiteral("p.cjm"), QStringLiteral("--list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(linesOf(listed.out).size(), 1);

    const Run recovered = cli({QStringLiteral("recover"), QStringLiteral("p.cjm")});
    QCOMPARE(recovered.exitCode, 0);
    QVERIFY2(recovered.err.isEmpty(), qPrintable(recovered.err));
    QCOMPARE(emotionIn(file, touchpoint), emotion);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("p.cjm")}).exitCode, 0);
    QVERIFY(WorkingCopy::findOrphans(file).isEmpty());
    QCOMPARE(QDir(mWorkDir.path()).entryList({QStringLiteral("*.cjm")}, QDir::Files),
             QStringList());
    QCOMPARE(strayFiles({QStringLiteral("p.cjm")}), QStringList());
    QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("p.cjm")}).exitCode, 1);
}

void TestCli::recoverToAnotherFile()
{
    const QString file = generateSmall(QStringLiteral("p.cjm"));
    QUuid touchpoint;
    int emotion = 0;
    QVERIFY(crashWhileEditing(file, &touchpoint, &emotion));
    const int before = emotionIn(file, touchpoint);

    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("taken.cjm")}).exitCode, 0);
    const Run refused = cli({QStringLiteral("recover"), QStringLiteral("p.cjm"),
                             QStringLiteral("-o"), QStringLiteral("taken.cjm")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(WorkingCopy::findOrphans(file).size(), 1); // still there for another try

    // A save that fails must not lose the work: the orphan stays for another try.
    const Run failed = cli({QStringLiteral("recover"), QStringLiteral("p.cjm"),
                            QStringLiteral("-o"), QStringLiteral("no/such/folder/out.cjm")});
    QCOMPARE(failed.exitCode, 2);
    QCOMPARE(linesOf(failed.err).size(), 1);
    QCOMPARE(WorkingCopy::findOrphans(file).size(), 1);

    const Run recovered = cli({QStringLiteral("recover"), QStringLiteral("p.cjm"),
                               QStringLiteral("-o"), QStringLiteral("out.cjm")});
    QCOMPARE(recovered.exitCode, 0);
    QCOMPARE(emotionIn(path(QStringLiteral("out.cjm")), touchpoint), emotion);
    QCOMPARE(emotionIn(file, touchpoint), before);
    QVERIFY(WorkingCopy::findOrphans(file).isEmpty());
    QCOMPARE(strayFiles({QStringLiteral("p.cjm"), QStringLiteral("out.cjm"),
                         QStringLiteral("taken.cjm")}),
             QStringList());
}

void TestCli::recoverListAndDiscard()
{
    const QString file = generateSmall(QStringLiteral("p.cjm"));
    QUuid touchpoint;
    int emotion = 0;
    QVERIFY(crashWhileEditing(file, &touchpoint, &emotion));
    // A second session would be offered the first one's work; an older orphan is made by
    // copying the first one's files (<session>.cjm, .target, .dirty) under a new name.
    const QVector<WorkingCopy::Orphan> first = WorkingCopy::findOrphans(file);
    QCOMPARE(first.size(), 1);
    const QString copy = QDir(mWorkDir.path()).filePath(QStringLiteral("older.cjm"));
    QVERIFY(QFile::copy(first.constFirst().workingCopyPath, copy));
    QString target = first.constFirst().workingCopyPath;
    target.replace(target.size() - 4, 4, QStringLiteral(".target"));
    QVERIFY(QFile::copy(target, QDir(mWorkDir.path()).filePath(QStringLiteral("older.target"))));
    QString dirty = first.constFirst().workingCopyPath;
    dirty.replace(dirty.size() - 4, 4, QStringLiteral(".dirty"));
    QVERIFY(QFile::copy(dirty, QDir(mWorkDir.path()).filePath(QStringLiteral("older.dirty"))));
    QFile older(copy);
    QVERIFY(older.open(QIODevice::ReadWrite));
    QVERIFY(older.setFileTime(QDateTime::currentDateTime().addDays(-1),
                              QFileDevice::FileModificationTime));
    older.close();
    QCOMPARE(WorkingCopy::findOrphans(file).size(), 2);
    QCOMPARE(WorkingCopy::findOrphans(file).constLast().workingCopyPath, copy);
    const Run listed
            = cli({QStringLiteral("recover"), QStringLiteral("p.cjm"), QStringLiteral("--list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(linesOf(listed.out).size(), 2);

    const Run discarded = cli(
            {QStringLiteral("recover"), QStringLiteral("p.cjm"), QStringLiteral("--discard")});
    QCOMPARE(discarded.exitCode, 0);
    QVERIFY(WorkingCopy::findOrphans(file).isEmpty());
    QVERIFY(emotionIn(file, touchpoint) != emotion);
    QCOMPARE(QDir(mWorkDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(cli({QStringLiteral("recover"), QStringLiteral("p.cjm")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
