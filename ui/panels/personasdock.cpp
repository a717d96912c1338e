// SPDX-License-Identifier: GPL-3.0-or-later
#include "personasdock.h"

#include "document/commands/addentity.h"
#include "document/commands/addpersona.h"
#include "document/commands/editpersona.h"
#include "document/commands/linkentities.h"
#include "document/commands/removepersona.h"
#include "document/commands/reorderpersona.h"
#include "document/commands/unlinkentities.h"
#include "document/document.h"
#include "fieldcatalog.h"
#include "fieldcommit.h"
#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "model/labels.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

constexpr int kIdRole = Qt::UserRole;

/// The persona fields the dock edits (the inspector shows all of them).
const char *const kColumns[]
        = {"name", "role", "tier", "share_percent", "value_per_customer", "color", "quote"};

/// `image` scaled to fit `size` and encoded: JPEG for photos, PNG when it has transparency.
ImageAsset encodePhoto(const QImage &image, int size)
{
    const QImage scaled = image.width() > size || image.height() > size
            ? image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    ImageAsset asset;
    asset.id = QUuid::createUuid();
    asset.width = scaled.width();
    asset.height = scaled.height();
    QBuffer buffer(&asset.data);
    buffer.open(QIODevice::WriteOnly);
    const bool png = scaled.hasAlphaChannel();
    scaled.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 85);
    asset.mime = png ? u"image/png"_s : u"image/jpeg"_s;
    return asset;
}

} // namespace

PersonasDock::PersonasDock(QWidget *parent) : QDockWidget(tr("Personas"), parent)
{
    setObjectName(u"PersonasDock"_s);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createListPart());
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createFormPart());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    setWidget(splitter);
    setDocument(nullptr);
}

QWidget *PersonasDock::createListPart()
{
    auto *part = new QWidget;
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 0);
    mList = new QListWidget(part);
    mList->setIconSize(QSize(32, 32));
    layout->addWidget(mList);
    auto *buttons = new QHBoxLayout;
    mAdd = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add"), part);
    mAdd->setToolTip(tr("Add a persona"));
    mRemove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Remove"), part);
    mRemove->setToolTip(tr("Remove the persona and its links to journeys"));
    mUp = new QToolButton(part);
    mUp->setArrowType(Qt::UpArrow);
    mUp->setToolTip(tr("Move up"));
    mDown = new QToolButton(part);
    mDown->setArrowType(Qt::DownArrow);
    mDown->setToolTip(tr("Move down"));
    for (QWidget *button : {static_cast<QWidget *>(mAdd), static_cast<QWidget *>(mRemove),
                            static_cast<QWidget *>(mUp), static_cast<QWidget *>(mDown)})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(mAdd, &QPushButton::clicked, this, &PersonasDock::addPersona);
    connect(mRemove, &QPushButton::clicked, this, &PersonasDock::removePersona);
    connect(mUp, &QToolButton::clicked, this, [this] { movePersona(-1); });
    connect(mDown, &QToolButton::clicked, this, [this] { movePersona(+1); });
    connect(mList, &QListWidget::currentRowChanged, this, [this] { refreshForm(); });
    return part;
}

QWidget *PersonasDock::createFormPart()
{
    mForm = new QWidget;
    auto *form = new QFormLayout(mForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char *column : kColumns) {
        const FieldDescriptor field
                = FieldCatalog::field(EntityKind::Persona, QString::fromLatin1(column));
        FieldEditor *editor = FieldEditorFactory::create(field, mForm);
        connect(editor, &FieldEditor::edited, this,
                [this, c = field.column](const QVariant &value, bool continuing) {
                    report(FieldCommit::commit(mDocument, EntityKind::Persona, {currentPersona()},
                                               c, value, continuing));
                });
        form->addRow(field.label, editor);
        mEditors.insert(field.column, editor);
    }
    mPhoto = new QLabel(mForm);
    mPhoto->setFixedSize(96, 96);
    mPhoto->setAlignment(Qt::AlignCenter);
    mPhoto->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("Choose…"), mForm);
    choose->setToolTip(tr("Choose an image file for the persona's photo"));
    mRemovePhoto = new QPushButton(tr("Remove"), mForm);
    // Preview above its buttons, so the form stays narrow enough for a side dock.
    auto *photoRow = new QVBoxLayout;
    photoRow->addWidget(mPhoto);
    auto *photoButtons = new QHBoxLayout;
    photoButtons->addWidget(choose);
    photoButtons->addWidget(mRemovePhoto);
    photoButtons->addStretch(1);
    photoRow->addLayout(photoButtons);
    form->addRow(tr("Photo"), photoRow);
    connect(choose, &QPushButton::clicked, this, &PersonasDock::choosePhoto);
    connect(mRemovePhoto, &QPushButton::clicked, this, &PersonasDock::removePhoto);
    mJourneys = new QListWidget(mForm);
    mJourneys->setToolTip(tr("The journeys this persona takes"));
    mJourneys->setMaximumHeight(110);
    mJourneys->setTextElideMode(Qt::ElideRight);
    mJourneys->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form->addRow(tr("Journeys"), mJourneys);
    connect(mJourneys, &QListWidget::itemChanged, this, &PersonasDock::onJourneyToggled);
    mError = new QLabel(mForm);
    mError->setWordWrap(true);
    mError->setStyleSheet(u"color: #b00020"_s);
    mError->hide();
    form->addRow(mError);
    return mForm;
}

