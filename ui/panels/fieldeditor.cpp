// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

using Editor = FieldDescriptor::Editor;

/// Editors whose changes come keystroke by keystroke and merge into one undo step.
bool isTyped(Editor editor)
{
    return editor == Editor::Line || editor == Editor::Paragraph || editor == Editor::Integer
            || editor == Editor::Real || editor == Editor::Date;
}

const QDate kNoDate(1900, 1, 1);

/// Values equal in stored form; a null (not set) differs from every set value, even 0.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

/// A list typed as words separated by commas (Latin or CJK), in stored form.
QVariant listValue(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\uFF0C\u3001;]"));
    QStringList items;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return toFieldVariant(items);
}

/// The stored form of "not set" for optional numbers.
QVariant notSet(FieldType type)
{
    return type == FieldType::OptionalReal ? QVariant(QMetaType::fromType<double>())
                                           : QVariant(QMetaType::fromType<int>());
}

} // namespace

FieldEditor::FieldEditor(const FieldDescriptor &descriptor, QWidget *inner, QWidget *parent)
    : QWidget(parent), mDescriptor(descriptor), mInner(inner)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mInner);
    mInner->installEventFilter(this);
    mInner->setAccessibleName(descriptor.label);
    mFlagBoxes = mInner->findChildren<QCheckBox *>();
    if (descriptor.editor != Editor::Flags)
        mFlagBoxes.clear();
    connectInner();
}

