// SPDX-License-Identifier: GPL-3.0-or-later
// The spreadsheet exports: the table model (touchpoints by stage, pain points with risk,
// ranked opportunities, personas, measurements), the CSV bytes (BOM, CRLF, RFC 4180 quoting)
// and the XLSX workbook read back by an independent reader (python3-openpyxl).

#include "interchange/csvtablewriter.h"
#include "interchange/projecttables.h"
#include "interchange/xlsxworkbookwriter.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cjm;

namespace {

/// A small project with values whose table cells are known by hand.
struct Sample
{
    Project project;
    QUuid journey;
};

Sample makeSample()
{
    Sample s;
    Project &p = s.project;
    Journey j;
    j.id = s.journey = QUuid::createUuid();
    j.name = QStringLiteral("Buy, \"fast\"");
    p.list<Journey>().insert(j);
    Persona persona;
    persona.id = QUuid::createUuid();
    persona.name = QStringLiteral("陈静陈静陈静陈静陈静陈静陈静陈静陈静陈静"); // 20 wide characters
    persona.sharePercent = 12.5;
    persona.valuePerCustomer = 3600;
    p.list<Persona>().insert(persona);
    QVector<QUuid> stages;
    for (int i = 0; i < 2; ++i) {
        Stage stage;
        stage.id = QUuid::createUuid();
        stage.journeyId = j.id;
        stage.position = i;
        stage.name = i == 0 ? QStringLiteral("Aware") : QStringLiteral("Pay");
        p.list<Stage>().insert(stage);
        stages.append(stage.id);
    }
    QVector<QUuid> tps;
    const QStringList titles
            = {QStringLiteral("Ad"), QStringLiteral("Site"), QStringLiteral("Card")};
    for (int i = 0; i < 3; ++i) {
        Touchpoint tp;
        tp.id = QUuid::createUuid();
        tp.stageId = stages.at(i < 2 ? 0 : 1);
        tp.position = i < 2 ? 1 - i : 0; // "Site" comes first in stage Aware
        tp.title = titles.at(i);
        tp.emotion = i - 1;
        p.list<Touchpoint>().insert(tp);
        tps.append(tp.id);
    }
    auto pain = [&](const QUuid &stage, const QUuid &tp, int severity, int likelihood,
                    const QString &title) {
        PainPoint pp;
        pp.id = QUuid::createUuid();
        pp.stageId = stage;
        pp.touchpointId = tp;
        pp.severity = severity;
        pp.likelihood = likelihood;
        pp.title = title;
        p.list<PainPoint>().insert(pp);
        return pp.id;
    };
    const QUuid critical = pain(stages.at(1), tps.at(2), 5, 4, QStringLiteral("Declined"));
    pain(stages.at(0), QUuid(), 2, 3, QStringLiteral("Slow"));
    Opportunity low;
    low.id = QUuid::createUuid();
    low.stageId = stages.at(0);
    low.title = QStringLiteral("Nothing addressed");
    p.list<Opportunity>().insert(low);
    Opportunity high;
    high.id = QUuid::createUuid();
    high.stageId = stages.at(1);
    high.touchpointId = tps.at(2);
    high.position = 0;
    high.title = QStringLiteral("Explain decline");
    high.effort = 2;
    high.dueDate = QDate(2026, 3, 31);
    p.list<Opportunity>().insert(high);
    p.addLink({LinkKind::OpportunityPainPoint, high.id, critical, 0});
    Metric metric;
    metric.id = QUuid::createUuid();
    metric.name = QStringLiteral("NPS");
    p.list<Metric>().insert(metric);
    Measurement m;
    m.id = QUuid::createUuid();
    m.metricId = metric.id;
    m.periodStart = QDate(2025, 1, 1);
    m.periodEnd = QDate(2025, 1, 31);
    m.value = 42.5;
    m.sampleSize = 300;
    p.list<Measurement>().insert(m);
    return s;
}

QString python()
{
    // Debian's module lives with the system interpreter, not with a pyenv one.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableContent()
    {
        const Sample s = makeSample();
        const QVector<DataTable> tables = ProjectTables::build(s.project);
        QCOMPARE(tables.size(), 5);
        QStringList ids;
        for (const DataTable &t : tables)
            ids.append(t.id());
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("touchpoints"), QStringLiteral("pain-points"),
                              QStringLiteral("opportunities"), QStringLiteral("personas"),
                              QStringLiteral("measurements")}));
        // Touchpoints by stage, in position order.
        const DataTable &tp = tables.at(0);
        QCOMPARE(tp.rows().size(), 3);
        QCOMPARE(tp.rows().at(0).at(4).toString(), QStringLiteral("Site"));
        QCOMPARE(tp.rows().at(1).at(4).toString(), QStringLiteral("Ad"));
        QCOMPARE(tp.rows().at(2).at(1).toInt(), 2);  // stage no. of "Card"
        QCOMPARE(tp.rows().at(1).at(8).toInt(), -1); // emotion of "Ad"
        // Pain points: the stage's own first, then by touchpoint; risk = severity × likelihood.
        const DataTable &pain = tables.at(1);
        QCOMPARE(pain.rows().size(), 2);
        QCOMPARE(pain.rows().at(0).at(3).toString(), QStringLiteral("Slow"));
        QCOMPARE(pain.rows().at(0).at(7).toInt(), 6);
        QCOMPARE(pain.rows().at(0).at(8).toString(), QStringLiteral("Medium"));
        QCOMPARE(pain.rows().at(1).at(7).toInt(), 20);
        QCOMPARE(pain.rows().at(1).at(8).toString(), QStringLiteral("Critical"));
        // Opportunities ranked: 20 risk / effort 2 = priority 10 first.
        const DataTable &opp = tables.at(2);
        QCOMPARE(opp.rows().at(0).at(1).toString(), QStringLiteral("Explain decline"));
        QCOMPARE(opp.rows().at(0).at(9).toInt(), 20);
        QCOMPARE(opp.rows().at(0).at(10).toDouble(), 10.0);
        QCOMPARE(opp.rows().at(0).at(11).toDate(), QDate(2026, 3, 31));
        QCOMPARE(opp.rows().at(1).at(0).toInt(), 2);
        QVERIFY(opp.rows().at(1).at(11).isNull()); // no due date: an empty cell
        // Restricted to a journey that does not exist: no journey rows, personas still there.
        const QVector<DataTable> none = ProjectTables::build(s.project, QUuid::createUuid());
        QCOMPARE(none.at(0).rows().size(), 0);
        QCOMPARE(none.at(2).rows().size(), 0);
        QCOMPARE(none.at(3).rows().size(), 1);
    }

    void csvBytes()
    {
        DataTable table(QStringLiteral("t"), QStringLiteral("T"),
                        {{QStringLiteral("Name"), DataTable::CellType::Text},
                         {QStringLiteral("N"), DataTable::CellType::Integer},
                         {QStringLiteral("X, y"), DataTable::CellType::Number},
                         {QStringLiteral("When"), DataTable::CellType::Date}});
        table.addRow({QStringLiteral("He said \"hi\""), 42, 3.5, QDate(2025, 1, 31)});
        table.addRow({QStringLiteral("a,b"), -7, 0.1, QVariant()});
        table.addRow({QStringLiteral("a;b"), QVariant(), 1e12, QVariant()});
        table.addRow({QStringLiteral("line1\r\nline2"), 0, -2.25, QVariant()});
        table.addRow({QStringLiteral(" padded"), 1, 1.0, QVariant()});
        table.addRow({QStringLiteral("=SUM(A1:A2)"), 1, 1.0, QVariant()});
        table.addRow({QStringLiteral("下单 ünïcode"), 1, 1.0, QVariant()});
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "Name,N,\"X, y\",When\r\n"
                                    "\"He said \"\"hi\"\"\",42,3.5,2025-01-31\r\n"
                                    "\"a,b\",-7,0.1,\r\n"
                                    "\"a;b\",,1e+12,\r\n"
                                    "\"line1\nline2\",0,-2.25,\r\n"
                                    "\" padded\",1,1,\r\n"
                                    "'=SUM(A1:A2),1,1,\r\n"
                                    "\xE4\xB8\x8B\xE5\x8D\x95 \xC3\xBCn\xC3\xAF"
                                    "code,1,1,\r\n";
        QCOMPARE(CsvTableWriter::toCsv(table), expected);
    }

    void csvFiles()
    {
        QTemporaryDir dir;
        const Sample s = makeSample();
        const QVector<DataTable> tables = ProjectTables::build(s.project);
        QStringList written;
        QVERIFY(CsvTableWriter::writeAll(tables, dir.filePath(QStringLiteral("out")), &written));
        QCOMPARE(written.size(), 5);
        QCOMPARE(written.at(1), dir.filePath(QStringLiteral("out/pain-points.csv")));
        written.clear();
        QVERIFY(CsvTableWriter::writeAll(tables, dir.filePath(QStringLiteral("report.csv")),
                                         &written));
        QCOMPARE(written.at(4), dir.filePath(QStringLiteral("report-measurements.csv")));
        QFile file(written.at(0));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFJourney,Stage no.,"));
        QVERIFY(bytes.contains("\"Buy, \"\"fast\"\"\",1,Aware,1,Site,"));
        QCOMPARE(bytes.count("\r\n"), 4); // header + 3 touchpoints, no bare LF
        QCOMPARE(bytes.count('\n'), 4);
    }

    void displayWidth()
    {
        QCOMPARE(XlsxWorkbookWriter::displayWidth(QStringLiteral("abc")), 3);
        QCOMPARE(XlsxWorkbookWriter::displayWidth(QStringLiteral("下单ab")), 6);
        QCOMPARE(XlsxWorkbookWriter::displayWidth(QStringLiteral("ab\n가나다라")), 8);
        QCOMPARE(XlsxWorkbookWriter::sheetName(QStringLiteral("a/b:c"), {}),
                 QStringLiteral("a_b_c"));
        QCOMPARE(XlsxWorkbookWriter::sheetName(QStringLiteral("X"), {QStringLiteral("x")}),
                 QStringLiteral("X (2)"));
    }

    void xlsxReadsBack()
    {
        const QString interpreter = python();
        if (interpreter.isEmpty()
            || QProcess::execute(interpreter,
                                 {QStringLiteral("-c"), QStringLiteral("import openpyxl")})
                    != 0)
            QSKIP("python3-openpyxl is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        const Sample s = makeSample();
        QVERIFY(XlsxWorkbookWriter::write(ProjectTables::build(s.project), path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const QString script = QStringLiteral(R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def cell(v):
    if isinstance(v, datetime.datetime): return {"date": v.date().isoformat()}
    return v
out = []
for ws in wb.worksheets:
    rows = [[cell(c.value) for c in row] for row in ws.iter_rows()]
    types = [[type(c.value).__name__ for c in row] for row in ws.iter_rows(min_row=2, max_row=2)]
    out.append({"name": ws.title, "freeze": ws.freeze_panes, "rows": rows,
                "types": types[0] if types else [],
                "bold": [c.font.b for c in ws[1]],
                "widthA": ws.column_dimensions["A"].width})
print(json.dumps(out))
)");
        QProcess process;
        process.start(interpreter, {QStringLiteral("-c"), script, path});
        QVERIFY(process.waitForFinished(20000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonArray sheets = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(sheets.size(), 5);
        QStringList names;
        for (const QJsonValue &sheet : sheets) {
            names.append(sheet[QStringLiteral("name")].toString());
            QCOMPARE(sheet[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
            for (const QJsonValue &bold : sheet[QStringLiteral("bold")].toArray())
                QVERIFY(bold.toBool());
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Touchpoints"), QStringLiteral("Pain points"),
                              QStringLiteral("Opportunities"), QStringLiteral("Personas"),
                              QStringLiteral("Measurements")}));
        const QJsonArray tpRows = sheets[0][QStringLiteral("rows")].toArray();
        QCOMPARE(tpRows.size(), 4);
        QCOMPARE(tpRows[0][0].toString(), QStringLiteral("Journey"));
        QCOMPARE(tpRows[0][4].toString(), QStringLiteral("Touchpoint"));
        QCOMPARE(tpRows[1][4].toString(), QStringLiteral("Site"));
        QCOMPARE(tpRows[2][8].toInt(), -1);
        QCOMPARE(sheets[0][QStringLiteral("types")][1].toString(), QStringLiteral("int"));
        QVERIFY(tpRows[1][9].isNull()); // no to-be emotion: an empty cell
        const QJsonArray painRows = sheets[1][QStringLiteral("rows")].toArray();
        QCOMPARE(painRows[2][7].toInt(), 20);
        QCOMPARE(painRows[2][8].toString(), QStringLiteral("Critical"));
        const QJsonArray oppRows = sheets[2][QStringLiteral("rows")].toArray();
        QCOMPARE(oppRows[1][10].toDouble(), 10.0);
        QCOMPARE(oppRows[1][11][QStringLiteral("date")].toString(), QStringLiteral("2026-03-31"));
        // Personas: 20 CJK characters need at least 40 character cells.
        QVERIFY(sheets[3][QStringLiteral("widthA")].toDouble() >= 40);
        QCOMPARE(sheets[3][QStringLiteral("rows")][1][3].toDouble(), 12.5);
        const QJsonArray mRows = sheets[4][QStringLiteral("rows")].toArray();
        QCOMPARE(mRows[1][3][QStringLiteral("date")].toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(mRows[1][5].toDouble(), 42.5);
        QCOMPARE(sheets[4][QStringLiteral("types")][5].toString(), QStringLiteral("float"));
        QCOMPARE(mRows[1][8].toInt(), 300);
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "test_tables.moc"
