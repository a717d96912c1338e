// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "model/project.h"
#include "util/status.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cjm {

/**
 * What Copy puts on the clipboard: the selected entities with everything that
 * depends on them (a stage's touchpoints and cards, a touchpoint's pain
 * points, opportunities, insights, lane cells and pictures) and the links
 * among them, serialised as JSON under mimeType(). Going through QClipboard
 * with its own MIME type lets another project, or another running instance,
 * paste it. instantiate() gives a copy with fresh ids placed at the paste
 * target, for InsertFragment.
 */
class ClipboardFragment
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ClipboardFragment)

public:
    /// Where a paste goes: the journey, and the selected stage and touchpoint, if any.
    struct Target
    {
        QUuid journeyId;
        QUuid stageId;
        QUuid touchpointId;
        /// position for pasted stages among the journey's stages (−1: at the end)
        int stagePosition = -1;
        /// position for pasted touchpoints among the stage's touchpoints (−1: at the end)
        int touchpointPosition = -1;
    };

    /// "application/x-journeystudio-fragment".
    static QString mimeType();

    /// The entities `refs` of `project` with their dependents; unknown or uncopyable refs are
    /// skipped (journeys, personas, metrics are not copied from the map).
    static ClipboardFragment fromSelection(const Project &project, const QVector<EntityRef> &refs);
    /// Reads JSON written by toJson(); a clear message naming the entity and field if it is bad.
    static Status fromJson(const QByteArray &json, ClipboardFragment *fragment);

    QByteArray toJson() const;
    bool isEmpty() const;
    /// The copied entities and links, with their original ids.
    const Project &content() const { return mContent; }

    /**
     * The fragment as it would be pasted into `project` at `target`: every
     * entity gets a fresh id (references among them follow), entities whose
     * parent was not copied go under the target (stages into the journey,
     * touchpoints into the stage, cards onto the touchpoint or the stage),
     * and lane cells and links whose other end is in neither are dropped.
     * Fails if the target lacks what a root needs (no stage for a touchpoint).
     */
    Status instantiate(const Project &project, const Target &target, Project *result) const;

private:
    Project mContent;
};

} // namespace cjm
