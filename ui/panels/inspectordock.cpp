// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordock.h"

#include "document/document.h"
#include "fieldcatalog.h"
#include "fieldcommit.h"
#include "fieldeditor.h"
#include "fieldeditorfactory.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

/// Values equal in stored form; a null (not set) differs from every set value.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

InspectorDock::InspectorDock(QWidget *parent)
    : QDockWidget(tr("Inspector"), parent), mForm(new QWidget), mFormLayout(new QFormLayout(mForm))
{
    setObjectName(u"InspectorDock"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    mHeading = new QLabel(content);
    QFont bold = mHeading->font();
    bold.setBold(true);
    mHeading->setFont(bold);
    mHeading->setWordWrap(true);
    mError = new QLabel(content);
    mError->setWordWrap(true);
    mError->setStyleSheet(u"color: #b00020"_s);
    mError->hide();
    mFormLayout->setContentsMargins(0, 0, 0, 0);
    mFormLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(mHeading);
    layout->addWidget(mForm);
    layout->addWidget(mError);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);
    // Room for a label and a usable editor side by side.
    widget()->setMinimumWidth(300);
    rebuild();
}

void InspectorDock::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &InspectorDock::onChanged);
    rebuild();
}

QString InspectorDock::heading() const
{
    return mHeading->text();
}

void InspectorDock::onChanged(const ChangeEvent &event)
{
    EntityKind kind = EntityKind::ProjectInfo;
    QVector<QUuid> ids;
    const bool editable = selectionTarget(&kind, &ids);
    if (editable != mEditable || kind != mKind || ids != mIds || event.has(ChangeType::Reset)) {
        rebuild();
        return;
    }
    for (const ChangeItem &item : event.items) {
        if ((item.kind == mKind && (mKind == EntityKind::ProjectInfo || mIds.contains(item.id)))) {
            refresh();
            return;
        }
    }
}

bool InspectorDock::selectionTarget(EntityKind *kind, QVector<QUuid> *ids) const
{
    *kind = EntityKind::ProjectInfo;
    ids->clear();
    if (!mDocument)
        return false;
    const QVector<EntityRef> &selection = mDocument->selection();
    if (selection.isEmpty())
        return true; // the project itself
    *kind = selection.constFirst().kind;
    for (const EntityRef &ref : selection) {
        if (ref.kind != *kind)
            return false;
        ids->append(ref.id);
    }
    return !FieldCatalog::fieldsOf(*kind).isEmpty();
}

void InspectorDock::clearForm()
{
    mEditors.clear();
    while (mFormLayout->rowCount() > 0)
        mFormLayout->removeRow(0);
    mError->hide();
}

void InspectorDock::rebuild()
{
    clearForm();
    mEditable = selectionTarget(&mKind, &mIds);
    if (!mDocument) {
        mHeading->setText(tr("No project is open."));
        return;
    }
    if (!mEditable) {
        mHeading->setText(mDocument->selection().isEmpty()
                                  ? QString()
                                  : tr("Select items of one kind to edit them together."));
        return;
    }
    mHeading->setText(mIds.size() > 1 ? FieldCatalog::countName(mKind, int(mIds.size()))
                                      : FieldCatalog::kindName(mKind));
    const QVector<FieldDescriptor> fields = FieldCatalog::fieldsOf(mKind);
    for (const FieldDescriptor &field : fields) {
        FieldEditor *editor = FieldEditorFactory::create(field, mForm);
        connect(editor, &FieldEditor::edited, this,
                [this, column = field.column](const QVariant &value, bool continuing) {
                    commit(column, value, continuing);
                });
        mFormLayout->addRow(field.label, editor);
        mEditors.insert(field.column, editor);
    }
    refresh();
}

void InspectorDock::refresh()
{
    if (!mDocument || !mEditable)
        return;
    mForm->setEnabled(!mDocument->isReadOnly());
    for (auto it = mEditors.cbegin(); it != mEditors.cend(); ++it) {
        const QUuid first = mIds.value(0);
        const QVariant value = mDocument->fieldValue(mKind, first, it.key());
        bool mixed = false;
        for (int i = 1; i < mIds.size() && !mixed; ++i)
            mixed = !sameValue(value, mDocument->fieldValue(mKind, mIds.at(i), it.key()));
        if (mixed)
            it.value()->setMixed();
        else
            it.value()->setValue(value);
    }
}

void InspectorDock::commit(const QString &column, const QVariant &value, bool continuing)
{
    if (!mDocument)
        return;
    const Status status = FieldCommit::commit(mDocument, mKind, mIds, column, value, continuing);
    mError->setText(status.message());
    mError->setVisible(!status);
    if (!status)
        refresh(); // back to what the project holds
}

} // namespace cjm
