// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QVector>

class QFormLayout;
class QLabel;
class QWidget;

namespace cjm {

class Document;
class FieldEditor;
struct ChangeEvent;

/**
 * The "Inspector" dock: every editable field of the selection, one editor per field generated
 * from the model's field tables (FieldCatalog, FieldEditorFactory). A multi-selection of one
 * kind edits the fields its entities share, showing "mixed" where they differ; each change is
 * one Edit command over all of them (typing merges into one undo step). With nothing selected
 * it shows the project itself. It follows the selection and edits made elsewhere, and is
 * disabled for a read-only document.
 */
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);

    /// Shows `document`'s selection (not owned; nullptr shows nothing).
    void setDocument(Document *document);

    /// The editor of `column` for the current selection, or nullptr.
    FieldEditor *editorFor(const QString &column) const { return mEditors.value(column); }
    /// The kind of the entities shown (ProjectInfo when nothing is selected).
    EntityKind shownKind() const { return mKind; }
    /// The entities shown.
    const QVector<QUuid> &shownIds() const { return mIds; }
    /// The heading ("Touchpoint", "3 touchpoints") or the reason nothing can be edited.
    QString heading() const;

private:
    void onChanged(const ChangeEvent &event);
    /// Builds the editors for the current selection.
    void rebuild();
    /// Shows the current values in the editors.
    void refresh();
    void clearForm();
    void commit(const QString &column, const QVariant &value, bool continuing);
    /// The kind and ids to show, from the selection; false when they can't be edited together.
    bool selectionTarget(EntityKind *kind, QVector<QUuid> *ids) const;

    QPointer<Document> mDocument;
    EntityKind mKind = EntityKind::ProjectInfo;
    QVector<QUuid> mIds;
    bool mEditable = false;
    QHash<QString, FieldEditor *> mEditors;
    QWidget *mForm;
    QFormLayout *mFormLayout;
    QLabel *mHeading;
    QLabel *mError;
};

} // namespace cjm
