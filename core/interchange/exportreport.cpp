// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportreport.h"

#include "analytics/opportunityranking.h"
#include "analytics/riskassessment.h"
#include "model/project.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace cjm {

namespace {

constexpr qreal kHeadingHeight = 40.0;
constexpr qreal kTitleHeight = 34.0;
constexpr qreal kRowHeight = 22.0;
constexpr qreal kTableGap = 24.0;
constexpr qreal kCellPadding = 5.0;
constexpr qreal kMatrixCell = 44.0;
constexpr qreal kMatrixLabel = 110.0;

} // namespace

ExportReport::ExportReport(const Project &project, const QUuid &journeyId, const MapTheme &theme,
                           const MapStyle &style)
    : mTheme(theme), mStyle(style)
{
    const Journey *journey = project.journeys().find(journeyId);
    mHeading = tr("Report: %1").arg(journey ? journey->name : QString());
    QVector<QUuid> stageIds;
    for (const Stage *stage : project.stagesOf(journeyId))
        stageIds.append(stage->id);
    addPainPoints(project, stageIds);
    addOpportunities(project, stageIds);
}

void ExportReport::addPainPoints(const Project &project, const QVector<QUuid> &stageIds)
{
    QVector<const PainPoint *> painPoints;
    for (const PainPoint &pp : project.painPoints()) {
        if (stageIds.contains(pp.stageId))
            painPoints.append(&pp);
    }
    // Highest risk first; ties by title, so the order is stable.
    std::sort(painPoints.begin(), painPoints.end(), [](const PainPoint *a, const PainPoint *b) {
        const int sa = RiskAssessment::score(*a);
        const int sb = RiskAssessment::score(*b);
        if (sa != sb)
            return sa > sb;
        return a->title.localeAwareCompare(b->title) < 0;
    });
    Table table;
    table.title = tr("Pain points by risk");
    table.headers = {tr("Pain point"), tr("Stage"),         tr("Touchpoint"), tr("Severity"),
                     tr("Likelihood"), tr("Score (S × L)"), tr("Risk")};
    table.widths = {4.2, 2.2, 3, 1.4, 1.5, 1.7, 2.1};
    const QLocale locale;
    for (const PainPoint *pp : painPoints) {
        const Stage *stage = project.stages().find(pp->stageId);
        const Touchpoint *tp = project.touchpoints().find(pp->touchpointId);
        const RiskAssessment::Level level = RiskAssessment::level(*pp);
        ++mMatrix[std::clamp(pp->severity, 1, 5) - 1][std::clamp(pp->likelihood, 1, 5) - 1];
        table.rows.append(
                {{pp->title, stage ? stage->name : QString(), tp ? tp->title : tr("(whole stage)"),
                  locale.toString(pp->severity), locale.toString(pp->likelihood),
                  locale.toString(RiskAssessment::score(*pp)), RiskAssessment::label(level)},
                 int(level)});
    }
    mTables.append(table);
}

void ExportReport::addOpportunities(const Project &project, const QVector<QUuid> &stageIds)
{
    Table table;
    table.title = tr("Opportunities, ranked");
    table.headers = {tr("Rank"),           tr("Opportunity"), tr("Pain points"),
                     tr("Risk addressed"), tr("Effort"),      tr("Priority")};
    table.widths = {0.8, 6, 1.4, 1.6, 1.2, 1.4};
    const QLocale locale;
    int rank = 0;
    for (const OpportunityRanking::Entry &entry : OpportunityRanking::rank(project)) {
        const Opportunity *opportunity = project.opportunities().find(entry.opportunityId);
        if (!opportunity || !stageIds.contains(opportunity->stageId))
            continue;
        ++rank;
        table.rows.append({{locale.toString(rank), entry.title, locale.toString(entry.painPoints),
                            locale.toString(entry.riskAddressed), locale.toString(entry.effort),
                            locale.toString(entry.priority, 'f', 2)},
                           -1});
    }
    mTables.append(table);
}

QVector<ExportReport::Chunk> ExportReport::paginate(const QSizeF &content) const
{
    QVector<Chunk> chunks;
    int page = 0;
    qreal y = kHeadingHeight;
    for (int t = 0; t < mTables.size(); ++t) {
        const int total = mTables[t].rows.size();
        int next = 0;
        bool first = true;
        while (first || next < total) {
            // Title, header and at least one row (or the "None." line) must fit on the page.
            const qreal free = content.height() - y - kTitleHeight - kRowHeight;
            int fit = int(std::max(0.0, free) / kRowHeight);
            if (fit < 1 && y > 0) {
                ++page;
                y = 0;
                continue;
            }
            // On a page too small for even one row, one row anyway: the report must end.
            fit = std::min(std::max(fit, 1), total - next);
            chunks.append({page, t, next, fit, y});
            next += fit;
            y += kTitleHeight + kRowHeight * (std::max(fit, 1) + 1) + kTableGap;
            first = false;
        }
    }
    // The matrix: a header row and five rows, kept on one page.
    if (y + kTitleHeight + 6 * kMatrixCell > content.height() && y > 0) {
        ++page;
        y = 0;
    }
    chunks.append({page, -1, 0, 0, y});
    return chunks;
}

int ExportReport::pageCount(const QSizeF &content) const
{
    const QVector<Chunk> chunks = paginate(content);
    return chunks.isEmpty() ? 1 : chunks.constLast().page + 1;
}

