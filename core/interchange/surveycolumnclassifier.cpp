// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveycolumnclassifier.h"

#include "interchange/surveylayoutdetector.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cjm {

/// What the sample values of a column look like.
struct SurveyColumnClassifier::Stats
{
    static constexpr int kLowest = -10;
    static constexpr int kHighest = 20;

    /// How many scores lie within [low, high].
    int scoresWithin(int low, int high) const
    {
        int count = 0;
        for (int value = std::max(low, kLowest); value <= std::min(high, kHighest); ++value)
            count += histogram.at(value - kLowest);
        return count;
    }

    int nonEmpty = 0;
    int scores = 0;
    /// How many scores each value from kLowest to kHighest had (others are not counted).
    QVector<int> histogram = QVector<int>(kHighest - kLowest + 1, 0);
    int dates = 0;
    int distinct = 0;
    int minScore = 0;
    int maxScore = 0;
    qsizetype totalLength = 0;
};

namespace {

// Wording of the standard questions, lower case; matched as substrings.
const QStringList &npsWords()
{
    static const QStringList words{u"recommend"_s, u"推荐"_s, u"empfehlen"_s, u"추천"_s};
    return words;
}

const QStringList &csatWords()
{
    static const QStringList words{u"satisf"_s, u"满意"_s, u"zufrieden"_s, u"만족"_s};
    return words;
}

const QStringList &cesWords()
{
    static const QStringList words{u"easy"_s, u"easi"_s, u"effort"_s,  u"容易"_s,
                                   u"省力"_s, u"轻松"_s, u"einfach"_s, u"aufwand"_s,
                                   u"쉽"_s,   u"쉬웠"_s, u"쉬운"_s,    u"수월"_s};
    return words;
}

const QStringList &commentWords()
{
    static const QStringList words{
            u"comment"_s,   u"anything else"_s, u"suggestion"_s, u"意见"_s, u"建议"_s,  u"评论"_s,
            u"kommentar"_s, u"anmerkung"_s,     u"sonst noch"_s, u"의견"_s, u"코멘트"_s};
    return words;
}

const QStringList &segmentWords()
{
    static const QStringList words{u"segment"_s,  u"分层"_s,     u"分群"_s,
                                   u"客户类型"_s, u"세그먼트"_s, u"고객 유형"_s};
    return words;
}

// Normalised ids and labels (letters and digits only, lower case) of metadata columns.
const QStringList &ignoreNames()
{
    static const QStringList names{u"ipaddress"_s,
                                   u"ipadresse"_s,
                                   u"ip주소"_s,
                                   u"ip地址"_s,
                                   u"duration"_s,
                                   u"durationinseconds"_s,
                                   u"dauerinsekunden"_s,
                                   u"status"_s,
                                   u"responsetype"_s,
                                   u"antworttyp"_s,
                                   u"progress"_s,
                                   u"aktuellerstand"_s,
                                   u"finished"_s,
                                   u"beendet"_s,
                                   u"responseset"_s,
                                   u"responsesetid"_s,
                                   u"collectorid"_s,
                                   u"emailaddress"_s,
                                   u"email"_s,
                                   u"name"_s,
                                   u"firstname"_s,
                                   u"lastname"_s,
                                   u"customdata1"_s,
                                   u"externaldatareference"_s,
                                   u"externalreference"_s,
                                   u"distributionchannel"_s,
                                   u"userlanguage"_s,
                                   u"verteilungskanal"_s,
                                   u"benutzersprache"_s,
                                   u"locationaccuracy"_s};
    return names;
}

const QStringList &ignoreParts()
{
    static const QStringList parts{u"latitude"_s,    u"longitude"_s,  u"recipient"_s,
                                   u"breitengrad"_s, u"längengrad"_s, u"panel"_s};
    return parts;
}

const QStringList &idNames()
{
    static const QStringList names{u"responseid"_s, u"respondentid"_s, u"respondent"_s,
                                   u"recordid"_s,   u"antwortid"_s,    u"受访者编号"_s,
                                   u"受访者"_s,     u"答卷编号"_s,     u"응답자id"_s,
                                   u"응답자"_s,     u"응답id"_s,       u"befragter"_s};
    return names;
}

const QStringList &dateNames()
{
    static const QStringList names{u"date"_s,         u"startdate"_s,       u"enddate"_s,
                                   u"recordeddate"_s, u"timestamp"_s,       u"日期"_s,
                                   u"提交时间"_s,     u"datum"_s,           u"anfangsdatum"_s,
                                   u"enddatum"_s,     u"erfassungsdatum"_s, u"날짜"_s,
                                   u"타임스탬프"_s};
    return names;
}

} // namespace