void PersonasDock::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &PersonasDock::onChanged);
    rebuildList();
    if (mList->count() > 0)
        mList->setCurrentRow(0);
    refreshForm();
}

QUuid PersonasDock::currentPersona() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(kIdRole).toUuid() : QUuid();
}

void PersonasDock::setCurrentPersona(const QUuid &id)
{
    for (int i = 0; i < mList->count(); ++i) {
        if (mList->item(i)->data(kIdRole).toUuid() == id)
            mList->setCurrentRow(i);
    }
}

void PersonasDock::onChanged(const ChangeEvent &event)
{
    for (const ChangeItem &item : event.items) {
        const bool link = item.type == ChangeType::Linked || item.type == ChangeType::Unlinked;
        const bool relevant = item.type == ChangeType::Reset
                || (link && item.link.kind == LinkKind::JourneyPersona)
                || (!link
                    && (item.kind == EntityKind::Persona || item.kind == EntityKind::Journey
                        || item.kind == EntityKind::Image));
        if (relevant && item.type != ChangeType::Selection) {
            rebuildList();
            refreshForm();
            return;
        }
    }
}

void PersonasDock::rebuildList()
{
    const QUuid current = currentPersona();
    mUpdating = true;
    mList->clear();
    if (mDocument) {
        const QVector<const Persona *> personas = mDocument->project().orderedPersonas();
        for (const Persona *persona : personas) {
            auto *item = new QListWidgetItem(photoIcon(persona->photoId, 32), persona->name, mList);
            item->setData(kIdRole, persona->id);
            item->setToolTip(tr("%1 — %2").arg(persona->name, Labels::tierName(persona->tier)));
        }
    }
    mUpdating = false;
    setCurrentPersona(current);
    if (!mList->currentItem() && mList->count() > 0)
        mList->setCurrentRow(0);
}

void PersonasDock::refreshForm()
{
    const bool writable = mDocument && !mDocument->isReadOnly();
    const int row = mList->currentRow();
    const QUuid id = currentPersona();
    mAdd->setEnabled(writable);
    mRemove->setEnabled(writable && !id.isNull());
    mUp->setEnabled(writable && row > 0);
    mDown->setEnabled(writable && row >= 0 && row < mList->count() - 1);
    mForm->setEnabled(writable && !id.isNull());
    if (!mDocument || id.isNull()) {
        mPhoto->clear();
        mJourneys->clear();
        return;
    }
    for (auto it = mEditors.cbegin(); it != mEditors.cend(); ++it)
        it.value()->setValue(mDocument->fieldValue(EntityKind::Persona, id, it.key()));
    refreshPhoto();
    refreshJourneys();
}

void PersonasDock::refreshPhoto()
{
    const Persona *persona = mDocument->project().personas().find(currentPersona());
    const QIcon icon = persona ? photoIcon(persona->photoId, 96) : QIcon();
    mPhoto->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(96, 96));
    if (icon.isNull())
        mPhoto->setText(tr("No photo"));
    mRemovePhoto->setEnabled(persona && !persona->photoId.isNull());
}

