// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cjm {

/**
 * Merge ids of the commands that merge (QUndoCommand::id()), in one place so
 * no two command types share one by accident. Commands that never merge keep
 * the default -1.
 */
enum MergeId {
    MergeEditField = 1,  ///< EditField<T> and its named subclasses
    MergeSetEmotion,     ///< SetEmotion (drags of emotion points)
    MergeSetLaneCellText ///< SetLaneCellText
};

} // namespace cjm
