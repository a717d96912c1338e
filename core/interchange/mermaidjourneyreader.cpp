// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidjourneyreader.h"

#include "document/commands/addjourney.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace cjm {

namespace {

/// Entity codes become one private-use character each until the tokens are cut, as
/// Mermaid's placeholders do: a decoded ":" must not end a task name.
constexpr char16_t kFirstPlaceholder = 0xE000;
constexpr int kMaxPlaceholders = 0xF8FF - 0xE000;

enum class TokenType {
    Journey,
    Title,
    AccTitle,
    AccDescr,
    Section,
    TaskName,
    TaskData,
    Colon,
    Newline,
    Invalid,
    End,
};

struct Token
{
    TokenType type = TokenType::End;
    QString text; ///< the value (for acc lines: after "accTitle:")
    int position = 0;
};

/// One rule of Mermaid's journey lexer: a pattern anchored at the current offset.
struct Rule
{
    QRegularExpression pattern;
    TokenType type;
    bool skip;
};

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("\\G") + pattern,
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
}

/// The lexer rules of journey.jison, in order: the first that matches wins.
const QVector<Rule> &rules()
{
    static const QVector<Rule> list = {
            {anchored(QStringLiteral("%(?!\\{)[^\\n]*")), TokenType::End, true},
            {anchored(QStringLiteral("[^}]%%[^\\n]*")), TokenType::End, true},
            {anchored(QStringLiteral("\\n+")), TokenType::Newline, false},
            {anchored(QStringLiteral("\\s+")), TokenType::End, true},
            {anchored(QStringLiteral("#[^\\n]*")), TokenType::End, true},
            {anchored(QStringLiteral("journey\\b")), TokenType::Journey, false},
            {anchored(QStringLiteral("title\\s[^#\\n;]+")), TokenType::Title, false},
            {anchored(QStringLiteral("accTitle\\s*:\\s*([^\\n]*)")), TokenType::AccTitle, false},
            {anchored(QStringLiteral("accDescr\\s*:\\s*([^\\n]*)")), TokenType::AccDescr, false},
            {anchored(QStringLiteral("accDescr\\s*\\{\\s*([^}]*)}")), TokenType::AccDescr, false},
            {anchored(QStringLiteral("section\\s[^#:\\n;]+")), TokenType::Section, false},
            {anchored(QStringLiteral("[^#:\\n;]+")), TokenType::TaskName, false},
            {anchored(QStringLiteral(":[^#\\n;]+")), TokenType::TaskData, false},
            {anchored(QStringLiteral(":")), TokenType::Colon, false},
    };
    return list;
}

/// The next token at `*position` (skipping comments and blanks).
Token nextToken(const QString &text, int *position)
{
    while (*position < text.size()) {
        bool matched = false;
        for (const Rule &rule : rules()) {
            const QRegularExpressionMatch m = rule.pattern.match(
                    text, *position, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption
                            // checked once in preprocess(), not per token
                            | QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!m.hasMatch() || m.capturedLength() == 0)
                continue;
            const int start = *position;
            *position = m.capturedEnd();
            matched = true;
            if (rule.skip)
                break;
            Token token{rule.type, m.captured(0), start};
            if (rule.type == TokenType::AccTitle || rule.type == TokenType::AccDescr)
                token.text = m.captured(1);
            return token;
        }
        if (!matched) {
            Token token{TokenType::Invalid, text.mid(*position, 1), *position};
            *position += 1;
            return token;
        }
    }
    return Token{TokenType::End, QString(), int(text.size())};
}

int lineAt(const QString &text, int position)
{
    return 1 + int(QStringView(text).left(position).count(QLatin1Char('\n')));
}

/// Line numbers of increasing positions in one text, counted once (tokens come in order).
class LineCounter
{
public:
    explicit LineCounter(const QString &text) : mText(text) {}
    int at(int position)
    {
        if (position < mPosition) {
            mPosition = 0;
            mLine = 1;
        }
        mLine += int(
                QStringView(mText).mid(mPosition, position - mPosition).count(QLatin1Char('\n')));
        mPosition = position;
        return mLine;
    }

private:
    const QString &mText;
    int mPosition = 0;
    int mLine = 1;
};

/// Replaces `length` characters at `start` by the newlines they held, to keep line numbers.
void blankOut(QString *text, int start, int length)
{
    const int newlines = int(QStringView(*text).mid(start, length).count(QLatin1Char('\n')));
    text->replace(start, length, QString(newlines, QLatin1Char('\n')));
}

} // namespace

