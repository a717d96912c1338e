// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/mutation.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cjm {

class Document;

/**
 * Base of every command: a forward Mutation, built from the document's state
 * when the command is made, and its exact inverse. redo() and undo() hand them
 * to Document::apply(), the one funnel that writes the working copy, updates
 * the model and announces the change.
 *
 * A command made from invalid input (an unknown id, a value out of range)
 * carries the reason in status(), is obsolete and does nothing, so pushing it
 * is harmless; use push() to get the reason back. A command whose write fails
 * (disk full) turns obsolete, so QUndoStack drops it: the model and the file
 * still agree, since apply() changes neither on failure.
 */
class MutationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MutationCommand)

public:
    MutationCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Why the command is invalid, or success.
    const Status &status() const { return mStatus; }
    bool isValid() const { return mStatus.ok(); }
    /// The forward change (empty for an invalid command or a net no-op).
    const Mutation &mutation() const { return mForward; }
    Document *document() const { return mDocument; }

    /**
     * Pushes `command` onto the document's undo stack and says what became of
     * it: its validation error, the document being read-only, or a failed
     * write. The document owns (or has deleted) the command afterwards.
     */
    static Status push(Document *document, MutationCommand *command);

protected:
    /// Sets the forward mutation; an empty one makes the command obsolete (nothing to do).
    void setMutation(const Mutation &mutation);
    /// Marks the command invalid with `status`: it becomes obsolete and does nothing.
    void fail(const Status &status);

private:
    Document *mDocument;
    Mutation mForward;
    Mutation mInverse;
    Status mStatus;
};

} // namespace cjm
