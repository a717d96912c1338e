// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the command tests: a small project built through commands, and
// the checks every command must pass (redo, undo and redo again give exactly
// the right project, in memory and in the working copy).

#include "document/commands/addentity.h"
#include "document/commands/addinsight.h"
#include "document/commands/addjourney.h"
#include "document/commands/addlane.h"
#include "document/commands/addmeasurement.h"
#include "document/commands/addmetric.h"
#include "document/commands/addopportunity.h"
#include "document/commands/addpainpoint.h"
#include "document/commands/addpersona.h"
#include "document/commands/addstage.h"
#include "document/commands/addtouchpoint.h"
#include "document/commands/linkentities.h"
#include "document/commands/mutationcommand.h"
#include "document/commands/setlanecelltext.h"
#include "document/document.h"
#include "model/entitydispatch.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cjm {

/// Builds the test project and checks commands against it.
class TestProject
{
public:
    /// Ids of everything in the project.
    struct Ids
    {
        QUuid image;
        QUuid personaA, personaB;
        QUuid journeyA, journeyB; ///< journey B is the to-be of A
        QUuid stageA1, stageA2, stageA3, stageB1;
        QUuid tpA1a, tpA1b, tpA2a, tpA2b, tpB1a;
        QUuid painA1a;     ///< at tpA1a
        QUuid painA1;      ///< stage A1 as a whole
        QUuid painA2a;     ///< at tpA2a
        QUuid oppA1a;      ///< at tpA1a, linked to painA1a and tpA1a
        QUuid oppA2;       ///< stage A2 as a whole
        QUuid insightA1a;  ///< at tpA1a, linked to painA1a and tpA2a
        QUuid insightA1a2; ///< second insight at tpA1a
        QUuid textLane;    ///< a user lane of journey A
        QUuid cell;        ///< its cell under tpA1a
        QUuid metric, measurement;
    };

    /**
     * A new document holding the test project, built with commands; the undo
     * stack is then cleared so tests start from a clean history.
     */
    static std::unique_ptr<Document> create(Ids *ids)
    {
        Status status;
        std::unique_ptr<Document> doc = Document::createNew(QStringLiteral("Test"), &status);
        if (!doc) {
            qWarning("createNew failed: %s", qPrintable(status.message()));
            return nullptr;
        }
        bool ok = true;
        auto push = [&](MutationCommand *command) {
            const Status s = MutationCommand::push(doc.get(), command);
            if (!s) {
                qWarning("building the test project: %s", qPrintable(s.message()));
                ok = false;
            }
        };
        Document *d = doc.get();

        ImageAsset image;
        image.id = ids->image = QUuid::createUuid();
        image.mime = QStringLiteral("image/png");
        image.width = image.height = 1;
        image.data = QByteArray("\x89PNG", 4);
        push(new AddEntity<ImageAsset>(d, image, -1, QStringLiteral("Add image")));

        ids->personaA = add<AddPersona>(d, push, persona(QStringLiteral("Sam"), ids->image));
        ids->personaB = add<AddPersona>(d, push, persona(QStringLiteral("Kim"), QUuid()));

        Journey journey;
        journey.name = QStringLiteral("Buy");
        ids->journeyA = add<AddJourney>(d, push, journey);
        journey.name = QStringLiteral("Buy better");
        journey.state = JourneyState::ToBe;
        journey.asIsJourneyId = ids->journeyA;
        ids->journeyB = add<AddJourney>(d, push, journey);

        ids->stageA1 = add<AddStage>(d, push, stage(ids->journeyA, QStringLiteral("Aware")));
        ids->stageA2 = add<AddStage>(d, push, stage(ids->journeyA, QStringLiteral("Buy")));
        ids->stageA3 = add<AddStage>(d, push, stage(ids->journeyA, QStringLiteral("Use")));
        ids->stageB1 = add<AddStage>(d, push, stage(ids->journeyB, QStringLiteral("Aware")));

        ids->tpA1a
                = add<AddTouchpoint>(d, push, touchpoint(ids->stageA1, QStringLiteral("Ad"), -1));
        ids->tpA1b
                = add<AddTouchpoint>(d, push, touchpoint(ids->stageA1, QStringLiteral("Site"), 1));
        ids->tpA2a
                = add<AddTouchpoint>(d, push, touchpoint(ids->stageA2, QStringLiteral("Cart"), -2));
        ids->tpA2b
                = add<AddTouchpoint>(d, push, touchpoint(ids->stageA2, QStringLiteral("Pay"), 2));
        ids->tpB1a
                = add<AddTouchpoint>(d, push, touchpoint(ids->stageB1, QStringLiteral("App"), 0));

        ids->painA1a = add<AddPainPoint>(d, push, card<PainPoint>(ids->stageA1, ids->tpA1a, 1));
        ids->painA1 = add<AddPainPoint>(d, push, card<PainPoint>(ids->stageA1, QUuid(), 2));
        ids->painA2a = add<AddPainPoint>(d, push, card<PainPoint>(ids->stageA2, ids->tpA2a, 3));
        ids->oppA1a = add<AddOpportunity>(d, push, card<Opportunity>(ids->stageA1, ids->tpA1a, 1));
        ids->oppA2 = add<AddOpportunity>(d, push, card<Opportunity>(ids->stageA2, QUuid(), 2));
        ids->insightA1a = add<AddInsight>(d, push, card<Insight>(ids->stageA1, ids->tpA1a, 1));
        ids->insightA1a2 = add<AddInsight>(d, push, card<Insight>(ids->stageA1, ids->tpA1a, 2));

        push(new LinkEntities(d, LinkKind::JourneyPersona, ids->journeyA, ids->personaA));
        push(new LinkEntities(d, LinkKind::JourneyPersona, ids->journeyA, ids->personaB));
        push(new LinkEntities(d, LinkKind::JourneyPersona, ids->journeyB, ids->personaA));
        push(new LinkEntities(d, LinkKind::OpportunityPainPoint, ids->oppA1a, ids->painA1a));
        push(new LinkEntities(d, LinkKind::OpportunityTouchpoint, ids->oppA1a, ids->tpA1a));
        push(new LinkEntities(d, LinkKind::InsightPainPoint, ids->insightA1a, ids->painA1a));
        push(new LinkEntities(d, LinkKind::InsightTouchpoint, ids->insightA1a, ids->tpA2a));
        push(new LinkEntities(d, LinkKind::TouchpointImage, ids->tpA1b, ids->image));

        Lane lane;
        lane.journeyId = ids->journeyA;
        lane.kind = LaneKind::Text;
        lane.title = QStringLiteral("Notes");
        ids->textLane = add<AddLane>(d, push, lane);
        auto *cell = new SetLaneCellText(d, ids->textLane, ids->tpA1a, QStringLiteral("note"));
        ids->cell = cell->cellId();
        push(cell);

        Metric metric;
        metric.name = QStringLiteral("NPS");
        ids->metric = add<AddMetric>(d, push, metric);
        Measurement measurement;
        measurement.metricId = ids->metric;
        measurement.periodStart = QDate(2024, 1, 1);
        measurement.periodEnd = QDate(2024, 3, 31);
        measurement.value = 31.5;
        measurement.sampleSize = 120;
        ids->measurement = add<AddMeasurement>(d, push, measurement);

        doc->undoStack()->clear();
        return ok ? std::move(doc) : nullptr;
    }

