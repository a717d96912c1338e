// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QString>

namespace cjm {

/**
 * Writes one journey as a Mermaid `journey` diagram:
 *
 *     journey
 *         title <journey name>
 *         section <stage name>
 *           <touchpoint title>: <emotion + 3>: <persona>, <persona>
 *
 * The journey's scenario, if any, becomes the diagram's accDescr (what a
 * screen reader says about it). Scores are whole numbers 1..5 (emotion −2..+2 plus 3); the actors
 * of every task are the journey's personas, in their order. Characters Mermaid would read as syntax
 * (":" "#" ";" "%" and "," in actors) are written as entity codes (#58;) that Mermaid shows as the
 * character; line breaks become <br>. A task name that would read as a keyword (title, section,
 * journey, accTitle, accDescr) has its first letter encoded.
 */
class MermaidJourneyWriter
{
public:
    /// The diagram of journey `journeyId` of `project` ("" if there is no such journey).
    static QString write(const Project &project, const QUuid &journeyId);

    /// Where a text goes: each place ends at different characters.
    enum class Place { Title, Section, Task, Actor };
    /// Mermaid's default maxTextSize: a longer diagram is drawn as an error.
    static constexpr int kMermaidMaxTextSize = 50000;

    /// `text` made safe for `place`.
    static QString escape(const QString &text, Place place);
    /// The journey's scenario as an accDescr line or block ("" when empty).
    static QString description(const QString &scenario);
};

} // namespace cjm
