// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/surveymetricsquery.h"
#include "clicommand.h"

#include <QJsonObject>

namespace cjm {

class Project;

/**
 * `metrics PROJECT [--journey NAME] [--by stage|touchpoint|persona|week|month|quarter]
 * [--json]`: survey figures (NPS, CSAT, CES) overall and per group, from SurveyMetricsQuery.
 * The file is opened as untrusted and read-only; nothing is written.
 *
 * JSON (docs/METRICS.md): {"overall": FIGURES, "groups": [{"key", "label", FIGURES…}]} where
 * FIGURES is "nps": {"value", "n", "promoters", "passives", "detractors", "moe95"},
 * "csat": {"value", "mean", "n"}, "ces": {"mean", "agree", "n"}; percentages 0–100, null
 * where there is no figure.
 */
class MetricsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    MetricsCommand();

    /// The figures of `group` as JSON (nps, csat, ces objects).
    static QJsonObject figuresJson(const Project &project, const SurveyMetricsGroup &group);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// "NPS +30 (n = 10, ±48.4) · CSAT 80 % …" for one group.
    static QString figuresText(const Project &project, const SurveyMetricsGroup &group);
};

} // namespace cjm
