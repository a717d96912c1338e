// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/surveyimportwizard.h"

#include "document/document.h"
#include "interchange/surveyautomapper.h"
#include "model/project.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cjm {

namespace {

/// Scope combo data: "<ScopeKind>:<id>".
QString scopeData(ScopeKind kind, const QUuid &id)
{
    return QString::number(int(kind)) + QLatin1Char(':') + id.toString(QUuid::WithoutBraces);
}

void parseScope(const QString &data, ScopeKind *kind, QUuid *id)
{
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    *kind = ScopeKind(data.left(colon).toInt());
    *id = QUuid::fromString(data.mid(colon + 1));
}

/// The usual scale of a kind (custom: 1..5 until told otherwise).
std::pair<int, int> defaultScale(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Nps:
        return {0, 10};
    case MetricKind::Ces:
        return {1, 7};
    case MetricKind::Csat:
    case MetricKind::Custom:
        break;
    }
    return {1, 5};
}

} // namespace

SurveyImportWizard::SurveyImportWizard(Document *document, const QUuid &journeyId, QWidget *parent)
    : QWizard(parent), mDocument(document), mJourneyId(journeyId)
{
    if (mJourneyId.isNull() && mDocument) {
        const auto journeys = mDocument->project().orderedJourneys();
        if (!journeys.isEmpty())
            mJourneyId = journeys.first()->id;
    }
    setWindowTitle(tr("Import Survey Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(SummaryPage, createSummaryPage());
    setPage(ImportPage, createImportPage());
    setButtonText(QWizard::CommitButton, tr("Import"));
    resize(900, 600);
}

QWizardPage *SurveyImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose the survey export"));
    page->setSubTitle(tr("A CSV file from Qualtrics, SurveyMonkey, Google Forms or a "
                         "spreadsheet. Nothing changes in the project until the last step."));
    mPathEdit = new QLineEdit(page);
    mPathEdit->setReadOnly(true);
    auto *browseButton = new QPushButton(tr("Browse…"), page);
    connect(browseButton, &QPushButton::clicked, this, &SurveyImportWizard::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPathEdit, 1);
    pathRow->addWidget(browseButton);
    mLayoutLabel = new QLabel(page);
    mEncodingBox = new QComboBox(page);
    for (const auto encoding :
         {TextEncodingDetector::Encoding::Utf8, TextEncodingDetector::Encoding::Utf16LE,
          TextEncodingDetector::Encoding::Utf16BE, TextEncodingDetector::Encoding::Gb18030})
        mEncodingBox->addItem(encodingName(encoding), int(encoding));
    connect(mEncodingBox, &QComboBox::activated, this, [this] {
        mEncodingChosen = true;
        inspect();
    });
    mEncodingNote = new QLabel(page);
    mEncodingNote->setWordWrap(true);
    mDelimiterLabel = new QLabel(page);
    mColumnsLabel = new QLabel(page);
    mColumnsLabel->setWordWrap(true);
    mFileError = new QLabel(page);
    mFileError->setWordWrap(true);
    mFileError->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Layout:"), mLayoutLabel);
    form->addRow(tr("Encoding:"), mEncodingBox);
    form->addRow(QString(), mEncodingNote);
    form->addRow(tr("Delimiter:"), mDelimiterLabel);
    form->addRow(tr("Columns:"), mColumnsLabel);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(mFileError);
    layout->addStretch();
    return page;
}

QWizardPage *SurveyImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Map the columns"));
    page->setSubTitle(tr("What each column holds: the respondent, the date, the segment (mapped "
                         "to personas), scores with their metric and what they rate, comments. "
                         "Columns set to “Ignore” are not imported."));
    mTable = new QTableWidget(0, 5, page);
    mTable->setHorizontalHeaderLabels(
            {tr("Column"), tr("Example"), tr("Role"), tr("Metric"), tr("About")});
    mTable->horizontalHeader()->setSectionResizeMode(ColumnHeader, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(ColumnScope, QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    mNotesLabel = new QLabel(page);
    mNotesLabel->setWordWrap(true);
    mSegmentTable = new QTableWidget(0, 2, page);
    mSegmentTable->setHorizontalHeaderLabels({tr("Segment value"), tr("Persona")});
    mSegmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mSegmentTable->verticalHeader()->hide();
    mSegmentTable->setSelectionMode(QAbstractItemView::NoSelection);
    mSegmentTable->setMaximumHeight(150);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mTable, 3);
    layout->addWidget(mSegmentTable, 1);
    layout->addWidget(mNotesLabel);
    return page;
}

QWizardPage *SurveyImportWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("A dry run over the whole file: nothing has been written yet. Import "
                         "the valid rows, or go back and change the mapping."));
    page->setCommitPage(true);
    mSummaryLabel = new QLabel(page);
    mSummaryLabel->setWordWrap(true);
    mSummaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mIssueTable = new QTableWidget(0, 4, page);
    mIssueTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason"), tr("Value")});
    mIssueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mIssueTable->verticalHeader()->hide();
    mIssueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mSummaryLabel);
    layout->addWidget(mIssueTable, 1);
    return page;
}

