// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodbucket.h"

namespace cjm {

namespace {

/// A year for a label: the locale's digits, no group separator ("2024", not "2,024").
QString yearText(int year, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(year);
}

} // namespace

QDate PeriodBucket::periodStart(const QDate &date, Granularity granularity)
{
    if (!date.isValid())
        return QDate();
    switch (granularity) {
    case Granularity::Week:
        return date.addDays(1 - date.dayOfWeek()); // dayOfWeek: Monday 1 … Sunday 7
    case Granularity::Month:
        return QDate(date.year(), date.month(), 1);
    case Granularity::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return QDate();
}

QDate PeriodBucket::periodEnd(const QDate &date, Granularity granularity)
{
    const QDate start = periodStart(date, granularity);
    if (!start.isValid())
        return QDate();
    switch (granularity) {
    case Granularity::Week:
        return start.addDays(6);
    case Granularity::Month:
        return start.addMonths(1).addDays(-1);
    case Granularity::Quarter:
        return start.addMonths(3).addDays(-1);
    }
    return QDate();
}

QString PeriodBucket::label(const QDate &date, Granularity granularity, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    switch (granularity) {
    case Granularity::Week: {
        int isoYear = 0;
        const int week = date.weekNumber(&isoYear);
        return tr("Week %1, %2", "ISO week number, ISO year")
                .arg(locale.toString(week), yearText(isoYear, locale));
    }
    case Granularity::Month:
        return tr("%1 %2", "month name, year")
                .arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat),
                     yearText(date.year(), locale));
    case Granularity::Quarter:
        return tr("Q%1 %2", "quarter number, year")
                .arg(locale.toString((date.month() - 1) / 3 + 1), yearText(date.year(), locale));
    }
    return QString();
}

} // namespace cjm
