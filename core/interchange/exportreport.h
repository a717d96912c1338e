// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapicons.h"
#include "render/mapstyle.h"
#include "render/maptheme.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>
#include <QUuid>
#include <QVector>

class QPainter;

namespace cjm {

class Project;

/**
 * The report pages after an exported map: the journey's pain points by risk
 * (severity × likelihood, the level by colour and shape), its opportunities
 * in ranked order (OpportunityRanking), and the risk matrix (pain points per
 * severity × likelihood cell). Tables run over as many pages as they
 * need, each page repeating the table's header.
 */
class ExportReport
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ExportReport)

public:
    ExportReport(const Project &project, const QUuid &journeyId, const MapTheme &theme,
                 const MapStyle &style);

    /// Pages the report needs on pages of `content` (map units).
    int pageCount(const QSizeF &content) const;
    /// Paints page `index` (from 0) into the rectangle (0, 0, content).
    void paintPage(QPainter *painter, int index, const QSizeF &content);

    /// Rows of the pain-point and opportunity tables (for tests).
    int painPointRows() const { return mTables.value(0).rows.size(); }
    int opportunityRows() const { return mTables.value(1).rows.size(); }

private:
    struct Row
    {
        QStringList cells;
        /// the risk level shown as an icon in the last column; -1 for none
        int risk = -1;
    };
    struct Table
    {
        QString title;
        QStringList headers;
        /// relative column widths
        QVector<qreal> widths;
        QVector<Row> rows;
    };
    /// A run of one table's rows on one page; table -1 is the risk matrix.
    struct Chunk
    {
        int page = 0;
        int table = 0;
        int firstRow = 0;
        int rowCount = 0;
        qreal top = 0.0;
    };

    void addPainPoints(const Project &project, const QVector<QUuid> &stageIds);
    void addOpportunities(const Project &project, const QVector<QUuid> &stageIds);
    QVector<Chunk> paginate(const QSizeF &content) const;
    void paintChunk(QPainter *p, const Chunk &chunk, qreal width);
    void paintRow(QPainter *p, const Table &table, const QStringList &cells, int risk,
                  const QRectF &rect, bool header);
    /// The 5 × 5 matrix of severity by likelihood: pain points per cell, on the level's colour
    /// with its shape.
    void paintMatrix(QPainter *p, qreal top, qreal width);
    void paintMatrixCell(QPainter *p, int severity, int likelihood, const QRectF &cell);

    QString mHeading;
    QVector<Table> mTables;
    /// Pain points by [severity − 1][likelihood − 1].
    int mMatrix[5][5] = {};
    MapTheme mTheme;
    MapStyle mStyle;
    MapIcons mIcons;
};

} // namespace cjm