SurveyColumnClassifier::Proposal SurveyColumnClassifier::classify(const SurveyColumn &column,
                                                                  const QStringList &values)
{
    const Stats stats = statsOf(values);
    Proposal proposal;
    if (!classifyMetadata(column, stats, &proposal) && !classifyScore(column, stats, &proposal))
        classifyText(column, stats, &proposal);
    if (proposal.role == Role::Nps || proposal.role == Role::Csat || proposal.role == Role::Ces
        || proposal.role == Role::CustomScore)
        proposal.touchpointHint = touchpointHint(column);
    return proposal;
}

QVector<SurveyColumnClassifier::Proposal>
SurveyColumnClassifier::classify(const SurveyLayout &layout, const QVector<QStringList> &responses)
{
    QVector<Proposal> proposals;
    proposals.reserve(layout.columns.size());
    for (const SurveyColumn &column : layout.columns) {
        QStringList values;
        for (const QStringList &record : responses) {
            if (values.size() >= kSampleValues)
                break;
            values.append(column.index < record.size() ? record.at(column.index) : QString());
        }
        proposals.append(classify(column, values));
    }
    return proposals;
}

bool SurveyColumnClassifier::extractScore(const QString &value, int *score)
{
    static const QRegularExpression leading(u"^(-?\\d{1,3})(?!\\d|[.,:/]\\d)"_s);
    static const QRegularExpression trailing(u"(?<![\\d.,:/])(\\d{1,3})$"_s);
    const QString text = value.trimmed();
    QRegularExpressionMatch match = leading.match(text);
    if (!match.hasMatch())
        match = trailing.match(text);
    if (!match.hasMatch())
        return false;
    *score = match.captured(1).toInt();
    return true;
}

QString SurveyColumnClassifier::touchpointHint(const SurveyColumn &column)
{
    if (!column.option.trimmed().isEmpty())
        return column.option.trimmed();
    return hintFromQuestion(column.question);
}

