// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the survey tests: a small project (one journey, stages "Buy" and "Support" with the
// touchpoints "Website order" and "Support hotline", metrics NPS and CSAT, personas Gold and
// Regular) and the explicit mapping of tests/fixtures/surveys/import-generic.csv onto it.

#include "document/commands/addjourney.h"
#include "document/commands/addmetric.h"
#include "document/commands/addpersona.h"
#include "document/commands/addstage.h"
#include "document/commands/addtouchpoint.h"
#include "document/commands/mutationcommand.h"
#include "document/document.h"
#include "interchange/surveymapping.h"

#include <memory>

namespace cjm {

/// The survey test project and its ids.
struct SurveyTestProject
{
    std::unique_ptr<Document> doc;
    QUuid journey, stageBuy, stageSupport, tpWeb, tpHotline, nps, csat, gold, regular;

    /// Builds the project with commands, then clears the undo stack.
    static SurveyTestProject create()
    {
        SurveyTestProject p;
        Status status;
        p.doc = Document::createNew(QStringLiteral("Survey test"), &status);
        Document *d = p.doc.get();
        Journey journey;
        journey.name = QStringLiteral("Broadband");
        p.journey = add<AddJourney>(d, journey);
        Stage stage;
        stage.journeyId = p.journey;
        stage.name = QStringLiteral("Buy");
        p.stageBuy = add<AddStage>(d, stage);
        stage.name = QStringLiteral("Support");
        p.stageSupport = add<AddStage>(d, stage);
        Touchpoint touchpoint;
        touchpoint.stageId = p.stageBuy;
        touchpoint.title = QStringLiteral("Website order");
        p.tpWeb = add<AddTouchpoint>(d, touchpoint);
        touchpoint.stageId = p.stageSupport;
        touchpoint.title = QStringLiteral("Support  Hotline"); // spacing and case differ
        p.tpHotline = add<AddTouchpoint>(d, touchpoint);
        Metric metric;
        metric.name = QStringLiteral("NPS");
        metric.kind = MetricKind::Nps;
        p.nps = add<AddMetric>(d, metric);
        metric.name = QStringLiteral("CSAT");
        metric.kind = MetricKind::Csat;
        metric.scaleMin = 1;
        metric.scaleMax = 5;
        p.csat = add<AddMetric>(d, metric);
        Persona persona;
        persona.name = QStringLiteral("Gold");
        p.gold = add<AddPersona>(d, persona);
        persona.name = QStringLiteral("Regular");
        p.regular = add<AddPersona>(d, persona);
        d->undoStack()->clear();
        return p;
    }

    /// import-generic.csv: Respondent, Date, Segment, NPS (journey), CSAT website order,
    /// CSAT support hotline, Comment; segments Gold and Regular (not Silver).
    SurveyMapping genericMapping() const
    {
        SurveyMapping m;
        m.name = QStringLiteral("generic");
        auto column = [&](int index, SurveyMapping::Role role) {
            SurveyMapping::Column c;
            c.index = index;
            c.role = role;
            return c;
        };
        m.columns << column(0, SurveyMapping::Role::RespondentId)
                  << column(1, SurveyMapping::Role::Date)
                  << column(2, SurveyMapping::Role::Segment);
        SurveyMapping::Column score = column(3, SurveyMapping::Role::Score);
        score.metricId = nps;
        score.kind = MetricKind::Nps;
        score.scopeKind = ScopeKind::Journey;
        score.scopeId = journey;
        m.columns << score;
        score.index = 4;
        score.metricId = csat;
        score.kind = MetricKind::Csat;
        score.scaleMin = 1;
        score.scaleMax = 5;
        score.scopeKind = ScopeKind::Touchpoint;
        score.scopeId = tpWeb;
        m.columns << score;
        score.index = 5;
        score.scopeId = tpHotline;
        m.columns << score;
        m.columns << column(6, SurveyMapping::Role::Comment);
        m.segmentPersonas.insert(QStringLiteral("Gold"), gold);
        m.segmentPersonas.insert(QStringLiteral("Regular"), regular);
        return m;
    }

private:
    template<typename C, typename T>
    static QUuid add(Document *d, const T &entity)
    {
        auto *command = new C(d, entity);
        const QUuid id = command->entityId();
        const Status s = MutationCommand::push(d, command);
        if (!s)
            qWarning("building the survey test project: %s", qPrintable(s.message()));
        return id;
    }
};

} // namespace cjm