void FieldEditor::connectInner()
{
    auto changed = [this] { emitEdited(); };
    if (auto *line = qobject_cast<QLineEdit *>(mInner)) {
        connect(line, &QLineEdit::textEdited, this, changed);
        connect(line, &QLineEdit::editingFinished, this, [this] { mSessionStarted = false; });
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(mInner)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto *spin = qobject_cast<QSpinBox *>(mInner)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(mInner)) {
        connect(real, &QDoubleSpinBox::valueChanged, this, changed);
    } else if (auto *combo = qobject_cast<QComboBox *>(mInner)) {
        connect(combo, &QComboBox::activated, this, changed);
    } else if (auto *check = qobject_cast<QCheckBox *>(mInner)) {
        connect(check, &QCheckBox::clicked, this, changed);
    } else if (auto *date = qobject_cast<QDateEdit *>(mInner)) {
        connect(date, &QDateEdit::dateChanged, this, changed);
    } else if (auto *button = qobject_cast<QPushButton *>(mInner)) {
        connect(button, &QPushButton::clicked, this, &FieldEditor::chooseColor);
    }
    for (QCheckBox *flag : std::as_const(mFlagBoxes))
        connect(flag, &QCheckBox::clicked, this, changed);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Coming back to a field starts a new undo step, even for the same field.
    if (watched == mInner && event->type() == QEvent::FocusIn)
        mSessionStarted = false;
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::emitEdited()
{
    const bool continuing = isTyped(mDescriptor.editor) && mSessionStarted;
    mSessionStarted = true;
    mMixed = false;
    Q_EMIT edited(value(), continuing);
}

void FieldEditor::setValue(const QVariant &value)
{
    if (!mMixed && sameValue(value, this->value()))
        return; // keeps the cursor where the user is typing
    mMixed = false;
    const QSignalBlocker blocker(mInner);
    showValue(value);
}

void FieldEditor::showValue(const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(mInner)) {
        line->setPlaceholderText(QString());
        line->setText(mDescriptor.type == FieldType::TextList
                              ? fromFieldVariant<QStringList>(value).join(tr(", "))
                              : value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(mInner)) {
        text->setPlaceholderText(QString());
        text->setPlainText(value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(mInner)) {
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(mInner)) {
        real->setValue(value.isNull() ? real->minimum() : value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(mInner)) {
        int index = -1;
        for (int i = 0; i < combo->count() && index < 0; ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isNull() ? value.isNull() : (!value.isNull() && data.toInt() == value.toInt()))
                index = i;
        }
        combo->setCurrentIndex(index);
    } else if (auto *check = qobject_cast<QCheckBox *>(mInner)) {
        check->setTristate(false);
        check->setChecked(value.toInt() != 0);
    } else if (auto *date = qobject_cast<QDateEdit *>(mInner)) {
        date->setSpecialValueText(tr("No date"));
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? d : kNoDate);
    } else if (qobject_cast<QPushButton *>(mInner)) {
        showColor(QColor(value.toString()));
    }
    for (QCheckBox *flag : std::as_const(mFlagBoxes)) {
        const QSignalBlocker flagBlocker(flag);
        flag->setTristate(false);
        flag->setChecked(value.toInt() & flag->property("flag").toInt());
    }
}

void FieldEditor::setMixed()
{
    mMixed = true;
    const QSignalBlocker blocker(mInner);
    const QString mixed = tr("(mixed)");
    if (auto *line = qobject_cast<QLineEdit *>(mInner)) {
        line->clear();
        line->setPlaceholderText(mixed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(mInner)) {
        text->clear();
        text->setPlaceholderText(mixed);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(mInner)) {
        spin->clear();
        if (auto *edit = spin->findChild<QLineEdit *>())
            edit->setPlaceholderText(mixed);
    } else if (auto *combo = qobject_cast<QComboBox *>(mInner)) {
        combo->setCurrentIndex(-1);
    } else if (auto *check = qobject_cast<QCheckBox *>(mInner)) {
        check->setTristate(true);
        check->setCheckState(Qt::PartiallyChecked);
    } else if (auto *date = qobject_cast<QDateEdit *>(mInner)) {
        date->setSpecialValueText(mixed);
        date->setDate(kNoDate);
    } else if (auto *button = qobject_cast<QPushButton *>(mInner)) {
        button->setIcon(QIcon());
        button->setText(mixed);
    }
    for (QCheckBox *flag : std::as_const(mFlagBoxes)) {
        const QSignalBlocker flagBlocker(flag);
        flag->setTristate(true);
        flag->setCheckState(Qt::PartiallyChecked);
    }
}

QVariant FieldEditor::value() const
{
    if (auto *line = qobject_cast<QLineEdit *>(mInner))
        return mDescriptor.type == FieldType::TextList ? listValue(line->text()) : line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(mInner))
        return text->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(mInner)) {
        if (mDescriptor.type == FieldType::OptionalInt && spin->value() == spin->minimum())
            return notSet(mDescriptor.type);
        return spin->value();
    }
    if (auto *real = qobject_cast<QDoubleSpinBox *>(mInner)) {
        if (mDescriptor.type == FieldType::OptionalReal && real->value() == real->minimum())
            return notSet(mDescriptor.type);
        return real->value();
    }
    if (auto *combo = qobject_cast<QComboBox *>(mInner))
        return combo->currentIndex() < 0 || combo->currentData().isNull() ? notSet(mDescriptor.type)
                                                                          : combo->currentData();
    if (auto *check = qobject_cast<QCheckBox *>(mInner))
        return check->checkState() == Qt::Checked ? 1 : 0;
    if (auto *date = qobject_cast<QDateEdit *>(mInner))
        return date->date() == kNoDate ? QString(u""_s) : date->date().toString(Qt::ISODate);
    if (qobject_cast<QPushButton *>(mInner))
        return mColor.name(QColor::HexRgb);
    int bits = 0;
    for (QCheckBox *flag : mFlagBoxes) {
        if (flag->checkState() == Qt::Checked)
            bits |= flag->property("flag").toInt();
    }
    return bits;
}

void FieldEditor::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(mColor, this, mDescriptor.label);
    if (!chosen.isValid())
        return;
    showColor(chosen);
    emitEdited();
}

void FieldEditor::showColor(const QColor &color)
{
    mColor = color;
    auto *button = qobject_cast<QPushButton *>(mInner);
    QPixmap swatch(24, 14);
    swatch.fill(color.isValid() ? color : QColor(Qt::transparent));
    {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    button->setIcon(QIcon(swatch));
    button->setText(color.name());
}

} // namespace cjm
