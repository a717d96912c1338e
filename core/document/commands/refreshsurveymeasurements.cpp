// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/refreshsurveymeasurements.h"

#include "analytics/surveymeasurements.h"
#include "document/document.h"

namespace cjm {

RefreshSurveyMeasurements::RefreshSurveyMeasurements(Document *document, QUndoCommand *parent)
    : MutationCommand(document, tr("Update survey figures"), parent)
{
    const Project &project = document->project();
    Status status;
    const QVector<Measurement> fresh
            = SurveyMeasurements::compute(document->workingCopy().database(), project, &status);
    if (!status) {
        fail(status);
        return;
    }
    QHash<QUuid, const Measurement *> wanted;
    for (const Measurement &m : fresh)
        wanted.insert(m.id, &m);

    Project added;
    Project removed;
    Mutation mutation;
    for (const Measurement &old : project.measurements().items()) {
        if (old.source != MeasurementSource::Survey)
            continue;
        const Measurement *now = wanted.value(old.id);
        if (!now) {
            removed.list<Measurement>().insert(old);
            continue;
        }
        // Same metric, scope and month (the id says so): only the figure may have moved.
        if (old.value != now->value)
            mutation.setField(EntityKind::Measurement, old.id, QStringLiteral("value"), old.value,
                              now->value);
        if (old.sampleSize != now->sampleSize)
            mutation.setField(EntityKind::Measurement, old.id, QStringLiteral("sample_size"),
                              old.sampleSize, now->sampleSize);
        wanted.remove(old.id);
    }
    for (const Measurement &m : fresh) {
        if (wanted.contains(m.id) && !project.measurements().contains(m.id))
            added.list<Measurement>().insert(m);
    }
    if (!removed.measurements().items().isEmpty())
        mutation.remove(removed);
    if (!added.measurements().items().isEmpty())
        mutation.insert(added);
    setMutation(mutation);
}

} // namespace cjm
