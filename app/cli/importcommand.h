// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "document/document.h"
#include "interchange/projectmerger.h"

#include <memory>

namespace cjm {

/**
 * `import PROJECT FILE.json|FILE.mmd`: adds what FILE holds to PROJECT as one
 * undoable step through the Document, then saves PROJECT.
 *
 * A JSON export (docs/JSON-FORMAT.md) is merged whole: incoming entities whose
 * UUID PROJECT already has are imported as copies under new UUIDs and listed
 * as conflicts. A Mermaid journey diagram becomes a new journey; what it could
 * not map is listed. Invalid input changes nothing (exit 2).
 */
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    ImportCommand();

protected:
    int extraArguments() const override { return 1; }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// Opens PROJECT for editing; reports why not on failure.
    static std::unique_ptr<Document> openProject(const QString &file);
    /// Prints the conflicts: a count, then the first ones.
    static void printConflicts(const QVector<ProjectMerger::Conflict> &conflicts);
    /// "3 journeys, 12 stages, …" for the entities of `fragment`.
    static QString summary(const Project &fragment);
};

} // namespace cjm
