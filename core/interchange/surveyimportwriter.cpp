// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveyimportwriter.h"

#include "model/fieldvalue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace cjm {

namespace {

/// The SQLite handle behind a Qt connection, or nullptr.
sqlite3 *handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QByteArray dayText(qint64 julianDay)
{
    if (julianDay == 0)
        return QByteArray("");
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate).toLatin1();
}

} // namespace

SurveyImportWriter::SurveyImportWriter(QSqlDatabase database, const SurveyRowValidator &validator,
                                       const QUuid &journeyId, bool keepAnswers)
    : mDatabase(database),
      mDb(handleOf(database)),
      mValidator(validator),
      mJourneyId(journeyId),
      mKeepAnswers(keepAnswers)
{
    buildTargets();
    for (const QUuid &persona : validator.personaIds())
        mPersonaText.append(uuidText(persona).toLatin1());
}

SurveyImportWriter::~SurveyImportWriter()
{
    if (mInTransaction)
        rollback();
    sqlite3_finalize(mInsertResponse);
    sqlite3_finalize(mInsertAnswer);
    sqlite3_finalize(mInsertComment);
}

void SurveyImportWriter::buildTargets()
{
    const QVector<SurveyMapping::Column> &columns = mValidator.mapping().columns;
    mTargetOfColumn.fill(-1, columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        const SurveyMapping::Column &column = columns.at(i);
        mColumnTouchpointText.append(uuidText(column.touchpointId).toLatin1());
        if (column.role != SurveyMapping::Role::Score)
            continue;
        Target target;
        target.metricId = column.metricId;
        target.scopeKind = int(column.scopeKind);
        target.scopeId = column.scopeId;
        if (column.scopeKind == ScopeKind::Journey && column.scopeId.isNull())
            target.scopeId = mJourneyId;
        if (target.scopeId.isNull() || column.scopeKind == ScopeKind::Project) {
            target.scopeKind = int(ScopeKind::Project);
            target.scopeId = QUuid();
        }
        target.touchpoint = column.scopeKind == ScopeKind::Touchpoint;
        target.metricText = uuidText(target.metricId).toLatin1();
        target.scopeText = uuidText(target.scopeId).toLatin1();
        target.scaleMin = column.scaleMin;
        target.scaleMax = column.scaleMax;
        int found = -1;
        for (int t = 0; t < mTargets.size(); ++t) {
            Target &other = mTargets[t];
            if (other.metricId == target.metricId && other.scopeKind == target.scopeKind
                && other.scopeId == target.scopeId) {
                found = t;
                other.scaleMin = std::min(other.scaleMin, column.scaleMin);
                other.scaleMax = std::max(other.scaleMax, column.scaleMax);
            }
        }
        if (found < 0) {
            found = mTargets.size();
            mTargets.append(target);
        }
        mTargetOfColumn[i] = found;
        // The overall NPS answer: the first NPS column not about one touchpoint.
        if (column.kind == MetricKind::Nps && !target.touchpoint && mNpsColumn < 0)
            mNpsColumn = i;
    }
    for (Target &target : mTargets) {
        target.offset = mSlotWidth;
        mSlotWidth += target.scaleMax - target.scaleMin + 1;
    }
}

int SurveyImportWriter::slotOf(int persona, qint64 day)
{
    const quint64 key = (quint64(persona + 1) << 32) | quint64(day);
    const auto it = mSlotIndex.constFind(key);
    if (it != mSlotIndex.constEnd())
        return *it;
    const int slot = mSlots.size();
    mSlots.append(Slot{persona, day});
    mSlotIndex.insert(key, slot);
    mCounts.resize(mCounts.size() + mSlotWidth);
    mPairs.resize(mPairs.size() + mTargets.size());
    return slot;
}

bool SurveyImportWriter::isImported(QSqlDatabase database, const QString &sha256)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM survey_import WHERE file_sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

Status SurveyImportWriter::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(mDb, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "?");
        sqlite3_free(error);
        return Status::failure(tr("cannot write the survey data: %1").arg(message));
    }
    return Status::success();
}

Status SurveyImportWriter::prepare(sqlite3_stmt **statement, const char *sql)
{
    if (sqlite3_prepare_v3(mDb, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr)
        != SQLITE_OK)
        return Status::failure(
                tr("cannot write the survey data: %1").arg(QString::fromUtf8(sqlite3_errmsg(mDb))));
    return Status::success();
}

Status SurveyImportWriter::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return Status::failure(
                tr("cannot write the survey data: %1").arg(QString::fromUtf8(sqlite3_errmsg(mDb))));
    return Status::success();
}

