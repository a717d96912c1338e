// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace cjm {

/// The many-to-many relations of a project; each has a link table in the file.
enum class LinkKind {
    JourneyPersona,        ///< journey → persona (ordered)
    TouchpointImage,       ///< touchpoint → image (ordered)
    OpportunityPainPoint,  ///< opportunity → pain point it addresses
    OpportunityTouchpoint, ///< opportunity → touchpoint it improves
    InsightTouchpoint,     ///< insight → touchpoint it is evidence for
    InsightPainPoint,      ///< insight → pain point it is evidence for
};

/// One row of a link table: `from` relates to `to`.
struct Link {
    LinkKind kind = LinkKind::JourneyPersona;
    QUuid from;
    QUuid to;
    /// Order among the links of the same kind and `from`; 0 where unordered.
    int position = 0;

    /// Table, and the columns of `from` and `to`, that hold links of `kind`.
    static const char *table(LinkKind kind);
    static const char *fromColumn(LinkKind kind);
    static const char *toColumn(LinkKind kind);
    /// Whether links of `kind` keep an order (a position column).
    static bool isOrdered(LinkKind kind);
    /// Every kind, in a fixed order.
    static const LinkKind allKinds[6];
};

bool operator==(const Link &a, const Link &b);
inline bool operator!=(const Link &a, const Link &b) { return !(a == b); }

} // namespace cjm
