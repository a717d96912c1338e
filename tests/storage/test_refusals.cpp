// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken project files (DESIGN.md §3): each is refused with one clear message
// naming what is wrong, never a crash, and never a change to the file or a file beside it.
// The fixtures come from tests/fixtures/make-fixtures.sh; files too big for the repository
// are made here from valid-v1.cjm.

#include "document/document.h"
#include "storage/projectfile.h"
#include "storage/workingcopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

namespace {

const QString kFixtures = QStringLiteral(JS_FIXTURES_DIR);

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

/// Runs `sql` on the file at `path` with an ordinary (trusting) connection, as a tool would.
bool tamper(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tamper");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        const QStringList statements = sql.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << "tamper:" << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Every message must name the problem: all of `keywords` appear (case-insensitive).
bool mentionsAll(const QString &message, const QStringList &keywords)
{
    for (const QString &keyword : keywords) {
        if (!message.contains(keyword, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refused_data();
    void refused();
    void cliRefuses_data();
    void cliRefuses();
    void newerVersionOpensReadOnly();
    void validFixtureLoads();
    void validFixtureOpens();
    void cliAcceptsValid();

private:
    /// Copies a fixture (and applies `sql` to the copy) into a fresh folder; returns its path.
    QString prepare(const QString &fixture, const QString &sql);
    void addRefusalRows();

    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mFileDir;
};

void TestRefusals::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
    QVERIFY(QFile::exists(kFixtures + QStringLiteral("/valid-v1.cjm")));
}

void TestRefusals::init()
{
    mFileDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mFileDir->isValid());
}

QString TestRefusals::prepare(const QString &fixture, const QString &sql)
{
    const QString path = mFileDir->filePath(QStringLiteral("project.cjm"));
    QFile::remove(path);
    if (!QFile::copy(kFixtures + QLatin1Char('/') + fixture, path))
        return QString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!sql.isEmpty()) {
        if (!tamper(path, sql))
            return QString();
        // The tampering connection may leave nothing behind either.
        if (filesIn(mFileDir->path()) != QStringList{QStringLiteral("project.cjm")})
            return QString();
    }
    return path;
}

void TestRefusals::addRefusalRows()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("sql"); // applied to a copy; for files too big to commit
    QTest::addColumn<QStringList>("keywords");

    auto row = [](const char *name, const QString &sql, const QStringList &keywords) {
        const QString fixture = sql.isEmpty() ? QLatin1String(name) + QStringLiteral(".cjm")
                                              : QStringLiteral("valid-v1.cjm");
        QTest::newRow(name) << fixture << sql << keywords;
    };
    const QString none;
    row("not-sqlite", none, {QStringLiteral("not a Journey Studio project")});
    row("empty", none, {QStringLiteral("empty")});
    row("truncated", none, {QStringLiteral("truncated")});
    row("bitflip", none, {QStringLiteral("corrupt")});
    row("wrong-appid", none, {QStringLiteral("not a Journey Studio project")});
    row("extra-trigger", none, {QStringLiteral("trigger"), QStringLiteral("wipe")});
    row("extra-view", none, {QStringLiteral("view"), QStringLiteral("everything")});
    row("extra-table", none, {QStringLiteral("table"), QStringLiteral("payload")});
    row("altered-table", none, {QStringLiteral("stage"), QStringLiteral("definition")});
    row("missing-table", none, {QStringLiteral("survey_comment")});
    row("reserved-name-trigger", none, {QStringLiteral("trigger")});
    row("dangling-reference", none, {QStringLiteral("reference"), QStringLiteral("touchpoint")});
    row("emotion-out-of-range", none, {QStringLiteral("emotion"), QStringLiteral("9")});
    row("severity-zero", none, {QStringLiteral("severity")});
    row("uppercase-uuid", none, {QStringLiteral("image"), QStringLiteral("UUID")});
    row("wrong-type", none, {QStringLiteral("stage"), QStringLiteral("name")});
    row("no-project-row", none, {QStringLiteral("project")});
    // Made here: too big (or too odd) to keep in the repository.
    row("oversized-blob", QStringLiteral("UPDATE image SET data = zeroblob(17 * 1024 * 1024)"),
        {QStringLiteral("image"), QStringLiteral("too large")});
    row("oversized-text",
        QStringLiteral("UPDATE touchpoint SET thoughts = printf('%.*c', 70000, 'x')"),
        {QStringLiteral("touchpoint"), QStringLiteral("thoughts")});
    row("infinite-value", QStringLiteral("UPDATE measurement SET value = 1e999"),
        {QStringLiteral("measurement"), QStringLiteral("value")});
    row("two-projects",
        QStringLiteral("INSERT INTO project SELECT '00000000-0000-4000-8000-000000000002', name, "
                       "description, locale, created, modified FROM project"),
        {QStringLiteral("project")});
    row("stage-of-other-touchpoint",
        QStringLiteral("UPDATE pain_point SET stage_id = '00000000-0000-4000-8003-000000000002'"),
        {QStringLiteral("pain_point"), QStringLiteral("stage")});
    row("bad-colour", QStringLiteral("UPDATE stage SET color = 'url(javascript:x)'"),
        {QStringLiteral("stage"), QStringLiteral("color")});
    row("user-version-zero", QStringLiteral("PRAGMA user_version = 0"),
        {QStringLiteral("not a Journey Studio project")});
}

void TestRefusals::refused_data()
{
    addRefusalRows();
}

void TestRefusals::refused()
{
    QFETCH(QString, fixture);
    QFETCH(QString, sql);
    QFETCH(QStringList, keywords);

    const QString path = prepare(fixture, sql);
    QVERIFY2(!path.isEmpty(), "cannot prepare the file");
    const QByteArray before = sha256Of(path);

    Project project;
    ProjectFile::Inspection inspection;
    const Status validated = ProjectFile::validate(path, &project, &inspection);
    QVERIFY2(!validated, "a bad file passed validation");
    QVERIFY2(mentionsAll(validated.message(), keywords), qPrintable(validated.message()));
    QVERIFY2(!validated.message().contains(QLatin1Char('\n')), "the message is one line");

    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(path, Document::OpenOptions(), &result);
    QVERIFY(!document);
    QCOMPARE(result.outcome, Document::OpenOutcome::Failed);
    QVERIFY2(mentionsAll(result.status.message(), keywords), qPrintable(result.status.message()));

    // Never a change to the file, nor a file next to it, nor a working copy left behind.
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
    QCOMPARE(QDir(mWorkDir.path()).entryList({QStringLiteral("*.cjm")}, QDir::Files),
             QStringList());
    QVERIFY(WorkingCopy::findOrphans().isEmpty());
}

void TestRefusals::cliRefuses_data()
{
    addRefusalRows();
}

void TestRefusals::cliRefuses()
{
#ifndef JS_CLI_PATH
    QSKIP("journeystudio-cli is not built");
#else
    QFETCH(QString, fixture);
    QFETCH(QString, sql);
    QFETCH(QStringList, keywords);

    const QString path = prepare(fixture, sql);
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);