QWizardPage *SurveyImportWizard::createImportPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    mProgress = new QProgressBar(page);
    mProgress->setRange(0, 1000);
    mImportLabel = new QLabel(page);
    mImportLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mProgress);
    layout->addWidget(mImportLabel);
    layout->addStretch();
    return page;
}

bool SurveyImportWizard::run(Document *document, const QUuid &journeyId, const QString &path,
                             QWidget *parent)
{
    if (!document || document->isReadOnly())
        return false;
    SurveyImportWizard wizard(document, journeyId, parent);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    wizard.exec();
    return wizard.isImported() && wizard.result().status && !wizard.result().cancelled
            && !wizard.result().importId.isNull();
}

QString SurveyImportWizard::droppedSurvey(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile()
            && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
                || suffix == QLatin1String("txt")))
            return url.toLocalFile();
    }
    return QString();
}

void SurveyImportWizard::browse()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Import Survey Data"), QString(),
                                           tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void SurveyImportWizard::setFilePath(const QString &path)
{
    mPathEdit->setText(path);
    mEncodingChosen = false;
    inspect();
}

QString SurveyImportWizard::filePath() const
{
    return mPathEdit->text();
}

void SurveyImportWizard::inspect()
{
    std::optional<TextEncodingDetector::Encoding> forced;
    if (mEncodingChosen)
        forced = TextEncodingDetector::Encoding(mEncodingBox->currentData().toInt());
    mInspection = SurveyImporter::inspect(filePath(), forced);
    mTableSignature.clear(); // the mapping is proposed again for what was read now
    showInspection();
}

void SurveyImportWizard::showInspection()
{
    const bool ok = bool(mInspection.status) && !mInspection.layout.columns.isEmpty();
    mFileError->setText(ok ? QString() : mInspection.status.message());
    mFileError->setVisible(!ok);
    if (!ok) {
        mLayoutLabel->clear();
        mDelimiterLabel->clear();
        mColumnsLabel->clear();
        mEncodingNote->clear();
        return;
    }
    const QLocale loc = locale();
    mLayoutLabel->setText(layoutName(mInspection.layout.kind));
    mEncodingBox->setCurrentIndex(mEncodingBox->findData(int(mInspection.encoding.encoding)));
    if (mEncodingChosen)
        mEncodingNote->setText(tr("Read as you chose. Check the column names below."));
    else if (mInspection.encoding.unsure)
        mEncodingNote->setText(tr("⚠ The encoding is not clear from the file. Choose the one "
                                  "whose column names below read correctly."));
    else
        mEncodingNote->setText(
                tr("Detected (confidence %1 %).")
                        .arg(loc.toString(mInspection.encoding.confidence * 100.0, 'f', 0)));
    mDelimiterLabel->setText(delimiterName(mInspection.delimiter));
    QStringList names;
    for (const SurveyColumn &column : std::as_const(mInspection.layout.columns))
        names.append(column.question.isEmpty() ? column.id : column.question);
    constexpr int kShown = 8;
    QString text = tr("%1: %2").arg(loc.toString(names.size()),
                                    names.mid(0, kShown).join(QStringLiteral(" · ")));
    if (names.size() > kShown)
        text += QStringLiteral(" …");
    mColumnsLabel->setText(text);
}

