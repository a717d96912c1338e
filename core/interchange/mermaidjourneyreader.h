// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cjm {

/**
 * Reads a Mermaid `journey` diagram the way Mermaid 11/12 reads it
 * (/work/shared/data/mermaid/GRAMMAR.md: preprocessing, the jison lexer's
 * rules in order, the grammar) and turns it into a new journey.
 *
 * Parsing accepts exactly what Mermaid accepts — comments (%% and #), front
 * matter, %%{init}%% directives, accTitle / accDescr (also as a { } block),
 * #58;-style entity codes, CRLF, BOM, unicode, tasks without actors or
 * before any section — and refuses what Mermaid refuses with "line N:
 * reason". Mapping then says what it could not keep (scores outside 1..5 or
 * not numbers, actors per task, dropped pieces) instead of mangling quietly.
 */
class MermaidJourneyReader
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MermaidJourneyReader)

public:
    /// One `Task: score: actors` line, as Mermaid stores it.
    struct Task
    {
        QString name;      ///< entity codes decoded, blanks kept as Mermaid keeps them
        QString scoreText; ///< the text of the score piece
        double score = 0;  ///< JavaScript Number(scoreText): may be NaN or out of 1..5
        QStringList people;
        int droppedPieces = 0; ///< ":"-separated pieces after the actors, which Mermaid drops
        int line = 0;
    };
    struct Section
    {
        QString name;
        int line = 0; ///< 0 for the implicit section of tasks before any `section`
        QVector<Task> tasks;
    };
    /// What Mermaid's journeyDb holds after parsing.
    struct Diagram
    {
        QString title;
        QString accTitle;
        QString accDescr;
        QVector<Section> sections;
    };
    /// A journey built from a diagram, ready for ImportFragment.
    struct Result
    {
        Project fragment; ///< the journey, its lanes, stages, touchpoints and new personas
        QUuid journeyId;
        int createdPersonas = 0;
        int matchedPersonas = 0;
        QStringList unmapped; ///< what could not be kept, one line each
    };

    /// Parses UTF-8 `bytes` (a BOM is allowed).
    static Status parse(const QByteArray &bytes, Diagram *diagram);
    /// Parses `text`; on failure the message names the line and the reason.
    static Status parse(const QString &text, Diagram *diagram);
    /// A new journey for `diagram`, going after the journeys of `target`; actors become
    /// personas matched by name (case-insensitively) in `target` or created.
    static Result toJourney(const Diagram &diagram, const Project &target);

    /// JavaScript's Number(text): trimmed, "" is 0, hex/octal/binary, Infinity, else NaN.
    static double jsNumber(const QString &text);

private:
    static Status preprocess(QString *text, QString *frontMatterTitle, QStringList *entities);
    static Status parseTokens(const QString &text, const QStringList &entities, Diagram *diagram);
    static QString decodeEntities(const QString &text, const QStringList &entities);
    static QString decodeEntity(const QString &inner);
    static QString fromBreaks(const QString &text);
    static int emotionOf(const Task &task, QStringList *unmapped);
};

} // namespace cjm
