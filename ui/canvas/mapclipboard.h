// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QUuid>

class QMimeData;

namespace cjm {

class Document;

/**
 * Cut, copy and paste of map entities through the system clipboard, as
 * ClipboardFragment JSON under its MIME type: another project, or another
 * running instance, can paste what one copied. A paste goes after the
 * selection (or at the end of the journey) and is one undo step; its top
 * entities become the selection.
 */
class MapClipboard
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapClipboard)

public:
    /// The clipboard data for the selection of `document`; nullptr if nothing copyable.
    static QMimeData *mimeData(const Document &document);
    /// Puts the selection on the clipboard; false if nothing copyable is selected.
    static bool copy(const Document &document);
    /// Copies the selection, then removes it in one undo step.
    static bool cut(Document *document);
    /// Whether `mime` holds something to paste.
    static bool canPaste(const QMimeData *mime);
    /// Pastes `mime` (the clipboard if null) into `journeyId` of `document`.
    static Status paste(Document *document, const QUuid &journeyId,
                        const QMimeData *mime = nullptr);
};

} // namespace cjm