void SurveyImportWizard::propose()
{
    const Project &project = mDocument->project();
    mNotes.clear();
    mStored = false;
    if (std::optional<SurveyMapping> stored = SurveyImporter::storedMapping(
                mDocument->workingCopy().database(), mInspection.signature, project)) {
        mProposal = *stored;
        mStored = true;
        mNotes.append(tr("Using the mapping stored for these columns (“%1”).").arg(stored->name));
        return;
    }
    const SurveyAutoMapper::Result result
            = SurveyAutoMapper::map(project, mJourneyId, mInspection.layout, mInspection.proposals,
                                    mInspection.segmentValues);
    mProposal = result.mapping;
    mNotes = result.notes;
}

void SurveyImportWizard::initializePage(int id)
{
    if (id == MappingPage && mTableSignature != mInspection.signature + filePath()) {
        propose();
        fillTable();
        mTableSignature = mInspection.signature + filePath();
    } else if (id == SummaryPage) {
        runDryRun();
    } else if (id == ImportPage) {
        mProgress->setValue(0);
        mImportLabel->setText(tr("Importing…"));
        // Start after the page is shown, so the progress bar is seen moving.
        QTimer::singleShot(0, this, &SurveyImportWizard::runImport);
    }
    QWizard::initializePage(id);
}

void SurveyImportWizard::fillTable()
{
    const QVector<SurveyColumn> &columns = mInspection.layout.columns;
    mTable->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const SurveyMapping::Column *mapped = nullptr;
        for (const SurveyMapping::Column &c : std::as_const(mProposal.columns)) {
            if (c.index == columns.at(row).index)
                mapped = &c;
        }
        fillRow(row, columns.at(row), mapped);
    }
    mTable->resizeColumnToContents(ColumnExample);
    mTable->resizeColumnToContents(ColumnRole);
    mTable->resizeColumnToContents(ColumnKind);
    fillSegments();
    // The notes describe the first proposal; edits in the table may make some moot.
    QStringList notes;
    if (!mNotes.isEmpty())
        notes.append(tr("Proposed mapping:"));
    for (const QString &note : std::as_const(mNotes))
        notes.append(QStringLiteral("  • ") + note);
    mNotesLabel->setText(notes.join(QLatin1Char('\n')));
}

