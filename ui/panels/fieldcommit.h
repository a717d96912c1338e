// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"
#include "util/status.h"

#include <QUuid>
#include <QVariant>
#include <QVector>

namespace cjm {

class Document;

/**
 * Turns an edit made in a panel into the one command that makes it: the named Edit command of
 * the entity kind (EditTouchpoint, EditPainPoint, ...) over all the edited entities, pushed on
 * the document. Panels never write the model themselves.
 */
class FieldCommit
{
public:
    /**
     * Sets `column` of the entities `ids` of `kind` (ignored for the project itself) to
     * `value`. A `continuing` edit (typing on) merges into the previous undo step of the same
     * field and entities. Returns why the edit was refused, if it was.
     */
    static Status commit(Document *document, EntityKind kind, const QVector<QUuid> &ids,
                         const QString &column, const QVariant &value, bool continuing);
};

} // namespace cjm
