// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexchange.h"

#include "document/document.h"
#include "interchange/csvtablewriter.h"
#include "interchange/mermaidjourneywriter.h"
#include "interchange/projectimport.h"
#include "interchange/projectjsonwriter.h"
#include "interchange/projecttables.h"
#include "interchange/xlsxworkbookwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace cjm {

namespace {

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(DataExchange::tr("Cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

/// What an import could not take as it was, with the list in the details.
void showReport(QWidget *parent, const QString &text, const QStringList &details)
{
    QMessageBox box(QMessageBox::Information, DataExchange::tr("Import"), text, QMessageBox::Ok,
                    parent);
    box.setDetailedText(details.join(u'\n'));
    box.exec();
}

} // namespace

Status DataExchange::exportFile(const Document &document, const QUuid &journeyId,
                                const QString &path, Format format)
{
    const Project &project = document.project();
    switch (format) {
    case Format::Xlsx:
        return XlsxWorkbookWriter::write(ProjectTables::build(project), path);
    case Format::Csv:
        return CsvTableWriter::writeAll(ProjectTables::build(project), path);
    case Format::Mermaid:
        return writeBytes(path, MermaidJourneyWriter::write(project, journeyId).toUtf8());
    case Format::Json:
        break;
    }
    return writeBytes(path, ProjectJsonWriter::write(project));
}

QString DataExchange::exportData(QWidget *parent, const Document &document, const QUuid &journeyId)
{
    const QVector<std::pair<Format, QString>> types{
            {Format::Json, tr("Whole project as JSON (*.json)")},
            {Format::Xlsx, tr("Tables as an Excel workbook (*.xlsx)")},
            {Format::Csv, tr("Tables as CSV files (*.csv)")},
            {Format::Mermaid, tr("Journey as a Mermaid diagram (*.mmd)")},
    };
    QStringList filters;
    for (const auto &type : types)
        filters.append(type.second);
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Data"), QString(),
                                                filters.join(u";;"), &filter);
    if (path.isEmpty())
        return {};
    Format format = Format::Json;
    for (const auto &type : types) {
        if (type.second == filter)
            format = type.first;
    }
    static const char *const suffixes[] = {"json", "xlsx", "csv", "mmd"};
    const QString suffix = QLatin1String(suffixes[int(format)]);
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    if (const Status status = exportFile(document, journeyId, path, format); !status) {
        QMessageBox::warning(parent, tr("Export Data"), status.message());
        return {};
    }
    return tr("Exported %1").arg(QDir::toNativeSeparators(path));
}

Status DataExchange::importFile(Document *document, const QString &path, QString *summary,
                                QStringList *notes)
{
    ProjectImport::Plan plan;
    if (Status s = ProjectImport::read(path, document->project(), &plan); !s)
        return s;
    if (Status s = ProjectImport::apply(document, path, plan); !s)
        return s;
    const QString name = QFileInfo(path).fileName();
    *notes = plan.unmapped;
    for (const ProjectMerger::Conflict &conflict : plan.conflicts)
        notes->append(ProjectMerger::describe(conflict));
    if (!plan.conflicts.isEmpty()) {
        *summary = tr("%n item(s) of the file already exist in the project (same UUID): "
                      "imported as copies with new UUIDs.",
                      nullptr, int(plan.conflicts.size()));
    } else if (!plan.unmapped.isEmpty()) {
        *summary = tr("Some of the diagram could not be kept.");
    } else {
        *summary = tr("Imported %1.").arg(name);
    }
    return Status::success();
}

QString DataExchange::importData(QWidget *parent, Document *document)
{
    const QString path = QFileDialog::getOpenFileName(
            parent, tr("Import"), QString(),
            tr("Journey Studio JSON or Mermaid journey (*.json *.mmd *.mermaid)"));
    if (path.isEmpty())
        return {};
    QString summary;
    QStringList notes;
    if (const Status status = importFile(document, path, &summary, &notes); !status) {
        QMessageBox::warning(parent, tr("Import"),
                             tr("%1: %2").arg(QFileInfo(path).fileName(), status.message()));
        return {};
    }
    if (!notes.isEmpty())
        showReport(parent, summary, notes);
    return tr("Imported %1").arg(QFileInfo(path).fileName());
}

} // namespace cjm