void PersonasDock::refreshJourneys()
{
    const QUuid personaId = currentPersona();
    const Project &project = mDocument->project();
    mUpdating = true;
    mJourneys->clear();
    const QVector<const Journey *> journeys = project.orderedJourneys();
    for (const Journey *journey : journeys) {
        auto *item = new QListWidgetItem(journey->name, mJourneys);
        item->setData(kIdRole, journey->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool linked
                = project.findLink(LinkKind::JourneyPersona, journey->id, personaId) != nullptr;
        item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
    mUpdating = false;
}

QIcon PersonasDock::photoIcon(const QUuid &photoId, int size) const
{
    const ImageAsset *asset = mDocument && !photoId.isNull()
            ? mDocument->project().list<ImageAsset>().find(photoId)
            : nullptr;
    QPixmap pixmap;
    if (!asset || !pixmap.loadFromData(asset->data))
        return QIcon();
    return QIcon(pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PersonasDock::addPersona()
{
    if (!mDocument)
        return;
    Persona persona;
    persona.name = tr("New persona");
    auto *command = new AddPersona(mDocument, persona);
    const QUuid id = command->entityId();
    report(MutationCommand::push(mDocument, command));
    setCurrentPersona(id);
    if (FieldEditor *name = mEditors.value(u"name"_s))
        name->inner()->setFocus();
}

void PersonasDock::removePersona()
{
    const QUuid id = currentPersona();
    if (mDocument && !id.isNull())
        report(MutationCommand::push(mDocument, new RemovePersona(mDocument, id)));
}

void PersonasDock::movePersona(int delta)
{
    const QUuid id = currentPersona();
    const int row = mList->currentRow() + delta;
    if (!mDocument || id.isNull() || row < 0 || row >= mList->count())
        return;
    report(MutationCommand::push(mDocument, new ReorderPersona(mDocument, id, row)));
    setCurrentPersona(id);
}

void PersonasDock::choosePhoto()
{
    QStringList filters;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QByteArray &format : formats)
        filters.append(u"*."_s + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose Photo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (%1)").arg(filters.join(u' ')));
    if (!path.isEmpty())
        report(setPhotoFromFile(path));
}

Status PersonasDock::setPhotoFromFile(const QString &path)
{
    const QUuid personaId = currentPersona();
    if (!mDocument || personaId.isNull())
        return Status::failure(tr("Choose a persona first."));
    if (mDocument->isReadOnly())
        return Status::failure(tr("The project is read-only."));
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos from phones carry their rotation
    const QImage image = reader.read();
    if (image.isNull()) {
        return Status::failure(tr("%1: not an image this program can read (%2)")
                                       .arg(QDir::toNativeSeparators(path), reader.errorString()));
    }
    const ImageAsset asset = encodePhoto(image, kPhotoSize);
    // No command sets a photo yet: the image and the reference to it go in one macro (one step).
    QUndoStack *stack = mDocument->undoStack();
    stack->beginMacro(tr("Set persona photo"));
    Status status = MutationCommand::push(
            mDocument, new AddEntity<ImageAsset>(mDocument, asset, -1, tr("Add image")));
    if (status) {
        status = MutationCommand::push(
                mDocument,
                new EditPersona(mDocument, personaId, u"photo_id"_s, toFieldVariant(asset.id)));
    }
    stack->endMacro();
    if (!status && stack->canUndo())
        stack->undo(); // never half a photo
    return status;
}

void PersonasDock::removePhoto()
{
    const QUuid id = currentPersona();
    if (mDocument && !id.isNull()) {
        report(MutationCommand::push(
                mDocument, new EditPersona(mDocument, id, u"photo_id"_s, toFieldVariant(QUuid()))));
    }
}

void PersonasDock::onJourneyToggled(QListWidgetItem *item)
{
    if (mUpdating || !mDocument)
        return;
    const QUuid journeyId = item->data(kIdRole).toUuid();
    const QUuid personaId = currentPersona();
    MutationCommand *command = item->checkState() == Qt::Checked
            ? static_cast<MutationCommand *>(
                    new LinkEntities(mDocument, LinkKind::JourneyPersona, journeyId, personaId))
            : new UnlinkEntities(mDocument, LinkKind::JourneyPersona, journeyId, personaId);
    report(MutationCommand::push(mDocument, command));
}

void PersonasDock::report(const Status &status)
{
    mError->setText(status.message());
    mError->setVisible(!status);
    if (!status)
        refreshForm();
}

} // namespace cjm