void SurveyImportWizard::fillRow(int row, const SurveyColumn &column,
                                 const SurveyMapping::Column *mapped)
{
    auto *header = new QTableWidgetItem(column.question.isEmpty() ? column.id : column.question);
    header->setFlags(Qt::ItemIsEnabled);
    header->setToolTip(header->text());
    mTable->setItem(row, ColumnHeader, header);
    QString example;
    for (const QStringList &record : std::as_const(mInspection.sample)) {
        if (column.index < record.size() && !record.at(column.index).trimmed().isEmpty()) {
            example = record.at(column.index).simplified();
            break;
        }
    }
    auto *exampleItem = new QTableWidgetItem(example.left(40));
    exampleItem->setFlags(Qt::ItemIsEnabled);
    mTable->setItem(row, ColumnExample, exampleItem);

    auto *role = new QComboBox(mTable);
    role->addItem(tr("Ignore"), int(SurveyMapping::Role::Ignore));
    role->addItem(tr("Respondent id"), int(SurveyMapping::Role::RespondentId));
    role->addItem(tr("Date"), int(SurveyMapping::Role::Date));
    role->addItem(tr("Segment"), int(SurveyMapping::Role::Segment));
    role->addItem(tr("Score"), int(SurveyMapping::Role::Score));
    role->addItem(tr("Comment"), int(SurveyMapping::Role::Comment));
    role->setCurrentIndex(role->findData(int(mapped ? mapped->role : SurveyMapping::Role::Ignore)));
    mTable->setCellWidget(row, ColumnRole, role);

    auto *kind = new QComboBox(mTable);
    kind->addItem(tr("NPS (0–10)"), int(MetricKind::Nps));
    kind->addItem(tr("CSAT (1–5)"), int(MetricKind::Csat));
    kind->addItem(tr("CES (1–7)"), int(MetricKind::Ces));
    kind->addItem(tr("Custom"), int(MetricKind::Custom));
    kind->setCurrentIndex(kind->findData(int(mapped ? mapped->kind : MetricKind::Nps)));
    mTable->setCellWidget(row, ColumnKind, kind);

    auto *scope = new QComboBox(mTable);
    const Project &project = mDocument->project();
    const Journey *journey = project.journeys().find(mJourneyId);
    scope->addItem(journey ? tr("Journey: %1").arg(journey->name) : tr("Project"),
                   journey ? scopeData(ScopeKind::Journey, mJourneyId)
                           : scopeData(ScopeKind::Project, QUuid()));
    for (const Stage *stage : project.stagesOf(mJourneyId)) {
        scope->addItem(tr("Stage: %1").arg(stage->name), scopeData(ScopeKind::Stage, stage->id));
        for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id))
            scope->addItem(QStringLiteral("    ") + touchpoint->title,
                           scopeData(ScopeKind::Touchpoint, touchpoint->id));
    }
    int scopeIndex = 0;
    if (mapped && mapped->role == SurveyMapping::Role::Score && !mapped->scopeId.isNull())
        scopeIndex = scope->findData(scopeData(mapped->scopeKind, mapped->scopeId));
    else if (mapped && mapped->role == SurveyMapping::Role::Comment
             && !mapped->touchpointId.isNull())
        scopeIndex = scope->findData(scopeData(ScopeKind::Touchpoint, mapped->touchpointId));
    scope->setCurrentIndex(std::max(0, scopeIndex));
    mTable->setCellWidget(row, ColumnScope, scope);

    connect(role, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
    updateRow(row);
}

void SurveyImportWizard::updateRow(int row)
{
    const auto role = SurveyMapping::Role(
            static_cast<QComboBox *>(mTable->cellWidget(row, ColumnRole))->currentData().toInt());
    // Only scores have a metric; only scores and comments are about something.
    mTable->cellWidget(row, ColumnKind)->setEnabled(role == SurveyMapping::Role::Score);
    mTable->cellWidget(row, ColumnScope)
            ->setEnabled(role == SurveyMapping::Role::Score
                         || role == SurveyMapping::Role::Comment);
}