    /// The project as the working copy holds it (read back from SQL).
    static Project reloaded(Document *doc, QString *why = nullptr)
    {
        Project project;
        const Status status = doc->workingCopy().load(&project);
        if (!status && why)
            *why = QStringLiteral("loading the working copy: ") + status.message();
        return project;
    }

    /// The first difference between two projects, for failure messages; empty if equal.
    static QString difference(const Project &a, const Project &b)
    {
        QString result;
        if (a.info != b.info)
            result = QStringLiteral("project info differs");
        forEachList(a, [&](const auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            const EntityList<T> &other = b.template list<T>();
            for (const T &item : list) {
                const T *match = other.find(item.id);
                if (!match) {
                    note(&result,
                         QStringLiteral("%1 %2 only in the first")
                                 .arg(entityKindName(T::entityKind), uuidText(item.id)));
                    continue;
                }
                for (const Field<T> &f : T::fields()) {
                    if (!sameStored(f.get(item), f.get(*match))) {
                        note(&result,
                             QStringLiteral("%1 %2 %3: %4 vs %5")
                                     .arg(entityKindName(T::entityKind), uuidText(item.id),
                                          f.name(), f.get(item).toString(),
                                          f.get(*match).toString()));
                    }
                }
            }
            for (const T &item : other) {
                if (!list.contains(item.id))
                    note(&result,
                         QStringLiteral("%1 %2 only in the second")
                                 .arg(entityKindName(T::entityKind), uuidText(item.id)));
            }
        });
        for (const Link &link : a.links()) {
            const Link *match = b.findLink(link.kind, link.from, link.to);
            if (!match || match->position != link.position)
                note(&result,
                     QStringLiteral("link %1 %2->%3 differs or only in the first")
                             .arg(int(link.kind))
                             .arg(uuidText(link.from), uuidText(link.to)));
        }
        for (const Link &link : b.links()) {
            if (!a.findLink(link.kind, link.from, link.to))
                note(&result,
                     QStringLiteral("link %1 %2->%3 only in the second")
                             .arg(int(link.kind))
                             .arg(uuidText(link.from), uuidText(link.to)));
        }
        if (result.isEmpty() && a != b)
            result = QStringLiteral("projects differ (operator==) but no field does");
        return result;
    }

