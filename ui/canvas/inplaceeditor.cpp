// SPDX-License-Identifier: GPL-3.0-or-later
#include "inplaceeditor.h"

#include "document/commands/editinsight.h"
#include "document/commands/editlane.h"
#include "document/commands/editopportunity.h"
#include "document/commands/editpainpoint.h"
#include "document/commands/editstage.h"
#include "document/commands/edittouchpoint.h"
#include "document/document.h"

#include <QKeyEvent>

#include <algorithm>

namespace cjm {

namespace {

/// The edit command for the title of `ref`; one undo step of its own.
MutationCommand *titleEdit(Document *document, const EntityRef &ref, const QString &column,
                           const QString &text)
{
    auto unmerged = [](auto *command) {
        command->setMergeable(false);
        return command;
    };
    switch (ref.kind) {
    case EntityKind::Touchpoint:
        return unmerged(new EditTouchpoint(document, ref.id, column, text));
    case EntityKind::PainPoint:
        return unmerged(new EditPainPoint(document, ref.id, column, text));
    case EntityKind::Opportunity:
        return unmerged(new EditOpportunity(document, ref.id, column, text));
    case EntityKind::Insight:
        return unmerged(new EditInsight(document, ref.id, column, text));
    case EntityKind::Stage:
        return unmerged(new EditStage(document, ref.id, column, text));
    case EntityKind::Lane:
        return unmerged(new EditLane(document, ref.id, column, text));
    default:
        return nullptr;
    }
}

} // namespace

InPlaceEditor::InPlaceEditor(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("InPlaceEditor"));
    hide();
}

QString InPlaceEditor::titleColumn(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Touchpoint:
    case EntityKind::PainPoint:
    case EntityKind::Opportunity:
    case EntityKind::Lane:
        return QStringLiteral("title");
    case EntityKind::Insight:
        return QStringLiteral("text");
    case EntityKind::Stage:
        return QStringLiteral("name");
    default:
        return QString();
    }
}

bool InPlaceEditor::start(Document *document, const EntityRef &ref, const QRect &rect)
{
    const QString column = titleColumn(ref.kind);
    if (!document || document->isReadOnly() || column.isEmpty() || rect.isEmpty())
        return false;
    mDocument = document;
    mRef = ref;
    mOriginal = document->fieldValue(ref.kind, ref.id, column).toString();
    setText(mOriginal);
    // At least a comfortable width and a line's height, even over a small card.
    QRect area = rect;
    area.setWidth(std::max(rect.width(), 160));
    area.setHeight(std::max(rect.height(), sizeHint().height()));
    setGeometry(area);
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
    selectAll();
    return true;
}

void InPlaceEditor::commit()
{
    if (!isEditing())
        return;
    const EntityRef ref = mRef;
    const QString value = text();
    QPointer<Document> document = mDocument;
    close();
    if (document && value != mOriginal) {
        if (MutationCommand *command = titleEdit(document, ref, titleColumn(ref.kind), value))
            MutationCommand::push(document, command);
    }
}

void InPlaceEditor::cancel()
{
    if (isEditing())
        close();
}

void InPlaceEditor::close()
{
    mRef = EntityRef();
    mDocument.clear();
    // Focus goes back first: hiding a focused widget would pass the focus on as Tab does.
    Q_EMIT finished();
    hide();
}

void InPlaceEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        event->accept();
        return;
    case Qt::Key_Escape:
        cancel();
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InPlaceEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in a spreadsheet cell.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
}

} // namespace cjm