double MermaidJourneyReader::jsNumber(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return 0;
    static const QRegularExpression infinity(QStringLiteral("^([+-]?)Infinity$"));
    if (const auto m = infinity.match(s); m.hasMatch())
        return m.captured(1) == QLatin1String("-") ? -std::numeric_limits<double>::infinity()
                                                   : std::numeric_limits<double>::infinity();
    static const QRegularExpression radix(QStringLiteral("^0([xXoObB])([0-9a-fA-F]+)$"));
    if (const auto m = radix.match(s); m.hasMatch()) {
        const QChar r = m.captured(1).at(0).toLower();
        const int base = r == QLatin1Char('x') ? 16 : r == QLatin1Char('o') ? 8 : 2;
        bool ok = false;
        const qulonglong value = m.captured(2).toULongLong(&ok, base);
        return ok ? double(value) : std::numeric_limits<double>::quiet_NaN();
    }
    static const QRegularExpression decimal(
            QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!decimal.match(s).hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (ok)
        return value;
    // toDouble refuses overflow; JavaScript gives ±Infinity.
    return s.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                          : std::numeric_limits<double>::infinity();
}

Status MermaidJourneyReader::parse(const QByteArray &bytes, Diagram *diagram)
{
    return parse(QString::fromUtf8(bytes), diagram);
}

Status MermaidJourneyReader::parse(const QString &source, Diagram *diagram)
{
    QString text = source;
    QString frontMatterTitle;
    QStringList entities;
    if (Status s = preprocess(&text, &frontMatterTitle, &entities); !s)
        return s;
    Diagram result;
    result.title = frontMatterTitle;
    if (Status s = parseTokens(text, entities, &result); !s)
        return s;
    *diagram = result;
    return Status::success();
}

Status MermaidJourneyReader::preprocess(QString *text, QString *frontMatterTitle,
                                        QStringList *entities)
{
    if (!QStringView(*text).isValidUtf16())
        return Status::failure(tr("line 1: the text is not valid Unicode"));
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));

    // Front matter: only at the very start, fences not indented (Mermaid 11).
    if (text->startsWith(QLatin1String("---"))) {
        static const QRegularExpression frontMatter(
                QStringLiteral("^---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n+|$)"),
                QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = frontMatter.match(*text);
        if (!m.hasMatch())
            return Status::failure(tr("line 1: diagrams beginning with --- are not valid: the "
                                      "front matter has no closing --- line at the start of a "
                                      "line"));
        static const QRegularExpression title(QStringLiteral("^title:[ \\t]*(.*?)[ \\t]*$"),
                                              QRegularExpression::MultilineOption);
        if (const auto t = title.match(m.captured(1)); t.hasMatch()) {
            QString value = t.captured(1);
            if (value.size() >= 2
                && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
                && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            *frontMatterTitle = value;
        }
        blankOut(text, 0, m.capturedEnd(0) - (m.captured(2).isEmpty() ? 0 : m.capturedLength(2)));
    }

    // Directives anywhere, then whole-line %% comments.
    static const QRegularExpression directive(QStringLiteral("%%\\{.*?\\}%%"),
                                              QRegularExpression::DotMatchesEverythingOption);
    for (auto m = directive.match(*text); m.hasMatch();
         m = directive.match(*text, m.capturedStart()))
        blankOut(text, m.capturedStart(), m.capturedLength());
    static const QRegularExpression comment(QStringLiteral("^[ \\t]*%%(?!\\{)[^\\n]+"),
                                            QRegularExpression::MultilineOption);
    text->replace(comment, QString());

    static const QRegularExpression detect(QStringLiteral("^\\s*journey"));
    if (!detect.match(*text).hasMatch()) {
        static const QRegularExpression firstWord(QStringLiteral("^\\s*(\\S+)"));
        const auto m = firstWord.match(*text);
        if (!m.hasMatch())
            return Status::failure(tr("line 1: the text is empty: a Mermaid journey starts with "
                                      "\"journey\""));
        return Status::failure(tr("line %1: no diagram type detected: a Mermaid journey starts "
                                  "with \"journey\" in lower case, not \"%2\"")
                                       .arg(lineAt(*text, m.capturedStart(1)))
                                       .arg(m.captured(1)));
    }

    // Entity codes (#58; #quot;) become placeholders the lexer treats as text.
    static const QRegularExpression entity(QStringLiteral("#(\\w+);"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString encoded;
    int last = 0;
    for (auto it = entity.globalMatch(*text); it.hasNext();) {
        const auto m = it.next();
        if (entities->size() >= kMaxPlaceholders)
            break;
        encoded += QStringView(*text).mid(last, m.capturedStart() - last);
        encoded += QChar(char16_t(kFirstPlaceholder + entities->size()));
        entities->append(m.captured(1));
        last = m.capturedEnd();
    }
    encoded += QStringView(*text).mid(last);
    *text = encoded;
    return Status::success();
}

QString MermaidJourneyReader::decodeEntity(const QString &inner)
{
    static const QRegularExpression number(QStringLiteral("^\\+?\\d+$"));
    if (number.match(inner).hasMatch()) {
        bool ok = false;
        const uint code = inner.toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    static const QHash<QString, QString> named = {
            {QStringLiteral("quot"), QStringLiteral("\"")},
            {QStringLiteral("amp"), QStringLiteral("&")},
            {QStringLiteral("lt"), QStringLiteral("<")},
            {QStringLiteral("gt"), QStringLiteral(">")},
            {QStringLiteral("apos"), QStringLiteral("'")},
            {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
    };
    return named.value(inner, QLatin1Char('#') + inner + QLatin1Char(';'));
}

QString MermaidJourneyReader::decodeEntities(const QString &text, const QStringList &entities)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const int index = int(c.unicode()) - int(kFirstPlaceholder);
        if (index >= 0 && index < entities.size())
            result += decodeEntity(entities.at(index));
        else
            result += c;
    }
    return result;
}

Status MermaidJourneyReader::parseTokens(const QString &text, const QStringList &entities,
                                         Diagram *diagram)
{
    int position = 0;
    LineCounter lines(text);
    Token token = nextToken(text, &position);
    while (token.type == TokenType::Newline)
        token = nextToken(text, &position);
    if (token.type != TokenType::Journey)
        return Status::failure(tr("line %1: expected \"journey\", found \"%2\"")
                                       .arg(lines.at(token.position))
                                       .arg(decodeEntities(token.text, entities)));
    auto unexpected = [&](const Token &t, const QString &reason) {
        return Status::failure(tr("line %1: %2").arg(lines.at(t.position)).arg(reason));
    };
    for (token = nextToken(text, &position); token.type != TokenType::End;
         token = nextToken(text, &position)) {
        const QString value = decodeEntities(token.text, entities);
        switch (token.type) {
        case TokenType::Newline:
            break;
        case TokenType::Title:
            diagram->title = value.mid(6);
            break;
        case TokenType::AccTitle:
            diagram->accTitle = value.trimmed();
            break;
        case TokenType::AccDescr: {
            static const QRegularExpression indent(QStringLiteral("\\n\\s*"));
            diagram->accDescr = value.trimmed().replace(indent, QStringLiteral("\n"));
            break;
        }
        case TokenType::Section:
            diagram->sections.append({value.mid(8), lines.at(token.position), {}});
            break;
        case TokenType::TaskName: {
            const Token data = nextToken(text, &position);
            if (data.type != TokenType::TaskData) {
                QString hint;
                if (value.startsWith(QLatin1String("accDescription"), Qt::CaseInsensitive))
                    hint = tr(" (the old \"accDescription\" syntax is not accepted any more: "
                              "write \"accDescr: text\")");
                else if (value.trimmed().startsWith(QLatin1String("//")))
                    hint = tr(" (\"//\" is not a comment in Mermaid: use \"%%\")");
                return unexpected(token,
                                  tr("\"%1\" is not a task: a task is \"name: score\" or "
                                     "\"name: score: actors\"%2")
                                          .arg(value.trimmed(), hint));
            }
            if (diagram->sections.isEmpty())
                diagram->sections.append({QString(), 0, {}});
            Task task;
            task.name = value;
            task.line = lines.at(token.position);
            const QStringList pieces = data.text.mid(1).split(QLatin1Char(':'));
            task.scoreText = decodeEntities(pieces.at(0), entities);
            task.score = jsNumber(task.scoreText);
            if (pieces.size() > 1) {
                for (const QString &person : pieces.at(1).split(QLatin1Char(',')))
                    task.people.append(decodeEntities(person, entities).trimmed());
            }
            task.droppedPieces = std::max(0, int(pieces.size()) - 2);
            diagram->sections.last().tasks.append(task);
            break;
        }
        case TokenType::Journey:
            return unexpected(token, tr("\"journey\" may only start the diagram"));
        case TokenType::TaskData:
            return unexpected(token, tr("\"%1\" has no task name before it").arg(value));
        case TokenType::Colon:
            return unexpected(token, tr("a \":\" with nothing after it"));
        case TokenType::Invalid:
            return unexpected(token,
                              tr("\"%1\" is not allowed here (\";\" does not separate "
                                 "statements in a journey)")
                                      .arg(value));
        case TokenType::End:
            break;
        }
    }
    return Status::success();
}

QString MermaidJourneyReader::fromBreaks(const QString &text)
{
    static const QRegularExpression br(QStringLiteral("<\\s*/?\\s*br\\s*/?\\s*>"),
                                       QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    return result.replace(br, QStringLiteral("\n")).trimmed();
}

int MermaidJourneyReader::emotionOf(const Task &task, QStringList *unmapped)
{
    const QString where = tr("line %1, task \"%2\"").arg(task.line).arg(task.name.trimmed());
    if (std::isnan(task.score)) {
        unmapped->append(tr("%1: score \"%2\" is not a number; emotion set to neutral")
                                 .arg(where, task.scoreText.trimmed()));
        return 0;
    }
    const double clamped = std::clamp(task.score, 1.0, 5.0);
    const int score = int(std::lround(clamped));
    if (clamped != task.score)
        unmapped->append(tr("%1: score %2 is outside 1..5; imported as %3")
                                 .arg(where, task.scoreText.trimmed())
                                 .arg(score));
    else if (score != task.score)
        unmapped->append(tr("%1: score %2 is not a whole number; imported as %3")
                                 .arg(where, task.scoreText.trimmed())
                                 .arg(score));
    return score - 3;
}

MermaidJourneyReader::Result MermaidJourneyReader::toJourney(const Diagram &diagram,
                                                             const Project &target)
{
    Result result;
    Project &fragment = result.fragment;
    Journey journey;
    journey.id = QUuid::createUuid();
    result.journeyId = journey.id;
    journey.position = target.journeys().size();
    journey.name = fromBreaks(diagram.title);
    if (journey.name.isEmpty())
        journey.name = diagram.accTitle;
    else if (!diagram.accTitle.isEmpty() && diagram.accTitle != journey.name)
        result.unmapped.append(tr("accessibility title \"%1\" (the journey is named after the "
                                  "title)")
                                       .arg(diagram.accTitle));
    if (journey.name.isEmpty())
        journey.name = tr("Imported journey");
    journey.scenario = diagram.accDescr;
    fragment.list<Journey>().insert(journey);
    for (const Lane &lane : AddJourney::defaultLanes(journey.id))
        fragment.list<Lane>().insert(lane);

    // Actors become the journey's personas, in order of first appearance.
    QHash<QString, QUuid> existing;
    for (const Persona *persona : target.orderedPersonas())
        existing.insert(persona->name.trimmed().toCaseFolded(), persona->id);
    QStringList actors;
    QSet<QString> seen;
    for (const Section &section : diagram.sections) {
        for (const Task &task : section.tasks) {
            for (const QString &person : task.people) {
                if (!person.isEmpty() && !seen.contains(person.toCaseFolded())) {
                    seen.insert(person.toCaseFolded());
                    actors.append(person);
                }
            }
        }
    }
    for (int i = 0; i < actors.size(); ++i) {
        QUuid personaId = existing.value(actors.at(i).toCaseFolded());
        if (personaId.isNull()) {
            Persona persona;
            persona.id = personaId = QUuid::createUuid();
            persona.name = actors.at(i);
            persona.position = target.personas().size() + result.createdPersonas;
            fragment.list<Persona>().insert(persona);
            ++result.createdPersonas;
        } else {
            ++result.matchedPersonas;
        }
        fragment.addLink({LinkKind::JourneyPersona, journey.id, personaId, i});
    }

    QStringList partialActorLines; // tasks naming only some of the journey's actors
    for (int s = 0; s < diagram.sections.size(); ++s) {
        const Section &section = diagram.sections.at(s);
        Stage stage;
        stage.id = QUuid::createUuid();
        stage.journeyId = journey.id;
        stage.position = s;
        stage.name = fromBreaks(section.name);
        fragment.list<Stage>().insert(stage);
        for (int t = 0; t < section.tasks.size(); ++t) {
            const Task &task = section.tasks.at(t);
            Touchpoint touchpoint;
            touchpoint.id = QUuid::createUuid();
            touchpoint.stageId = stage.id;
            touchpoint.position = t;
            touchpoint.title = fromBreaks(task.name);
            touchpoint.emotion = emotionOf(task, &result.unmapped);
            fragment.list<Touchpoint>().insert(touchpoint);
            QStringList people;
            for (const QString &person : task.people) {
                if (!person.isEmpty())
                    people.append(person);
            }
            if (!people.isEmpty() && people.size() != actors.size())
                partialActorLines.append(QString::number(task.line));
            if (task.droppedPieces > 0)
                result.unmapped.append(tr("line %1, task \"%2\": text after the actors' \":\" is "
                                          "ignored (as Mermaid does)")
                                               .arg(task.line)
                                               .arg(touchpoint.title));
        }
    }
    if (!partialActorLines.isEmpty())
        result.unmapped.append(tr("actors per task (%n task(s) name only some actors, lines %1): "
                                  "every actor became a persona of the whole journey",
                                  nullptr, int(partialActorLines.size()))
                                       .arg(partialActorLines.join(QStringLiteral(", "))));
    return result;
}

} // namespace cjm
