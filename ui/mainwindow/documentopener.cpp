// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentopener.h"

#include "document/document.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace cjm {

DocumentOpener::DocumentOpener(QWidget *parent, bool interactive)
    : mParent(parent), mInteractive(interactive)
{}

std::unique_ptr<Document> DocumentOpener::open(const QString &path, QString *error)
{
    error->clear();
    mNotice.clear();
    Document::OpenOptions options;
    options.readOnlyIfInUse = !mInteractive;
    // Each answer settles one question, so this asks at most twice.
    for (int attempt = 0; attempt < 3; ++attempt) {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(path, options, &result);
        switch (result.outcome) {
        case Document::OpenOutcome::Opened:
            mNotice = result.notice;
            return document;
        case Document::OpenOutcome::Failed:
            *error = result.status.message();
            return nullptr;
        case Document::OpenOutcome::InUse:
            if (!askReadOnly(path))
                return nullptr;
            options.readOnlyIfInUse = true;
            break;
        case Document::OpenOutcome::RecoveryAvailable: {
            if (!mInteractive) {
                *error = tr("%1: a session that ended unexpectedly left unsaved changes; open "
                            "the file in Journey Studio to recover or discard them")
                                 .arg(QDir::toNativeSeparators(path));
                return nullptr;
            }
            const QVector<WorkingCopy::Orphan> orphans = WorkingCopy::findOrphans(path);
            const Answer answer
                    = orphans.isEmpty() ? Answer::Discard : askAboutOrphan(orphans.first(), false);
            if (answer == Answer::Keep)
                return nullptr;
            options.recovery = answer == Answer::Recover ? Document::RecoveryPolicy::Recover
                                                         : Document::RecoveryPolicy::Discard;
            break;
        }
        }
    }
    *error = tr("%1 could not be opened").arg(QDir::toNativeSeparators(path));
    return nullptr;
}

std::unique_ptr<Document> DocumentOpener::offerOrphans(QString *error)
{
    error->clear();
    if (!mInteractive)
        return nullptr;
    QVector<WorkingCopy::Orphan> orphans = WorkingCopy::findOrphans();
    std::sort(orphans.begin(), orphans.end(),
              [](const WorkingCopy::Orphan &a, const WorkingCopy::Orphan &b) {
                  return a.lastModified > b.lastModified;
              });
    for (const WorkingCopy::Orphan &orphan : std::as_const(orphans)) {
        switch (askAboutOrphan(orphan, true)) {
        case Answer::Recover: {
            Status status;
            std::unique_ptr<Document> document = Document::recover(orphan, &status);
            if (!document)
                *error = status.message();
            return document;
        }
        case Answer::Discard:
            if (Status s = WorkingCopy::discardOrphan(orphan); !s)
                *error = s.message();
            break;
        case Answer::Keep:
            break;
        }
    }
    return nullptr;
}

DocumentOpener::Answer DocumentOpener::askAboutOrphan(const WorkingCopy::Orphan &orphan,
                                                      bool atStartUp)
{
    const QString name = orphan.targetPath.isEmpty() ? tr("an untitled project")
                                                     : QFileInfo(orphan.targetPath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Journey Studio ended unexpectedly while %1 had unsaved changes.").arg(name),
                    QMessageBox::NoButton, mParent);
    box.setInformativeText(
            tr("The changes were last written on %1. Recover them, or discard them and %2?")
                    .arg(QLocale().toString(orphan.lastModified.toLocalTime(),
                                            QLocale::ShortFormat),
                         atStartUp ? tr("start afresh")
                                   : tr("open the file as it was last saved")));
    if (!orphan.targetPath.isEmpty())
        box.setDetailedText(QDir::toNativeSeparators(orphan.targetPath));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = atStartUp ? box.addButton(tr("&Not Now"), QMessageBox::RejectRole)
                                  : box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(recover);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == recover)
        return Answer::Recover;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::Keep;
}

bool DocumentOpener::askReadOnly(const QString &path)
{
    if (!mInteractive)
        return true;
    QMessageBox box(
            QMessageBox::Question, tr("File in Use"),
            tr("%1 is open in another Journey Studio window.").arg(QFileInfo(path).fileName()),
            QMessageBox::NoButton, mParent);
    box.setInformativeText(tr("You can open a read-only copy; save it under another name "
                              "to keep changes."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

} // namespace cjm
