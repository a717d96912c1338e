// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagedropper.h"

#include "document/commands/attachimage.h"
#include "document/document.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QUndoStack>

namespace cjm {

namespace {

bool isImageFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg")
            || suffix == QLatin1String("jpeg") || suffix == QLatin1String("svg");
}

} // namespace

QList<QUrl> ImageDropper::imageUrls(const QMimeData *mime)
{
    QList<QUrl> urls;
    if (!mime || !mime->hasUrls())
        return urls;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isImageFile(url.toLocalFile()))
            urls.append(url);
    }
    return urls;
}

Status ImageDropper::load(const QString &path, ImageAsset *asset)
{
    QImageReader reader(path);
    // SVG and huge photos: decode straight at the reduced size where the format allows.
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxSide || size.height() > kMaxSide))
        reader.setScaledSize(size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return Status::failure(tr("Could not read the image %1: %2")
                                       .arg(QFileInfo(path).fileName(), reader.errorString()));
    if (image.width() > kMaxSide || image.height() > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const bool alpha = image.hasAlphaChannel();
    QBuffer buffer(&asset->data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 85))
        return Status::failure(
                tr("Could not encode the image %1.").arg(QFileInfo(path).fileName()));
    asset->mime = alpha ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    asset->width = image.width();
    asset->height = image.height();
    return Status::success();
}

Status ImageDropper::attach(Document *document, const QUuid &touchpointId, const QList<QUrl> &urls)
{
    if (!document || document->isReadOnly())
        return Status::failure(tr("The project is read-only."));
    QVector<ImageAsset> assets;
    for (const QUrl &url : urls) {
        ImageAsset asset;
        if (Status s = load(url.toLocalFile(), &asset); !s)
            return s;
        assets.append(asset);
    }
    if (assets.isEmpty())
        return Status::failure(tr("There is no image to add."));
    // Several files: one macro, each command made after the previous one applied (positions).
    QUndoStack *stack = document->undoStack();
    if (assets.size() > 1)
        stack->beginMacro(tr("Add %n images to touchpoint", nullptr, int(assets.size())));
    Status status;
    for (const ImageAsset &asset : assets) {
        status = MutationCommand::push(document, new AttachImage(document, touchpointId, asset));
        if (!status)
            break;
    }
    if (assets.size() > 1)
        stack->endMacro();
    return status;
}

} // namespace cjm
