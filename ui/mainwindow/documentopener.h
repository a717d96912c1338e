// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/workingcopy.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace cjm {

class Document;

/**
 * The conversation of opening a project: Document::open() reports what it
 * needs decided (a crashed session's work to recover or discard, a file in
 * use elsewhere) and this asks the user, then opens again with the answer.
 * It also offers, at start-up, the work of sessions that ended unexpectedly.
 *
 * When not interactive (tests, --screenshot) it never asks: a file in use
 * opens read-only, and leftover work is never discarded — opening then fails
 * with a message saying how to deal with it.
 */
class DocumentOpener
{
    Q_DECLARE_TR_FUNCTIONS(cjm::DocumentOpener)

public:
    /// Dialogs are parented to `parent`.
    DocumentOpener(QWidget *parent, bool interactive);

    /**
     * Opens `path`. On failure returns nullptr with `error` set to a one-line
     * message; when the user cancelled, `error` is empty.
     */
    std::unique_ptr<Document> open(const QString &path, QString *error);

    /**
     * Offers each working copy of a session that ended unexpectedly (newest
     * first): recover it, discard it, or keep it for later. Returns the first
     * one the user recovers, or nullptr (`error` set if recovery failed).
     */
    std::unique_ptr<Document> offerOrphans(QString *error);

    /// Notice of the last document opened read-only, or empty.
    const QString &notice() const { return mNotice; }

private:
    enum class Answer { Recover, Discard, Keep };
    Answer askAboutOrphan(const WorkingCopy::Orphan &orphan, bool atStartUp);
    bool askReadOnly(const QString &path);

    QPointer<QWidget> mParent;
    bool mInteractive;
    QString mNotice;
};

} // namespace cjm
