// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveyimporter.h"
#include "interchange/surveyimportsummary.h"
#include "interchange/surveymapping.h"

#include <QHash>
#include <QUuid>
#include <QWizard>

class QComboBox;
class QLabel;
class QMimeData;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;

namespace cjm {

class Document;

/**
 * Imports a survey export into the open project, step by step: choose the file (its layout,
 * encoding and delimiter are shown, and the encoding asked for when the detector is
 * unsure) → check the mapping of every column (pre-filled from the mapping stored for the
 * same columns, else from SurveyAutoMapper) → read the dry run (rows imported, rows skipped
 * by reason, the first problems with line and column) → import with a progress bar and
 * Cancel → done. Only the last step changes the project, as one undo step; cancelling it
 * leaves the project as it was (SurveyImporter rolls the transaction back).
 */
class SurveyImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage = 0, MappingPage = 1, SummaryPage = 2, ImportPage = 3 };
    /// Columns of the mapping table.
    enum MappingColumn { ColumnHeader = 0, ColumnExample, ColumnRole, ColumnKind, ColumnScope };

    /// Imports into `document` (not owned); journey-scoped answers belong to `journeyId`
    /// (null: the project's first journey).
    SurveyImportWizard(Document *document, const QUuid &journeyId, QWidget *parent = nullptr);

    /**
     * Runs the wizard modally on `document` for journey `journeyId`, starting from `path`
     * (empty: the user picks a file first). True when something was imported.
     */
    static bool run(Document *document, const QUuid &journeyId, const QString &path,
                    QWidget *parent);
    /// The first local survey export (.csv, .tsv, .txt) among dropped URLs, or empty.
    static QString droppedSurvey(const QMimeData *mime);

    /// Chooses `path` and inspects it (what the file page's Browse… does).
    void setFilePath(const QString &path);
    QString filePath() const;
    /// What the file page found.
    const SurveyImporter::Inspection &inspection() const { return mInspection; }
    /// The notes of the automatic proposal (fallbacks, new metrics and personas).
    const QStringList &proposalNotes() const { return mNotes; }
    /// Whether the mapping came from one stored for the same columns.
    bool usesStoredMapping() const { return mStored; }
    QTableWidget *mappingTable() const { return mTable; }
    /// Segment value → persona: one row per value, a combo of the personas (item data: the
    /// persona id), "New persona" (newPersonaData()) and "Skip these rows" (null).
    QTableWidget *segmentTable() const { return mSegmentTable; }
    /// Item data of the "New persona" choice.
    static QString newPersonaData() { return QStringLiteral("new"); }
    /// The mapping as the table stands now.
    SurveyMapping mapping() const;
    /// The dry run shown on the summary page.
    const SurveyImportSummary &dryRun() const { return mDryRun; }
    /// The import's outcome (after the import page ran).
    const SurveyImportSummary &result() const { return mResult; }
    /// Whether the import has run (and ended).
    bool isImported() const { return mImportDone; }
    /// Asks the running import to stop (nothing is written).
    void requestCancel() { mCancelRequested = true; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createSummaryPage();
    QWizardPage *createImportPage();

    void browse();
    void inspect();
    void showInspection();
    void propose();
    void fillTable();
    void fillRow(int row, const SurveyColumn &column, const SurveyMapping::Column *mapped);
    void fillSegments();
    void mapSegments(SurveyMapping *mapping) const;
    void updateRow(int row);
    SurveyImporter::Options options() const;
    void runDryRun();
    void runImport();
    QString encodingName(TextEncodingDetector::Encoding encoding) const;
    QString layoutName(SurveyLayout::Kind kind) const;
    QString delimiterName(QChar delimiter) const;

    Document *mDocument;
    QUuid mJourneyId;
    SurveyImporter::Inspection mInspection;
    bool mEncodingChosen = false;
    SurveyMapping mProposal;
    QStringList mNotes;
    bool mStored = false;
    QString mTableSignature;
    SurveyImportSummary mDryRun;
    SurveyImportSummary mResult;
    bool mImporting = false;
    bool mImportDone = false;
    bool mCancelRequested = false;

    QLineEdit *mPathEdit = nullptr;
    QLabel *mLayoutLabel = nullptr;
    QComboBox *mEncodingBox = nullptr;
    QLabel *mEncodingNote = nullptr;
    QLabel *mDelimiterLabel = nullptr;
    QLabel *mColumnsLabel = nullptr;
    QLabel *mFileError = nullptr;
    QTableWidget *mTable = nullptr;
    QLabel *mNotesLabel = nullptr;
    QTableWidget *mSegmentTable = nullptr;
    /// Personas the mapping creates, by segment value: the same ids on every call.
    mutable QHash<QString, Persona> mNewPersonas;
    QLabel *mSummaryLabel = nullptr;
    QTableWidget *mIssueTable = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mImportLabel = nullptr;
};

} // namespace cjm
