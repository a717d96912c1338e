// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pairsums.h"
#include "interchange/surveymapping.h"
#include "interchange/surveyrowvalidator.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QUuid>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace cjm {

/**
 * Writes one survey import into a project database: the survey_import row, a survey_response
 * per valid row with its survey_answer and survey_comment rows, and, at the end, the
 * pre-aggregated survey_histogram and survey_pair_sums rows, which it accumulates in memory
 * (they are small: metric × scope × persona × day × score).
 *
 * Everything happens inside one transaction (begin() … commit() or rollback()) through
 * prepared SQLite statements reused for every row: a million responses are written in
 * seconds, and a failure or a cancel leaves the database as it was.
 */
class SurveyImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyImportWriter)

public:
    /// Writes into `database` (an open SQLite connection) for rows of `validator`'s mapping;
    /// `journeyId` is the scope of journey-scoped columns without one. With `keepAnswers`
    /// false no survey_answer rows are written (the histogram and pair sums carry every
    /// figure; the answers only serve re-analysis outside Journey Studio).
    SurveyImportWriter(QSqlDatabase database, const SurveyRowValidator &validator,
                       const QUuid &journeyId, bool keepAnswers);
    ~SurveyImportWriter();
    SurveyImportWriter(const SurveyImportWriter &) = delete;
    SurveyImportWriter &operator=(const SurveyImportWriter &) = delete;

    /// Starts the transaction and writes the survey_import row (and the mapping, stored or
    /// updated under its signature).
    Status begin(const QUuid &importId, const QString &fileName, const QString &sha256);
    /// Adds one valid row.
    Status addRow(const SurveyRowValidator::Row &row);
    /// Writes the aggregates and the row counts, and commits.
    Status commit(qint64 rowsRead);
    /// Undoes everything since begin().
    void rollback();

    /// Whether begin() inserted a new survey_mapping row (rather than updating one).
    bool createdMapping() const { return mCreatedMapping; }
    /// The id of the mapping row written.
    QUuid mappingId() const { return mMappingId; }

    /// Whether a file with `sha256` was imported into `database` before.
    static bool isImported(QSqlDatabase database, const QString &sha256);

private:
    /// A (metric, scope) pair answers are counted under.
    struct Target
    {
        QUuid metricId;
        int scopeKind = 0;
        QUuid scopeId;
        bool touchpoint = false;
        /// The ids as bound to statements, made once rather than per answer.
        QByteArray metricText;
        QByteArray scopeText;
        /// The scores counted (the widest scale of the target's columns) and where the
        /// target's counts start within a slot.
        int scaleMin = 0;
        int scaleMax = 0;
        int offset = 0;
    };
    /// The answers of one persona on one day, for every target: histograms and pair sums
    /// are kept per slot in flat arrays, so a row costs one hash lookup, not one per answer.
    struct Slot
    {
        int persona = -1;
        qint64 day = 0;
    };

    /// The slot of (persona, day), created on first use.
    int slotOf(int persona, qint64 day);

    Status prepare(sqlite3_stmt **statement, const char *sql);
    Status step(sqlite3_stmt *statement);
    Status exec(const char *sql);
    /// Writes the survey_response row of `row` (its day text already in mLastDayText).
    Status insertResponse(const SurveyRowValidator::Row &row);
    Status storeMapping(const QString &fallbackName);
    Status writeAggregates();
    void buildTargets();
    void bindUuid(sqlite3_stmt *statement, int index, const QUuid &id);
    static void bindText(sqlite3_stmt *statement, int index, const QByteArray &text);
    void bindDay(sqlite3_stmt *statement, int index, qint64 julianDay);

    QSqlDatabase mDatabase;
    sqlite3 *mDb = nullptr;
    const SurveyRowValidator &mValidator;
    QUuid mJourneyId;
    bool mKeepAnswers = true;
    bool mInTransaction = false;
    QUuid mImportId;
    QByteArray mImportIdText;
    QUuid mMappingId;
    bool mCreatedMapping = false;
    qint64 mRowsStored = 0;
    QVector<Target> mTargets;
    QVector<int> mTargetOfColumn; ///< by index into mapping().columns; −1 for non-scores
    /// The column whose answer is the "y" of pair sums (the overall NPS), or −1.
    int mNpsColumn = -1;
    QVector<QByteArray> mPersonaText;
    qint64 mLastDay = -1; ///< the day whose text is in mLastDayText (rows come in date runs)
    QByteArray mLastDayText;
    QVector<QByteArray> mColumnTouchpointText; ///< comment touchpoint per mapping column
    QHash<quint64, int> mSlotIndex;            ///< (persona + 1) << 32 | day → index into mSlots
    QVector<Slot> mSlots;
    int mSlotWidth = 0;       ///< counts per slot: the targets' scale widths added up
    QVector<qint64> mCounts;  ///< mSlotWidth counts per slot
    QVector<PairSums> mPairs; ///< mTargets.size() pair sums per slot
    sqlite3_stmt *mInsertResponse = nullptr;
    sqlite3_stmt *mInsertAnswer = nullptr;
    sqlite3_stmt *mInsertComment = nullptr;
};

} // namespace cjm
