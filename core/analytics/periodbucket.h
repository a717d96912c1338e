// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace cjm {

/**
 * Calendar periods for trends: answers of a day fall into the week, month or quarter that
 * holds it, and each period is named by its first day (as Measurement::periodStart).
 *
 * Weeks are ISO 8601 weeks: they start on Monday, and week 1 of a year is the week with the
 * year's first Thursday — so 2021-01-01 (a Friday) lies in week 53 of 2020.
 */
class PeriodBucket
{
    Q_DECLARE_TR_FUNCTIONS(cjm::PeriodBucket)

public:
    /// Length of a period.
    enum class Granularity { Week = 0, Month = 1, Quarter = 2 };

    /// First day of the period holding `date` (Monday; the 1st; 1 Jan/Apr/Jul/Oct).
    /// An invalid date gives an invalid date.
    static QDate periodStart(const QDate &date, Granularity granularity);
    /// Last day of the period holding `date`; invalid for an invalid date.
    static QDate periodEnd(const QDate &date, Granularity granularity);

    /**
     * The name of the period holding `date` for users, in `locale`: "Week 53, 2020" (ISO week
     * and its ISO year), "March 2024" (the locale's stand-alone month name), "Q1 2024".
     * Empty for an invalid date.
     */
    static QString label(const QDate &date, Granularity granularity,
                         const QLocale &locale = QLocale());
};

} // namespace cjm
