// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace cjm {

class Document;

/**
 * The undo step of a survey import. SurveyImporter writes the import (one transaction) before
 * pushing this command, so the first redo() only announces it. undo() copies the import's
 * rows (survey_import and, through it, its responses, answers, comments, histogram and pair
 * sums) into TEMP tables of the same connection and deletes the import (ON DELETE CASCADE);
 * redo() puts them back. Survey rows are bulk data outside the model: the Document announces
 * them with ChangeType::SurveyData.
 */
class ImportSurvey : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ImportSurvey)

public:
    /// The import `importId` of `fileName`, already written to `document`'s working copy.
    ImportSurvey(Document *document, const QUuid &importId, const QString &fileName,
                 QUndoCommand *parent = nullptr);
    ~ImportSurvey() override;

    void redo() override;
    void undo() override;

private:
    /// "temp.survey_undo_<id>_<table>".
    QString tempTable(const char *table) const;
    bool run(const QStringList &statements);
    void dropTemps();

    Document *mDocument;
    QUuid mImportId;
    QString mKey; ///< the import id as used in table names (hex only)
    bool mDone = true;
    bool mSaved = false;
    int mGeneration = 0; ///< counts undos; part of the temp table names
};

} // namespace cjm
