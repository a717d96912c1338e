// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "interchange/projectimport.h"

#include <QLocale>

namespace cjm {

namespace {

/// Conflicts listed one per line; the rest are counted.
constexpr int kMaxListed = 20;

} // namespace

ImportCommand::ImportCommand() : CliCommand(QStringLiteral("import")) {}

void ImportCommand::addOptions(QCommandLineParser &) {}

std::unique_ptr<Document> ImportCommand::openProject(const QString &file)
{
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(file, {}, &result);
    switch (result.outcome) {
    case Document::OpenOutcome::Opened:
        if (document->isReadOnly()) {
            failure(file,
                    tr("opened read-only (%1); nothing imported").arg(document->readOnlyReason()));
            return nullptr;
        }
        return document;
    case Document::OpenOutcome::InUse:
        failure(file, tr("the project is open in Journey Studio; close it first"));
        return nullptr;
    case Document::OpenOutcome::RecoveryAvailable:
        failure(file, tr("a crashed session left unsaved work: run \"recover\" first"));
        return nullptr;
    case Document::OpenOutcome::Failed:
        break;
    }
    failure(file, result.status.message());
    return nullptr;
}

int ImportCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    const QString source = parser.positionalArguments().at(1);
    std::unique_ptr<Document> document = openProject(file);
    if (!document)
        return ExitFailed;
    ProjectImport::Plan plan;
    if (Status s = ProjectImport::read(source, document->project(), &plan); !s)
        return failure(source, s.message());
    printConflicts(plan.conflicts);
    for (const QString &line : plan.unmapped)
        CliConsole::out() << tr("not mapped: %1").arg(line) << Qt::endl;
    if (plan.matchedPersonas > 0)
        CliConsole::out() << tr("%n actor(s) matched existing personas", nullptr,
                                plan.matchedPersonas)
                          << Qt::endl;
    if (Status s = ProjectImport::apply(document.get(), source, plan); !s)
        return failure(source, s.message());
    if (Status s = document->save(); !s)
        return failure(document->filePath(), s.message());
    CliConsole::out() << tr("%1: imported %2 into %3")
                                 .arg(source, summary(plan.fragment), document->filePath())
                      << Qt::endl;
    return ExitOk;
}

void ImportCommand::printConflicts(const QVector<ProjectMerger::Conflict> &conflicts)
{
    if (conflicts.isEmpty())
        return;
    CliConsole::out() << tr("%n item(s) of the file already exist in the project (same UUID): "
                            "imported as copies with new UUIDs",
                            nullptr, int(conflicts.size()))
                      << Qt::endl;
    for (int i = 0; i < conflicts.size() && i < kMaxListed; ++i)
        CliConsole::out() << tr("conflict: %1").arg(ProjectMerger::describe(conflicts.at(i)))
                          << Qt::endl;
    if (conflicts.size() > kMaxListed)
        CliConsole::out() << tr("… and %n more conflict(s)", nullptr,
                                int(conflicts.size()) - kMaxListed)
                          << Qt::endl;
}

QString ImportCommand::summary(const Project &fragment)
{
    static const EntityKind kinds[] = {
            EntityKind::Journey,   EntityKind::Stage,       EntityKind::Touchpoint,
            EntityKind::PainPoint, EntityKind::Opportunity, EntityKind::Insight,
            EntityKind::Persona,   EntityKind::Metric,      EntityKind::Measurement,
            EntityKind::Image,     EntityKind::Link,
    };
    QStringList parts;
    const QLocale locale;
    for (EntityKind kind : kinds) {
        if (const int n = fragment.count(kind); n > 0)
            parts.append(QStringLiteral("%1: %2").arg(entityKindName(kind), locale.toString(n)));
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

} // namespace cjm
