// SPDX-License-Identifier: GPL-3.0-or-later
// A file open elsewhere is "in use" with a read-only choice; a session killed without a clean
// close leaves its working copy as a recovery file, and the file itself untouched
// (DESIGN.md §3). Other sessions are forked children, killed with SIGKILL.

#include "document/commands/mutationcommand.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "storage/projectfile.h"
#include "storage/workingcopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <poll.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cjm;

namespace {

const QString kFixtures = QStringLiteral(JS_FIXTURES_DIR);
const QUuid kTouchpoint2(QStringLiteral("00000000-0000-4000-8004-000000000002"));
const QUuid kTouchpoint3(QStringLiteral("00000000-0000-4000-8004-000000000003"));

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

int emotionOf(const Document &document, const QUuid &touchpoint)
{
    const Touchpoint *item = document.project().touchpoints().find(touchpoint);
    return item ? item->emotion : 99;
}

/// A forked session: runs `work` in a child that then reports and waits to be killed.
class ChildSession
{
public:
    /// Starts the child; `work` returns false when it could not do its part.
    explicit ChildSession(const std::function<bool()> &work)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        mPid = ::fork();
        if (mPid == 0) {
            ::close(fds[0]);
            const char answer = work() ? 'y' : 'n';
            if (::write(fds[1], &answer, 1) != 1)
                _exit(2);
            for (;;)
                ::pause(); // holds everything open until killed
        }
        ::close(fds[1]);
        mPipe = fds[0];
    }

    ~ChildSession()
    {
        kill();
        if (mPipe >= 0)
            ::close(mPipe);
    }

    /// Waits for the child's report: true when its work succeeded.
    bool ready()
    {
        if (mPid <= 0 || mPipe < 0)
            return false;
        pollfd fd{mPipe, POLLIN, 0};
        if (::poll(&fd, 1, 30000) != 1)
            return false;
        char answer = 0;
        return ::read(mPipe, &answer, 1) == 1 && answer == 'y';
    }

    /// SIGKILL: no destructor, no clean close.
    void kill()
    {
        if (mPid <= 0)
            return;
        ::kill(mPid, SIGKILL);
        ::waitpid(mPid, nullptr, 0);
        mPid = -1;
    }

private:
    pid_t mPid = -1;
    int mPipe = -1;
};

/// Opens `path` in the calling (child) process and keeps the document for ever.
bool openAndKeep(const QString &path, const std::function<bool(Document &)> &edit)
{
    Document::OpenResult result;
    static std::unique_ptr<Document> kept;
    kept = Document::open(path, Document::OpenOptions(), &result);
    return kept && edit(*kept);
}

bool setEmotion(Document &document, const QUuid &touchpoint, int value)
{
    return MutationCommand::push(
                   &document, new SetEmotion(&document, touchpoint, SetEmotion::Scale::AsIs, value))
            .ok();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inUseInSameProcess();
    void inUseByOtherProcess();
    void crashLeavesRecoverableCopy();
    void recoverThenSave();
    void discardOpensOriginal();
    void orphanOfOtherFileDoesNotInterfere();

private:
    /// A child opens the target, sets touchpoint 2's emotion to `emotion`, and is killed.
    bool crashWithEdit(const QString &path, int emotion);
    QStringList workingFiles() const;

    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mFileDir;
    QString mTarget;
};

void TestRecovery::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestRecovery::init()
{
    mFileDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mFileDir->isValid());
    mTarget = mFileDir->filePath(QStringLiteral("project.cjm"));
    QVERIFY(QFile::copy(kFixtures + QStringLiteral("/valid-v1.cjm"), mTarget));
    QFile::setPermissions(mTarget, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(WorkingCopy::findOrphans().isEmpty());
}

void TestRecovery::cleanup()
{
    for (const WorkingCopy::Orphan &orphan : WorkingCopy::findOrphans())
        WorkingCopy::discardOrphan(orphan);
    // Every session has ended: no working copy, recovery or lock file may be left.
    QCOMPARE(workingFiles(), QStringList());
}

