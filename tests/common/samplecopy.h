// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace cjm::test {

/**
 * A private, writable copy of a bundled sample project (resources/samples), with the
 * folder for working copies next to it: tests run side by side and must never share a
 * project file, a lock or the user's own data folder. Make one in initTestCase().
 */
class SampleCopy
{
public:
    /// Copies sample `name` into a temporary folder and sets JOURNEYSTUDIO_WORKDIR to it;
    /// false if it can't.
    bool create(const QString &name = QStringLiteral("credit-card-en.cjm"))
    {
        if (!mFolder.isValid())
            return false;
        qputenv("JOURNEYSTUDIO_WORKDIR", mFolder.path().toUtf8());
        mPath = mFolder.filePath(QStringLiteral("sample.cjm"));
        QFile::remove(mPath);
        if (!QFile::copy(QStringLiteral(JS_SOURCE_DIR "/resources/samples/") + name, mPath))
            return false;
        // Installed samples are read-only; the copy is the test's to change.
        return QFile::setPermissions(mPath, QFile::ReadOwner | QFile::WriteOwner);
    }

    /// The copy's path.
    const QString &path() const { return mPath; }
    /// A file name inside the temporary folder, for whatever else a test writes.
    QString filePath(const QString &name) const { return mFolder.filePath(name); }

    /// Opens the copy; null, with the reason in `*message`, if it can't.
    std::unique_ptr<Document> open(QString *message = nullptr) const
    {
        Document::OpenResult result;
        std::unique_ptr<Document> document = Document::open(mPath, {}, &result);
        if (!document && message)
            *message = result.status.message();
        return document;
    }

private:
    QTemporaryDir mFolder;
    QString mPath;
};

} // namespace cjm::test
