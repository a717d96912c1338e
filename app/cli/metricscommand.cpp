// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommand.h"

#include "analytics/samplequality.h"
#include "model/project.h"
#include "storage/projectfile.h"
#include "storage/sqlconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cjm {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// A share of n in percent, null without answers.
QJsonValue percent(qint64 part, qint64 n)
{
    return n > 0 ? QJsonValue(100.0 * double(part) / double(n)) : QJsonValue(QJsonValue::Null);
}

} // namespace

MetricsCommand::MetricsCommand() : CliCommand(QStringLiteral("metrics")) {}

void MetricsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("journey"), tr("Only this journey."), tr("NAME")});
    parser.addOption({QStringLiteral("by"),
                      tr("Group by stage, touchpoint, persona, week, month or quarter."),
                      tr("GROUP")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON with stable keys.")});
}

QJsonObject MetricsCommand::figuresJson(const Project &project, const SurveyMetricsGroup &group)
{
    const NpsResult nps = group.nps(project);
    const CsatResult csat = group.csat(project);
    const CesResult ces = group.ces(project);
    return QJsonObject{
            {QStringLiteral("nps"),
             QJsonObject{{QStringLiteral("value"), number(nps.value)},
                         {QStringLiteral("n"), nps.n},
                         {QStringLiteral("promoters"), percent(nps.promoters, nps.n)},
                         {QStringLiteral("passives"), percent(nps.passives, nps.n)},
                         {QStringLiteral("detractors"), percent(nps.detractors, nps.n)},
                         {QStringLiteral("moe95"), number(nps.moe95)}}},
            {QStringLiteral("csat"),
             QJsonObject{{QStringLiteral("value"), number(csat.value)},
                         {QStringLiteral("mean"), number(csat.mean)},
                         {QStringLiteral("n"), csat.n}}},
            {QStringLiteral("ces"),
             QJsonObject{{QStringLiteral("mean"), number(ces.mean)},
                         {QStringLiteral("agree"), number(ces.agreePercent)},
                         {QStringLiteral("n"), ces.n}}},
    };
}

QString MetricsCommand::figuresText(const Project &project, const SurveyMetricsGroup &group)
{
    const QLocale locale;
    const NpsResult nps = group.nps(project);
    const CsatResult csat = group.csat(project);
    const CesResult ces = group.ces(project);
    QStringList parts;
    if (nps.value)
        parts << tr("NPS %1 (±%2, %3)")
                         .arg(locale.toString(*nps.value, 'f', 1),
                              nps.moe95 ? locale.toString(*nps.moe95, 'f', 1) : QStringLiteral("–"),
                              SampleQuality::label(nps.n, locale));
    if (csat.value)
        parts << tr("CSAT %1 % (mean %2, %3)")
                         .arg(locale.toString(*csat.value, 'f', 1),
                              locale.toString(*csat.mean, 'f', 2),
                              SampleQuality::label(csat.n, locale));
    if (ces.mean)
        parts << tr("CES %1 (agree %2 %, %3)")
                         .arg(locale.toString(*ces.mean, 'f', 2),
                              locale.toString(*ces.agreePercent, 'f', 1),
                              SampleQuality::label(ces.n, locale));
    return parts.isEmpty() ? tr("no answers") : parts.join(QStringLiteral(" · "));
}

int MetricsCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    SurveyMetricsQuery::GroupBy groupBy = SurveyMetricsQuery::GroupBy::None;
    if (parser.isSet(QStringLiteral("by"))
        && !SurveyMetricsQuery::groupByFromName(parser.value(QStringLiteral("by")), &groupBy))
        return usageError(tr("metrics: --by must be stage, touchpoint, persona, week, month or "
                             "quarter, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("by"))));
    Project project;
    if (const Status status = ProjectFile::validate(file, &project); !status)
        return failure(file, status.message());
    QUuid journeyId;
    if (parser.isSet(QStringLiteral("journey"))) {
        const QString name = parser.value(QStringLiteral("journey"));
        for (const Journey *journey : project.orderedJourneys()) {
            if (journey->name == name && journeyId.isNull())
                journeyId = journey->id;
        }
        if (journeyId.isNull())
            return failure(file, tr("no journey \"%1\"").arg(name));
    }
    SqlConnection connection;
    if (const Status status = connection.openUntrusted(file); !status)
        return failure(file, status.message());
    const SurveyMetricsQuery::Result result
            = SurveyMetricsQuery(connection.database(), project).compute(journeyId, groupBy);
    if (!result.status)
        return failure(file, result.status.message());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        for (const SurveyMetricsGroup &group : result.groups) {
            QJsonObject object = figuresJson(project, group);
            object.insert(QStringLiteral("key"), group.key);
            object.insert(QStringLiteral("label"), group.label);
            groups.append(object);
        }
        const QJsonObject json{{QStringLiteral("overall"), figuresJson(project, result.overall)},
                               {QStringLiteral("groups"), groups}};
        CliConsole::out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
                          << Qt::flush;
        return ExitOk;
    }
    QTextStream &out = CliConsole::out();
    out << tr("Overall: %1").arg(figuresText(project, result.overall)) << Qt::endl;
    for (const SurveyMetricsGroup &group : result.groups)
        out << QStringLiteral("  %1: %2").arg(group.label, figuresText(project, group)) << Qt::endl;
    return ExitOk;
}

} // namespace cjm
