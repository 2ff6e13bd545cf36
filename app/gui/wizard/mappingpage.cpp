// SPDX-License-Identifier: MIT
#include "wizard/mappingpage.h"
#include "ui_mappingpage.h"

#include "api/requests.h"
#include "delegates/fieldpickerdelegate.h"
#include "delegates/sourcecolumndelegate.h"
#include "delegates/sourcetypedelegate.h"
#include "mapping/mappingcommands.h"
#include "models/automapper.h"
#include "models/mappingcsv.h"
#include "models/mappingmodel.h"
#include "models/schemafieldmodel.h"
#include "session/safefile.h"

#include <QAction>
#include <QColor>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <memory>

namespace Dataflow::Gui {

using Core::MappingModel;
using Core::MappingRow;
using Core::MappingRows;

namespace {
constexpr int maxPreviewRows = 10;

void flatten(const QJsonValue &value, const QString &prefix, QList<QPair<QString, QString>> *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
        return;
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isNull())
        text = QStringLiteral("null");
    out->append({prefix, text});
}
} // namespace

/**
 * The mapping table's proxy: filters (all / errors / unmapped / suggested and a text filter),
 * highlights suggestions and server errors, and turns every edit into an undo command.
 */
class MappingFilterModel final : public QSortFilterProxyModel
{
public:
    MappingFilterModel(QUndoStack *stack, const QHash<int, QString> *serverErrors, QObject *parent)
        : QSortFilterProxyModel(parent), m_stack(stack), m_serverErrors(serverErrors)
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

    MappingPage::Filter filter() const { return m_filter; }
    void setFilter(MappingPage::Filter filter)
    {
        m_filter = filter;
        invalidateFilter();
    }
    QString text() const { return m_text; }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void refresh() { invalidateFilter(); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const int row = source.row();
        if (role == Qt::BackgroundRole && source.isValid()) {
            const auto state = MappingModel::ValidationState(source.data(MappingModel::ValidationStateRole).toInt());
            if (state == MappingModel::ValidationState::Error || m_serverErrors->contains(row))
                return QColor(255, 224, 224);
            if (source.data(MappingModel::SuggestedRole).toBool())
                return QColor(255, 246, 204);
            if (state == MappingModel::ValidationState::Warning)
                return QColor(255, 238, 214);
        }
        if (role == Qt::ForegroundRole && source.isValid()
            && (source.data(MappingModel::SuggestedRole).toBool()
                || source.data(MappingModel::ValidationStateRole).toInt() != 0
                || m_serverErrors->contains(row)))
            return QColor(Qt::black); // readable on the light highlight in dark themes too
        if (role == Qt::ToolTipRole && source.isValid() && m_serverErrors->contains(row)) {
            const QString local = QSortFilterProxyModel::data(index, role).toString();
            const QString server = MappingPage::tr("Platform: %1").arg(m_serverErrors->value(row));
            return local.isEmpty() ? server : local + QLatin1Char('\n') + server;
        }
        if (role == Qt::DisplayRole && source.isValid() && source.column() == MappingModel::SourceTypeColumn) {
            // words, as in the editor; the Data Prep keyword stays in Qt::EditRole
            switch (Core::sourceTypeFromString(source.data(Qt::EditRole).toString()).value_or(Core::SourceType::Attribute)) {
            case Core::SourceType::Attribute: return MappingPage::tr("Column");
            case Core::SourceType::Expression: return MappingPage::tr("Expression");
            case Core::SourceType::Static: return MappingPage::tr("Fixed value");
            }
        }
        if (role == Qt::AccessibleDescriptionRole && source.isValid())
            return source.sibling(row, MappingModel::StatusColumn).data(Qt::DisplayRole);
        return QSortFilterProxyModel::data(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid())
            return false;
        auto *model = qobject_cast<MappingModel *>(sourceModel());
        if (!model)
            return false;
        const QModelIndex source = mapToSource(index);
        MappingRow row = model->row(source.row());
        const QString text = value.toString();
        switch (source.column()) {
        case MappingModel::SourceTypeColumn: {
            const auto type = Core::sourceTypeFromString(text);
            if (!type)
                return false;
            row.sourceType = *type;
            break;
        }
        case MappingModel::SourceColumn: row.source = text; break;
        case MappingModel::DestinationColumn: row.destination = text.trimmed(); break;
        default: return false;
        }
        if (row == model->row(source.row()))
            return true;
        m_stack->push(new SetMappingRowCommand(model, source.row(), row));
        return true;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        auto *model = qobject_cast<MappingModel *>(sourceModel());
        if (!model)
            return true;
        const MappingRow row = model->row(sourceRow);
        switch (m_filter) {
        case MappingPage::Filter::All: break;
        case MappingPage::Filter::Errors:
            if (model->validationState(sourceRow) != MappingModel::ValidationState::Error
                && !m_serverErrors->contains(sourceRow))
                return false;
            break;
        case MappingPage::Filter::Unmapped:
            if (!row.source.trimmed().isEmpty() && !row.destination.trimmed().isEmpty())
                return false;
            break;
        case MappingPage::Filter::Suggested:
            if (!model->isSuggested(sourceRow))
                return false;
            break;
        }
        if (m_text.isEmpty())
            return true;
        Q_UNUSED(sourceParent)
        return row.source.contains(m_text, Qt::CaseInsensitive)
            || row.destination.contains(m_text, Qt::CaseInsensitive)
            || row.name.contains(m_text, Qt::CaseInsensitive);
    }

private:
    QUndoStack *m_stack;
    const QHash<int, QString> *m_serverErrors;
    MappingPage::Filter m_filter = MappingPage::Filter::All;
    QString m_text;
};

