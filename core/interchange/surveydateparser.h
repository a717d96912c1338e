// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace cjm {

/**
 * Reads the dates of one column of a survey export into QDate.
 *
 * Survey tools write dates in many forms: ISO `2026-01-03` or `2026-01-03 09:12:00`
 * (Qualtrics, spreadsheets), `2026/01/03 9:12:00 AM GMT+1` (Google Forms download,
 * SurveyMonkey), `01/03/2026 09:12:00 AM` (SurveyMonkey), `1/3/2026 9:12:00` (a Google Sheet),
 * `03.01.2026` (a German spreadsheet). A time and zone after the date are accepted and ignored.
 *
 * Whether `01/03/2026` is 3 January or 1 March cannot be told from one value, so the order is
 * decided once per column, from its first values: any day above 12 settles it. When none is,
 * decide() fails so that the user can choose (setOrder()); dates with dots are day first.
 */
class SurveyDateParser
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyDateParser)

public:
    /// The order of day, month and year in the column.
    enum class Order { Unknown, YearMonthDay, MonthDayYear, DayMonthYear };

    /// Values of a column worth passing to decide().
    static constexpr int kSampleValues = 200;

    /// Decides the order from \a values (the column's first values; empty ones are ignored).
    /// \a column names the column in error messages. Fails when no value is a date, when the
    /// values contradict each other, or when day and month order cannot be told apart.
    Status decide(const QStringList &values, const QString &column);
    /// Sets the order, for instance after the user chose one.
    void setOrder(Order order) { mOrder = order; }
    Order order() const { return mOrder; }
    /// Non-empty sample values of the last decide() that are no date at all.
    int rejectedSamples() const { return mRejected; }

    /// The date of \a value in the decided order; an invalid QDate when the value is no date
    /// of that form or no such day exists.
    QDate parse(const QString &value) const;

private:
    /// The three numbers of a date, in the order written.
    struct Parts
    {
        int first = 0;
        int second = 0;
        int third = 0;
        bool yearFirst = false;
        QChar separator;
    };

    static bool split(const QString &value, Parts *parts);
    static int fullYear(int year);

    Order mOrder = Order::Unknown;
    int mRejected = 0;
};

} // namespace cjm
