// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace cjm {

/// Longest text a field may hold (characters); longer text in a file is refused.
constexpr double kMaxTextLength = 65536;
/// Largest embedded image (bytes).
constexpr double kMaxBlobSize = 16.0 * 1024 * 1024;

/// How a field is stored in the project file (and checked when a file is loaded).
enum class FieldType {
    Text,        ///< TEXT
    Integer,     ///< INTEGER (enums too)
    Real,        ///< REAL
    Bool,        ///< INTEGER 0/1
    Uuid,        ///< TEXT, 36-character UUID, or NULL when the reference is empty
    Color,       ///< TEXT "#rrggbb"
    Date,        ///< TEXT "YYYY-MM-DD" or ""
    DateTime,    ///< TEXT ISO 8601 with milliseconds, UTC
    Blob,        ///< BLOB
    OptionalInt, ///< INTEGER or NULL
    OptionalReal,///< REAL or NULL
    TextList,    ///< TEXT, a JSON array of strings
};

template <class M, class Enable = void>
struct FieldTypeOf;
template <> struct FieldTypeOf<QString> { static constexpr FieldType value = FieldType::Text; };
template <> struct FieldTypeOf<int> { static constexpr FieldType value = FieldType::Integer; };
template <> struct FieldTypeOf<double> { static constexpr FieldType value = FieldType::Real; };
template <> struct FieldTypeOf<bool> { static constexpr FieldType value = FieldType::Bool; };
template <> struct FieldTypeOf<QUuid> { static constexpr FieldType value = FieldType::Uuid; };
template <> struct FieldTypeOf<QColor> { static constexpr FieldType value = FieldType::Color; };
template <> struct FieldTypeOf<QDate> { static constexpr FieldType value = FieldType::Date; };
template <> struct FieldTypeOf<QDateTime> { static constexpr FieldType value = FieldType::DateTime; };
template <> struct FieldTypeOf<QByteArray> { static constexpr FieldType value = FieldType::Blob; };
template <> struct FieldTypeOf<std::optional<int>> { static constexpr FieldType value = FieldType::OptionalInt; };
template <> struct FieldTypeOf<std::optional<double>> { static constexpr FieldType value = FieldType::OptionalReal; };
template <> struct FieldTypeOf<QStringList> { static constexpr FieldType value = FieldType::TextList; };
template <class E>
struct FieldTypeOf<E, std::enable_if_t<std::is_enum_v<E>>> {
    static constexpr FieldType value = FieldType::Integer;
};

// Conversions between member values and the QVariant form used by commands,
// change events and storage. Enums travel as int, optionals as a null QVariant.

QVariant toFieldVariant(const QString &v);
QVariant toFieldVariant(int v);
QVariant toFieldVariant(double v);
QVariant toFieldVariant(bool v);
QVariant toFieldVariant(const QUuid &v);
QVariant toFieldVariant(const QColor &v);
QVariant toFieldVariant(const QDate &v);
QVariant toFieldVariant(const QDateTime &v);
QVariant toFieldVariant(const QByteArray &v);
QVariant toFieldVariant(const std::optional<int> &v);
QVariant toFieldVariant(const std::optional<double> &v);
QVariant toFieldVariant(const QStringList &v);
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
QVariant toFieldVariant(E v)
{
    return QVariant(static_cast<int>(v));
}

void fromFieldVariant(const QVariant &v, QString &out);
void fromFieldVariant(const QVariant &v, int &out);
void fromFieldVariant(const QVariant &v, double &out);
void fromFieldVariant(const QVariant &v, bool &out);
void fromFieldVariant(const QVariant &v, QUuid &out);
void fromFieldVariant(const QVariant &v, QColor &out);
void fromFieldVariant(const QVariant &v, QDate &out);
void fromFieldVariant(const QVariant &v, QDateTime &out);
void fromFieldVariant(const QVariant &v, QByteArray &out);
void fromFieldVariant(const QVariant &v, std::optional<int> &out);
void fromFieldVariant(const QVariant &v, std::optional<double> &out);
void fromFieldVariant(const QVariant &v, QStringList &out);

template <class M>
M fromFieldVariant(const QVariant &v)
{
    if constexpr (std::is_enum_v<M>) {
        return static_cast<M>(v.toInt());
    } else {
        M out{};
        fromFieldVariant(v, out);
        return out;
    }
}

/// Canonical text form of a UUID in the file: lower case, no braces; "" for null.
QString uuidText(const QUuid &id);

/**
 * Checks that `v`, as read from a file or given by a caller, fits a field of
 * `type` with bounds [min, max] (max is a length for text and blobs).
 * Returns an empty string when it does, else a short reason.
 */
QString checkFieldValue(FieldType type, const QVariant &v, double min, double max);

} // namespace cjm
