// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "storage/workingcopy.h"

#include <memory>

namespace cjm {

class Document;

/**
 * `recover FILE [--list | --discard | -o OUT [--force]]`: deals with the
 * working copies that sessions which ended unexpectedly left for FILE.
 * By default the most recent one is written over FILE (or to OUT) through the
 * normal save path (Document::recover, then save), after which it is removed.
 * Exit 1 when there is nothing to recover.
 */
class RecoverCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    RecoverCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    static int list(const QVector<WorkingCopy::Orphan> &orphans);
    static int discard(const QString &file, const QVector<WorkingCopy::Orphan> &orphans);
    static int restore(const QString &file, const QVector<WorkingCopy::Orphan> &orphans,
                       const QString &output, bool force);
    /// Keeps a recovered document's working copy on disk after a failed save.
    static void keepForLaterRecovery(std::unique_ptr<Document> document);
};

} // namespace cjm
