// SPDX-License-Identifier: GPL-3.0-or-later
// A crash at any moment of a save leaves either the old or the new file, never a broken one
// (DESIGN.md §3). A forked child saves a large project (NEW) over the target (holding OLD)
// again and again and is killed with SIGKILL at a random moment spread over a save; after
// each kill the target must validate and hold exactly OLD or NEW.
//
// The child saves with AtomicSave::write, the one save path behind ProjectFile::create and
// WorkingCopy::saveTo, from a file it opens in no time: every moment of its life is then
// inside a save. A shorter round goes through Document::save as a whole.

#include "document/document.h"
#include "interchange/projectgenerator.h"
#include "storage/atomicsave.h"
#include "storage/projectfile.h"
#include "storage/sqlconnection.h"
#include "storage/workingcopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cjm;

namespace {

constexpr int kKills = 50;
constexpr int kDocumentKills = 5;

Project generated(quint32 seed, const QString &name, int touchpointsPerJourney)
{
    ProjectGenerator::Options options;
    options.journeys = 10;
    options.stagesPerJourney = 6;
    options.touchpointsPerJourney = touchpointsPerJourney;
    options.seed = seed;
    options.projectName = name;
    return ProjectGenerator(options).generate();
}

/// Cheap identity of a project: its name and how many of each thing it holds.
QString fingerprint(const Project &project)
{
    QStringList parts{project.info.name};
    for (int kind = int(EntityKind::Image); kind <= int(EntityKind::Link); ++kind)
        parts.append(QString::number(project.count(EntityKind(kind))));
    return parts.join(QLatin1Char('/'));
}

/// Leftovers of interrupted saves beside the target (".<name>.saving-<id>" and its journal).
QStringList temporaryFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*saving*")}, QDir::Files | QDir::Hidden);
}

/// Puts a copy of `source` at `target` (the parent's own restore; not under test).
bool restore(const QString &source, const QString &target)
{
    QFile::remove(target);
    return QFile::copy(source, target);
}

/// Forks a child running `work`, kills it with SIGKILL after `delayUs`; false if it was not
/// killed (it ended by itself).
bool killAfter(qint64 delayUs, const std::function<void()> &work)
{
    const pid_t child = ::fork();
    if (child == 0) {
        work();
        _exit(0);
    }
    if (child < 0)
        return false;
    ::usleep(useconds_t(delayUs));
    ::kill(child, SIGKILL);
    int wstatus = 0;
    ::waitpid(child, &wstatus, 0);
    return WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL;
}

