// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielddescriptor.h"

#include <QCoreApplication>

class QWidget;

namespace cjm {

class FieldEditor;

/**
 * Makes the editor widget of a field from its descriptor: QLineEdit, QPlainTextEdit,
 * QSpinBox / QDoubleSpinBox bounded by the field's min and max, QComboBox with translated
 * names, QCheckBox, QDateEdit, a colour button, or check boxes for a bit set.
 */
class FieldEditorFactory
{
    Q_DECLARE_TR_FUNCTIONS(cjm::FieldEditorFactory)

public:
    /// A new editor for `descriptor`, a child of `parent`.
    static FieldEditor *create(const FieldDescriptor &descriptor, QWidget *parent);

private:
    static QWidget *createInner(const FieldDescriptor &descriptor, QWidget *parent);
    static QWidget *createInteger(const FieldDescriptor &descriptor, QWidget *parent);
    static QWidget *createReal(const FieldDescriptor &descriptor, QWidget *parent);
    static QWidget *createFlags(const FieldDescriptor &descriptor, QWidget *parent);
};

} // namespace cjm