    QProcess cli;
    cli.start(QStringLiteral(JS_CLI_PATH), {QStringLiteral("validate"), path});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(mentionsAll(err, keywords), qPrintable(err));
    QVERIFY(cli.readAllStandardOutput().isEmpty());
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
#endif
}

void TestRefusals::newerVersionOpensReadOnly()
{
    const QString path = prepare(QStringLiteral("newer-version.cjm"), QString());
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);

    ProjectFile::Inspection inspection;
    const Status validated = ProjectFile::validate(path, nullptr, &inspection);
    QVERIFY2(validated, qPrintable(validated.message()));
    QCOMPARE(inspection.version, 2);
    QVERIFY(inspection.newerVersion);

    {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(path, Document::OpenOptions(), &result);
        QVERIFY2(document, qPrintable(result.status.message()));
        QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
        QVERIFY(document->isReadOnly());
        QVERIFY2(result.notice.contains(QStringLiteral("newer"), Qt::CaseInsensitive),
                 qPrintable(result.notice));
        QCOMPARE(document->readOnlyReason(), result.notice);
        QCOMPARE(document->project().touchpoints().size(), 3);
        // A read-only copy is private: never offered for recovery.
        QVERIFY(WorkingCopy::findOrphans(path).isEmpty());
        // Saving over a newer file would lose what the newer version wrote.
        QVERIFY(!document->save());
        QCOMPARE(sha256Of(path), before);
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
    QCOMPARE(filesIn(mWorkDir.path()).filter(QStringLiteral(".cjm")), QStringList());

#ifdef JS_CLI_PATH
    QProcess cli;
    cli.start(QStringLiteral(JS_CLI_PATH), {QStringLiteral("validate"), path});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput())
                    .contains(QStringLiteral("newer"), Qt::CaseInsensitive));
