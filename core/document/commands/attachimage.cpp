// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/attachimage.h"

#include "document/commands/commandchecks.h"
#include "document/document.h"

#include <algorithm>

namespace cjm {

AttachImage::AttachImage(Document *document, const QUuid &touchpointId, const ImageAsset &image,
                         QUndoCommand *parent)
    : MutationCommand(document, tr("Add image to touchpoint"), parent)
{
    const Project &project = document->project();
    if (!project.touchpoints().find(touchpointId)) {
        fail(CommandChecks::missing(EntityKind::Touchpoint, touchpointId));
        return;
    }
    ImageAsset asset = image;
    if (asset.id.isNull())
        asset.id = QUuid::createUuid();
    if (project.list<ImageAsset>().contains(asset.id)) {
        fail(CommandChecks::badValue(EntityKind::Image, asset.id, QStringLiteral("id"),
                                     CommandChecks::tr("already exists")));
        return;
    }
    if (Status s = CommandChecks::checkValues(asset); !s) {
        fail(s);
        return;
    }
    mImageId = asset.id;
    Link link;
    link.kind = LinkKind::TouchpointImage;
    link.from = touchpointId;
    link.to = asset.id;
    // After the touchpoint's last picture: positions may have gaps after removals.
    for (const Link &other : project.links()) {
        if (other.kind == LinkKind::TouchpointImage && other.from == touchpointId)
            link.position = std::max(link.position, other.position + 1);
    }
    Project fragment;
    fragment.list<ImageAsset>().insert(asset);
    fragment.addLink(link);
    Mutation mutation;
    mutation.insert(fragment);
    setMutation(mutation);
}

} // namespace cjm