QString SurveyColumnClassifier::hintFromQuestion(const QString &question)
{
    // The object of "satisfied with the X", "zufrieden mit dem X", "对X的满意度", "X에 만족".
    static const QVector<QRegularExpression> patterns{
            QRegularExpression(u"\\b(?:with|about)\\s+(?:the|your|our)\\s+(.+?)\\s*[?.!:]*$"_s,
                               QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(u"\\b(?:mit|über)\\s+(?:dem|der|den|die|das|unserem|unserer|unseren|"
                               u"Ihrem|Ihrer|Ihren)\\s+(.+?)\\s*[?.!:]*$"_s,
                               QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(u"对(.+?)的?(?:满意|体验|感受|评价)"_s),
            QRegularExpression(u"([^\\s,?]+(?:\\s[^\\s,?]+)?)(?:에 대한|에 대해서|에 "
                               u"대해|에|은|는)\\s*(?:얼마나\\s*)?"
                               u"(?:만족|쉽|쉬웠|쉬운|수월)"_s),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(question);
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return QString();
}

SurveyColumnClassifier::Stats SurveyColumnClassifier::statsOf(const QStringList &values)
{
    static const QRegularExpression date(u"^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(\\D|$)"_s);
    Stats stats;
    QSet<QString> distinct;
    const int count = std::min<int>(int(values.size()), kSampleValues);
    for (int i = 0; i < count; ++i) {
        const QString value = values.at(i).trimmed();
        if (value.isEmpty())
            continue;
        ++stats.nonEmpty;
        stats.totalLength += value.size();
        distinct.insert(value);
        if (date.match(value).hasMatch()) {
            ++stats.dates;
            continue;
        }
        int score = 0;
        if (!extractScore(value, &score))
            continue;
        stats.minScore = stats.scores == 0 ? score : std::min(stats.minScore, score);
        stats.maxScore = stats.scores == 0 ? score : std::max(stats.maxScore, score);
        ++stats.scores;
        if (score >= Stats::kLowest && score <= Stats::kHighest)
            ++stats.histogram[score - Stats::kLowest];
    }
    stats.distinct = int(distinct.size());
    return stats;
}

bool SurveyColumnClassifier::classifyMetadata(const SurveyColumn &column, const Stats &stats,
                                              Proposal *proposal)
{
    const QString all = normalized(column.id + column.importId + column.question);
    if (matchesAny(column, ignoreNames()) || containsAny(all, ignoreParts())) {
        proposal->role = Role::Ignore;
        proposal->confidence = 0.9;
        return true;
    }
    if (matchesAny(column, idNames())) {
        proposal->role = Role::RespondentId;
        proposal->confidence = 0.95;
        return true;
    }
    const bool dateValues = stats.nonEmpty > 0 && stats.dates * 10 >= stats.nonEmpty * 8;
    const bool dateName = matchesAny(column, dateNames())
            || SurveyLayoutDetector::isGoogleFormsTimestamp(column.question.trimmed());
    if (dateName || dateValues) {
        proposal->role = Role::Date;
        proposal->confidence = dateName && (dateValues || stats.nonEmpty == 0) ? 0.95 : 0.6;
        return true;
    }
    return false;
}

bool SurveyColumnClassifier::classifyScore(const SurveyColumn &column, const Stats &stats,
                                           Proposal *proposal)
{
    // Mostly numbers (labels without a number, "Very satisfied", may be among them).
    if (stats.scores == 0 || stats.scores * 10 < stats.nonEmpty * 8)
        return false;
    const QString text = (column.question + u' ' + column.option).toLower();
    // A stray typo ("11" on a 0..10 scale) must not hide a standard scale: the importer
    // reports such values; 95% of the scores within the scale are enough.
    const auto within = [&stats](int low, int high) {
        return stats.scoresWithin(low, high) * 20 >= stats.scores * 19;
    };
    const auto propose = [proposal](Role role, double confidence, int low, int high) {
        proposal->role = role;
        proposal->confidence = confidence;
        proposal->scaleMin = low;
        proposal->scaleMax = high;
        return true;
    };
    if (containsAny(text, npsWords()) && within(0, 10)
        && (stats.scoresWithin(7, 10) > 0 || stats.scoresWithin(0, 6) > 0))
        return propose(Role::Nps, stats.maxScore > 7 ? 0.95 : 0.8, 0, 10);
    if (containsAny(text, csatWords()) && within(1, 5))
        return propose(Role::Csat, 0.9, 1, 5);
    if (containsAny(text, cesWords()) && within(1, 7))
        return propose(Role::Ces, stats.maxScore > 5 ? 0.9 : 0.75, 1, 7);
    const bool worded = containsAny(text, npsWords()) || containsAny(text, csatWords())
            || containsAny(text, cesWords());
    // One value throughout (a ticked check box) is hardly a scale.
    const double confidence = stats.minScore == stats.maxScore ? 0.3 : worded ? 0.6 : 0.5;
    return propose(Role::CustomScore, confidence, stats.minScore, stats.maxScore);
}

void SurveyColumnClassifier::classifyText(const SurveyColumn &column, const Stats &stats,
                                          Proposal *proposal)
{
    const QString text = (column.id + u' ' + column.question + u' ' + column.option).toLower();
    if (containsAny(text, segmentWords())) {
        proposal->role = Role::Segment;
        proposal->confidence = 0.9;
        return;
    }
    if (containsAny(text, commentWords())) {
        proposal->role = Role::Comment;
        proposal->confidence = 0.9;
        return;
    }
    if (stats.nonEmpty == 0) {
        proposal->role = Role::Ignore;
        proposal->confidence = 0.3;
        return;
    }
    // Few short answers, repeated: a grouping; otherwise free text.
    const qsizetype averageLength = stats.totalLength / stats.nonEmpty;
    const bool grouping
            = stats.distinct <= 12 && stats.distinct < stats.nonEmpty && averageLength <= 40;
    proposal->role = grouping ? Role::Segment : Role::Comment;
    proposal->confidence = 0.5;
}

QString SurveyColumnClassifier::normalized(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

bool SurveyColumnClassifier::containsAny(const QString &text, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(),
                       [&text](const QString &word) { return text.contains(word); });
}

bool SurveyColumnClassifier::matchesAny(const SurveyColumn &column, const QStringList &exact)
{
    const QString id = normalized(column.id);
    const QString importId = normalized(column.importId);
    const QString question = normalized(column.question);
    return std::any_of(exact.cbegin(), exact.cend(), [&](const QString &name) {
        return name == id || name == importId || name == question;
    });
}

} // namespace cjm
