// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveyimportsummary.h"

namespace cjm {

qint64 SurveyImportSummary::rowsSkipped() const
{
    qint64 total = 0;
    for (qint64 count : skipped)
        total += count;
    return total;
}

void SurveyImportSummary::addIssue(const Issue &issue)
{
    if (issues.size() < kMaxIssues)
        issues.append(issue);
}

QString SurveyImportSummary::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::OutOfScale:
        return tr("out of scale");
    case Reason::NotANumber:
        return tr("not a number");
    case Reason::BadDate:
        return tr("bad date");
    case Reason::UnknownSegment:
        return tr("unknown segment");
    case Reason::NoAnswers:
        return tr("no answers");
    }
    return QString();
}

QString SurveyImportSummary::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::OutOfScale:
        return QStringLiteral("out_of_scale");
    case Reason::NotANumber:
        return QStringLiteral("not_a_number");
    case Reason::BadDate:
        return QStringLiteral("bad_date");
    case Reason::UnknownSegment:
        return QStringLiteral("unknown_segment");
    case Reason::NoAnswers:
        return QStringLiteral("no_answers");
    }
    return QString();
}

QString SurveyImportSummary::issueText(const Issue &issue)
{
    if (issue.column <= 0)
        return tr("line %1: %2").arg(QString::number(issue.line), reasonText(issue.reason));
    return tr("line %1, column %2 (%3): %4: \"%5\"")
            .arg(QString::number(issue.line), QString::number(issue.column), issue.header.left(60),
                 reasonText(issue.reason), issue.value.left(60));
}

QStringList SurveyImportSummary::lines(int maxIssues, const QLocale &locale) const
{
    QStringList out;
    if (!status) {
        out << tr("Import failed: %1").arg(status.message());
        return out;
    }
    if (alreadyImported) {
        out << tr("%1 was already imported (same content): nothing added.").arg(fileName);
        return out;
    }
    if (cancelled)
        out << tr("Import cancelled: nothing was added.");
    out << tr("Rows read: %1").arg(locale.toString(rowsRead));
    out << (dryRun ? tr("Rows that would be imported: %1") : tr("Rows imported: %1"))
                    .arg(locale.toString(rowsImported));
    out << tr("Answers: %1, comments: %2").arg(locale.toString(answers), locale.toString(comments));
    out << tr("Rows skipped: %1").arg(locale.toString(rowsSkipped()));
    for (auto it = skipped.constBegin(); it != skipped.constEnd(); ++it)
        out << QStringLiteral("  %1: %2").arg(reasonText(it.key()), locale.toString(it.value()));
    for (int i = 0; i < issues.size() && i < maxIssues; ++i)
        out << QStringLiteral("  ") + issueText(issues.at(i));
    if (issues.size() > maxIssues)
        out << tr("  … and %1 more").arg(locale.toString(rowsSkipped() - maxIssues));
    return out;
}

} // namespace cjm
