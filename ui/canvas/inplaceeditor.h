// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"

#include <QLineEdit>
#include <QPointer>

namespace cjm {

class Document;

/**
 * Edits the title of a card (a touchpoint's or card's title, an insight's
 * text, a stage's name) in place: a line edit laid over the card in the
 * view. Enter commits the text as one undo step (an Edit* command that never
 * merges into an earlier edit), Escape cancels, leaving the field commits.
 */
class InPlaceEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit InPlaceEditor(QWidget *parent);

    /// The column that holds the title of an entity of `kind`; empty if it has none.
    static QString titleColumn(EntityKind kind);

    /// Starts editing `ref` of `document` over `rect` (parent coordinates); false if it has no
    /// title to edit.
    bool start(Document *document, const EntityRef &ref, const QRect &rect);
    /// Whether an edit is under way.
    bool isEditing() const { return !mRef.isNull(); }
    const EntityRef &entity() const { return mRef; }
    /// Pushes the edit (if the text changed) and closes the editor.
    void commit();
    /// Closes the editor without a change.
    void cancel();

Q_SIGNALS:
    /// The editor closed (committed or cancelled): the view takes the focus back.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void close();

    QPointer<Document> mDocument;
    EntityRef mRef;
    QString mOriginal;
};

} // namespace cjm
