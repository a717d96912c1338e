// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search on both samples: English words and Chinese text (no spaces between words,
// one- and two-character queries), every result naming its journey and stage, results that
// follow edits and undo, and the project file keeping exactly its own tables.

#include "document/commands/edittouchpoint.h"
#include "document/commands/removestage.h"
#include "document/commands/removetouchpoint.h"
#include "document/document.h"
#include "document/projectsearch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestProjectSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void fts5WithTrigramsIsAvailable();
    void findsEnglishWords();
    void everyWordMustOccur();
    void findsChineseText();
    void shortChineseQueriesUseTheFallback();
    void insightsAreFound();
    void followsEditsAndUndo();
    void removedStageTakesItsTouchpoints();
    void projectFileKeepsItsTables();

private:
    std::unique_ptr<Document> open(const QString &name);
    /// Ids of the touchpoints whose title or description holds `needle`, ignoring case,
    /// counted by a plain scan of the model (independent of SQLite).
    QSet<QUuid> touchpointsContaining(const QString &needle) const;
    static QSet<QUuid> idsOf(const QVector<SearchHit> &hits, EntityKind kind);

    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDocument;
};

void TestProjectSearch::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
}

void TestProjectSearch::cleanup()
{
    mDocument.reset();
}

std::unique_ptr<Document> TestProjectSearch::open(const QString &name)
{
    Document::OpenOptions options;
    options.recovery = Document::RecoveryPolicy::Discard;
    Document::OpenResult result;
    auto document = Document::open(QStringLiteral(JS_SOURCE_DIR "/resources/samples/") + name,
                                   options, &result);
    if (!document)
        qWarning("%s", qPrintable(result.status.message()));
    return document;
}

QSet<QUuid> TestProjectSearch::touchpointsContaining(const QString &needle) const
{
    QSet<QUuid> ids;
    for (const Touchpoint &t : mDocument->project().touchpoints()) {
        for (const QString &text : {t.title, t.description, t.owner, t.customerAction, t.thoughts,
                                    t.feelings, t.backstage}) {
            if (text.contains(needle, Qt::CaseInsensitive))
                ids.insert(t.id);
        }
    }
    return ids;
}

QSet<QUuid> TestProjectSearch::idsOf(const QVector<SearchHit> &hits, EntityKind kind)
{
    QSet<QUuid> ids;
    for (const SearchHit &hit : hits) {
        if (hit.ref.kind == kind)
            ids.insert(hit.ref.id);
    }
    return ids;
}

void TestProjectSearch::fts5WithTrigramsIsAvailable()
{
    QVERIFY(ProjectSearch::isAvailable());
}

void TestProjectSearch::findsEnglishWords()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    Status status;
    const QVector<SearchHit> hits = search.search(u"instagram"_s, &status); // any case
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QVERIFY(!hits.isEmpty());
    const SearchHit &first = hits.first();
    QCOMPARE(first.ref.kind, EntityKind::Touchpoint);
    QCOMPARE(first.text, u"Sees sponsored ad on Instagram"_s);
    // The hit names where it is: its stage and journey, as the model has them.
    const Touchpoint *touchpoint = mDocument->project().touchpoints().find(first.ref.id);
    const Stage *stage = mDocument->project().stages().find(touchpoint->stageId);
    QCOMPARE(first.stageId, stage->id);
    QCOMPARE(first.stageName, stage->name);
    QCOMPARE(first.journeyId, stage->journeyId);
    QCOMPARE(first.journeyName, mDocument->project().journeys().find(stage->journeyId)->name);

    // Substrings in titles and descriptions, exactly the touchpoints a plain scan finds.
    const QSet<QUuid> expected = touchpointsContaining(u"card"_s);
    QVERIFY(expected.size() > 3);
    QCOMPARE(idsOf(search.search(u"Card"_s), EntityKind::Touchpoint), expected);

    QVERIFY(search.search(u"zebracorn"_s).isEmpty());
    QVERIFY(search.search(u"   "_s).isEmpty());
    // Operators and quotes are text, not syntax.
    QVERIFY(search.search(u"\"card OR"_s).isEmpty());
}

void TestProjectSearch::everyWordMustOccur()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    const QSet<QUuid> both = touchpointsContaining(u"sponsored"_s) & touchpointsContaining(u"ad"_s);
    QCOMPARE(idsOf(search.search(u"sponsored ad"_s), EntityKind::Touchpoint), both);
    QCOMPARE(both.size(), 1);
}

