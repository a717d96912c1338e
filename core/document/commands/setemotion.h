// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/editfield.h"

#include <optional>

namespace cjm {

/**
 * Sets the as-is or to-be emotion of a touchpoint, the point dragged on the
 * emotion curve. Values beyond −2..+2 are clamped (a drag overshoots); the
 * to-be emotion may be cleared, the as-is one not.
 *
 * A drag pushes one command per mouse move: the first of a gesture is made
 * with `mergeable` false, the rest with true, so the curve follows the mouse
 * and the whole drag is one undo step.
 */
class SetEmotion : public EditField<Touchpoint>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SetEmotion)

public:
    enum class Scale {
        AsIs, ///< `emotion`
        ToBe, ///< `emotion_to_be`
    };

    SetEmotion(Document *document, const QUuid &touchpointId, Scale scale, std::optional<int> value,
               bool mergeable = false, QUndoCommand *parent = nullptr);

    int id() const override { return MergeSetEmotion; }

private:
    static QVariant clamped(std::optional<int> value);
};

} // namespace cjm
