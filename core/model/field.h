// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalue.h"

#include <QString>
#include <QVariant>

#include <type_traits>
#include <utility>

namespace cjm {

/// What a field is to the structure of a project.
enum class FieldRole {
    Id,       ///< the entity's UUID
    Parent,   ///< a reference that decides where the entity sits (changed by Move)
    Position, ///< order among siblings (changed by Move / Reorder)
    Data,     ///< everything a user edits in the inspector
};

/**
 * One persisted field of an entity type T: its column name in the project file
 * (which doubles as the stable field name in change events and JSON), how to read
 * and write it as a QVariant, and the range a loaded value must respect.
 *
 * Each entity type lists its fields once (see Touchpoint::fields()); storage,
 * validation, the generic edit command and the inspector all work from that list.
 */
template <class T>
struct Field {
    const char *column;
    FieldType type;
    FieldRole role;
    QVariant (*get)(const T &);
    void (*set)(T &, const QVariant &);
    double min; ///< inclusive lower bound for numbers; unused for text
    double max; ///< inclusive upper bound for numbers; maximum length for text and blobs

    QString name() const { return QString::fromLatin1(column); }
};

/// Describes the member `P` (a pointer to member of T) as a field.
template <auto P>
struct MemberField;

template <class T, class M, M T::*P>
struct MemberField<P> {
    using Class = T;
    static QVariant get(const T &t) { return toFieldVariant(t.*P); }
    static void set(T &t, const QVariant &v) { t.*P = fromFieldVariant<M>(v); }
    static constexpr FieldType type = FieldTypeOf<M>::value;
};

/// Builds the Field entry for member P: `field<&Touchpoint::title>("title")`.
template <auto P>
Field<typename MemberField<P>::Class> field(const char *column,
                                            FieldRole role = FieldRole::Data,
                                            double min = 0,
                                            double max = kMaxTextLength)
{
    using MF = MemberField<P>;
    return {column, MF::type, role, &MF::get, &MF::set, min, max};
}

/// True for entity types ordered among siblings (they have a `position`).
template <class T, class = void>
struct HasPosition : std::false_type {};
template <class T>
struct HasPosition<T, std::void_t<decltype(std::declval<T &>().position)>> : std::true_type {};

/// Finds the field of T named `column`, or nullptr.
template <class T>
const Field<T> *findField(const QString &column)
{
    for (const Field<T> &f : T::fields()) {
        if (column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

} // namespace cjm
