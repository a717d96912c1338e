// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// An embedded image (persona photo, touchpoint picture).
struct ImageAsset {
    static constexpr EntityKind entityKind = EntityKind::Image;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "image";
    /// Every persisted field, in column order.
    static const QVector<Field<ImageAsset>> &fields();

    QUuid id;
    /// "image/png" or "image/jpeg"
    QString mime;
    /// pixels
    int width = 0;
    /// pixels
    int height = 0;
    /// the encoded image
    QByteArray data;

    /// Not ordered among siblings.
    QUuid siblingKey() const { return QUuid(); }
};

bool operator==(const ImageAsset &a, const ImageAsset &b);
inline bool operator!=(const ImageAsset &a, const ImageAsset &b) { return !(a == b); }

} // namespace cjm
