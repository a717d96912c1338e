// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/projectsearch.h"

#include "document/document.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

/// Trigram MATCH needs three characters; shorter words use LIKE.
constexpr int kTrigram = 3;

QString joined(std::initializer_list<QString> parts)
{
    QStringList list;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            list.append(part);
    }
    return list.join(u'\n');
}

/// `word` as an FTS5 string (a phrase of one word: no operator inside it counts).
QString ftsPhrase(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

/// `word` as a LIKE pattern for "contains", with % _ and \ taken literally.
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

int codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

Status sqlFailure(const QSqlQuery &query)
{
    return Status::failure(query.lastError().text());
}

} // namespace

ProjectSearch::ProjectSearch(Document *document, QObject *parent)
    : QObject(parent),
      mDocument(document),
      mConnectionName(u"projectsearch-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, mConnectionName);
    db.setDatabaseName(u":memory:"_s);
    db.open();
    if (mDocument)
        connect(mDocument, &Document::changed, this, &ProjectSearch::onChanged);
}

ProjectSearch::~ProjectSearch()
{
    QSqlDatabase::database(mConnectionName, false).close();
    QSqlDatabase::removeDatabase(mConnectionName);
}

bool ProjectSearch::isAvailable()
{
    const QString name = u"projectsearch-probe"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(u"CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ProjectSearch::isIndexed(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Persona:
    case EntityKind::Journey:
    case EntityKind::Stage:
    case EntityKind::Touchpoint:
    case EntityKind::PainPoint:
    case EntityKind::Opportunity:
    case EntityKind::Insight:
        return true;
    default:
        return false;
    }
}

bool ProjectSearch::textsOf(EntityKind kind, const QUuid &id, QString *title, QString *body) const
{
    const Project &p = mDocument->project();
    switch (kind) {
    case EntityKind::Persona:
        if (const Persona *e = p.personas().find(id)) {
            *title = e->name;
            *body = joined({e->role, e->goals, e->needs, e->frustrations, e->quote});
            return true;
        }
        return false;
    case EntityKind::Journey:
        if (const Journey *e = p.journeys().find(id)) {
            *title = e->name;
            *body = joined({e->scenario, e->owner});
            return true;
        }
        return false;
    case EntityKind::Stage:
        if (const Stage *e = p.stages().find(id)) {
            *title = e->name;
            *body = joined({e->customerGoal, e->notes});
            return true;
        }
        return false;
    case EntityKind::Touchpoint:
        if (const Touchpoint *e = p.touchpoints().find(id)) {
            *title = e->title;
            *body = joined({e->description, e->owner, e->customerAction, e->thoughts, e->feelings,
                            e->backstage});
            return true;
        }
        return false;
    case EntityKind::PainPoint:
        if (const PainPoint *e = p.painPoints().find(id)) {
            *title = e->title;
            *body = joined({e->description, e->handlingNotes});
            return true;
        }
        return false;
    case EntityKind::Opportunity:
        if (const Opportunity *e = p.opportunities().find(id)) {
            *title = e->title;
            *body = joined({e->description, e->owner, e->expectedChange});
            return true;
        }
        return false;
    case EntityKind::Insight:
        if (const Insight *e = p.insights().find(id)) {
            *title = e->text;
            *body = e->sourceDetail;
            return true;
        }
        return false;
    default:
        return false;
    }
}

Status ProjectSearch::ensureIndex()
{
    if (!mStale)
        return Status::success();
    const Status status = rebuild();
    mStale = !status;
    return status;
}

Status ProjectSearch::rebuild()
{
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    if (!db.isOpen())
        return Status::failure(db.lastError().text());
    QSqlQuery query(db);
    query.exec(u"DROP TABLE IF EXISTS search"_s);
    if (!query.exec(u"CREATE VIRTUAL TABLE search USING fts5(id UNINDEXED, kind UNINDEXED, "
                    "title, body, tokenize='trigram')"_s))
        return sqlFailure(query);
    db.transaction();
    const Project &p = mDocument->project();
    Status status;
    auto addAll = [&](EntityKind kind, const auto &list) {
        for (const auto &entity : list) {
            if (status)
                status = insertRow(kind, entity.id);
        }
    };
    addAll(EntityKind::Persona, p.personas());
    addAll(EntityKind::Journey, p.journeys());
    addAll(EntityKind::Stage, p.stages());
    addAll(EntityKind::Touchpoint, p.touchpoints());
    addAll(EntityKind::PainPoint, p.painPoints());
    addAll(EntityKind::Opportunity, p.opportunities());
    addAll(EntityKind::Insight, p.insights());
    db.commit();
    return status;
}

