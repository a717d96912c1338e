// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/mutationcommand.h"

#include "document/document.h"

namespace cjm {

MutationCommand::MutationCommand(Document *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document)
{}

void MutationCommand::redo()
{
    if (!isValid() || mForward.isEmpty())
        return;
    // A failed write changed nothing; drop the command so the stack stays true.
    if (!mDocument->apply(mForward))
        setObsolete(true);
}

void MutationCommand::undo()
{
    if (!isValid() || mInverse.isEmpty())
        return;
    if (!mDocument->apply(mInverse))
        setObsolete(true);
}

Status MutationCommand::push(Document *document, MutationCommand *command)
{
    if (!command->isValid()) {
        const Status status = command->status();
        delete command;
        return status;
    }
    // A failed write deletes the command inside QUndoStack::push: catch the
    // document's report instead of asking the (then deleted) command.
    QString writeError;
    const QMetaObject::Connection connection
            = QObject::connect(document, &Document::writeFailed,
                               [&writeError](const QString &message) { writeError = message; });
    const bool pushed = document->push(command);
    QObject::disconnect(connection);
    if (!writeError.isEmpty())
        return Status::failure(writeError);
    if (!pushed)
        return Status::failure(tr("The project is read-only."));
    return Status::success();
}

void MutationCommand::setMutation(const Mutation &mutation)
{
    mForward = mutation;
    mInverse = mutation.inverse();
    setObsolete(!isValid() || mutation.isEmpty());
}

void MutationCommand::fail(const Status &status)
{
    mStatus = status.ok() ? Status::failure(tr("invalid command")) : status;
    mForward = Mutation();
    mInverse = Mutation();
    setObsolete(true);
}

} // namespace cjm
