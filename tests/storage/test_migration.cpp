// SPDX-License-Identifier: GPL-3.0-or-later
// Schema versions (DESIGN.md §3): the fixture of every released version (tests/fixtures/
// valid-v<N>.cjm, kept for ever) opens in this build, migrates to exactly the current schema
// in the working copy only, and saves as the current version. The Migrator itself is tested
// with test-only steps: in order, all or nothing.

#include "document/document.h"
#include "storage/migrator.h"
#include "storage/projectfile.h"
#include "storage/schema.h"
#include "storage/sqlconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

int userVersion(SqlConnection &connection)
{
    return connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool hasObject(SqlConnection &connection, const QString &name)
{
    return connection
                   .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                   .arg(name))
                   .toInt()
            == 1;
}

/// The released versions that have a fixture: valid-v1.cjm, valid-v2.cjm, ...
QVector<int> fixtureVersions()
{
    QVector<int> versions;
    static const QRegularExpression pattern(QStringLiteral("^valid-v(\\d+)\\.cjm$"));
    const QStringList names = QDir(kFixtures).entryList({QStringLiteral("valid-v*.cjm")});
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            versions.append(match.captured(1).toInt());
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyReleasedVersionHasAFixture();
    void builtInStepsAreComplete();
    void releasedFixtureOpens_data();
    void releasedFixtureOpens();
    void releasedFixtureMigratesToCurrentShape_data();
    void releasedFixtureMigratesToCurrentShape();
    void openedAndSavedStaysValid();
    void stepsRunInOrder();
    void failingStepRollsBack();
    void missingStepRollsBack();
    void sameVersionIsNoOp();
    void newerThanTargetIsRefused();

private:
    QString copyOf(const QString &fixture);

    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mFileDir;
};

void TestMigration::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestMigration::init()
{
    mFileDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mFileDir->isValid());
}

QString TestMigration::copyOf(const QString &fixture)
{
    const QString path = mFileDir->filePath(fixture);
    QFile::remove(path);
    if (!QFile::copy(kFixtures + QLatin1Char('/') + fixture, path))
        return QString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestMigration::everyReleasedVersionHasAFixture()
{
    // A new schema version ships with valid-v<N>.cjm (tests/fixtures/make-fixtures.sh).
    QVector<int> expected;
    for (int version = 1; version <= ProjectFile::kCurrentVersion; ++version)
        expected.append(version);
    QCOMPARE(fixtureVersions(), expected);
}

void TestMigration::builtInStepsAreComplete()
{
    const QVector<Migrator::Step> steps = Migrator::builtInSteps();
    QCOMPARE(steps.size(), ProjectFile::kCurrentVersion - 1);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).from, i + 1);
        QVERIFY(!steps.at(i).script.trimmed().isEmpty());
    }
}

void TestMigration::releasedFixtureOpens_data()
{
    QTest::addColumn<int>("version");
    for (int version : fixtureVersions())
        QTest::addRow("v%d", version) << version;
}

void TestMigration::releasedFixtureOpens()
{
    QFETCH(int, version);
    const QString path = copyOf(QStringLiteral("valid-v%1.cjm").arg(version));
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);

    Project validated;
    ProjectFile::Inspection inspection;
    const Status status = ProjectFile::validate(path, &validated, &inspection);
    QVERIFY2(status, qPrintable(status.message()));
    QCOMPARE(inspection.version, version);
    QVERIFY(!inspection.newerVersion);

    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(path, Document::OpenOptions(), &result);
    QVERIFY2(document, qPrintable(result.status.message()));
    QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
    QVERIFY(!document->isReadOnly());
    QCOMPARE(document->project().count(EntityKind::Touchpoint), 3);
    QCOMPARE(document->project().count(EntityKind::Stage), 2);
    QCOMPARE(document->project().info.name, QStringLiteral("Fixture project"));
    // The working copy is at the current version; the file itself is untouched until Save.
    QSqlQuery query(document->workingCopy().database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), ProjectFile::kCurrentVersion);
    QCOMPARE(sha256Of(path), before);
}

void TestMigration::releasedFixtureMigratesToCurrentShape_data()
{
    releasedFixtureOpens_data();
}

void TestMigration::releasedFixtureMigratesToCurrentShape()
{
    // Migrating must produce exactly the schema a new file gets: the scripts and the
    // creation script of the current version may never drift apart.
    QFETCH(int, version);
    const QString path = copyOf(QStringLiteral("valid-v%1.cjm").arg(version));
    QVERIFY(!path.isEmpty());
    SqlConnection connection;
    QVERIFY(connection.openReadWrite(path));
    const Status migrated = Migrator::migrate(connection, ProjectFile::kCurrentVersion);
    QVERIFY2(migrated, qPrintable(migrated.message()));
    QCOMPARE(userVersion(connection), ProjectFile::kCurrentVersion);
    const Status shape = Schema::checkShape(connection, ProjectFile::kCurrentVersion, false);
    QVERIFY2(shape, qPrintable(shape.message()));
    connection.close();
    const Status status = ProjectFile::validate(path);
    QVERIFY2(status, qPrintable(status.message()));
}