Status ProjectSearch::insertRow(EntityKind kind, const QUuid &id)
{
    QString title;
    QString body;
    if (!textsOf(kind, id, &title, &body))
        return Status::success();
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.prepare(u"INSERT INTO search (id, kind, title, body) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    query.addBindValue(int(kind));
    query.addBindValue(title);
    query.addBindValue(body);
    return query.exec() ? Status::success() : sqlFailure(query);
}

Status ProjectSearch::removeRow(const QUuid &id)
{
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.prepare(u"DELETE FROM search WHERE id = ?"_s);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    return query.exec() ? Status::success() : sqlFailure(query);
}

void ProjectSearch::onChanged(const ChangeEvent &event)
{
    if (mStale)
        return; // built from the model on the next search
    for (const ChangeItem &item : event.items) {
        if (item.type == ChangeType::Reset) {
            mStale = true;
            return;
        }
        if (!isIndexed(item.kind))
            continue;
        if (item.type == ChangeType::Added || item.type == ChangeType::Removed
            || item.type == ChangeType::Changed) {
            // Each step is small: re-reading the entity's texts is simpler than diffing fields.
            if (!removeRow(item.id) || !insertRow(item.kind, item.id)) {
                mStale = true;
                return;
            }
        }
    }
}

QVector<SearchHit> ProjectSearch::search(const QString &text, Status *status)
{
    QVector<SearchHit> hits;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    Status s = mDocument && !words.isEmpty() ? ensureIndex() : Status::success();
    if (s && mDocument && !words.isEmpty()) {
        QStringList phrases;
        QStringList conditions;
        QStringList likes;
        for (const QString &word : words) {
            if (codePoints(word) >= kTrigram) {
                phrases.append(ftsPhrase(word));
            } else {
                conditions.append(u"(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"_s);
                likes.append(likePattern(word));
            }
        }
        if (!phrases.isEmpty())
            conditions.prepend(u"search MATCH ?"_s);
        QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
        query.prepare(u"SELECT id, kind FROM search WHERE "_s + conditions.join(u" AND "_s));
        if (!phrases.isEmpty())
            query.addBindValue(phrases.join(u' '));
        for (const QString &like : std::as_const(likes)) {
            query.addBindValue(like);
            query.addBindValue(like);
        }
        if (!query.exec())
            s = sqlFailure(query);
        QString title;
        QString body;
        while (query.next()) {
            const QUuid id(query.value(0).toString());
            const auto kind = static_cast<EntityKind>(query.value(1).toInt());
            // A row whose entity went without a change item naming it is not a hit.
            if (textsOf(kind, id, &title, &body))
                hits.append(hitFor(kind, id));
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const SearchHit &a, const SearchHit &b) {
        return orderKey(a) < orderKey(b);
    });
    if (status)
        *status = s;
    return hits;
}

SearchHit ProjectSearch::hitFor(EntityKind kind, const QUuid &id) const
{
    const Project &p = mDocument->project();
    SearchHit hit;
    hit.ref = {kind, id};
    QString body;
    textsOf(kind, id, &hit.text, &body);
    switch (kind) {
    case EntityKind::Journey:
        hit.journeyId = id;
        break;
    case EntityKind::Stage:
        hit.stageId = id;
        break;
    case EntityKind::Touchpoint:
        hit.stageId = p.touchpoints().find(id)->stageId;
        break;
    case EntityKind::PainPoint:
        hit.stageId = p.painPoints().find(id)->stageId;
        break;
    case EntityKind::Opportunity:
        hit.stageId = p.opportunities().find(id)->stageId;
        break;
    case EntityKind::Insight:
        hit.stageId = p.insights().find(id)->stageId;
        break;
    default:
        break;
    }
    if (const Stage *stage = p.stages().find(hit.stageId)) {
        hit.stageName = stage->name;
        hit.journeyId = stage->journeyId;
    }
    if (const Journey *journey = p.journeys().find(hit.journeyId))
        hit.journeyName = journey->name;
    return hit;
}

QVector<qint64> ProjectSearch::orderKey(const SearchHit &hit) const
{
    // Personas first, then journey by journey, stage by stage, column by column.
    const Project &p = mDocument->project();
    const Journey *journey = p.journeys().find(hit.journeyId);
    const Stage *stage = p.stages().find(hit.stageId);
    QUuid touchpointId;
    int own = 0;
    switch (hit.ref.kind) {
    case EntityKind::Persona:
        own = p.personas().find(hit.ref.id)->position;
        break;
    case EntityKind::Touchpoint:
        touchpointId = hit.ref.id;
        break;
    case EntityKind::PainPoint:
        touchpointId = p.painPoints().find(hit.ref.id)->touchpointId;
        own = p.painPoints().find(hit.ref.id)->position;
        break;
    case EntityKind::Opportunity:
        touchpointId = p.opportunities().find(hit.ref.id)->touchpointId;
        own = p.opportunities().find(hit.ref.id)->position;
        break;
    case EntityKind::Insight:
        touchpointId = p.insights().find(hit.ref.id)->touchpointId;
        own = p.insights().find(hit.ref.id)->position;
        break;
    default:
        break;
    }
    const Touchpoint *touchpoint = p.touchpoints().find(touchpointId);
    return {journey ? journey->position : -1, stage ? stage->position : -1,
            touchpoint ? touchpoint->position : -1, int(hit.ref.kind), own};
}

} // namespace cjm