SurveyMapping SurveyImportWizard::mapping() const
{
    const Project &project = mDocument->project();
    SurveyMapping mapping = mProposal;
    mapping.signature = mInspection.signature;
    if (mapping.name.isEmpty())
        mapping.name = QFileInfo(filePath()).completeBaseName();
    mapping.columns.clear();
    QVector<Metric> newMetrics;
    // The metric a score column of `kind` counts under: the proposal's if it is of that
    // kind, else the project's first of the kind, else one new metric per kind.
    const auto metricFor = [&](MetricKind kind, const SurveyMapping::Column *proposed,
                               int row) -> const Metric * {
        if (proposed && proposed->kind == kind) {
            if (const Metric *metric = project.metrics().find(proposed->metricId))
                return metric;
            for (const Metric &pending : std::as_const(mProposal.newMetrics)) {
                if (pending.id == proposed->metricId) {
                    if (!std::any_of(newMetrics.cbegin(), newMetrics.cend(),
                                     [&](const Metric &m) { return m.id == pending.id; }))
                        newMetrics.append(pending);
                    return &newMetrics.constLast();
                }
            }
        }
        if (kind != MetricKind::Custom) {
            for (const Metric *metric : project.orderedMetrics()) {
                if (metric->kind == kind)
                    return metric;
            }
            for (const Metric &pending : std::as_const(newMetrics)) {
                if (pending.kind == kind)
                    return &pending;
            }
        }
        Metric metric;
        metric.id = QUuid::createUuid();
        metric.kind = kind;
        const auto scale = defaultScale(kind);
        const SurveyColumnClassifier::Proposal &classified = mInspection.proposals.value(row);
        const bool classifiedScale = classified.scaleMax > classified.scaleMin;
        metric.scaleMin
                = kind == MetricKind::Custom && classifiedScale ? classified.scaleMin : scale.first;
        metric.scaleMax = kind == MetricKind::Custom && classifiedScale ? classified.scaleMax
                                                                        : scale.second;
        metric.name = kind == MetricKind::Custom
                ? mTable->item(row, ColumnHeader)->text().left(60)
                : static_cast<QComboBox *>(mTable->cellWidget(row, ColumnKind))->currentText();
        metric.position = int(project.metrics().size() + newMetrics.size());
        newMetrics.append(metric);
        return &newMetrics.constLast();
    };
    // Each row adds at most one metric: no reallocation moves what metricFor() returned.
    newMetrics.reserve(mTable->rowCount() + 1);
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const SurveyColumn &column = mInspection.layout.columns.at(row);
        const auto role
                = SurveyMapping::Role(static_cast<QComboBox *>(mTable->cellWidget(row, ColumnRole))
                                              ->currentData()
                                              .toInt());
        if (role == SurveyMapping::Role::Ignore)
            continue;
        const SurveyMapping::Column *proposed = nullptr;
        for (const SurveyMapping::Column &c : std::as_const(mProposal.columns)) {
            if (c.index == column.index)
                proposed = &c;
        }
        SurveyMapping::Column mapped;
        mapped.index = column.index;
        mapped.key = SurveyMapping::keyOf(column);
        mapped.role = role;
        ScopeKind scopeKind;
        QUuid scopeId;
        parseScope(static_cast<QComboBox *>(mTable->cellWidget(row, ColumnScope))
                           ->currentData()
                           .toString(),
                   &scopeKind, &scopeId);
        if (role == SurveyMapping::Role::Score) {
            const auto kind
                    = MetricKind(static_cast<QComboBox *>(mTable->cellWidget(row, ColumnKind))
                                         ->currentData()
                                         .toInt());
            const Metric *metric = metricFor(kind, proposed, row);
            mapped.metricId = metric->id;
            mapped.kind = kind;
            mapped.scaleMin = qRound(metric->scaleMin);
            mapped.scaleMax = qRound(metric->scaleMax);
            mapped.scopeKind = scopeKind;
            mapped.scopeId = scopeId;
        } else if (role == SurveyMapping::Role::Comment && scopeKind == ScopeKind::Touchpoint) {
            mapped.touchpointId = scopeId;
        }
        mapping.columns.append(mapped);
    }
    mapping.newMetrics = newMetrics;
    mapSegments(&mapping);
    return mapping;
}

void SurveyImportWizard::fillSegments()
{
    const QStringList &values = mInspection.segmentValues;
    mSegmentTable->setRowCount(int(values.size()));
    mSegmentTable->setVisible(!values.isEmpty());
    mNewPersonas.clear();
    const Project &project = mDocument->project();
    for (int row = 0; row < values.size(); ++row) {
        const QString value = values.at(row).trimmed();
        auto *item = new QTableWidgetItem(value);
        item->setFlags(Qt::ItemIsEnabled);
        mSegmentTable->setItem(row, 0, item);
        auto *persona = new QComboBox(mSegmentTable);
        for (const Persona *p : project.orderedPersonas())
            persona->addItem(p->name, p->id.toString());
        persona->addItem(tr("New persona “%1”").arg(value), newPersonaData());
        persona->addItem(tr("Skip these rows"), QString());
        int index = persona->findData(mProposal.segmentPersonas.value(value).toString());
        if (index < 0 || mProposal.segmentPersonas.value(value).isNull()) {
            const bool proposedNew
                    = std::any_of(mProposal.newPersonas.cbegin(), mProposal.newPersonas.cend(),
                                  [&](const Persona &p) {
                                      return p.id == mProposal.segmentPersonas.value(value);
                                  });
            index = persona->findData(proposedNew ? newPersonaData() : QString());
        }
        persona->setCurrentIndex(index);
        mSegmentTable->setCellWidget(row, 1, persona);
    }
}

