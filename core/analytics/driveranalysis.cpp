// SPDX-License-Identifier: GPL-3.0-or-later
#include "driveranalysis.h"

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {

/// Median of `values` (not empty); even count: mean of the two middle values.
double medianOf(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const int mid = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

bool isClassifiable(const DriverAnalysis::Driver &driver)
{
    return driver.importance.has_value() && driver.performance.has_value();
}

} // namespace

DriverAnalysis DriverAnalysis::compute(const QVector<Input> &inputs)
{
    DriverAnalysis result;
    QVector<double> importances;
    QVector<double> performances;
    for (const Input &input : inputs) {
        Driver driver;
        driver.touchpointId = input.touchpointId;
        driver.n = input.sums.n;
        driver.importance = input.sums.correlation();
        // A NaN mean would make every comparison false and the median meaningless.
        if (input.performance && std::isfinite(*input.performance))
            driver.performance = input.performance;
        if (isClassifiable(driver)) {
            importances.append(*driver.importance);
            performances.append(*driver.performance);
        }
        result.mDrivers.append(driver);
    }
    if (importances.size() < 2)
        return result;
    result.mImportanceSplit = medianOf(importances);
    result.mPerformanceSplit = medianOf(performances);
    for (Driver &driver : result.mDrivers) {
        if (isClassifiable(driver))
            driver.quadrant = quadrantOf(*driver.importance, *driver.performance,
                                         *result.mImportanceSplit, *result.mPerformanceSplit);
    }
    return result;
}

DriverAnalysis::Quadrant DriverAnalysis::quadrantOf(double importance, double performance,
                                                    double importanceSplit, double performanceSplit)
{
    const bool important = importance >= importanceSplit;
    const bool performing = performance >= performanceSplit;
    if (important)
        return performing ? Quadrant::Maintain : Quadrant::FixFirst;
    return performing ? Quadrant::LowerPriority : Quadrant::Monitor;
}

QString DriverAnalysis::label(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::FixFirst:
        return tr("Fix first", "driver analysis quadrant");
    case Quadrant::Maintain:
        return tr("Maintain", "driver analysis quadrant");
    case Quadrant::Monitor:
        return tr("Monitor", "driver analysis quadrant");
    case Quadrant::LowerPriority:
        return tr("Lower priority", "driver analysis quadrant");
    }
    return QString();
}

} // namespace cjm