QStringList TestRecovery::workingFiles() const
{
    return QDir(mWorkDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool TestRecovery::crashWithEdit(const QString &path, int emotion)
{
    ChildSession child([&] {
        return openAndKeep(path, [&](Document &document) {
            return setEmotion(document, kTouchpoint2, emotion)
                    && setEmotion(document, kTouchpoint3, 1);
        });
    });
    const bool ready = child.ready();
    child.kill();
    return ready;
}

void TestRecovery::inUseInSameProcess()
{
    const QByteArray before = sha256Of(mTarget);
    Document::OpenResult first;
    std::unique_ptr<Document> a = Document::open(mTarget, Document::OpenOptions(), &first);
    QVERIFY2(a, qPrintable(first.status.message()));
    QVERIFY(WorkingCopy::isInUse(mTarget));

    Document::OpenResult second;
    QVERIFY(!Document::open(mTarget, Document::OpenOptions(), &second));
    QCOMPARE(second.outcome, Document::OpenOutcome::InUse);
    QVERIFY2(second.status.message().contains(QStringLiteral("another"), Qt::CaseInsensitive),
             qPrintable(second.status.message()));

    Document::OpenOptions readOnly;
    readOnly.readOnlyIfInUse = true;
    Document::OpenResult third;
    std::unique_ptr<Document> b = Document::open(mTarget, readOnly, &third);
    QVERIFY2(b, qPrintable(third.status.message()));
    QCOMPARE(third.outcome, Document::OpenOutcome::Opened);
    QVERIFY(b->isReadOnly());
    QVERIFY(!third.notice.isEmpty());

    // Edits of the read-only copy are refused and change nothing.
    QSignalSpy refused(b.get(), &Document::writeFailed);
    QVERIFY(!setEmotion(*b, kTouchpoint2, 2));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(emotionOf(*b, kTouchpoint2), -1);
    QVERIFY(!b->isModified());
    QVERIFY(!b->save());

    // The writer still works, and the reader's private copy is never offered for recovery.
    QVERIFY(setEmotion(*a, kTouchpoint2, 2));
    QCOMPARE(emotionOf(*a, kTouchpoint2), 2);
    QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());
    b.reset();
    a.reset();
    QVERIFY(!WorkingCopy::isInUse(mTarget));
    QCOMPARE(sha256Of(mTarget), before); // closed without saving
}

void TestRecovery::inUseByOtherProcess()
{
    const QByteArray before = sha256Of(mTarget);
    {
        ChildSession child([&] { return openAndKeep(mTarget, [](Document &) { return true; }); });
        QVERIFY(child.ready());
        QVERIFY(WorkingCopy::isInUse(mTarget));
        // A live session's copy is not an orphan.
        QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());

        Document::OpenResult result;
        QVERIFY(!Document::open(mTarget, Document::OpenOptions(), &result));
        QCOMPARE(result.outcome, Document::OpenOutcome::InUse);

        Document::OpenOptions readOnly;
        readOnly.readOnlyIfInUse = true;
        std::unique_ptr<Document> reader = Document::open(mTarget, readOnly, &result);
        QVERIFY2(reader, qPrintable(result.status.message()));
        QVERIFY(reader->isReadOnly());
        QVERIFY(!setEmotion(*reader, kTouchpoint2, 2));
        QCOMPARE(emotionOf(*reader, kTouchpoint2), -1);
    }
    // The child was killed: the file is free again. Its copy held no unsaved change, so
    // offering it for recovery is allowed but not required.
    QVERIFY(!WorkingCopy::isInUse(mTarget));
    QVERIFY(WorkingCopy::findOrphans(mTarget).size() <= 1);
    QCOMPARE(sha256Of(mTarget), before);
}

