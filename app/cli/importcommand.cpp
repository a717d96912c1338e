// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "document/commands/importfragment.h"
#include "interchange/mermaidjourneyreader.h"
#include "interchange/projectjsonreader.h"
#include "interchange/projectmerger.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace cjm {

namespace {

/// Largest file read: a JSON export with embedded images can be big, not unbounded.
constexpr qint64 kMaxInputSize = 512LL * 1024 * 1024;
/// Conflicts listed one per line; the rest are counted.
constexpr int kMaxListed = 20;

} // namespace

ImportCommand::ImportCommand() : CliCommand(QStringLiteral("import")) {}

void ImportCommand::addOptions(QCommandLineParser &) {}

bool ImportCommand::looksLikeJson(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return false;
    return bytes.trimmed().startsWith('{');
}

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
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        return failure(source, input.errorString());
    if (input.size() > kMaxInputSize)
        return failure(source,
                       tr("the file is larger than %1 MiB").arg(kMaxInputSize / (1024 * 1024)));
    const QByteArray bytes = input.readAll();
    std::unique_ptr<Document> document = openProject(file);
    if (!document)
        return ExitFailed;
    return looksLikeJson(source, bytes) ? importJson(document.get(), source, bytes)
                                        : importMermaid(document.get(), source, bytes);
}

int ImportCommand::importJson(Document *document, const QString &source,
                              const QByteArray &bytes) const
{
    Project incoming;
    if (Status s = ProjectJsonReader::read(bytes, &incoming); !s)
        return failure(source, s.message());
    const ProjectMerger::Plan plan = ProjectMerger::plan(document->project(), incoming);
    printConflicts(plan.conflicts);
    return finish(document, source, plan.fragment,
                  plan.replaceInfo ? std::optional<ProjectInfo>(plan.info) : std::nullopt);
}

int ImportCommand::importMermaid(Document *document, const QString &source,
                                 const QByteArray &bytes) const
{
    MermaidJourneyReader::Diagram diagram;
    if (Status s = MermaidJourneyReader::parse(bytes, &diagram); !s)
        return failure(source, s.message());
    const MermaidJourneyReader::Result result
            = MermaidJourneyReader::toJourney(diagram, document->project());
    for (const QString &line : result.unmapped)
        CliConsole::out() << tr("not mapped: %1").arg(line) << Qt::endl;
    if (result.matchedPersonas > 0)
        CliConsole::out() << tr("%n actor(s) matched existing personas", nullptr,
                                result.matchedPersonas)
                          << Qt::endl;
    return finish(document, source, result.fragment, std::nullopt);
}

int ImportCommand::finish(Document *document, const QString &source, const Project &fragment,
                          const std::optional<ProjectInfo> &info) const
{
    const QString text = tr("Import %1").arg(QFileInfo(source).fileName());
    if (Status s
        = MutationCommand::push(document, new ImportFragment(document, fragment, text, info));
        !s)
        return failure(source, s.message());
    if (Status s = document->save(); !s)
        return failure(document->filePath(), s.message());
    CliConsole::out()
            << tr("%1: imported %2 into %3").arg(source, summary(fragment), document->filePath())
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
