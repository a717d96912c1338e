// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/searchhit.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QVector>

class QSqlQuery;

namespace cjm {

class Document;
struct ChangeEvent;

/**
 * Full-text search over a project's titles, descriptions and insight texts (personas,
 * journeys, stages, touchpoints, pain points, opportunities, insights) with SQLite FTS5.
 *
 * The index is an FTS5 table with the trigram tokenizer in a private in-memory database, never
 * in the project file or the working copy (whose schema must stay exactly ours). It is built
 * from the model on the first search and kept up to date from Document::changed: edits,
 * additions and removals update single rows; a reset rebuilds it lazily.
 *
 * Trigrams find any substring of three characters or more, in any script — Chinese has no
 * spaces between words — case-insensitively. Shorter words (one or two CJK characters, "ad")
 * fall back to LIKE on the same table. Every word must occur (AND).
 */
class ProjectSearch : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSearch(Document *document, QObject *parent = nullptr);
    ~ProjectSearch() override;

    /// Entities whose text holds every word of `query`, in map order (journeys, stages, columns).
    QVector<SearchHit> search(const QString &query, Status *status = nullptr);

    /// Whether this SQLite has FTS5 with the trigram tokenizer.
    static bool isAvailable();

private:
    void onChanged(const ChangeEvent &event);
    Status ensureIndex();
    Status rebuild();
    Status insertRow(EntityKind kind, const QUuid &id);
    Status removeRow(const QUuid &id);
    bool isIndexed(EntityKind kind) const;
    /// Title and body texts of an entity; false if the entity is not there.
    bool textsOf(EntityKind kind, const QUuid &id, QString *title, QString *body) const;
    SearchHit hitFor(EntityKind kind, const QUuid &id) const;
    QVector<qint64> orderKey(const SearchHit &hit) const;

    QPointer<Document> mDocument;
    QString mConnectionName;
    bool mStale = true;
};

} // namespace cjm