MappingPage::MappingPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(MappingPageId, context, parent)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_model(new MappingModel(this))
    , m_fieldModel(new Core::SchemaFieldModel(this))
    , m_fieldDelegate(new FieldPickerDelegate(this))
    , m_sourceDelegate(new SourceColumnDelegate(MappingModel::SourceTypeColumn, this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Mapping"));
    setSubTitle(tr("Choose where each source column goes in the target schema."));

    m_proxy = new MappingFilterModel(m_undoStack, &m_serverErrors, this);
    m_proxy->setSourceModel(m_model);
    m_ui->mappingView->setModel(m_proxy);
    m_ui->mappingView->setAccessibleName(tr("Mapping rows"));
    m_ui->mappingView->setItemDelegateForColumn(MappingModel::SourceTypeColumn, new SourceTypeDelegate(this));
    m_fieldDelegate->setFieldModel(m_fieldModel);
    m_ui->mappingView->setItemDelegateForColumn(MappingModel::DestinationColumn, m_fieldDelegate);
    m_ui->mappingView->setItemDelegateForColumn(MappingModel::SourceColumn, m_sourceDelegate);
    m_ui->mappingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->mappingView->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingView->verticalHeader()->setDefaultSectionSize(m_ui->mappingView->fontMetrics().height() + 10);
    m_ui->mappingView->setColumnWidth(MappingModel::SourceTypeColumn, 110);
    m_ui->mappingView->setColumnWidth(MappingModel::SourceColumn, 180);
    m_ui->mappingView->setColumnWidth(MappingModel::DestinationColumn, 240);
    m_ui->mappingView->setColumnWidth(MappingModel::DestinationTypeColumn, 90);
    m_ui->previewTable->setAccessibleName(tr("Preview rows"));
    m_ui->previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->filterCombo->addItem(tr("All rows"), int(Filter::All));
    m_ui->filterCombo->addItem(tr("Rows with errors"), int(Filter::Errors));
    m_ui->filterCombo->addItem(tr("Unmapped rows"), int(Filter::Unmapped));
    m_ui->filterCombo->addItem(tr("Suggestions"), int(Filter::Suggested));
    m_ui->filterCombo->setAccessibleName(tr("Show"));
    m_ui->searchEdit->setPlaceholderText(tr("Column or field"));
    m_ui->searchEdit->setAccessibleName(tr("Filter rows"));
    m_ui->countersLabel->setAccessibleName(tr("Mapping counters"));

    m_ui->addButton->setToolTip(tr("Add an empty mapping row"));
    m_ui->removeButton->setToolTip(tr("Remove the selected rows (Delete)"));
    m_ui->autoMapButton->setToolTip(tr("Suggest destinations by name and type; every suggestion can be rejected or undone"));
    m_ui->rejectButton->setToolTip(tr("Remove the selected suggested rows"));
    m_ui->validateButton->setToolTip(tr("Ask the Platform to check the mapping (POST /mappingSets/validate)"));
    m_ui->previewButton->setToolTip(tr("Transform up to 10 sample rows with this mapping on the Platform"));

    // undo / redo with the standard shortcuts (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y)
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoStack->createRedoAction(this, tr("R&edo"));
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(tr("Ctrl+Shift+Z"))});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    connect(m_ui->undoButton, &QToolButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_ui->redoButton, &QToolButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_ui->undoButton->setToolTip(text.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_ui->redoButton->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)") : tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);

    auto *removeAction = new QAction(tr("Remove rows"), this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->mappingView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &MappingPage::removeSelectedRows);

    connect(m_ui->addButton, &QToolButton::clicked, this, &MappingPage::addRow);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &MappingPage::removeSelectedRows);
    connect(m_ui->autoMapButton, &QToolButton::clicked, this, &MappingPage::autoMap);
    connect(this, &MappingPage::autoMapFinished, this, [this](int count) {
        if (count == 0)
            showInfo(tr("Auto-map found nothing more to suggest: every column is mapped or has no compatible field."));
    });
    connect(this, &WizardPageBase::busyCancelled, this, [this] {
        if (m_autoMapRunning) {
            ++m_autoMapGeneration; // the worker's result is dropped
            m_autoMapRunning = false;
            emit autoMapFinished(-1);
        }
    });
    connect(m_ui->rejectButton, &QToolButton::clicked, this, &MappingPage::rejectSelectedSuggestions);
    connect(m_ui->importButton, &QToolButton::clicked, this, &MappingPage::onImportClicked);
    connect(m_ui->exportButton, &QToolButton::clicked, this, &MappingPage::onExportClicked);
    connect(m_ui->validateButton, &QToolButton::clicked, this, &MappingPage::validateOnServer);
    connect(m_ui->previewButton, &QToolButton::clicked, this, &MappingPage::previewOnServer);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(Filter(m_ui->filterCombo->currentData().toInt()));
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) { m_proxy->setText(text); });

    connect(m_model, &MappingModel::countersChanged, this, &MappingPage::updateCounters);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MappingPage::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MappingPage::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MappingPage::onModelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingPage::onModelChanged);
    connect(m_ui->mappingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MappingPage::updateActions);
    connect(this, &WizardPageBase::busyChanged, this, &MappingPage::updateActions);

    updateCounters();
    updateActions();
}