void SurveyImportWriter::bindUuid(sqlite3_stmt *statement, int index, const QUuid &id)
{
    if (id.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    const QByteArray text = uuidText(id).toLatin1();
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void SurveyImportWriter::bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    // Empty means NULL for ids; the bytes outlive the step (members of the writer).
    if (text.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void SurveyImportWriter::bindDay(sqlite3_stmt *statement, int index, qint64 julianDay)
{
    const QByteArray text = dayText(julianDay);
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

Status SurveyImportWriter::begin(const QUuid &importId, const QString &fileName,
                                 const QString &sha256)
{
    if (!mDb)
        return Status::failure(tr("the project database is not open"));
    mImportId = importId;
    mImportIdText = uuidText(importId).toLatin1();
    // A larger page cache for the bulk insert (48 MiB; restored by commit and rollback).
    if (Status s = exec("PRAGMA cache_size = -49152; BEGIN IMMEDIATE"); !s)
        return s;
    mInTransaction = true;
    if (Status s = storeMapping(fileName); !s)
        return s;
    QSqlQuery query(mDatabase);
    query.prepare(QStringLiteral("INSERT INTO survey_import (id, mapping_id, file_name, "
                                 "file_sha256, imported_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(uuidText(importId));
    query.addBindValue(uuidText(mMappingId));
    query.addBindValue(fileName);
    query.addBindValue(sha256);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return Status::failure(
                tr("cannot write the survey data: %1").arg(query.lastError().text()));
    if (Status s = prepare(&mInsertResponse,
                           "INSERT INTO survey_response (import_id, respondent, day, segment, "
                           "persona_id) VALUES (?1, ?2, ?3, ?4, ?5)");
        !s)
        return s;
    if (Status s = prepare(&mInsertAnswer,
                           "INSERT INTO survey_answer (response_id, metric_id, scope_kind, "
                           "scope_id, value) VALUES (?1, ?2, ?3, ?4, ?5)");
        !s)
        return s;
    return prepare(&mInsertComment,
                   "INSERT INTO survey_comment (response_id, touchpoint_id, text) "
                   "VALUES (?1, ?2, ?3)");
}

Status SurveyImportWriter::storeMapping(const QString &fallbackName)
{
    const SurveyMapping &mapping = mValidator.mapping();
    QSqlQuery find(mDatabase);
    find.prepare(QStringLiteral("SELECT id FROM survey_mapping WHERE id = ? OR signature = ? "
                                "ORDER BY id = ? DESC LIMIT 1"));
    find.addBindValue(uuidText(mapping.id));
    find.addBindValue(mapping.signature);
    find.addBindValue(uuidText(mapping.id));
    mCreatedMapping = !(find.exec() && find.next());
    mMappingId = mCreatedMapping ? (mapping.id.isNull() ? QUuid::createUuid() : mapping.id)
                                 : QUuid::fromString(find.value(0).toString());
    SurveyMapping stored = mapping;
    stored.id = mMappingId;
    const QString definition
            = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery write(mDatabase);
    write.prepare(mCreatedMapping ? QStringLiteral("INSERT INTO survey_mapping (name, signature, "
                                                   "definition, id) VALUES (?, ?, ?, ?)")
                                  : QStringLiteral("UPDATE survey_mapping SET name = ?, "
                                                   "signature = ?, definition = ? WHERE id = ?"));
    // An unnamed mapping is named after the first file it imported.
    write.addBindValue(mapping.name.isEmpty() ? fallbackName : mapping.name);
    write.addBindValue(mapping.signature);
    write.addBindValue(definition);
    write.addBindValue(uuidText(mMappingId));
    if (!write.exec())
        return Status::failure(tr("cannot store the mapping: %1").arg(write.lastError().text()));
    return Status::success();
}

Status SurveyImportWriter::insertResponse(const SurveyRowValidator::Row &row)
{
    const QByteArray respondent = row.respondent.toUtf8();
    const QByteArray segment = row.segment.toUtf8();
    sqlite3_bind_text(mInsertResponse, 1, mImportIdText.constData(), int(mImportIdText.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(mInsertResponse, 2, respondent.constData(), int(respondent.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(mInsertResponse, 3, mLastDayText.constData(), int(mLastDayText.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(mInsertResponse, 4, segment.constData(), int(segment.size()), SQLITE_STATIC);
    if (row.persona >= 0)
        sqlite3_bind_text(mInsertResponse, 5, mPersonaText.at(row.persona).constData(),
                          int(mPersonaText.at(row.persona).size()), SQLITE_STATIC);
    else
        sqlite3_bind_null(mInsertResponse, 5);
    return step(mInsertResponse);
}

Status SurveyImportWriter::addRow(const SurveyRowValidator::Row &row)
{
    const qint64 day = row.day.isValid() ? row.day.toJulianDay() : 0;
    if (day != mLastDay) {
        mLastDay = day;
        mLastDayText = dayText(day);
    }
    // Every figure comes from the aggregates. A respondent's own row is kept where
    // something refers to it — a comment, or the answers when they are kept — and not
    // otherwise: most of an import's time went into rows nothing read, and a project
    // sent to others should hold no more about respondents than it uses.
    sqlite3_int64 responseId = 0;
    if (mKeepAnswers || !row.comments.isEmpty()) {
        if (Status s = insertResponse(row); !s)
            return s;
        responseId = sqlite3_last_insert_rowid(mDb);
    }
    ++mRowsStored;

    std::optional<int> nps;
    for (const auto &answer : row.answers) {
        if (answer.first == mNpsColumn)
            nps = answer.second;
    }
    const int slot = slotOf(row.persona, day);
    for (const auto &answer : row.answers) {
        const int target = mTargetOfColumn.at(answer.first);
        const Target &t = mTargets.at(target);
        ++mCounts[slot * mSlotWidth + t.offset + answer.second - t.scaleMin];
        if (nps && t.touchpoint && answer.first != mNpsColumn)
            mPairs[slot * mTargets.size() + target].add(answer.second, *nps);
        if (!mKeepAnswers)
            continue;
        sqlite3_bind_int64(mInsertAnswer, 1, responseId);
        bindText(mInsertAnswer, 2, t.metricText);
        sqlite3_bind_int(mInsertAnswer, 3, t.scopeKind);
        bindText(mInsertAnswer, 4, t.scopeText);
        sqlite3_bind_double(mInsertAnswer, 5, answer.second);
        if (Status s = step(mInsertAnswer); !s)
            return s;
    }
    for (const auto &comment : row.comments) {
        const QByteArray text = comment.second.toUtf8();
        const QByteArray &touchpoint = mColumnTouchpointText.at(comment.first);
        sqlite3_bind_int64(mInsertComment, 1, responseId);
        if (touchpoint.isEmpty())
            sqlite3_bind_null(mInsertComment, 2);
        else
            sqlite3_bind_text(mInsertComment, 2, touchpoint.constData(), int(touchpoint.size()),
                              SQLITE_STATIC);
        sqlite3_bind_text(mInsertComment, 3, text.constData(), int(text.size()), SQLITE_STATIC);
        if (Status s = step(mInsertComment); !s)
            return s;
    }
    return Status::success();
}

Status SurveyImportWriter::writeAggregates()
{
    sqlite3_stmt *histogram = nullptr;
    sqlite3_stmt *pairs = nullptr;
    Status status = prepare(&histogram,
                            "INSERT INTO survey_histogram VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (status)
        status = prepare(&pairs,
                         "INSERT INTO survey_pair_sums VALUES "
                         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    auto bindCommon = [&](sqlite3_stmt *statement, int target, int persona, qint64 day) {
        const Target &t = mTargets.at(target);
        sqlite3_bind_text(statement, 1, mImportIdText.constData(), int(mImportIdText.size()),
                          SQLITE_STATIC);
        bindUuid(statement, 2, t.metricId);
        sqlite3_bind_int(statement, 3, t.scopeKind);
        bindUuid(statement, 4, t.scopeId);
        if (persona >= 0)
            bindUuid(statement, 5, mValidator.personaIds().at(persona));
        else
            sqlite3_bind_null(statement, 5);
        bindDay(statement, 6, day);
    };
    for (int slot = 0; status && slot < mSlots.size(); ++slot) {
        const Slot &where = mSlots.at(slot);
        for (int target = 0; status && target < mTargets.size(); ++target) {
            const Target &t = mTargets.at(target);
            for (int score = t.scaleMin; status && score <= t.scaleMax; ++score) {
                const qint64 count = mCounts.at(slot * mSlotWidth + t.offset + score - t.scaleMin);
                if (count == 0)
                    continue;
                bindCommon(histogram, target, where.persona, where.day);
                sqlite3_bind_double(histogram, 7, score);
                sqlite3_bind_int64(histogram, 8, count);
                status = step(histogram);
            }
            const PairSums &s = mPairs.at(slot * mTargets.size() + target);
            if (!status || s.n == 0)
                continue;
            bindCommon(pairs, target, where.persona, where.day);
            sqlite3_bind_int64(pairs, 7, s.n);
            sqlite3_bind_double(pairs, 8, s.sumX);
            sqlite3_bind_double(pairs, 9, s.sumY);
            sqlite3_bind_double(pairs, 10, s.sumXX);
            sqlite3_bind_double(pairs, 11, s.sumYY);
            sqlite3_bind_double(pairs, 12, s.sumXY);
            status = step(pairs);
        }
    }
    sqlite3_finalize(histogram);
    sqlite3_finalize(pairs);
    return status;
}

Status SurveyImportWriter::commit(qint64 rowsRead)
{
    if (Status s = writeAggregates(); !s)
        return s;
    QSqlQuery query(mDatabase);
    query.prepare(
            QStringLiteral("UPDATE survey_import SET rows_read = ?, rows_stored = ? WHERE id = ?"));
    query.addBindValue(rowsRead);
    query.addBindValue(mRowsStored);
    query.addBindValue(uuidText(mImportId));
    if (!query.exec())
        return Status::failure(
                tr("cannot write the survey data: %1").arg(query.lastError().text()));
    if (Status s = exec("COMMIT"); !s)
        return s;
    mInTransaction = false;
    exec("PRAGMA cache_size = -2000");
    return Status::success();
}

void SurveyImportWriter::rollback()
{
    if (!mInTransaction)
        return;
    exec("ROLLBACK");
    exec("PRAGMA cache_size = -2000");
    mInTransaction = false;
}

} // namespace cjm
