// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "interchange/surveyimporter.h"

#include <optional>

namespace cjm {

class Document;

/**
 * `import-survey PROJECT CSV [--mapping MAPPING.json | --auto] [--journey NAME]
 * [--encoding NAME] [--dry-run]`: imports a survey export into a project through
 * SurveyImporter (one transaction, one undo step), prints the summary and saves the project.
 * Without --mapping or --auto, the mapping stored for exports with the same columns is used.
 * Exit 0 when rows were imported, 2 when none could be (also: already imported).
 */
class ImportSurveyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::Cli)

public:
    ImportSurveyCommand();

protected:
    int extraArguments() const override { return 1; }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QString &file) override;

private:
    /// The encoding named on the command line ("utf-8", "utf-16le", "utf-16be", "gb18030").
    static bool encodingFromName(const QString &name, TextEncodingDetector::Encoding *encoding);
    /// Fills options.mapping from --mapping, --auto or the stored mapping; ExitOk or an exit
    /// code after reporting the problem.
    int chooseMapping(const QCommandLineParser &parser, Document *document, const QString &csv,
                      SurveyImporter::Options *options) const;
};

} // namespace cjm
