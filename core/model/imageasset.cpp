// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageasset.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<ImageAsset>> &ImageAsset::fields()
{
    static const QVector<Field<ImageAsset>> list = {
        field<&ImageAsset::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&ImageAsset::mime>("mime", FieldRole::Data, 0, 128),
        field<&ImageAsset::width>("width", FieldRole::Data, 0, 16384),
        field<&ImageAsset::height>("height", FieldRole::Data, 0, 16384),
        field<&ImageAsset::data>("data", FieldRole::Data, 0, kMaxBlobSize),
    };
    return list;
}

bool operator==(const ImageAsset &a, const ImageAsset &b)
{
    return sameFields(a, b);
}

} // namespace cjm
