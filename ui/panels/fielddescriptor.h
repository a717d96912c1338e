// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldvalue.h"

#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

namespace cjm {

/// How the inspector shows and edits one data field (made by FieldCatalog).
struct FieldDescriptor
{
    /// How the value is edited: the widget follows the field's type, except where a field
    /// holds a closed vocabulary (a choice) or a bit set (flags).
    enum class Editor { Line, Paragraph, Integer, Real, Choice, Flags, Check, Date, Color };

    /// The column of T::fields() (the command's field name).
    QString column;
    FieldType type = FieldType::Text;
    Editor editor = Editor::Line;
    /// Translated label shown next to the editor.
    QString label;
    /// Bounds for numbers (from the field table); maximum length for text.
    double min = 0;
    double max = 0;
    /// Suffix for numbers ("%"), translated; may be empty.
    QString suffix;
    /// Choice: stored value → translated name, in display order (a null value means "not set").
    QVector<QPair<QVariant, QString>> choices;
    /// Flags: bit → translated name.
    QVector<QPair<int, QString>> flags;
};

} // namespace cjm