void SurveyImportWizard::mapSegments(SurveyMapping *mapping) const
{
    mapping->segmentPersonas.clear();
    mapping->newPersonas.clear();
    if (!mapping->firstOf(SurveyMapping::Role::Segment))
        return;
    const Project &project = mDocument->project();
    for (int row = 0; row < mSegmentTable->rowCount(); ++row) {
        const QString value = mSegmentTable->item(row, 0)->text();
        const QString data = static_cast<QComboBox *>(mSegmentTable->cellWidget(row, 1))
                                     ->currentData()
                                     .toString();
        if (data.isEmpty())
            continue; // rows of this segment fail as "unknown segment"
        if (data != newPersonaData()) {
            mapping->segmentPersonas.insert(value, QUuid::fromString(data));
            continue;
        }
        auto it = mNewPersonas.find(value);
        if (it == mNewPersonas.end()) {
            Persona persona;
            // Reuse the proposal's persona (and its id) where it proposed one.
            for (const Persona &proposed : std::as_const(mProposal.newPersonas)) {
                if (proposed.id == mProposal.segmentPersonas.value(value))
                    persona = proposed;
            }
            if (persona.id.isNull()) {
                persona.id = QUuid::createUuid();
                persona.name = value;
            }
            it = mNewPersonas.insert(value, persona);
        }
        Persona persona = *it;
        persona.position = int(project.personas().size() + mapping->newPersonas.size());
        mapping->newPersonas.append(persona);
        mapping->segmentPersonas.insert(value, persona.id);
    }
}

SurveyImporter::Options SurveyImportWizard::options() const
{
    SurveyImporter::Options options;
    options.mapping = mapping();
    options.journeyId = mJourneyId;
    if (mEncodingChosen)
        options.encoding = TextEncodingDetector::Encoding(mEncodingBox->currentData().toInt());
    return options;
}

bool SurveyImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && (!mInspection.status || mInspection.layout.columns.isEmpty()))
        return false;
    if (currentId() == ImportPage && !mImportDone)
        return false;
    if (currentId() == MappingPage) {
        const Status status = mapping().check(mInspection.layout);
        mNotesLabel->setText(status ? mNotesLabel->text() : status.message());
        if (!status)
            return false;
    }
    if (currentId() == SummaryPage && (!mDryRun.status || mDryRun.rowsImported == 0))
        return false;
    return QWizard::validateCurrentPage();
}

void SurveyImportWizard::runDryRun()
{
    mCancelRequested = false;
    mDryRun = SurveyImporter::validate(mDocument, filePath(), options());
    const QLocale loc = locale();
    QStringList lines;
    if (!mDryRun.status) {
        lines.append(tr("The file cannot be imported: %1").arg(mDryRun.status.message()));
    } else {
        if (mDryRun.alreadyImported)
            lines.append(tr("This file was imported before: importing it again adds nothing."));
        lines.append(tr("Rows read: %1").arg(loc.toString(mDryRun.rowsRead)));
        lines.append(tr("Rows to import: %1 (%2 answers, %3 comments)")
                             .arg(loc.toString(mDryRun.rowsImported), loc.toString(mDryRun.answers),
                                  loc.toString(mDryRun.comments)));
        lines.append(tr("Rows skipped: %1").arg(loc.toString(mDryRun.rowsSkipped())));
        for (auto it = mDryRun.skipped.cbegin(); it != mDryRun.skipped.cend(); ++it)
            lines.append(QStringLiteral("    ")
                         + tr("%1: %2").arg(SurveyImportSummary::reasonText(it.key()),
                                            loc.toString(it.value())));
        if (mDryRun.rowsImported == 0)
            lines.append(tr("No row can be imported: go back and check the mapping."));
    }
    mSummaryLabel->setText(lines.join(QLatin1Char('\n')));
    constexpr int kShownIssues = 50;
    const int shown = int(std::min<qsizetype>(kShownIssues, mDryRun.issues.size()));
    mIssueTable->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const SurveyImportSummary::Issue &issue = mDryRun.issues.at(i);
        const QString column = issue.column > 0
                ? tr("%1 (%2)").arg(loc.toString(issue.column), issue.header)
                : tr("whole row");
        const QStringList cells = {loc.toString(issue.line), column,
                                   SurveyImportSummary::reasonText(issue.reason), issue.value};
        for (int c = 0; c < cells.size(); ++c)
            mIssueTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    mIssueTable->setVisible(shown > 0);
    mIssueTable->resizeColumnToContents(0);
    mIssueTable->resizeColumnToContents(2);
}

