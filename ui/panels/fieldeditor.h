// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielddescriptor.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;

namespace cjm {

/**
 * The editor of one field, made by FieldEditorFactory: one inner widget chosen by the
 * descriptor (line, paragraph, spin box with the field's range, choice, check box, date,
 * colour button, flag boxes). It shows a value — or "mixed" when a multi-selection disagrees —
 * and reports the user's edits as values in the field's stored form, never the ones set by
 * setValue().
 */
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FieldDescriptor &descriptor, QWidget *inner, QWidget *parent = nullptr);

    const FieldDescriptor &descriptor() const { return mDescriptor; }
    /// The widget that edits (for tests and focus).
    QWidget *inner() const { return mInner; }

    /// Shows `value` (in stored form), unless the editor already shows it (typing goes on).
    void setValue(const QVariant &value);
    /// Shows that the selected entities hold different values.
    void setMixed();
    /// The value shown, in stored form.
    QVariant value() const;
    /// Whether "mixed" is shown.
    bool isMixed() const { return mMixed; }

Q_SIGNALS:
    /**
     * The user changed the value. `continuing` is true while the same editing session goes
     * on (typing): such an edit merges into the previous undo step.
     */
    void edited(const QVariant &value, bool continuing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectInner();
    void emitEdited();
    void showValue(const QVariant &value);
    void chooseColor();
    void showColor(const QColor &color);

    FieldDescriptor mDescriptor;
    QWidget *mInner;
    QList<QCheckBox *> mFlagBoxes;
    QColor mColor;
    bool mMixed = false;
    /// True after the first edit of a session; a new focus starts a new session (undo step).
    bool mSessionStarted = false;
};

} // namespace cjm
