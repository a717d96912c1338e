// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cjm {

/**
 * Whether a figure rests on enough answers. Every figure shows its sample size and marks
 * small samples (DESIGN.md §5): below kSmallSample answers the normal approximations behind
 * margins of error are unreliable, and one answer more or less moves a percentage visibly.
 */
class SampleQuality
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SampleQuality)

public:
    /// Fewer answers than this make a small sample (the usual rule of thumb of 30).
    static constexpr qint64 kSmallSample = 30;

    /// Whether n answers are a small sample (0 included: no data is the smallest sample).
    static bool isSmall(qint64 n) { return n < kSmallSample; }

    /// "n = 1,234" for a figure's caption; "n = 12 (small sample)" when small.
    static QString label(qint64 n, const QLocale &locale = QLocale());
};

} // namespace cjm
