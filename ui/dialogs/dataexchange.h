// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

class QWidget;

namespace cjm {

class Document;

/**
 * File › Export Data and File › Import in the application, over the same core classes as
 * `journeystudio-cli export` and `import`: the whole project as JSON, the tables as CSV
 * files or an XLSX workbook, the current journey as a Mermaid diagram; JSON exports
 * (merged, conflicts reported) and Mermaid journeys back in, as one undo step.
 */
class DataExchange
{
    Q_DECLARE_TR_FUNCTIONS(cjm::DataExchange)

public:
    enum class Format { Json, Xlsx, Csv, Mermaid };

    /// Writes `document` (the journey `journeyId` for Mermaid) to `path` as `format`.
    static Status exportFile(const Document &document, const QUuid &journeyId, const QString &path,
                             Format format);
    /// Imports a JSON export or a Mermaid diagram (told apart by suffix and content) into
    /// `document` as one undo step; `notes` receives what the import reports (conflicts,
    /// what it could not map).
    static Status importFile(Document *document, const QString &path, QString *summary,
                             QStringList *notes);

    /// Asks for a file and its format (by the file type chosen) and writes it; returns what
    /// was written for the status bar, or an empty string (cancelled, or the error shown).
    static QString exportData(QWidget *parent, const Document &document, const QUuid &journeyId);
    /// Asks for a .json or .mmd file and imports it into `document`; returns a summary for
    /// the status bar, or an empty string.
    static QString importData(QWidget *parent, Document *document);
};

} // namespace cjm