    /// Whether every ordered sibling group holds positions 0..n-1.
    static QString densePositions(const Project &project)
    {
        QString result;
        forEachList(project, [&](const auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            if constexpr (HasPosition<T>::value) {
                QSet<QUuid> keys;
                for (const T &item : list)
                    keys.insert(item.siblingKey());
                for (const QUuid &key : keys) {
                    const QVector<const T *> ordered = list.ordered(key);
                    for (int i = 0; i < ordered.size(); ++i) {
                        if (ordered.at(i)->position != i)
                            note(&result,
                                 QStringLiteral("%1 under %2: position %3 at index %4")
                                         .arg(entityKindName(T::entityKind), uuidText(key))
                                         .arg(ordered.at(i)->position)
                                         .arg(i));
                    }
                }
            }
        });
        return result;
    }

    /**
     * Pushes `command` and checks the round trip: redo gives a new state, one
     * change event per step, undo gives exactly the previous project, redo
     * again the new one; the working copy agrees every time. On failure `why`
     * says what went wrong.
     */
    static bool checkCommand(Document *doc, MutationCommand *command, QString *why,
                             Project *afterState = nullptr)
    {
        const Project before = doc->project();
        if (!command->isValid()) {
            *why = QStringLiteral("invalid command: ") + command->status().message();
            delete command;
            return false;
        }
        const int index = doc->undoStack()->index();
        QSignalSpy spy(doc, &Document::changed);
        if (Status s = MutationCommand::push(doc, command); !s) {
            *why = QStringLiteral("push failed: ") + s.message();
            return false;
        }
        if (doc->undoStack()->index() != index + 1) {
            *why = QStringLiteral("the command did not make one undo step");
            return false;
        }
        const Project after = doc->project();
        if (after == before) {
            *why = QStringLiteral("the command changed nothing");
            return false;
        }
        if (afterState)
            *afterState = after;
        auto expect = [&](const Project &expected, const char *step) {
            if (spy.count() != 1) {
                *why = QStringLiteral("%1: %2 change events instead of 1")
                               .arg(QLatin1String(step))
                               .arg(spy.count());
                return false;
            }
            spy.clear();
            QString diff = difference(doc->project(), expected);
            if (!diff.isEmpty()) {
                *why = QStringLiteral("%1: model: %2").arg(QLatin1String(step), diff);
                return false;
            }
            QString loadError;
            const Project stored = reloaded(doc, &loadError);
            diff = loadError.isEmpty() ? difference(stored, expected) : loadError;
            if (!diff.isEmpty()) {
                *why = QStringLiteral("%1: working copy: %2").arg(QLatin1String(step), diff);
                return false;
            }
            diff = densePositions(doc->project());
            if (!diff.isEmpty()) {
                *why = QStringLiteral("%1: positions: %2").arg(QLatin1String(step), diff);
                return false;
            }
            return true;
        };
        if (!expect(after, "redo"))
            return false;
        doc->undoStack()->undo();
        if (!expect(before, "undo"))
            return false;
        doc->undoStack()->redo();
        return expect(after, "redo again");
    }

    static Persona persona(const QString &name, const QUuid &photo)
    {
        Persona p;
        p.name = name;
        p.photoId = photo;
        return p;
    }

    static Stage stage(const QUuid &journeyId, const QString &name)
    {
        Stage s;
        s.journeyId = journeyId;
        s.name = name;
        return s;
    }

    static Touchpoint touchpoint(const QUuid &stageId, const QString &title, int emotion)
    {
        Touchpoint t;
        t.stageId = stageId;
        t.title = title;
        t.emotion = emotion;
        return t;
    }

    template<class T>
    static T card(const QUuid &stageId, const QUuid &touchpointId, int number)
    {
        T c;
        c.stageId = stageId;
        c.touchpointId = touchpointId;
        if constexpr (std::is_same_v<T, Insight>)
            c.text = QStringLiteral("insight %1").arg(number);
        else
            c.title = QStringLiteral("card %1").arg(number);
        return c;
    }

private:
    template<class C, class Push, class T>
    static QUuid add(Document *doc, Push &push, const T &entity)
    {
        auto *command = new C(doc, entity);
        const QUuid id = command->entityId();
        push(command);
        return id;
    }

    static bool sameStored(const QVariant &a, const QVariant &b)
    {
        return a.isNull() == b.isNull() && a == b;
    }

    static void note(QString *result, const QString &text)
    {
        if (result->size() < 2000)
            result->append(result->isEmpty() ? text : QStringLiteral("; ") + text);
    }
};

/// Pushes `command` and checks redo/undo/redo against the model and the working copy.
#define JS_VERIFY_COMMAND(doc, command) \
    do { \
        QString why_; \
        QVERIFY2(::cjm::TestProject::checkCommand((doc), (command), &why_), qPrintable(why_)); \
    } while (false)

} // namespace cjm
