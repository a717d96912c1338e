// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditorfactory.h"

#include "fieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace cjm {

namespace {

/// Spin boxes take an int range; the widest field ranges are clamped to it.
int intBound(double bound)
{
    const double limit = std::numeric_limits<int>::max() - 1;
    return int(qBound(-limit, bound, limit));
}

} // namespace

FieldEditor *FieldEditorFactory::create(const FieldDescriptor &descriptor, QWidget *parent)
{
    // The editor puts the inner widget in its layout, which makes it the inner widget's parent.
    return new FieldEditor(descriptor, createInner(descriptor, parent), parent);
}

QWidget *FieldEditorFactory::createInner(const FieldDescriptor &d, QWidget *parent)
{
    switch (d.editor) {
    case FieldDescriptor::Editor::Line: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(intBound(d.max));
        return line;
    }
    case FieldDescriptor::Editor::Paragraph: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        return text;
    }
    case FieldDescriptor::Editor::Integer:
        return createInteger(d, parent);
    case FieldDescriptor::Editor::Real:
        return createReal(d, parent);
    case FieldDescriptor::Editor::Choice: {
        auto *combo = new QComboBox(parent);
        for (const auto &choice : d.choices)
            combo->addItem(choice.second, choice.first);
        combo->setPlaceholderText(tr("(mixed)"));
        return combo;
    }
    case FieldDescriptor::Editor::Flags:
        return createFlags(d, parent);
    case FieldDescriptor::Editor::Check:
        return new QCheckBox(parent);
    case FieldDescriptor::Editor::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        // The minimum date stands for "no date".
        date->setMinimumDate(QDate(1900, 1, 1));
        date->setSpecialValueText(tr("No date"));
        return date;
    }
    case FieldDescriptor::Editor::Color:
        return new QPushButton(parent);
    }
    return new QLineEdit(parent);
}

QWidget *FieldEditorFactory::createInteger(const FieldDescriptor &d, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    const bool optional = d.type == FieldType::OptionalInt;
    // An optional value's "not set" sits just below the range.
    spin->setRange(intBound(d.min) - (optional ? 1 : 0), intBound(d.max));
    if (optional)
        spin->setSpecialValueText(tr("Not set"));
    spin->setSuffix(d.suffix);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QWidget *FieldEditorFactory::createReal(const FieldDescriptor &d, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    const bool optional = d.type == FieldType::OptionalReal;
    spin->setDecimals(2);
    spin->setRange(d.min - (optional ? 1 : 0), d.max);
    if (optional)
        spin->setSpecialValueText(tr("Not set"));
    spin->setSuffix(d.suffix);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QWidget *FieldEditorFactory::createFlags(const FieldDescriptor &d, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const auto &flag : d.flags) {
        auto *check = new QCheckBox(flag.second, box);
        check->setProperty("flag", flag.first);
        layout->addWidget(check);
    }
    return box;
}

} // namespace cjm
