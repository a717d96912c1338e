// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveydateparser.h"

#include <QRegularExpression>

namespace cjm {

namespace {

/// Years written with two digits are this century's (surveys are recent).
constexpr int kCentury = 2000;

} // namespace

bool SurveyDateParser::split(const QString &value, Parts *parts)
{
    // Date: 1-4 digits, a separator, 1-2 digits, the same separator, 1-4 digits (Korean
    // spreadsheets write "2026. 1. 3."). Then optionally a time: an AM/PM word before it
    // (上午, 오후), hours and minutes, seconds, AM/PM, and a zone (Z, MDT, GMT+1, +01:00).
    static const QRegularExpression pattern(QStringLiteral(
            "^\\s*(\\d{1,4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})\\.?"
            "(?:(?:[ T]|,\\s*)\\s*(?:[^\\d\\s]{1,3}\\s*)?\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
            "\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?)?"
            "(?:\\s*(?:Z|[A-Za-z]{2,5})?\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return false;
    const QString first = match.captured(1);
    const QString third = match.captured(4);
    parts->yearFirst = first.size() == 4;
    // Either the year comes first, or last with 2 or 4 digits.
    const bool yearLastFits = first.size() <= 2 && (third.size() == 2 || third.size() == 4);
    if (parts->yearFirst ? third.size() > 2 : !yearLastFits)
        return false;
    parts->first = first.toInt();
    parts->second = match.captured(3).toInt();
    parts->third = third.toInt();
    parts->separator = match.captured(2).at(0);
    return true;
}

int SurveyDateParser::fullYear(int year)
{
    return year < 100 ? kCentury + year : year;
}

Status SurveyDateParser::decide(const QStringList &values, const QString &column)
{
    mOrder = Order::Unknown;
    mRejected = 0;
    int yearFirst = 0;
    int yearLast = 0;
    bool dayFirstSeen = false;   // a first number above 12 in D/M/Y or M/D/Y
    bool monthFirstSeen = false; // a second number above 12
    bool dots = false;
    QString firstRejected;
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        Parts parts;
        if (!split(value, &parts)) {
            if (mRejected++ == 0)
                firstRejected = value;
            continue;
        }
        if (parts.yearFirst) {
            ++yearFirst;
            continue;
        }
        ++yearLast;
        dayFirstSeen = dayFirstSeen || parts.first > 12;
        monthFirstSeen = monthFirstSeen || parts.second > 12;
        dots = dots || parts.separator == QLatin1Char('.');
    }
    if (yearFirst == 0 && yearLast == 0) {
        if (mRejected == 0)
            return Status::failure(tr("Column '%1' has no values to read dates from.").arg(column));
        return Status::failure(tr("Column '%1' does not hold dates: '%2' is not a date.")
                                       .arg(column, firstRejected));
    }
    if (yearFirst >= yearLast) {
        mOrder = Order::YearMonthDay;
        return Status::success();
    }
    if (dayFirstSeen && monthFirstSeen) {
        return Status::failure(
                tr("Column '%1' mixes day/month/year and month/day/year dates.").arg(column));
    }
    if (dayFirstSeen || (dots && !monthFirstSeen)) {
        mOrder = Order::DayMonthYear;
    } else if (monthFirstSeen) {
        mOrder = Order::MonthDayYear;
    } else {
        return Status::failure(tr("In column '%1' no day is above 12, so it is not clear whether "
                                  "the dates are day/month/year or month/day/year.")
                                       .arg(column));
    }
    return Status::success();
}

QDate SurveyDateParser::parse(const QString &value) const
{
    Parts parts;
    if (!split(value, &parts))
        return QDate();
    switch (mOrder) {
    case Order::YearMonthDay:
        return parts.yearFirst ? QDate(parts.first, parts.second, parts.third) : QDate();
    case Order::MonthDayYear:
        return parts.yearFirst ? QDate() : QDate(fullYear(parts.third), parts.first, parts.second);
    case Order::DayMonthYear:
        return parts.yearFirst ? QDate() : QDate(fullYear(parts.third), parts.second, parts.first);
    case Order::Unknown:
        break;
    }
    return QDate();
}

} // namespace cjm
