// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectimport.h"

#include "document/commands/importfragment.h"
#include "document/document.h"
#include "interchange/mermaidjourneyreader.h"
#include "interchange/projectjsonreader.h"

#include <QFile>
#include <QFileInfo>

namespace cjm {

bool ProjectImport::looksLikeJson(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return false;
    return bytes.trimmed().startsWith('{');
}

Status ProjectImport::read(const QString &path, const Project &project, Plan *plan)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return Status::failure(input.errorString());
    if (input.size() > kMaxInputSize)
        return Status::failure(
                tr("the file is larger than %1 MiB").arg(kMaxInputSize / (1024 * 1024)));
    const QByteArray bytes = input.readAll();
    *plan = Plan();
    if (looksLikeJson(path, bytes)) {
        Project incoming;
        if (Status s = ProjectJsonReader::read(bytes, &incoming); !s)
            return s;
        ProjectMerger::Plan merge = ProjectMerger::plan(project, incoming);
        plan->fragment = std::move(merge.fragment);
        if (merge.replaceInfo)
            plan->info = merge.info;
        plan->conflicts = std::move(merge.conflicts);
        return Status::success();
    }
    MermaidJourneyReader::Diagram diagram;
    if (Status s = MermaidJourneyReader::parse(bytes, &diagram); !s)
        return s;
    MermaidJourneyReader::Result journey = MermaidJourneyReader::toJourney(diagram, project);
    plan->fragment = std::move(journey.fragment);
    plan->unmapped = std::move(journey.unmapped);
    plan->matchedPersonas = journey.matchedPersonas;
    return Status::success();
}

Status ProjectImport::apply(Document *document, const QString &path, const Plan &plan)
{
    const QString text = tr("Import %1").arg(QFileInfo(path).fileName());
    return MutationCommand::push(document,
                                 new ImportFragment(document, plan.fragment, text, plan.info));
}

} // namespace cjm
