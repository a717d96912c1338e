// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplequality.h"

namespace cjm {

QString SampleQuality::label(qint64 n, const QLocale &locale)
{
    const QString count = locale.toString(n);
    return isSmall(n) ? tr("n = %1 (small sample)").arg(count) : tr("n = %1").arg(count);
}

} // namespace cjm