void TestProjectSearch::findsChineseText()
{
    mDocument = open(u"broadband-zh.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    const QVector<SearchHit> hits = search.search(u"千兆宽带"_s);
    const QSet<QUuid> expected = touchpointsContaining(u"千兆宽带"_s);
    QCOMPARE(idsOf(hits, EntityKind::Touchpoint), expected);
    const SearchHit *ad = nullptr;
    for (const SearchHit &hit : hits) {
        if (hit.text == u"刷到短视频平台上的千兆宽带广告"_s)
            ad = &hit;
    }
    QVERIFY(ad);
    const Stage *stage = mDocument->project().stages().find(ad->stageId);
    QVERIFY(stage);
    QCOMPARE(ad->stageName, stage->name);
    QCOMPARE(ad->journeyName, mDocument->project().journeys().find(stage->journeyId)->name);
    // Pain points too: a stage's pain point is found by a middle part of its title.
    QVERIFY(!idsOf(search.search(u"实名认证"_s), EntityKind::PainPoint).isEmpty());
}

void TestProjectSearch::shortChineseQueriesUseTheFallback()
{
    mDocument = open(u"broadband-zh.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    // Two characters (below a trigram) and one character.
    QCOMPARE(idsOf(search.search(u"官网"_s), EntityKind::Touchpoint),
             touchpointsContaining(u"官网"_s));
    QVERIFY(!touchpointsContaining(u"官网"_s).isEmpty());
    QCOMPARE(idsOf(search.search(u"猫"_s), EntityKind::Touchpoint), touchpointsContaining(u"猫"_s));
    // A LIKE wildcard in the query is a literal character.
    QVERIFY(search.search(u"%"_s).isEmpty() == touchpointsContaining(u"%"_s).isEmpty());
}

void TestProjectSearch::insightsAreFound()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    const QSet<QUuid> insights = idsOf(search.search(u"turned down"_s), EntityKind::Insight);
    QCOMPARE(insights.size(), 1);
    QVERIFY(mDocument->project()
                    .insights()
                    .find(*insights.begin())
                    ->text.contains(u"turned down"_s));
}

void TestProjectSearch::followsEditsAndUndo()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    QVERIFY(search.search(u"Quokka"_s).isEmpty()); // builds the index
    const QUuid id = mDocument->project().touchpoints().begin()->id;
    QVERIFY(MutationCommand::push(
            mDocument.get(),
            new EditTouchpoint(mDocument.get(), id, u"title"_s, u"Quokka hotline"_s)));
    QCOMPARE(idsOf(search.search(u"quokka"_s), EntityKind::Touchpoint), QSet<QUuid>{id});
    mDocument->undoStack()->undo();
    QVERIFY(search.search(u"Quokka"_s).isEmpty());
    mDocument->undoStack()->redo();
    QCOMPARE(search.search(u"Quokka"_s).size(), 1);
    QVERIFY(MutationCommand::push(mDocument.get(), new RemoveTouchpoint(mDocument.get(), id)));
    QVERIFY(search.search(u"Quokka"_s).isEmpty());
}

void TestProjectSearch::removedStageTakesItsTouchpoints()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    const QSet<QUuid> before = idsOf(search.search(u"instagram"_s), EntityKind::Touchpoint);
    QCOMPARE(before.size(), 1);
    const QUuid stageId = mDocument->project().touchpoints().find(*before.begin())->stageId;
    QVERIFY(MutationCommand::push(mDocument.get(), new RemoveStage(mDocument.get(), stageId)));
    QVERIFY(search.search(u"instagram"_s).isEmpty());
    mDocument->undoStack()->undo();
    QCOMPARE(idsOf(search.search(u"instagram"_s), EntityKind::Touchpoint), before);
}

void TestProjectSearch::projectFileKeepsItsTables()
{
    mDocument = open(u"credit-card-en.cjm"_s);
    QVERIFY(mDocument);
    ProjectSearch search(mDocument.get());
    QVERIFY(!search.search(u"card"_s).isEmpty());
    QSqlQuery query(mDocument->workingCopy().database());
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE sql LIKE '%fts5%'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_temp_master"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProjectSearch)
#include "test_projectsearch.moc"
