// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidjourneywriter.h"

#include <QRegularExpression>

#include <algorithm>

namespace cjm {

QString MermaidJourneyWriter::escape(const QString &text, Place place)
{
    QString result;
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        switch (c.unicode()) {
        case ':':
            result += QStringLiteral("#58;");
            break;
        case '#':
            result += QStringLiteral("#35;");
            break;
        case ';':
            result += QStringLiteral("#59;");
            break;
        case '%':
            result += QStringLiteral("#37;");
            break;
        case '{':
            result += QStringLiteral("#123;");
            break;
        case '}':
            result += QStringLiteral("#125;");
            break;
        case '\r':
            break;
        case '\n':
            result += QStringLiteral("<br>");
            break;
        case ',':
            result += place == Place::Actor ? QStringLiteral("#44;") : QStringLiteral(",");
            break;
        default:
            result += c;
        }
    }
    // An empty name would leave a bare ":" or "section": a blank entity reads back as "".
    if (result.isEmpty())
        return QStringLiteral("#32;");
    static const QRegularExpression keyword(
            QStringLiteral(
                    "^(title\\s|section\\s|journey\\b|acctitle\\s*#58;|accdescr\\s*(#58;|#123;))"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
    // Only a task starts a token where the lexer looks for keywords first.
    if (place == Place::Task && keyword.match(result).hasMatch())
        result = QStringLiteral("#%1;").arg(result.at(0).unicode()) + result.mid(1);
    return result;
}

QString MermaidJourneyWriter::description(const QString &scenario)
{
    QString text = scenario.trimmed();
    if (text.isEmpty())
        return QString();
    // The value runs to the end of the line (or to "}" in a block) and is taken literally,
    // apart from entity codes: only "#" and "}" need encoding.
    text.replace(QLatin1Char('#'), QStringLiteral("#35;"));
    text.replace(QLatin1Char('}'), QStringLiteral("#125;"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!text.contains(QLatin1Char('\n')))
        return QStringLiteral("    accDescr: %1\n").arg(text);
    return QStringLiteral("    accDescr {\n      %1\n    }\n")
            .arg(text.split(QLatin1Char('\n')).join(QStringLiteral("\n      ")));
}

QString MermaidJourneyWriter::write(const Project &project, const QUuid &journeyId)
{
    const Journey *journey = project.journeys().find(journeyId);
    if (!journey)
        return QString();
    QStringList actors;
    for (const QUuid &id : project.linked(LinkKind::JourneyPersona, journeyId)) {
        if (const Persona *persona = project.personas().find(id))
            actors.append(escape(persona->name, Place::Actor));
    }
    const QString actorText = actors.join(QStringLiteral(", "));
    QString out
            = QStringLiteral("journey\n    title %1\n").arg(escape(journey->name, Place::Title));
    out += description(journey->scenario);
    for (const Stage *stage : project.stagesOf(journeyId)) {
        out += QStringLiteral("    section %1\n").arg(escape(stage->name, Place::Section));
        for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id)) {
            const int score = std::clamp(touchpoint->emotion + 3, 1, 5);
            out += QStringLiteral("      %1: %2")
                           .arg(escape(touchpoint->title, Place::Task))
                           .arg(score);
            if (!actorText.isEmpty())
                out += QStringLiteral(": ") + actorText;
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace cjm
