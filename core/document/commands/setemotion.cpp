// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setemotion.h"

#include <QtGlobal>

namespace cjm {

SetEmotion::SetEmotion(Document *document, const QUuid &touchpointId, Scale scale,
                       std::optional<int> value, bool mergeable, QUndoCommand *parent)
    : EditField<Touchpoint>(
            document, touchpointId,
            scale == Scale::AsIs ? QStringLiteral("emotion") : QStringLiteral("emotion_to_be"),
            clamped(value),
            scale == Scale::AsIs ? tr("Change emotion") : tr("Change to-be emotion"), parent)
{
    setMergeable(mergeable);
    if (scale == Scale::AsIs && !value) {
        fail(CommandChecks::badValue(EntityKind::Touchpoint, touchpointId,
                                     QStringLiteral("emotion"),
                                     tr("the as-is emotion cannot be cleared")));
    }
}

QVariant SetEmotion::clamped(std::optional<int> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<int>());
    return QVariant(qBound(kEmotionMin, *value, kEmotionMax));
}

} // namespace cjm