void SurveyImportWizard::runImport()
{
    if (mImporting || mImportDone)
        return;
    mImporting = true;
    // No way out but Cancel while rows are written.
    button(QWizard::FinishButton)->setEnabled(false);
    SurveyImporter::Options importOptions = options();
    importOptions.progress = [this](qint64 read, qint64 total) {
        mProgress->setValue(total > 0 ? int(read * 1000 / total) : 0);
        // Keep the window (and its Cancel button) responsive while rows are written.
        QCoreApplication::processEvents();
        return !mCancelRequested;
    };
    mResult = SurveyImporter::importInto(mDocument, filePath(), importOptions);
    mImporting = false;
    mImportDone = true;
    const QLocale loc = locale();
    if (mResult.cancelled)
        mImportLabel->setText(tr("Import cancelled: the project is unchanged."));
    else if (!mResult.status)
        mImportLabel->setText(tr("The import failed and the project is unchanged: %1")
                                      .arg(mResult.status.message()));
    else if (mResult.alreadyImported)
        mImportLabel->setText(tr("This file was imported before: nothing was added."));
    else
        mImportLabel->setText(
                tr("Imported %1 rows (%2 answers, %3 comments); %4 rows skipped. "
                   "Undo removes the whole import.")
                        .arg(loc.toString(mResult.rowsImported), loc.toString(mResult.answers),
                             loc.toString(mResult.comments), loc.toString(mResult.rowsSkipped())));
    mProgress->setValue(1000);
    button(QWizard::FinishButton)->setEnabled(true);
}

void SurveyImportWizard::reject()
{
    // Closing mid-import must not tear the wizard down under the running import: ask it
    // to stop; it rolls back and reports, and the user closes afterwards.
    if (mImporting) {
        mCancelRequested = true;
        return;
    }
    QWizard::reject();
}

QString SurveyImportWizard::encodingName(TextEncodingDetector::Encoding encoding) const
{
    switch (encoding) {
    case TextEncodingDetector::Encoding::Utf8:
        return tr("UTF-8");
    case TextEncodingDetector::Encoding::Utf16LE:
        return tr("UTF-16 (little endian)");
    case TextEncodingDetector::Encoding::Utf16BE:
        return tr("UTF-16 (big endian)");
    case TextEncodingDetector::Encoding::Gb18030:
        break;
    }
    return tr("GB18030 (Chinese)");
}

QString SurveyImportWizard::layoutName(SurveyLayout::Kind kind) const
{
    switch (kind) {
    case SurveyLayout::Kind::Qualtrics:
        return tr("Qualtrics export (%1 header rows)")
                .arg(locale().toString(mInspection.layout.headerRows));
    case SurveyLayout::Kind::SurveyMonkey:
        return tr("SurveyMonkey export (question and answer option rows)");
    case SurveyLayout::Kind::GoogleForms:
        return tr("Google Forms responses (first column: timestamp)");
    case SurveyLayout::Kind::Generic:
        break;
    }
    return tr("Generic CSV (one header row)");
}

QString SurveyImportWizard::delimiterName(QChar delimiter) const
{
    if (delimiter == QLatin1Char(','))
        return tr("Comma");
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    return tr("“%1”").arg(delimiter);
}

} // namespace cjm
