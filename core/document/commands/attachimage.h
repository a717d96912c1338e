// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "model/imageasset.h"

namespace cjm {

/**
 * Embeds an image in the project and links it to a touchpoint (after the
 * touchpoint's other pictures), as one undo step: the image dropped from the
 * desktop onto a card. Undo removes both the link and the image.
 */
class AttachImage : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AttachImage)

public:
    /// Adds `image` (a null id gets a fresh one) and links it to `touchpointId`.
    AttachImage(Document *document, const QUuid &touchpointId, const ImageAsset &image,
                QUndoCommand *parent = nullptr);

    /// The id of the embedded image.
    const QUuid &imageId() const { return mImageId; }

private:
    QUuid mImageId;
};

} // namespace cjm
