// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/searchhit.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cjm {

class Document;
class JourneyCanvas;
class ProjectSearch;

/**
 * The find bar (Edit › Find): searches titles, descriptions and insights as the user types
 * (ProjectSearch), and selects each hit in turn — switching the canvas to the hit's journey
 * and scrolling it into view. Enter finds the next hit, Shift+Enter the previous one, Escape
 * closes the bar. The label names the hit's kind, journey and stage.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    /// Searches `document` (not owned; nullptr disables the bar).
    void setDocument(Document *document);
    /// The canvas that shows hits (not owned).
    void setCanvas(JourneyCanvas *canvas) { mCanvas = canvas; }

    QLineEdit *lineEdit() const { return mEdit; }
    /// The hits of the current text, in map order.
    const QVector<SearchHit> &hits() const { return mHits; }
    /// The index of the hit shown, or −1.
    int current() const { return mCurrent; }
    /// The status text: "2 of 5 — Touchpoint · Journey › Stage", or "No matches".
    QString statusText() const;

public Q_SLOTS:
    /// Shows the bar and puts the cursor in it, its text selected.
    void activate();
    /// Selects the next hit (wrapping around).
    void findNext();
    /// Selects the previous hit (wrapping around).
    void findPrevious();

Q_SIGNALS:
    /// Escape was pressed: whoever holds the bar hides it (the bar hides itself).
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void goTo(int index);
    void showHit(const SearchHit &hit);
    void updateStatus();

    QPointer<Document> mDocument;
    QPointer<JourneyCanvas> mCanvas;
    std::unique_ptr<ProjectSearch> mSearch;
    QVector<SearchHit> mHits;
    int mCurrent = -1;
    QLineEdit *mEdit;
    QToolButton *mPrevious;
    QToolButton *mNext;
    QLabel *mStatus;
};

} // namespace cjm