void ExportReport::paintPage(QPainter *painter, int index, const QSizeF &content)
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (index == 0) {
        QFont heading = mStyle.font(TextRole::Header);
        heading.setPixelSize(20);
        painter->setFont(heading);
        painter->setPen(mTheme.text);
        painter->drawText(QRectF(0, 0, content.width(), kHeadingHeight - 10),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, mHeading);
    }
    for (const Chunk &chunk : paginate(content)) {
        if (chunk.page == index)
            paintChunk(painter, chunk, content.width());
    }
    painter->restore();
}

void ExportReport::paintChunk(QPainter *p, const Chunk &chunk, qreal width)
{
    if (chunk.table < 0) {
        paintMatrix(p, chunk.top, width);
        return;
    }
    const Table &table = mTables[chunk.table];
    p->setFont(mStyle.font(TextRole::Header));
    p->setPen(mTheme.text);
    const QString title = chunk.firstRow == 0 ? table.title : tr("%1 (continued)").arg(table.title);
    p->drawText(QRectF(0, chunk.top, width, kTitleHeight),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    qreal y = chunk.top + kTitleHeight;
    paintRow(p, table, table.headers, -1, QRectF(0, y, width, kRowHeight), true);
    for (int r = chunk.firstRow; r < chunk.firstRow + chunk.rowCount; ++r) {
        y += kRowHeight;
        const Row &row = table.rows[r];
        paintRow(p, table, row.cells, row.risk, QRectF(0, y, width, kRowHeight), false);
    }
    if (table.rows.isEmpty()) {
        p->setFont(mStyle.font(TextRole::Body));
        p->setPen(mTheme.mutedText);
        p->drawText(QRectF(kCellPadding, y + kRowHeight, width, kRowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, tr("None."));
    }
}

void ExportReport::paintRow(QPainter *p, const Table &table, const QStringList &cells, int risk,
                            const QRectF &rect, bool header)
{
    qreal total = 0;
    for (qreal w : table.widths)
        total += w;
    p->setPen(Qt::NoPen);
    p->setBrush(header ? mTheme.laneHeader : mTheme.background);
    p->drawRect(rect);
    p->setPen(QPen(mTheme.gridLine, mTheme.borderWidth));
    p->drawLine(rect.bottomLeft(), rect.bottomRight());
    const QFont font = mStyle.font(header ? TextRole::Small : TextRole::Body);
    const QFontMetricsF metrics(font);
    p->setFont(font);
    qreal x = rect.left();
    for (int c = 0; c < cells.size() && c < table.widths.size(); ++c) {
        const qreal w = rect.width() * table.widths[c] / total;
        QRectF cell(x + kCellPadding, rect.top(), w - 2 * kCellPadding, rect.height());
        const bool last = c == cells.size() - 1;
        if (!header && last && risk >= 0) {
            const qreal icon = mStyle.iconSize;
            const auto level = RiskAssessment::Level(risk);
            mIcons.paint(p, MapIcons::riskIcon(level),
                         QRectF(cell.left(), cell.center().y() - icon / 2, icon, icon),
                         mTheme.riskColor(level));
            cell.setLeft(cell.left() + icon + 4);
        }
        p->setPen(header ? mTheme.laneHeaderText : mTheme.text);
        p->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(cells[c], Qt::ElideRight, cell.width()));
        x += w;
    }
}

void ExportReport::paintMatrix(QPainter *p, qreal top, qreal width)
{
    p->setFont(mStyle.font(TextRole::Header));
    p->setPen(mTheme.text);
    p->drawText(QRectF(0, top, width, kTitleHeight),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                tr("Risk matrix: pain points by severity × likelihood"));
    const QLocale locale;
    const qreal gridTop = top + kTitleHeight;
    p->setFont(mStyle.font(TextRole::Small));
    p->setPen(mTheme.mutedText);
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        p->drawText(QRectF(kMatrixLabel + (likelihood - 1) * kMatrixCell, gridTop, kMatrixCell,
                           kMatrixCell),
                    Qt::AlignCenter, tr("L %1").arg(locale.toString(likelihood)));
    // Severity 5 on top, as the risk matrix is drawn everywhere.
    for (int severity = 5; severity >= 1; --severity) {
        const qreal y = gridTop + (6 - severity) * kMatrixCell;
        p->setFont(mStyle.font(TextRole::Small));
        p->setPen(mTheme.mutedText);
        p->drawText(QRectF(0, y, kMatrixLabel - kCellPadding, kMatrixCell),
                    Qt::AlignRight | Qt::AlignVCenter,
                    tr("Severity %1").arg(locale.toString(severity)));
        for (int likelihood = 1; likelihood <= 5; ++likelihood)
            paintMatrixCell(p, severity, likelihood,
                            QRectF(kMatrixLabel + (likelihood - 1) * kMatrixCell, y, kMatrixCell,
                                   kMatrixCell));
    }
}

void ExportReport::paintMatrixCell(QPainter *p, int severity, int likelihood, const QRectF &cell)
{
    const auto level = RiskAssessment::level(RiskAssessment::score(severity, likelihood));
    QColor fill = mTheme.riskColor(level);
    fill.setAlphaF(0.25);
    p->setPen(QPen(mTheme.gridLine, mTheme.borderWidth));
    p->setBrush(fill);
    p->drawRect(cell);
    const qreal icon = 12.0;
    mIcons.paint(p, MapIcons::riskIcon(level), QRectF(cell.left() + 3, cell.top() + 3, icon, icon),
                 mTheme.riskColor(level));
    const int count = mMatrix[severity - 1][likelihood - 1];
    if (count == 0)
        return;
    p->setFont(mStyle.font(TextRole::Title));
    p->setPen(mTheme.text);
    p->drawText(cell, Qt::AlignCenter, QLocale().toString(count));
}

} // namespace cjm