MappingPage::~MappingPage()
{
    // children outlive m_ui: their last signals (the stack clearing itself) must not reach this page
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    delete m_undoStack;
}

void MappingPage::initializePage()
{
    m_loading = true;
    WizardContext *ctx = context();
    m_model->setContext(ctx->selectedColumns(), ctx->schemaIndex);
    m_sourceDelegate->setColumns(m_model->selectedColumns());
    if (m_fieldModel->schema().id() != ctx->schemaIndex.id() || m_fieldModel->rowCount() == 0)
        m_fieldModel->setSchema(ctx->schemaIndex);
    if (m_model->rows() != ctx->session.mapping) {
        m_model->setRows(ctx->session.mapping);
        m_undoStack->clear();
    }
    m_serverErrors.clear();
    const QJsonObject state = pageState();
    const int filter = m_ui->filterCombo->findData(state.value(QStringLiteral("filter")).toInt(int(Filter::All)));
    m_ui->filterCombo->setCurrentIndex(qMax(0, filter));
    m_ui->searchEdit->setText(state.value(QStringLiteral("search")).toString());
    m_loading = false;
    // first visit: propose a mapping right away (one undo step, highlighted, each row rejectable)
    if (!ctx->restoring && ctx->session.mapping.isEmpty() && !state.value(QStringLiteral("autoMapped")).toBool()
        && !ctx->schemaIndex.isEmpty() && !m_model->selectedColumns().isEmpty()) {
        autoMap();
        QJsonObject next = pageState();
        next.insert(QStringLiteral("autoMapped"), true);
        setPageState(next);
    }
    if (ctx->schemaIndex.isEmpty())
        showWarning(tr("The target schema is not loaded: destinations cannot be checked. Go back to the schema page."));
    m_ui->previewButton->setEnabled(!ctx->previewRows.isEmpty());
    updateCounters();
    updateActions();
}

bool MappingPage::validatePage()
{
    if (context()->restoring)
        return true;
    writeSession();
    QJsonObject state = pageState();
    state.insert(QStringLiteral("filter"), m_ui->filterCombo->currentData().toInt());
    state.insert(QStringLiteral("search"), m_ui->searchEdit->text());
    setPageState(state);
    return true;
}

void MappingPage::cleanupPage()
{
    WizardPageBase::cleanupPage();
}