void TestRecovery::crashLeavesRecoverableCopy()
{
    const QByteArray before = sha256Of(mTarget);
    QVERIFY(crashWithEdit(mTarget, 2));
    QCOMPARE(sha256Of(mTarget), before); // the crashed session never touched the file
    QStringList beside = QDir(mFileDir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(beside, QStringList{QStringLiteral("project.cjm")});

    const QVector<WorkingCopy::Orphan> orphans = WorkingCopy::findOrphans(mTarget);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().targetPath, QFileInfo(mTarget).canonicalFilePath());
    QVERIFY(QFile::exists(orphans.first().workingCopyPath));
    QCOMPARE(WorkingCopy::findOrphans().size(), 1);
    QVERIFY(!WorkingCopy::isInUse(mTarget));

    Document::OpenResult result;
    QVERIFY(!Document::open(mTarget, Document::OpenOptions(), &result));
    QCOMPARE(result.outcome, Document::OpenOutcome::RecoveryAvailable);
    QVERIFY(!result.status.message().isEmpty());
    // Asking does not consume the orphan.
    QCOMPARE(WorkingCopy::findOrphans(mTarget).size(), 1);
    QCOMPARE(sha256Of(mTarget), before);
}

void TestRecovery::recoverThenSave()
{
    const QByteArray before = sha256Of(mTarget);
    QVERIFY(crashWithEdit(mTarget, 2));

    Document::OpenOptions options;
    options.recovery = Document::RecoveryPolicy::Recover;
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(mTarget, options, &result);
    QVERIFY2(document, qPrintable(result.status.message()));
    QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
    QVERIFY(document->isModified());
    QVERIFY(!document->isReadOnly());
    QCOMPARE(document->filePath(), QFileInfo(mTarget).canonicalFilePath());
    QCOMPARE(emotionOf(*document, kTouchpoint2), 2); // both committed edits survived
    QCOMPARE(emotionOf(*document, kTouchpoint3), 1);
    QCOMPARE(sha256Of(mTarget), before);
    // Adopted: it belongs to this live session now.
    QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());
    QVERIFY(WorkingCopy::isInUse(mTarget));

    const Status saved = document->save();
    QVERIFY2(saved, qPrintable(saved.message()));
    QVERIFY(!document->isModified());
    document.reset();

    Project project;
    QVERIFY(ProjectFile::validate(mTarget, &project));
    QCOMPARE(project.touchpoints().find(kTouchpoint2)->emotion, 2);
    QCOMPARE(project.touchpoints().find(kTouchpoint3)->emotion, 1);
}

void TestRecovery::discardOpensOriginal()
{
    const QByteArray before = sha256Of(mTarget);
    QVERIFY(crashWithEdit(mTarget, 2));
    QCOMPARE(WorkingCopy::findOrphans(mTarget).size(), 1);

    Document::OpenOptions options;
    options.recovery = Document::RecoveryPolicy::Discard;
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(mTarget, options, &result);
    QVERIFY2(document, qPrintable(result.status.message()));
    QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
    QVERIFY(!document->isModified());
    QCOMPARE(emotionOf(*document, kTouchpoint2), -1); // the file's value, not the crashed edit
    QCOMPARE(emotionOf(*document, kTouchpoint3), -2);
    QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());
    document.reset();
    QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());
    QCOMPARE(sha256Of(mTarget), before);
}

void TestRecovery::orphanOfOtherFileDoesNotInterfere()
{
    const QString other = mFileDir->filePath(QStringLiteral("other.cjm"));
    QVERIFY(QFile::copy(mTarget, other));
    QVERIFY(crashWithEdit(other, 1));
    QCOMPARE(WorkingCopy::findOrphans(other).size(), 1);
    QVERIFY(WorkingCopy::findOrphans(mTarget).isEmpty());

    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(mTarget, Document::OpenOptions(), &result);
    QVERIFY2(document, qPrintable(result.status.message()));
    QCOMPARE(result.outcome, Document::OpenOutcome::Opened);
    document.reset();
    QCOMPARE(WorkingCopy::findOrphans(other).size(), 1);

    // Recovering through the orphan directly gives the crashed edit of the other file.
    Status status;
    std::unique_ptr<Document> recovered
            = Document::recover(WorkingCopy::findOrphans(other).first(), &status);
    QVERIFY2(recovered, qPrintable(status.message()));
    QCOMPARE(emotionOf(*recovered, kTouchpoint2), 1);
    QCOMPARE(recovered->filePath(), QFileInfo(other).canonicalFilePath());
    recovered.reset(); // closing without saving: the recovered changes are gone for good
    QVERIFY(WorkingCopy::findOrphans(other).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "test_recovery.moc"
