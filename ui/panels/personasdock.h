// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace cjm {

class Document;
class FieldEditor;
struct ChangeEvent;

/**
 * The "Personas" dock: the project's personas in order, with add, remove and move up / down,
 * and for the chosen persona its name, role, tier, share of customers, value per customer,
 * colour, photo and the journeys it takes part in. Every change is one command on the document
 * (a photo is added as an embedded, scaled-down image together with the persona's reference to
 * it, as one undo step).
 */
class PersonasDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PersonasDock(QWidget *parent = nullptr);

    /// Shows `document`'s personas (not owned; nullptr shows nothing).
    void setDocument(Document *document);

    /// The persona being edited, or null.
    QUuid currentPersona() const;
    /// Chooses the persona to edit.
    void setCurrentPersona(const QUuid &id);

    /// Makes the image file `path` the current persona's photo (scaled to at most 256 pixels).
    Status setPhotoFromFile(const QString &path);

    // The parts, for tests.
    QListWidget *personaList() const { return mList; }
    QListWidget *journeyList() const { return mJourneys; }
    FieldEditor *editorFor(const QString &column) const { return mEditors.value(column); }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    QToolButton *upButton() const { return mUp; }
    QToolButton *downButton() const { return mDown; }
    QLabel *photoLabel() const { return mPhoto; }

    /// Longest side of an embedded photo, in pixels.
    static constexpr int kPhotoSize = 256;

private:
    QWidget *createListPart();
    QWidget *createFormPart();
    void onChanged(const ChangeEvent &event);
    void rebuildList();
    void refreshForm();
    void refreshJourneys();
    void refreshPhoto();
    void addPersona();
    void removePersona();
    void movePersona(int delta);
    void choosePhoto();
    void removePhoto();
    void onJourneyToggled(QListWidgetItem *item);
    void report(const Status &status);
    QIcon photoIcon(const QUuid &photoId, int size) const;

    QPointer<Document> mDocument;
    QListWidget *mList = nullptr;
    QPushButton *mAdd = nullptr;
    QPushButton *mRemove = nullptr;
    QToolButton *mUp = nullptr;
    QToolButton *mDown = nullptr;
    QWidget *mForm = nullptr;
    QHash<QString, FieldEditor *> mEditors;
    QLabel *mPhoto = nullptr;
    QPushButton *mRemovePhoto = nullptr;
    QListWidget *mJourneys = nullptr;
    QLabel *mError = nullptr;
    bool mUpdating = false;
};

} // namespace cjm