bool MappingPage::isComplete() const
{
    return !isBusy() && m_model->rowCount() > 0 && m_model->errorCount() == 0;
}

QString MappingPage::countersText() const
{
    return m_ui->countersLabel->text();
}

int MappingPage::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void MappingPage::setFilter(Filter filter)
{
    m_ui->filterCombo->setCurrentIndex(qMax(0, m_ui->filterCombo->findData(int(filter))));
}

void MappingPage::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

void MappingPage::addRow()
{
    const int position = m_model->rowCount();
    m_undoStack->push(new InsertMappingRowsCommand(m_model, position, {MappingRow{}}));
    // show the new row even when a filter would hide it
    if (m_proxy->filter() != Filter::All && m_proxy->filter() != Filter::Unmapped)
        setFilter(Filter::All);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(position, MappingModel::SourceColumn));
    if (index.isValid()) {
        m_ui->mappingView->setCurrentIndex(index);
        m_ui->mappingView->edit(index);
    }
}

QList<int> MappingPage::selectedModelRows() const
{
    QList<int> rows;
    const auto selected = m_ui->mappingView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_ui->mappingView->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_ui->mappingView->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void MappingPage::removeSelectedRows()
{
    const QList<int> rows = selectedModelRows();
    if (rows.isEmpty())
        return;
    m_undoStack->push(new RemoveMappingRowsCommand(m_model, rows));
}

int MappingPage::autoMap()
{
    if (m_autoMapRunning)
        return -1;
    const Core::SourceColumns columns = m_model->selectedColumns();
    const Core::SchemaIndex schema = m_model->schema();
    const MappingRows existing = m_model->rows();
    if (qint64(columns.size()) * schema.leafCount() <= backgroundAutoMapThreshold) {
        const int count = applySuggestions(Core::suggestMappings(columns, schema, existing));
        emit autoMapFinished(count);
        return count;
    }

    // Large tables: compute on a worker thread (suggestMappings is pure; the copies share nothing
    // mutable) and poll for the result, so the event loop keeps running and Cancel works.
    struct Job
    {
        std::atomic<bool> done{false};
        QList<Core::AutoMapSuggestion> result;
    };
    auto job = std::make_shared<Job>();
    const quint64 generation = ++m_autoMapGeneration;
    m_autoMapRunning = true;
    beginBusy(tr("Suggesting destinations for %n column(s)…", nullptr, int(columns.size())));
    QThreadPool::globalInstance()->start([job, columns, schema, existing] {
        job->result = Core::suggestMappings(columns, schema, existing);
        job->done.store(true, std::memory_order_release);
    });
    auto *poll = new QTimer(this);
    poll->setInterval(15);
    connect(poll, &QTimer::timeout, this, [this, poll, job, generation, existing] {
        if (generation != m_autoMapGeneration) { // cancelled
            poll->deleteLater();
            return;
        }
        if (!job->done.load(std::memory_order_acquire))
            return;
        poll->deleteLater();
        m_autoMapRunning = false;
        endBusy();
        // the rows may have changed meanwhile (undo): only suggestions still valid are applied
        const QList<Core::AutoMapSuggestion> suggestions = m_model->rows() == existing
            ? job->result
            : Core::suggestMappings(m_model->selectedColumns(), m_model->schema(), m_model->rows());
        emit autoMapFinished(applySuggestions(suggestions));
    });
    poll->start();
    return -1;
}

int MappingPage::applySuggestions(const QList<Core::AutoMapSuggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return 0;
    m_undoStack->push(new ApplySuggestionsCommand(m_model, suggestions));
    showInfo(tr("Auto-map suggested %n destination(s). They are highlighted; hover for the reason, "
                "Reject suggestion removes one, Undo removes them all.", nullptr, int(suggestions.size())));
    return int(suggestions.size());
}

int MappingPage::rejectSelectedSuggestions()
{
    QList<int> rows;
    for (int row : selectedModelRows()) {
        if (m_model->isSuggested(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return 0;
    auto *command = new RemoveMappingRowsCommand(m_model, rows);
    command->setText(tr("Reject %n suggestion(s)", nullptr, int(rows.size())));
    m_undoStack->push(command);
    return int(rows.size());
}

bool MappingPage::importCsv(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString error;
    const MappingRows rows = Core::MappingCsv::read(file.readAll(), &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_undoStack->push(new ReplaceAllRowsCommand(m_model, rows, tr("Import %1").arg(QFileInfo(path).fileName())));
    return true;
}

bool MappingPage::exportCsv(const QString &path, QString *errorMessage) const
{
    if (const auto error = Core::SafeFile::write(path, Core::MappingCsv::write(m_model->rows()))) {
        if (errorMessage)
            *errorMessage = *error;
        return false;
    }
    return true;
}

void MappingPage::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import mapping"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (importCsv(path, &error)) {
        showInfo(tr("Imported %n row(s) from %1.", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()));
    } else {
        showError(tr("The mapping was not imported: %1").arg(error),
                  tr("Check the file: a header with source and destination columns, one mapping per line."));
    }
}

void MappingPage::onExportClicked()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export mapping"), QStringLiteral("mapping.csv"),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (exportCsv(path, &error))
        showInfo(tr("Exported %n row(s) to %1.", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()));
    else
        showError(tr("The mapping was not exported: %1").arg(error));
}

QJsonObject MappingPage::mappingSetBody() const
{
    const WizardContext *ctx = context();
    QString schemaId = ctx->session.schema.id;
    if (schemaId.isEmpty())
        schemaId = m_model->schema().id();
    QJsonArray mappings;
    for (MappingRow row : m_model->rows()) {
        row.destination = m_model->schema().resolvePath(row.destination.trimmed());
        mappings.append(row.toJson());
    }
    return {{QStringLiteral("outputSchema"),
             QJsonObject{{QStringLiteral("schemaRef"),
                          QJsonObject{{QStringLiteral("id"), schemaId},
                                      {QStringLiteral("contentType"), QLatin1String(Core::Ids::xedFull)}}}}},
            {QStringLiteral("mappings"), mappings}};
}

void MappingPage::validateOnServer()
{
    clearError();
    const int rowCount = m_model->rowCount();
    const MappingRows sent = m_model->rows();
    call(Core::Requests::validateMappingSet(mappingSetBody()), tr("Checking the mapping on the Platform…"),
         [this, rowCount, sent](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result) {
                 showError(result.error());
                 emit serverValidated(false);
                 return;
             }
             if (m_model->rows() != sent) {
                 m_ui->serverLabel->setText(tr("The mapping changed during the check; validate again."));
                 return;
             }
             m_serverErrors.clear();
             const QJsonArray entries = result.value().json.object().value(QStringLiteral("validationResponse")).toArray();
             for (int i = 0; i < entries.size(); ++i) {
                 const QJsonObject entry = entries.at(i).toObject();
                 const QJsonArray errors = entry.value(QStringLiteral("errors")).toArray();
                 const bool failed = entry.value(QStringLiteral("status")).toString().compare(
                                         QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
                 if (!failed && errors.isEmpty())
                     continue;
                 for (const QJsonValue &value : errors) {
                     const QJsonObject error = value.toObject();
                     int row = i < rowCount ? i : -1;
                     const QString destination = error.value(QStringLiteral("destination")).toString();
                     if (!destination.isEmpty()) {
                         for (int r = 0; r < rowCount; ++r) {
                             if (m_model->schema().resolvePath(sent.at(r).destination) == destination) {
                                 row = r;
                                 break;
                             }
                         }
                     }
                     if (row < 0)
                         continue;
                     QString message = error.value(QStringLiteral("exception")).toString();
                     if (message.isEmpty())
                         message = error.value(QStringLiteral("message")).toString();
                     if (message.isEmpty())
                         message = tr("rejected");
                     const QString previous = m_serverErrors.value(row);
                     m_serverErrors.insert(row, previous.isEmpty() ? message : previous + QStringLiteral("; ") + message);
                 }
                 if (errors.isEmpty() && i < rowCount)
                     m_serverErrors.insert(i, tr("rejected"));
             }
             m_proxy->refresh();
             if (m_serverErrors.isEmpty()) {
                 m_ui->serverLabel->setText(tr("The Platform accepted all %n mapping(s).", nullptr, rowCount));
             } else {
                 QStringList lines;
                 for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
                     lines.append(tr("Row %1 (%2): %3").arg(it.key() + 1).arg(sent.at(it.key()).source, it.value()));
                 std::sort(lines.begin(), lines.end());
                 m_ui->serverLabel->setText(tr("The Platform rejected %n mapping(s):", nullptr, int(m_serverErrors.size()))
                                            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
             }
             m_ui->mappingView->viewport()->update();
             emit serverValidated(m_serverErrors.isEmpty());
         });
}

void MappingPage::previewOnServer()
{
    clearError();
    QJsonArray rows;
    for (const QJsonValue &row : context()->previewRows) {
        if (rows.size() >= maxPreviewRows)
            break;
        rows.append(row);
    }
    if (rows.isEmpty()) {
        showWarning(tr("There are no sample rows to preview. The source page loads them with the table."));
        return;
    }
    call(Core::Requests::previewMappingSet(mappingSetBody(), rows), tr("Previewing %n row(s)…", nullptr, int(rows.size())),
         [this](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result) {
                 showError(result.error());
                 return;
             }
             showPreview(Core::Shapes::previewRows(result.value().json));
         });
}

void MappingPage::showPreview(const QJsonArray &rows)
{
    m_previewResult = rows;
    QStringList columns;
    QList<QHash<QString, QString>> table;
    int errorRows = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject entry = value.toObject();
        QList<QPair<QString, QString>> cells;
        flatten(entry.contains(QStringLiteral("data")) ? entry.value(QStringLiteral("data")) : QJsonValue(entry),
                QString(), &cells);
        QHash<QString, QString> line;
        for (const auto &cell : std::as_const(cells)) {
            if (!columns.contains(cell.first))
                columns.append(cell.first);
            line.insert(cell.first, cell.second);
        }
        const QJsonValue errors = entry.value(QStringLiteral("errors"));
        if ((errors.isArray() && !errors.toArray().isEmpty()) || (errors.isObject() && !errors.toObject().isEmpty())) {
            ++errorRows;
            const QString text = QString::fromUtf8(errors.isArray()
                                                       ? QJsonDocument(errors.toArray()).toJson(QJsonDocument::Compact)
                                                       : QJsonDocument(errors.toObject()).toJson(QJsonDocument::Compact));
            line.insert(tr("(errors)"), text);
            if (!columns.contains(tr("(errors)")))
                columns.append(tr("(errors)"));
        }
        table.append(line);
    }
    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(int(columns.size()));
    m_ui->previewTable->setRowCount(int(table.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(columns);
    for (int r = 0; r < table.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c)
            m_ui->previewTable->setItem(r, c, new QTableWidgetItem(table.at(r).value(columns.at(c))));
    }
    m_ui->previewTable->resizeColumnsToContents();
    m_ui->previewMessage->setText(errorRows == 0
                                      ? tr("%n row(s) transformed without errors.", nullptr, int(rows.size()))
                                      : tr("%1 of %n row(s) had errors.", nullptr, int(rows.size())).arg(errorRows));
    emit previewLoaded(int(rows.size()));
}

void MappingPage::onModelChanged()
{
    if (!m_serverErrors.isEmpty()) {
        m_serverErrors.clear();
        m_ui->serverLabel->setText(tr("The mapping changed since the last server check."));
    }
    updateCounters();
    updateActions();
    if (!m_loading)
        writeSession();
}

void MappingPage::writeSession()
{
    if (context()->session.mapping == m_model->rows())
        return;
    context()->session.mapping = m_model->rows();
    context()->markChanged();
}

void MappingPage::updateCounters()
{
    const int mapped = m_model->mappedCount();
    const int unmapped = m_model->unmappedColumnCount();
    const int errors = m_model->errorCount();
    m_ui->countersLabel->setText(tr("%1 mapped · %2 columns unmapped · %3 errors").arg(mapped).arg(unmapped).arg(errors));
    m_ui->countersLabel->setToolTip(unmapped == 0 ? QString()
                                                  : tr("Unmapped columns: %1").arg(m_model->unmappedColumns().join(QStringLiteral(", "))));
    emit completeChanged();
}

void MappingPage::updateActions()
{
    const bool busy = isBusy();
    const bool hasSelection = !selectedModelRows().isEmpty();
    bool selectionSuggested = false;
    for (int row : selectedModelRows())
        selectionSuggested = selectionSuggested || m_model->isSuggested(row);
    m_ui->removeButton->setEnabled(!busy && hasSelection);
    m_ui->rejectButton->setEnabled(!busy && selectionSuggested);
    m_ui->autoMapButton->setEnabled(!busy && !m_model->schema().isEmpty());
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    m_ui->validateButton->setEnabled(!busy && m_model->rowCount() > 0 && api());
    m_ui->previewButton->setEnabled(!busy && m_model->rowCount() > 0 && api() && !context()->previewRows.isEmpty());
}

} // namespace Dataflow::Gui
