// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/metricchart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cjm {

MetricChart::MetricChart(const QString &title, QWidget *parent)
    : QWidget(parent),
      mTitle(new QLabel(title, this)),
      mCaption(new QLabel(this)),
      mStack(new QStackedWidget(this)),
      mEmptyPage(new QWidget(this)),
      mEmptyLabel(new QLabel(mEmptyPage)),
      mImportButton(new QPushButton(tr("Import Survey Data…"), mEmptyPage))
{
    setAutoFillBackground(true);
    QFont font = mTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    mTitle->setFont(font);
    mCaption->setWordWrap(true);
    mEmptyLabel->setWordWrap(true);
    mEmptyLabel->setAlignment(Qt::AlignCenter);
    auto *emptyLayout = new QVBoxLayout(mEmptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(mEmptyLabel);
    emptyLayout->addWidget(mImportButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(mImportButton, &QPushButton::clicked, this, &MetricChart::importRequested);
    mStack->addWidget(mEmptyPage);

    auto *png = new QToolButton(this);
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Export this chart as a PNG image"));
    connect(png, &QToolButton::clicked, this, [this] { exportWithDialog(false); });
    auto *svg = new QToolButton(this);
    svg->setText(tr("SVG…"));
    svg->setToolTip(tr("Export this chart as an SVG drawing"));
    connect(svg, &QToolButton::clicked, this, [this] { exportWithDialog(true); });

    auto *header = new QHBoxLayout;
    header->addWidget(mTitle, 1);
    header->addWidget(png);
    header->addWidget(svg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(mStack, 1);
    layout->addWidget(mCaption);
    setMinimumHeight(380);
}

QString MetricChart::title() const
{
    return mTitle->text();
}

QString MetricChart::caption() const
{
    return mCaption->text();
}

bool MetricChart::isEmptyState() const
{
    return mStack->currentWidget() == mEmptyPage;
}

QString MetricChart::emptyText() const
{
    return isEmptyState() ? mEmptyLabel->text() : QString();
}

void MetricChart::setContent(QWidget *content)
{
    mContent = content;
    mStack->addWidget(content);
}

void MetricChart::showChart(const QString &caption)
{
    mCaption->setText(caption);
    mCaption->setVisible(!caption.isEmpty());
    mStack->setCurrentWidget(mContent);
}

void MetricChart::showEmpty(const QString &text, bool offerImport)
{
    mEmptyLabel->setText(text);
    mImportButton->setVisible(offerImport);
    mCaption->clear();
    mCaption->hide();
    mStack->setCurrentWidget(mEmptyPage);
}

void MetricChart::styleFrame(const MapTheme &theme)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.background);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText, theme.mutedText);
    mCaption->setPalette(muted);
    mEmptyLabel->setPalette(muted);
}

void MetricChart::styleChart(QChart *chart, const MapTheme &theme)
{
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.text);
    chart->legend()->setLabelColor(theme.text);
    chart->setAnimationOptions(QChart::NoAnimation);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(theme.text);
        axis->setTitleBrush(theme.mutedText);
        axis->setLinePenColor(theme.gridLine);
        axis->setGridLineColor(theme.gridLine);
    }
}

void MetricChart::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QSize MetricChart::exportSize()
{
    // A chart never shown has no layout yet: give it a sensible page size first.
    if (!mContent->isVisible() || mContent->width() < 200 || mContent->height() < 150)
        mContent->resize(800, 480);
    return mContent->size();
}

Status MetricChart::exportPng(const QString &path)
{
    if (isEmptyState())
        return Status::failure(tr("There is no chart to export yet."));
    const QSize size = exportSize() + QSize(0, 2 * exportTextHeight());
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2); // crisp in documents
    QPainter painter(&image);
    paintExport(&painter, size);
    painter.end();
    if (!image.save(path, "PNG"))
        return Status::failure(tr("Cannot write the image %1.").arg(path));
    return Status::success();
}

Status MetricChart::exportSvg(const QString &path)
{
    if (isEmptyState())
        return Status::failure(tr("There is no chart to export yet."));
    const QSize size = exportSize() + QSize(0, 2 * exportTextHeight());
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title());
    generator.setDescription(caption());
    QPainter painter;
    if (!painter.begin(&generator))
        return Status::failure(tr("Cannot write the drawing %1.").arg(path));
    paintExport(&painter, size);
    painter.end();
    return Status::success();
}

QSize MetricChart::pictureSize()
{
    return exportSize() + QSize(0, 2 * exportTextHeight());
}

int MetricChart::exportTextHeight() const
{
    return QFontMetrics(mTitle->font()).height() + 12;
}

void MetricChart::paintExport(QPainter *painter, const QSize &size)
{
    // The figure must carry its title and n when it leaves the application.
    const int line = exportTextHeight();
    painter->fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
    painter->setPen(palette().color(QPalette::WindowText));
    painter->setFont(mTitle->font());
    painter->drawText(QRect(8, 0, size.width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                      title());
    mContent->render(painter, QPoint(0, line), QRegion(), QWidget::DrawChildren);
    painter->setPen(mCaption->palette().color(QPalette::WindowText));
    painter->setFont(mCaption->font());
    painter->drawText(QRect(8, size.height() - line, size.width() - 16, line),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption());
}

void MetricChart::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    QString name = title();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), name, filter);
    if (path.isEmpty())
        return;
    const Status status = svg ? exportSvg(path) : exportPng(path);
    if (!status)
        QMessageBox::warning(this, tr("Export Chart"), status.message());
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    if (isEmptyState())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(false); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(true); });
    menu.exec(event->globalPos());
}

} // namespace cjm
