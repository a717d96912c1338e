// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "canvas/journeycanvas.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "document/projectsearch.h"
#include "fieldcatalog.h"
#include "render/maplayout.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cjm {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent),
      mEdit(new QLineEdit(this)),
      mPrevious(new QToolButton(this)),
      mNext(new QToolButton(this)),
      mStatus(new QLabel(this))
{
    setObjectName(u"FindBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    mEdit->setPlaceholderText(tr("Titles, descriptions, insights"));
    mEdit->setClearButtonEnabled(true);
    mEdit->setMinimumWidth(240);
    mEdit->installEventFilter(this);
    mPrevious->setIcon(QIcon::fromTheme(u"go-up"_s));
    mPrevious->setText(tr("Previous"));
    mPrevious->setToolTip(tr("Find the previous match (Shift+Enter)"));
    mNext->setIcon(QIcon::fromTheme(u"go-down"_s));
    mNext->setText(tr("Next"));
    mNext->setToolTip(tr("Find the next match (Enter)"));
    layout->addWidget(mEdit);
    layout->addWidget(mPrevious);
    layout->addWidget(mNext);
    layout->addWidget(mStatus, 1);
    connect(mEdit, &QLineEdit::textChanged, this, &FindBar::onTextChanged);
    connect(mPrevious, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(mNext, &QToolButton::clicked, this, &FindBar::findNext);
    updateStatus();
}

FindBar::~FindBar() = default;

void FindBar::setDocument(Document *document)
{
    mDocument = document;
    mSearch.reset(document ? new ProjectSearch(document) : nullptr);
    mHits.clear();
    mCurrent = -1;
    setEnabled(document != nullptr);
    if (document && !mEdit->text().isEmpty())
        onTextChanged(mEdit->text());
    updateStatus();
}

void FindBar::activate()
{
    show();
    mEdit->setFocus(Qt::ShortcutFocusReason);
    mEdit->selectAll();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::onTextChanged(const QString &text)
{
    mHits.clear();
    mCurrent = -1;
    if (mSearch) {
        Status status;
        mHits = mSearch->search(text, &status);
        if (!status)
            mStatus->setText(status.message());
    }
    if (!mHits.isEmpty())
        goTo(0); // as the user types, the first hit is shown
    updateStatus();
}

void FindBar::findNext()
{
    if (!mHits.isEmpty())
        goTo((mCurrent + 1) % int(mHits.size()));
}

void FindBar::findPrevious()
{
    if (!mHits.isEmpty())
        goTo((mCurrent - 1 + int(mHits.size())) % int(mHits.size()));
}

void FindBar::goTo(int index)
{
    mCurrent = index;
    showHit(mHits.at(index));
    updateStatus();
}

void FindBar::showHit(const SearchHit &hit)
{
    if (!mDocument)
        return;
    if (mCanvas && !hit.journeyId.isNull() && mCanvas->currentJourney() != hit.journeyId)
        mCanvas->showJourney(hit.journeyId);
    mDocument->setSelection({hit.ref});
    if (!mCanvas)
        return;
    MapView *view = mCanvas->view();
    const QRectF rect = view->mapScene()->layout().rectOf(hit.ref.kind, hit.ref.id);
    if (rect.isValid())
        view->ensureVisible(rect, 40, 40);
}

QString FindBar::statusText() const
{
    return mStatus->text();
}

void FindBar::updateStatus()
{
    mPrevious->setEnabled(mHits.size() > 1);
    mNext->setEnabled(mHits.size() > 1);
    if (mEdit->text().trimmed().isEmpty()) {
        mStatus->clear();
        return;
    }
    if (mHits.isEmpty()) {
        mStatus->setText(tr("No matches"));
        return;
    }
    const SearchHit &hit = mHits.at(qMax(mCurrent, 0));
    QString where = FieldCatalog::kindName(hit.ref.kind);
    if (!hit.journeyName.isEmpty())
        where = tr("%1 · %2").arg(where, hit.journeyName);
    if (!hit.stageName.isEmpty())
        where = tr("%1 › %2").arg(where, hit.stageName);
    const QLocale locale;
    mStatus->setText(tr("%1 of %2 — %3")
                             .arg(locale.toString(qMax(mCurrent, 0) + 1),
                                  locale.toString(int(mHits.size())), where));
}

} // namespace cjm