void TestMigration::openedAndSavedStaysValid()
{
    const QString path = copyOf(QStringLiteral("valid-v1.cjm"));
    QVERIFY(!path.isEmpty());
    Project original;
    QVERIFY(ProjectFile::validate(path, &original));

    const QString savedPath = mFileDir->filePath(QStringLiteral("saved.cjm"));
    {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(path, Document::OpenOptions(), &result);
        QVERIFY2(document, qPrintable(result.status.message()));
        const Status saved = document->saveAs(savedPath);
        QVERIFY2(saved, qPrintable(saved.message()));
        QCOMPARE(document->filePath(), QFileInfo(savedPath).canonicalFilePath());
    }

    Project reloaded;
    ProjectFile::Inspection inspection;
    const Status status = ProjectFile::validate(savedPath, &reloaded, &inspection);
    QVERIFY2(status, qPrintable(status.message()));
    QCOMPARE(inspection.version, ProjectFile::kCurrentVersion);
    // Saving stamps the modification time; everything else comes back as it was.
    QVERIFY(reloaded.info.modified >= original.info.modified);
    reloaded.info.modified = original.info.modified;
    QVERIFY(reloaded == original);

    // The saved file is an exchangeable file: journal mode DELETE, our application id.
    SqlConnection connection;
    QVERIFY(connection.openUntrusted(savedPath));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
             ProjectFile::kApplicationId);
    connection.close();
    const QStringList files
            = QDir(mFileDir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files, QStringList({QStringLiteral("saved.cjm"), QStringLiteral("valid-v1.cjm")}));
}

void TestMigration::stepsRunInOrder()
{
    const QString path = copyOf(QStringLiteral("valid-v1.cjm"));
    SqlConnection connection;
    QVERIFY(connection.openReadWrite(path));
    // Listed out of order on purpose: the Migrator picks the step for each version.
    const QVector<Migrator::Step> steps = {
            {2,
             QStringLiteral("-- two to three\nALTER TABLE stage_v2_extra RENAME TO stage_extra;\n"
                            "UPDATE stage_extra SET note = note || '+3'")},
            {1,
             QStringLiteral("CREATE TABLE stage_v2_extra (stage_id TEXT, note TEXT);\n"
                            "INSERT INTO stage_v2_extra SELECT id, name FROM stage")},
    };
    const Status status = Migrator::migrate(connection, 3, steps);
    QVERIFY2(status, qPrintable(status.message()));
    QCOMPARE(userVersion(connection), 3);
    QVERIFY(hasObject(connection, QStringLiteral("stage_extra")));
    QVERIFY(!hasObject(connection, QStringLiteral("stage_v2_extra")));
    QCOMPARE(connection
                     .scalar(QStringLiteral("SELECT count(*) FROM stage_extra WHERE note "
                                            "LIKE '%+3'"))
                     .toInt(),
             2);
    // The data of version 1 is still there.
    QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM touchpoint")).toInt(), 3);
}

void TestMigration::failingStepRollsBack()
{
    const QString path = copyOf(QStringLiteral("valid-v1.cjm"));
    const QByteArray before = sha256Of(path);
    {
        SqlConnection connection;
        QVERIFY(connection.openReadWrite(path));
        const QVector<Migrator::Step> steps = {
                {1, QStringLiteral("CREATE TABLE added_in_two (x INTEGER)")},
                {2,
                 QStringLiteral("DELETE FROM touchpoint;\nINSERT INTO no_such_table VALUES (1)")},
        };
        const Status status = Migrator::migrate(connection, 3, steps);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QLatin1Char('2')), qPrintable(status.message()));
        // All or nothing: not even step 1 stays.
        QCOMPARE(userVersion(connection), 1);
        QVERIFY(!hasObject(connection, QStringLiteral("added_in_two")));
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM touchpoint")).toInt(), 3);
    }
    QCOMPARE(sha256Of(path), before);
    QVERIFY(ProjectFile::validate(path));
}

void TestMigration::missingStepRollsBack()
{
    const QString path = copyOf(QStringLiteral("valid-v1.cjm"));
    SqlConnection connection;
    QVERIFY(connection.openReadWrite(path));
    const QVector<Migrator::Step> steps = {
            {1, QStringLiteral("CREATE TABLE added_in_two (x INTEGER)")},
    };
    const Status status = Migrator::migrate(connection, 3, steps);
    QVERIFY(!status);
    QVERIFY2(status.message().contains(QLatin1Char('2')), qPrintable(status.message()));
    QCOMPARE(userVersion(connection), 1);
    QVERIFY(!hasObject(connection, QStringLiteral("added_in_two")));
}

void TestMigration::sameVersionIsNoOp()
{
    const QString path = copyOf(QStringLiteral("valid-v1.cjm"));
    const QByteArray before = sha256Of(path);
    {
        SqlConnection connection;
        QVERIFY(connection.openReadWrite(path));
        const QVector<Migrator::Step> steps = {{1, QStringLiteral("DELETE FROM touchpoint")}};
        QVERIFY(Migrator::migrate(connection, 1, steps));
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM touchpoint")).toInt(), 3);
    }
    QCOMPARE(sha256Of(path), before);
}

void TestMigration::newerThanTargetIsRefused()
{
    const QString path = copyOf(QStringLiteral("newer-version.cjm"));
    SqlConnection connection;
    QVERIFY(connection.openReadWrite(path));
    const Status status = Migrator::migrate(connection, 1, {});
    QVERIFY(!status);
    QCOMPARE(userVersion(connection), 2);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
