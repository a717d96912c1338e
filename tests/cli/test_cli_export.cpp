// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio-cli export, run as users run it: each map format writes a file of its kind,
// --journey picks a journey and lists them when unknown, bad arguments are usage errors (64)
// with a message naming the option, and a failed export leaves no file.

#include "interchange/projectgenerator.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

namespace {

const QString kCli = QStringLiteral(JS_CLI_PATH);
const QString kEnglish = QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm");

/// What one run of the CLI did.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesEachMapFormat_data();
    void writesEachMapFormat();
    void picksTheJourney();
    void unknownJourneyListsThem();
    void badArguments_data();
    void badArguments();
    void dataFormatsNotYetHere();
    void missingProjectFails();

private:
    Run cli(const QStringList &arguments) const;
    QString out(const QString &name) const { return mDir->filePath(name); }

    QTemporaryDir mWorkDir;
    std::unique_ptr<QTemporaryDir> mDir;
    QString mTwoJourneys;
};

void TestCliExport::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toLocal8Bit());
    ProjectGenerator::Options options;
    options.journeys = 2;
    options.stagesPerJourney = 2;
    options.touchpointsPerJourney = 3;
    const Project project = ProjectGenerator(options).generate();
    mTwoJourneys = mWorkDir.filePath(QStringLiteral("two.cjm"));
    const Status status = ProjectFile::create(mTwoJourneys, project);
    QVERIFY2(status.ok(), qPrintable(status.message()));
}

void TestCliExport::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

Run TestCliExport::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JOURNEYSTUDIO_WORKDIR"), mWorkDir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
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

void TestCliExport::writesEachMapFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                         << QByteArray("%PDF-");
    QTest::newRow("pdf tiled") << QStringList{QStringLiteral("--format"),
                                              QStringLiteral("pdf"),
                                              QStringLiteral("--page"),
                                              QStringLiteral("a3"),
                                              QStringLiteral("--landscape"),
                                              QStringLiteral("--tiled")}
                               << QByteArray("%PDF-");
    QTest::newRow("svg") << QStringList{QStringLiteral("--format"), QStringLiteral("svg"),
                                        QStringLiteral("--theme"), QStringLiteral("dark")}
                         << QByteArray("<?xml");
    QTest::newRow("png") << QStringList{QStringLiteral("--format"), QStringLiteral("png"),
                                        QStringLiteral("--scale"), QStringLiteral("0.5"),
                                        QStringLiteral("--transparent")}
                         << QByteArray("\x89PNG");
}

void TestCliExport::writesEachMapFormat()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, magic);
    const QString file = out(QStringLiteral("map.out"));
    const Run run = cli(QStringList{QStringLiteral("export"), kEnglish} + options
                        + QStringList{QStringLiteral("-o"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(magic.size()) == magic);
    QVERIFY(run.out.contains(file));
}

void TestCliExport::picksTheJourney()
{
    Project project;
    QVERIFY(ProjectFile::validate(mTwoJourneys, &project).ok());
    const QString second = project.orderedJourneys().at(1)->name;
    const QString first = project.orderedJourneys().at(0)->name;
    QVERIFY(first != second);
    const QString file = out(QStringLiteral("second.svg"));
    const Run run
            = cli({QStringLiteral("export"), mTwoJourneys, QStringLiteral("--journey"), second,
                   QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    // The title block names the journey exported.
    QVERIFY(text.contains(second.toHtmlEscaped()));
    QVERIFY(!text.contains(QStringLiteral("Journey: %1<").arg(first.toHtmlEscaped())));
}

void TestCliExport::unknownJourneyListsThem()
{
    Project project;
    QVERIFY(ProjectFile::validate(mTwoJourneys, &project).ok());
    const QString file = out(QStringLiteral("none.pdf"));
    const Run run = cli({QStringLiteral("export"), mTwoJourneys, QStringLiteral("--journey"),
                         QStringLiteral("No such journey"), QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("No such journey")));
    for (const Journey *journey : project.orderedJourneys())
        QVERIFY2(run.err.contains(journey->name), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

void TestCliExport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString e = QStringLiteral("export");
    const QString f = QStringLiteral("--format");
    const QString o = QStringLiteral("-o");
    const QString x = QStringLiteral("x.pdf");
    QTest::newRow("no format") << QStringList{e, kEnglish, o, x} << QStringLiteral("--format");
    QTest::newRow("bad format") << QStringList{e, kEnglish, f, QStringLiteral("docx"), o, x}
                                << QStringLiteral("docx");
    QTest::newRow("no output") << QStringList{e, kEnglish, f, QStringLiteral("pdf")}
                               << QStringLiteral("-o");
    QTest::newRow("bad page") << QStringList{
            e, kEnglish, f, QStringLiteral("pdf"), QStringLiteral("--page"), QStringLiteral("a5"),
            o, x} << QStringLiteral("a5");
    QTest::newRow("bad dpi") << QStringList{
            e, kEnglish, f, QStringLiteral("png"), QStringLiteral("--dpi"), QStringLiteral("0"),
            o, x} << QStringLiteral("--dpi");
    QTest::newRow("bad scale") << QStringList{
            e, kEnglish, f, QStringLiteral("png"), QStringLiteral("--scale"), QStringLiteral("big"),
            o, x} << QStringLiteral("--scale");
    QTest::newRow("bad theme") << QStringList{e,
                                              kEnglish,
                                              f,
                                              QStringLiteral("png"),
                                              QStringLiteral("--theme"),
                                              QStringLiteral("pink"),
                                              o,
                                              x}
                               << QStringLiteral("pink");
    QTest::newRow("no file") << QStringList{e, f, QStringLiteral("pdf"), o, x}
                             << QStringLiteral("file name");
    QTest::newRow("unknown option") << QStringList{e, kEnglish, QStringLiteral("--colour"), o, x}
                                    << QStringLiteral("colour");
}

void TestCliExport::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
}

void TestCliExport::dataFormatsNotYetHere()
{
    // Until the data writers are in this build, each data format says so; once they are, it
    // writes a file. Either way: no crash and no usage error.
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv"),
                                  QStringLiteral("xlsx"), QStringLiteral("mermaid")}) {
        const QString file = out(QStringLiteral("data.") + format);
        const Run run = cli({QStringLiteral("export"), kEnglish, QStringLiteral("--format"), format,
                             QStringLiteral("-o"), file});
        if (run.exitCode == 2)
            QVERIFY2(run.err.contains(QLatin1String("not available")), qPrintable(run.err));
        else
            QVERIFY2(run.exitCode == 0, qPrintable(format + QLatin1Char(' ') + run.err));
    }
}

void TestCliExport::missingProjectFails()
{
    const QString file = out(QStringLiteral("x.pdf"));
    const Run run
            = cli({QStringLiteral("export"), out(QStringLiteral("missing.cjm")),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("missing.cjm")));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
