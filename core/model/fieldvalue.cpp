// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <QCoreApplication>

#include <cmath>

namespace cjm {

namespace {

/// Translation context for the reasons checkFieldValue() gives.
struct FieldValueText {
    Q_DECLARE_TR_FUNCTIONS(cjm::FieldValue)
};

bool isIntegral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

bool isNumeric(const QVariant &v)
{
    return isIntegral(v) || v.typeId() == QMetaType::Double;
}

bool isText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

/// SQL binds a null QString as NULL; text columns want ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant toFieldVariant(const QString &v) { return QVariant(nonNull(v)); }
QVariant toFieldVariant(int v) { return QVariant(v); }
QVariant toFieldVariant(double v) { return QVariant(v); }
QVariant toFieldVariant(bool v) { return QVariant(v ? 1 : 0); }
QVariant toFieldVariant(const QUuid &v)
{
    return v.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(v));
}
QVariant toFieldVariant(const QColor &v) { return QVariant(v.name(QColor::HexRgb)); }
QVariant toFieldVariant(const QDate &v)
{
    return QVariant(nonNull(v.isValid() ? v.toString(Qt::ISODate) : QString()));
}
QVariant toFieldVariant(const QDateTime &v)
{
    return QVariant(nonNull(v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QString()));
}
QVariant toFieldVariant(const QByteArray &v) { return QVariant(v); }
QVariant toFieldVariant(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
QVariant toFieldVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
QVariant toFieldVariant(const QStringList &v)
{
    return QVariant(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact)));
}

void fromFieldVariant(const QVariant &v, QString &out) { out = v.toString(); }
void fromFieldVariant(const QVariant &v, int &out) { out = v.toInt(); }
void fromFieldVariant(const QVariant &v, double &out) { out = v.toDouble(); }
void fromFieldVariant(const QVariant &v, bool &out) { out = v.toInt() != 0 || v.toBool(); }
void fromFieldVariant(const QVariant &v, QUuid &out)
{
    out = v.typeId() == QMetaType::QUuid ? v.toUuid() : QUuid::fromString(v.toString());
}
void fromFieldVariant(const QVariant &v, QColor &out)
{
    out = v.typeId() == QMetaType::QColor ? v.value<QColor>() : QColor::fromString(v.toString());
}
void fromFieldVariant(const QVariant &v, QDate &out)
{
    out = v.typeId() == QMetaType::QDate ? v.toDate()
                                         : QDate::fromString(v.toString(), Qt::ISODate);
}
void fromFieldVariant(const QVariant &v, QDateTime &out)
{
    out = v.typeId() == QMetaType::QDateTime
              ? v.toDateTime()
              : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (out.isValid())
        out = out.toUTC();
}
void fromFieldVariant(const QVariant &v, QByteArray &out) { out = v.toByteArray(); }
void fromFieldVariant(const QVariant &v, std::optional<int> &out)
{
    out = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
void fromFieldVariant(const QVariant &v, std::optional<double> &out)
{
    out = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
void fromFieldVariant(const QVariant &v, QStringList &out)
{
    out.clear();
    if (v.typeId() == QMetaType::QStringList) {
        out = v.toStringList();
        return;
    }
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        out.append(item.toString());
}

QString checkFieldValue(FieldType type, const QVariant &v, double min, double max)
{
    const bool null = v.isNull();
    auto checkRange = [&](double x) -> QString {
        if (!std::isfinite(x) || x < min || x > max)
            return FieldValueText::tr("value %1 is outside %2..%3").arg(x).arg(min).arg(max);
        return {};
    };
    switch (type) {
    case FieldType::Text:
        if (null || !isText(v))
            return FieldValueText::tr("expected text");
        if (v.toString().size() > max)
            return FieldValueText::tr("text longer than %1 characters").arg(max);
        return {};
    case FieldType::Integer:
    case FieldType::Bool:
        if (null || !isIntegral(v))
            return FieldValueText::tr("expected an integer");
        return checkRange(v.toDouble());
    case FieldType::OptionalInt:
        if (null)
            return {};
        if (!isIntegral(v))
            return FieldValueText::tr("expected an integer or NULL");
        return checkRange(v.toDouble());
    case FieldType::Real:
        if (null || !isNumeric(v))
            return FieldValueText::tr("expected a number");
        return checkRange(v.toDouble());
    case FieldType::OptionalReal:
        if (null)
            return {};
        if (!isNumeric(v))
            return FieldValueText::tr("expected a number or NULL");
        return checkRange(v.toDouble());
    case FieldType::Uuid:
        if (null)
            return {};
        // Only the canonical form: ids are compared as text in SQL.
        if (!isText(v) || v.toString() != uuidText(QUuid::fromString(v.toString()))
            || v.toString().isEmpty())
            return FieldValueText::tr("expected a lower-case UUID");
        return {};
    case FieldType::Color:
        if (!isText(v) || v.toString().size() != 7 || !v.toString().startsWith(QLatin1Char('#'))
            || !QColor::isValidColorName(v.toString()))
            return FieldValueText::tr("expected a colour \"#rrggbb\"");
        return {};
    case FieldType::Date:
        if (!isText(v))
            return FieldValueText::tr("expected a date");
        if (!v.toString().isEmpty() && !QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return FieldValueText::tr("expected a date YYYY-MM-DD");
        return {};
    case FieldType::DateTime:
        if (!isText(v))
            return FieldValueText::tr("expected a date and time");
        if (!v.toString().isEmpty()
            && !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
            return FieldValueText::tr("expected an ISO 8601 date and time");
        return {};
    case FieldType::Blob:
        if (null || (v.typeId() != QMetaType::QByteArray && !isText(v)))
            return FieldValueText::tr("expected binary data");
        if (v.toByteArray().size() > max)
            return FieldValueText::tr("data larger than %1 bytes").arg(max);
        return {};
    case FieldType::TextList: {
        if (!isText(v))
            return FieldValueText::tr("expected a JSON list of text");
        if (v.toString().size() > max)
            return FieldValueText::tr("text longer than %1 characters").arg(max);
        if (v.toString().isEmpty())
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return FieldValueText::tr("expected a JSON list of text");
        return {};
    }
    }
    return FieldValueText::tr("unknown field type");
}

} // namespace cjm