/// Saves the file at `source` over `target` until killed; never returns.
[[noreturn]] void saveForever(const QString &source, const QString &target)
{
    SqlConnection connection;
    if (!connection.openUntrusted(source))
        _exit(3);
    for (int i = 0; i < 10000; ++i) {
        if (!AtomicSave::write(connection.database(), target))
            _exit(4);
    }
    _exit(0);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringSave();
    void leftoversDoNotBlockTheNextSave();
    void killDuringDocumentSave();

private:
    QTemporaryDir mWorkDir;
    QTemporaryDir mFileDir;
    Project mOld;
    Project mNew;
    QString mOldFile; ///< pristine files of both projects
    QString mNewFile;
    qint64 mForkSaveUs = 0; ///< fork, then one save in the child
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    QVERIFY(mFileDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
    mOld = generated(11, QStringLiteral("Old project"), 300);
    mNew = generated(12, QStringLiteral("New project"), 280);
    QCOMPARE(mOld.count(EntityKind::Touchpoint), 3000);
    QVERIFY(fingerprint(mOld) != fingerprint(mNew));

    mOldFile = mFileDir.filePath(QStringLiteral("old.cjm"));
    mNewFile = mFileDir.filePath(QStringLiteral("new.cjm"));
    QVERIFY(ProjectFile::create(mOldFile, mOld));
    QVERIFY(ProjectFile::create(mNewFile, mNew));
    // The round trip is exact, so "equals OLD or NEW" below is a real comparison.
    Project loaded;
    const Status status = ProjectFile::validate(mNewFile, &loaded);
    QVERIFY2(status, qPrintable(status.message()));
    QVERIFY(loaded == mNew);

    // The window the kills must hit: fork and a save in the child (under ASan, forking
    // is far from free).
    const QString probe = mFileDir.filePath(QStringLiteral("probe.cjm"));
    QElapsedTimer timer;
    timer.start();
    const pid_t child = ::fork();
    if (child == 0) {
        SqlConnection connection;
        _exit(connection.openUntrusted(mNewFile) && AtomicSave::write(connection.database(), probe)
                      ? 0
                      : 3);
    }
    QVERIFY(child > 0);
    int wstatus = 0;
    ::waitpid(child, &wstatus, 0);
    mForkSaveUs = timer.nsecsElapsed() / 1000;
    QVERIFY(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
    QVERIFY(QFile::remove(probe));
    qInfo("fork and one save of %d touchpoints (%lld bytes) take %lld ms",
          mNew.count(EntityKind::Touchpoint), qlonglong(QFileInfo(mNewFile).size()),
          mForkSaveUs / 1000);
}

void TestCrashSafety::killDuringSave()
{
    const QString target = mFileDir.filePath(QStringLiteral("project.cjm"));
    const QString oldPrint = fingerprint(mOld);
    const QString newPrint = fingerprint(mNew);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u", seed);
    QRandomGenerator random(seed);
    int killed = 0;
    int interrupted = 0; // kills that left a save's temporary file: inside the window
    int sawOld = 0;
    int sawNew = 0;
    QElapsedTimer checking; // time spent checking, to keep the test quick under ASan
    qint64 checkingMs = 0;
    for (int i = 0; i < kKills; ++i) {
        QVERIFY(restore(mOldFile, target));
        for (const QString &name : temporaryFiles(mFileDir.path()))
            QFile::remove(mFileDir.filePath(name));
        // Moments spread over the fork and the first save and a half.
        const qint64 delay = qint64(random.bounded(1.5) * double(mForkSaveUs));
        if (killAfter(delay, [&] { saveForever(mNewFile, target); }))
            ++killed;
        if (!temporaryFiles(mFileDir.path()).isEmpty())
            ++interrupted;

        checking.start();
        Project loaded;
        const Status status = ProjectFile::validate(target, &loaded);
        checkingMs += checking.elapsed();
        QVERIFY2(status,
                 qPrintable(QStringLiteral("after kill %1 at %2 us: %3")
                                    .arg(i)
                                    .arg(delay)
                                    .arg(status.message())));
        const QString print = fingerprint(loaded);
        QVERIFY2(print == oldPrint || print == newPrint, qPrintable(print));
        (print == newPrint ? sawNew : sawOld) += 1;
        // A hot journal next to the target would let the next reader "repair" it.
        QVERIFY(!QFile::exists(target + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        // Now and then a full comparison (the fingerprint is only a quick check).
        if (i % 10 == 9)
            QVERIFY(loaded == (print == newPrint ? mNew : mOld));
    }
    qInfo("%d kills: %d inside a save's temporary file, %d left OLD, %d left NEW; %lld ms "
          "validating",
          killed, interrupted, sawOld, sawNew, checkingMs);
    QVERIFY(killed >= kKills * 9 / 10);
    // The moments really were spread over the save: before, inside and after the rename.
    QVERIFY2(interrupted > 0, "no kill hit a save while its temporary file existed");
    QVERIFY(sawOld > 0);
    QVERIFY(sawNew > 0);
}

void TestCrashSafety::leftoversDoNotBlockTheNextSave()
{
    const QString target = mFileDir.filePath(QStringLiteral("leftovers.cjm"));
    QVERIFY(restore(mOldFile, target));
    // Kill saves until a few temporary files are left beside the target.
    QRandomGenerator random(5);
    for (int i = 0; i < 40 && temporaryFiles(mFileDir.path()).size() < 3; ++i) {
        const qint64 delay = qint64(random.bounded(1.0) * double(mForkSaveUs));
        killAfter(delay, [&] { saveForever(mNewFile, target); });
    }
    const QStringList leftovers = temporaryFiles(mFileDir.path());
    qInfo("%lld leftover files beside the target", qlonglong(leftovers.size()));

    QVERIFY(ProjectFile::create(target, mOld));
    Project loaded;
    QVERIFY(ProjectFile::validate(target, &loaded));
    QVERIFY(loaded == mOld);
    for (const QString &name : leftovers)
        QFile::remove(mFileDir.filePath(name));
}

void TestCrashSafety::killDuringDocumentSave()
{
    // The same through a Document: stamp, working copy's VACUUM INTO, rename.
    const QString target = mFileDir.filePath(QStringLiteral("document.cjm"));
    const QString oldPrint = fingerprint(mOld);
    const QString renamed = QStringLiteral("Renamed in the child");

    QRandomGenerator random(7);
    for (int i = 0; i < kDocumentKills; ++i) {
        QVERIFY(restore(mOldFile, target));
        // The child opens first (several save durations), so spread the moments wider.
        const qint64 delay = qint64(random.bounded(6.0) * double(mForkSaveUs));
        killAfter(delay, [&] {
            Document::OpenOptions options;
            options.recovery = Document::RecoveryPolicy::Discard;
            Document::OpenResult result;
            std::unique_ptr<Document> document = Document::open(target, options, &result);
            if (!document)
                _exit(3);
            Mutation rename;
            rename.setField(EntityKind::ProjectInfo, document->project().info.id,
                            QStringLiteral("name"), document->project().info.name, renamed);
            if (!document->apply(rename))
                _exit(4);
            for (int n = 0; n < 1000; ++n) {
                if (!document->save())
                    _exit(5);
            }
            _exit(0);
        });
        Project loaded;
        const Status status = ProjectFile::validate(target, &loaded);
        QVERIFY2(status, qPrintable(status.message()));
        QVERIFY2(loaded.info.name == mOld.info.name || loaded.info.name == renamed,
                 qPrintable(loaded.info.name));
        loaded.info.name = mOld.info.name;
        QCOMPARE(fingerprint(loaded), oldPrint);
        // The killed session's working copy is a recovery file; the next child discards it.
    }
    for (const QString &name : temporaryFiles(mFileDir.path()))
        QFile::remove(mFileDir.filePath(name));
    for (const WorkingCopy::Orphan &orphan : WorkingCopy::findOrphans())
        QVERIFY(WorkingCopy::discardOrphan(orphan));
    QCOMPARE(QDir(mWorkDir.path()).entryList({QStringLiteral("*.cjm")}, QDir::Files),
             QStringList());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