#endif
}

void TestRefusals::validFixtureLoads()
{
    const QString path = prepare(QStringLiteral("valid-v1.cjm"), QString());
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);

    Project project;
    ProjectFile::Inspection inspection;
    const Status validated = ProjectFile::validate(path, &project, &inspection);
    QVERIFY2(validated, qPrintable(validated.message()));
    QCOMPARE(inspection.version, 1);
    QVERIFY(!inspection.newerVersion);

    QCOMPARE(project.info.name, QStringLiteral("Fixture project"));
    QCOMPARE(project.info.created, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(project.count(EntityKind::Image), 1);
    QCOMPARE(project.count(EntityKind::Persona), 1);
    QCOMPARE(project.count(EntityKind::Journey), 1);
    QCOMPARE(project.count(EntityKind::Lane), 12);
    QCOMPARE(project.count(EntityKind::LaneCell), 1);
    QCOMPARE(project.count(EntityKind::Stage), 2);
    QCOMPARE(project.count(EntityKind::Touchpoint), 3);
    QCOMPARE(project.count(EntityKind::PainPoint), 1);
    QCOMPARE(project.count(EntityKind::Opportunity), 1);
    QCOMPARE(project.count(EntityKind::Insight), 1);
    QCOMPARE(project.count(EntityKind::Metric), 1);
    QCOMPARE(project.count(EntityKind::Measurement), 1);
    QCOMPARE(project.count(EntityKind::Link), 6);

    const QUuid journey(QStringLiteral("00000000-0000-4000-8002-000000000001"));
    const QUuid stage1(QStringLiteral("00000000-0000-4000-8003-000000000001"));
    const QUuid touchpoint3(QStringLiteral("00000000-0000-4000-8004-000000000003"));
    const QUuid opportunity(QStringLiteral("00000000-0000-4000-8006-000000000001"));
    const QUuid painPoint(QStringLiteral("00000000-0000-4000-8005-000000000001"));
    QCOMPARE(project.stagesOf(journey).size(), 2);
    QCOMPARE(project.stagesOf(journey).first()->id, stage1);
    QCOMPARE(project.touchpointsOf(stage1).size(), 2);
    const Touchpoint *hotline = project.touchpoints().find(touchpoint3);
    QVERIFY(hotline);
    QCOMPARE(hotline->emotion, -2);
    QVERIFY(!hotline->emotionToBe.has_value());
    QCOMPARE(hotline->channel, Channel::Phone);
    QCOMPARE(project.painPoints().find(painPoint)->severity, 4);
    QCOMPARE(project.linked(LinkKind::OpportunityPainPoint, opportunity),
             QVector<QUuid>{painPoint});
    QCOMPARE(project.journeys().find(journey)->tags,
             QStringList({QStringLiteral("mobile"), QStringLiteral("purchase")}));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
}

void TestRefusals::validFixtureOpens()
{
    const QString path = prepare(QStringLiteral("valid-v1.cjm"), QString());
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);
    Project expected;
    QVERIFY(ProjectFile::validate(path, &expected));
    {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(path, Document::OpenOptions(), &result);
        QVERIFY2(document, qPrintable(result.status.message()));
        QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
        QVERIFY(!document->isReadOnly());
        QVERIFY(!document->isModified());
        QVERIFY(result.notice.isEmpty());
        QVERIFY(document->project() == expected);
        // Opening copies the file away: nothing appears next to it.
        QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
        QCOMPARE(sha256Of(path), before);
    }
    // A clean close leaves nothing to recover.
    QVERIFY(WorkingCopy::findOrphans().isEmpty());
    QCOMPARE(filesIn(mWorkDir.path()).filter(QStringLiteral(".cjm")), QStringList());
    QCOMPARE(sha256Of(path), before);
}

void TestRefusals::cliAcceptsValid()
{
#ifndef JS_CLI_PATH
    QSKIP("journeystudio-cli is not built");
#else
    const QString path = prepare(QStringLiteral("valid-v1.cjm"), QString());
    QVERIFY(!path.isEmpty());
    QProcess cli;
    cli.start(QStringLiteral(JS_CLI_PATH), {QStringLiteral("validate"), path});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardError().isEmpty());
    QCOMPARE(filesIn(mFileDir->path()), QStringList{QStringLiteral("project.cjm")});
#endif
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "test_refusals.moc"
