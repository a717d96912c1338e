// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QString>

namespace cjm {

/**
 * What a card says when a presenter enlarges it: everything about it on one
 * panel — a touchpoint with its pain points, opportunities, insights and
 * metrics; a pain point with its risk, the opportunities that address it and
 * its evidence; an opportunity with what it addresses; an insight with its
 * source. Written as simple HTML for a QTextDocument, which wraps any script.
 */
class CardCloseUp
{
    Q_DECLARE_TR_FUNCTIONS(cjm::CardCloseUp)

public:
    /// The panel's HTML for `card`; empty if it is not a kind of card or no longer exists.
    static QString html(const Project &project, const EntityRef &card);

private:
    static QString touchpoint(const Project &project, const Touchpoint &tp);
    static QString painPoint(const Project &project, const PainPoint &pp);
    static QString opportunity(const Project &project, const Opportunity &op);
    static QString insight(const Insight &insight);
    /// "Title" heading with an optional description paragraph.
    static QString heading(const QString &title, const QString &description);
    /// A titled bullet list; empty when `items` is.
    static QString section(const QString &title, const QStringList &items);
    static QString metricLine(const Project &project, const Metric &metric, const QUuid &scopeId);
    static QString votes(int count);
};

} // namespace cjm
