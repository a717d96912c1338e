// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/importsurvey.h"

#include "document/document.h"
#include "model/fieldvalue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cjm {

namespace {

/// The survey tables of one import, parents first, and how to select the import's rows.
struct SurveyTable
{
    const char *name;
    const char *select; ///< %1: the import id
};

const SurveyTable kTables[] = {
        {"import", "SELECT * FROM main.survey_import WHERE id = '%1'"},
        {"response", "SELECT * FROM main.survey_response WHERE import_id = '%1'"},
        {"answer",
         "SELECT a.* FROM main.survey_answer a JOIN main.survey_response r "
         "ON r.id = a.response_id WHERE r.import_id = '%1'"},
        {"comment",
         "SELECT c.* FROM main.survey_comment c JOIN main.survey_response r "
         "ON r.id = c.response_id WHERE r.import_id = '%1'"},
        {"histogram", "SELECT * FROM main.survey_histogram WHERE import_id = '%1'"},
        {"pair_sums", "SELECT * FROM main.survey_pair_sums WHERE import_id = '%1'"},
};

} // namespace

ImportSurvey::ImportSurvey(Document *document, const QUuid &importId, const QString &fileName,
                           QUndoCommand *parent)
    : QUndoCommand(tr("Import survey %1").arg(fileName), parent),
      mDocument(document),
      mImportId(importId),
      mKey(importId.toString(QUuid::Id128))
{}

ImportSurvey::~ImportSurvey()
{
    if (mSaved)
        dropTemps();
}

QString ImportSurvey::tempTable(const char *table) const
{
    // A fresh name per undo: a copy whose DROP failed (a reader still open) never collides.
    return QStringLiteral("temp.survey_undo_%1_%2_%3")
            .arg(mKey, QString::number(mGeneration), QLatin1String(table));
}

bool ImportSurvey::run(const QStringList &statements)
{
    QSqlDatabase db = mDocument->workingCopy().database();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            qWarning("ImportSurvey: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

void ImportSurvey::dropTemps()
{
    QSqlQuery query(mDocument->workingCopy().database());
    for (const SurveyTable &table : kTables)
        query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(tempTable(table.name)));
    mSaved = false;
}

void ImportSurvey::undo()
{
    ++mGeneration;
    const QString id = uuidText(mImportId);
    QStringList statements;
    for (const SurveyTable &table : kTables)
        statements << QStringLiteral("CREATE TEMP TABLE %1 AS %2")
                              .arg(tempTable(table.name), QLatin1String(table.select).arg(id));
    // Cascades to the responses (and their answers and comments), histogram and pair sums.
    statements << QStringLiteral("DELETE FROM main.survey_import WHERE id = '%1'").arg(id);
    if (!run(statements)) {
        setObsolete(true);
        return;
    }
    mSaved = true;
    mDone = false;
    mDocument->notifySurveyDataChanged();
}

void ImportSurvey::redo()
{
    if (mDone) {
        // The importer wrote the data before pushing this command.
        mDocument->notifySurveyDataChanged();
        return;
    }
    QStringList statements;
    for (const SurveyTable &table : kTables)
        statements << QStringLiteral("INSERT INTO main.survey_%1 SELECT * FROM %2")
                              .arg(QLatin1String(table.name), tempTable(table.name));
    if (!run(statements)) {
        setObsolete(true);
        return;
    }
    dropTemps();
    mDone = true;
    mDocument->notifySurveyDataChanged();
}

} // namespace cjm
