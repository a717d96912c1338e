// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielddescriptor.h"
#include "model/entitykind.h"

#include <QCoreApplication>

namespace cjm {

/**
 * The editable fields of each entity kind, as the inspector and the personas dock show them:
 * generated from the model's fields() tables (Data fields, their types and ranges) with a
 * translated label and, for closed vocabularies, the translated names of the values. Fields a
 * user does not type (ids, time stamps, images, references handled elsewhere) are left out.
 */
class FieldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(cjm::FieldCatalog)

public:
    /// The editable fields of `kind`, in the model's column order; empty for kinds not edited.
    static QVector<FieldDescriptor> fieldsOf(EntityKind kind);
    /// The descriptor of `column` of `kind`; column is empty when there is none.
    static FieldDescriptor field(EntityKind kind, const QString &column);
    /// The translated name of an entity kind ("Touchpoint", "Pain point").
    static QString kindName(EntityKind kind);
    /// "3 touchpoints", "1 pain point": a count of entities of a kind, translated.
    static QString countName(EntityKind kind, int count);
    /// The translated name of a built-in lane kind ("Thoughts").
    static QString laneKindName(int laneKind);

private:
    static QString label(const QString &column);
    static void describe(EntityKind kind, FieldDescriptor *descriptor);
    static QVector<QPair<QVariant, QString>> choicesOf(EntityKind kind, const QString &column);
    static QVector<QPair<QVariant, QString>> emotionChoices(bool optional);
    static QVector<QPair<QVariant, QString>> opportunityStatusChoices();
    static QVector<QPair<QVariant, QString>> insightChoices(const QString &column);
    static QVector<QPair<QVariant, QString>> metricChoices(const QString &column);
    static QVector<QPair<QVariant, QString>> scopeChoices();
    static QVector<QPair<int, QString>> handlingFlags();
    static bool isHidden(EntityKind kind, const QString &column, FieldType type);
};

} // namespace cjm
