// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeevent.h"
#include "document/entityref.h"
#include "document/mutation.h"
#include "model/project.h"
#include "storage/workingcopy.h"
#include "util/status.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace cjm {

/**
 * An open project: owns the model (Project), its QUndoStack and the working
 * copy of the file. The only thing that changes a project.
 *
 * Every edit is a QUndoCommand (core/document/commands) pushed with push().
 * A command's redo and undo call apply(), the one funnel: it writes the
 * Mutation to the working copy in one transaction, updates the model, and
 * emits one changed() event. "Modified" is "the undo stack is not clean".
 */
class Document : public QObject
{
    Q_OBJECT

public:
    /// What to do when a crashed session left a working copy of the file.
    enum class RecoveryPolicy {
        Report,  ///< don't open; report RecoveryAvailable so the caller can ask
        Recover, ///< open the crashed session's working copy instead of the file
        Discard, ///< delete the leftover and open the file
    };

    struct OpenOptions
    {
        /// Open read-only when another process has the file open.
        bool readOnlyIfInUse = false;
        RecoveryPolicy recovery = RecoveryPolicy::Report;
    };

    enum class OpenOutcome { Opened, Failed, InUse, RecoveryAvailable };

    struct OpenResult
    {
        OpenOutcome outcome = OpenOutcome::Failed;
        Status status;  ///< the reason when not Opened
        QString notice; ///< set when opened read-only (file in use, newer version)
    };

    ~Document() override;

    /// A new, untitled project with one empty journey-less project info.
    static std::unique_ptr<Document> createNew(const QString &projectName, Status *status);

    /// Opens a project file (validated as untrusted input first).
    static std::unique_ptr<Document> open(const QString &path, const OpenOptions &options,
                                          OpenResult *result);

    /// Opens the working copy a crashed session left behind; the document is modified.
    static std::unique_ptr<Document> recover(const WorkingCopy::Orphan &orphan, Status *status);

    const Project &project() const { return mProject; }
    QUndoStack *undoStack() { return &mUndoStack; }
    bool isModified() const { return !mUndoStack.isClean() || mForcedModified; }
    bool isReadOnly() const { return mReadOnly; }
    /// Why the document is read-only (file in use, newer version), or empty.
    const QString &readOnlyReason() const { return mReadOnlyReason; }
    /// The project file, empty for an untitled project.
    QString filePath() const;
    /// The working copy (for read-only SQL in core: analytics, import).
    WorkingCopy &workingCopy() { return *mWorkingCopy; }

    /// Writes the project to filePath(); fails for an untitled or read-only document.
    Status save();
    /// Writes the project to `path`, which becomes filePath().
    Status saveAs(const QString &path);

    /// Pushes an edit onto the undo stack (refused, and deleted, when read-only).
    bool push(QUndoCommand *command);

    /**
     * The funnel: applies `mutation` to the working copy (one transaction) and
     * the model, then emits changed(). Only commands call this. Returns the
     * status; on failure neither the file nor the model changed.
     */
    Status apply(const Mutation &mutation);

    /**
     * Announces that bulk survey data in the working copy changed (a survey import, or its
     * undo or redo, written by the ImportSurvey command): marks the working copy as holding
     * unsaved edits and emits changed() with one ChangeType::SurveyData item, so that views
     * showing figures refresh.
     */
    void notifySurveyDataChanged();

    // Helpers for commands: resolved mutations from the current state.

    /// Removal of an entity with everything that depends on it.
    Mutation removalOf(EntityKind kind, const QUuid &id) const;
    /// Current value of a field, in its stored form; invalid if no such entity/field.
    QVariant fieldValue(EntityKind kind, const QUuid &id, const QString &column) const;
    /// Current parent columns and position of an entity.
    MutationOp::Values parentValues(EntityKind kind, const QUuid &id) const;
    int positionOf(EntityKind kind, const QUuid &id) const;
    /// Number of siblings an entity of `kind` with sibling key `key` has.
    int siblingCount(EntityKind kind, const QUuid &key) const;

    // Selection (Document state; announced as ChangeType::Selection).
    const QVector<EntityRef> &selection() const { return mSelection; }
    void setSelection(const QVector<EntityRef> &selection);

Q_SIGNALS:
    void changed(const cjm::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /// Writing to the working copy failed; the edit was not applied.
    void writeFailed(const QString &message);

private:
    Document();
    void applyToModel(const Mutation &mutation, ChangeEvent *event);
    void pruneSelection();

    Project mProject;
    QUndoStack mUndoStack;
    std::unique_ptr<WorkingCopy> mWorkingCopy;
    QVector<EntityRef> mSelection;
    bool mReadOnly = false;
    bool mForcedModified = false;
    QString mReadOnlyReason;
};

} // namespace cjm
