// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovercommand.h"

#include "document/document.h"
#include "newcommand.h"

#include <QLocale>

namespace cjm {

RecoverCommand::RecoverCommand() : CliCommand(QStringLiteral("recover")) {}

void RecoverCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("list"), tr("List the working copies left behind.")});
    parser.addOption({QStringLiteral("discard"), tr("Delete the working copies left behind.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the recovered project to OUT instead of FILE."),
                      tr("OUT")});
    parser.addOption({QStringLiteral("force"), tr("Replace an existing OUT.")});
}

int RecoverCommand::execute(const QCommandLineParser &parser, const QString &file)
{
    const bool listing = parser.isSet(QStringLiteral("list"));
    const bool discarding = parser.isSet(QStringLiteral("discard"));
    const bool output = parser.isSet(QStringLiteral("output"));
    if (int(listing) + int(discarding) + int(output) > 1)
        return usageError(tr("recover: use only one of --list, --discard and -o"));

    const QVector<WorkingCopy::Orphan> orphans = WorkingCopy::findOrphans(file);
    if (orphans.isEmpty()) {
        CliConsole::out() << tr("%1: nothing to recover").arg(file) << Qt::endl;
        return ExitNothingToDo;
    }
    if (listing)
        return list(orphans);
    if (discarding)
        return discard(file, orphans);
    return restore(file, orphans, parser.value(QStringLiteral("output")),
                   parser.isSet(QStringLiteral("force")));
}

int RecoverCommand::list(const QVector<WorkingCopy::Orphan> &orphans)
{
    const QLocale locale;
    for (const WorkingCopy::Orphan &orphan : orphans) {
        CliConsole::out() << tr("%1 (last changed %2)")
                                     .arg(orphan.workingCopyPath,
                                          locale.toString(orphan.lastModified,
                                                          QLocale::ShortFormat))
                          << Qt::endl;
    }
    return ExitOk;
}

int RecoverCommand::discard(const QString &file, const QVector<WorkingCopy::Orphan> &orphans)
{
    for (const WorkingCopy::Orphan &orphan : orphans) {
        if (const Status status = WorkingCopy::discardOrphan(orphan); !status)
            return failure(orphan.workingCopyPath, status.message());
    }
    CliConsole::out()
            << tr("%1: discarded %2 working copies").arg(file, QLocale().toString(orphans.size()))
            << Qt::endl;
    return ExitOk;
}

int RecoverCommand::restore(const QString &file, const QVector<WorkingCopy::Orphan> &orphans,
                            const QString &output, bool force)
{
    const QString target = output.isEmpty() ? file : output;
    if (!output.isEmpty()) {
        if (const int refused = NewCommand::checkOverwrite(output, force))
            return refused;
    }
    Status status;
    std::unique_ptr<Document> document = Document::recover(orphans.constFirst(), &status);
    if (!document)
        return failure(orphans.constFirst().workingCopyPath, status.message());
    // save() keeps the file the working copy belongs to; saveAs() would take
    // FILE, spelled differently, for another session's file.
    status = output.isEmpty() && !document->filePath().isEmpty() ? document->save()
                                                                 : document->saveAs(target);
    if (!status) {
        keepForLaterRecovery(std::move(document));
        return failure(target, status.message());
    }
    document.reset(); // a clean close removes the working copy: it is recovered
    CliConsole::out() << tr("%1: recovered the unsaved work into %2").arg(file, target) << Qt::endl;
    if (orphans.size() > 1) {
        CliConsole::out() << tr("%1 older working copies remain; see them with --list, delete "
                                "them with --discard")
                                     .arg(QLocale().toString(orphans.size() - 1))
                          << Qt::endl;
    }
    return ExitOk;
}

void RecoverCommand::keepForLaterRecovery(std::unique_ptr<Document> document)
{
    // Closing a document deletes its working copy, which is the only copy of
    // the work when saving failed: keep it, so it is an orphan again.
    document->workingCopy().keepForRecovery();
}

} // namespace cjm
