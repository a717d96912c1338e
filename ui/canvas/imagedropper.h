// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/imageasset.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

class QMimeData;

namespace cjm {

class Document;

/**
 * Image files dropped from the desktop onto a touchpoint: each is read
 * (PNG, JPEG or SVG), scaled down to at most kMaxSide pixels, re-encoded
 * (PNG when it has transparency, JPEG otherwise) and embedded and linked to
 * the touchpoint — all files of one drop as one undo step.
 */
class ImageDropper
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ImageDropper)

public:
    /// Longest side of an embedded image, in pixels.
    static constexpr int kMaxSide = 1024;

    /// The local image files a drag carries (by extension); empty if none.
    static QList<QUrl> imageUrls(const QMimeData *mime);
    /// Reads and re-encodes one image file; a clear message naming the file if it can't.
    static Status load(const QString &path, ImageAsset *asset);
    /// Embeds `urls` and links them to `touchpointId` as one undo step.
    static Status attach(Document *document, const QUuid &touchpointId, const QList<QUrl> &urls);
};

} // namespace cjm
