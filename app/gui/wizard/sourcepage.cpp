// SPDX-License-Identifier: MIT
#include "wizard/sourcepage.h"
#include "ui_sourcepage.h"

#include "api/requests.h"
#include "widgets/jsonschemaform.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace Dataflow::Gui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int maxPreviewRows = 100;

QString connectorName(const QJsonObject &spec)
{
    const QString id = spec.value(QStringLiteral("id")).toString();
    if (id == QLatin1String(Core::Ids::salesforceServiceCloudSpec))
        return SourcePage::tr("Salesforce Service Cloud");
    if (id == QLatin1String(Core::Ids::serviceNowSpec))
        return SourcePage::tr("ServiceNow");
    return spec.value(QStringLiteral("name")).toString();
}

QString cellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                       : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

SourcePage::SourcePage(WizardContext *context, QWidget *parent)
    : WizardPageBase(SourcePageId, context, parent)
    , m_ui(std::make_unique<Ui::SourcePage>())
{
    m_ui->setupUi(this);
    m_authForm = new JsonSchemaForm(m_ui->authFormContainer);
    m_ui->authFormLayout->addWidget(m_authForm);
    m_ui->deprecationLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_ui->deprecationLabel->hide();

    m_tables = new QStandardItemModel(this);
    m_tableFilter = new QSortFilterProxyModel(this);
    m_tableFilter->setSourceModel(m_tables);
    m_tableFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableList->setModel(m_tableFilter);

    m_preview = new QStandardItemModel(this);
    m_ui->previewTable->setModel(m_preview);
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->columnTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);

    connect(m_ui->connectorCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onConnectorChanged();
    });
    connect(m_ui->existingAccountRadio, &QRadioButton::toggled, this, [this] {
        if (!m_loading)
            onAccountModeChanged();
    });
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onAccountChosen();
    });
    connect(m_ui->authTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onAuthTypeChanged();
    });
    connect(m_ui->connectAccountButton, &QPushButton::clicked, this, &SourcePage::connectNewAccount);
    connect(m_ui->tableSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tableFilter->setFilterFixedString(text);
        if (!m_loading && !isRestoring()) {
            QJsonObject state = pageState();
            state.insert(QStringLiteral("search"), text);
            setPageState(state);
        }
    });
    connect(m_ui->tableList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_loading)
            onTableChosen();
    });
    connect(m_ui->columnTree, &QTreeWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        updateCounts();
        saveToSession();
    });
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] {
        m_loading = true;
        for (int i = 0; i < m_ui->columnTree->topLevelItemCount(); ++i)
            m_ui->columnTree->topLevelItem(i)->setCheckState(0, Qt::Checked);
        m_loading = false;
        updateCounts();
        saveToSession();
    });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        m_loading = true;
        for (int i = 0; i < m_ui->columnTree->topLevelItemCount(); ++i)
            m_ui->columnTree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        m_loading = false;
        updateCounts();
        saveToSession();
    });
    connect(m_authForm, &JsonSchemaForm::changed, this, [this] {
        m_ui->connectAccountButton->setEnabled(m_authForm->isValid()
                                               && !m_ui->accountNameEdit->text().trimmed().isEmpty());
    });
    connect(m_ui->accountNameEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->connectAccountButton->setEnabled(m_authForm->isValid()
                                               && !m_ui->accountNameEdit->text().trimmed().isEmpty());
    });
    connect(this, &WizardPageBase::busyCancelled, this, [this] {
        ++m_tableGeneration;
        ++m_accountGeneration;
        showWarning(tr("Cancelled. Choose the account or table again to retry."));
    });
    onAccountModeChanged();
    updateCounts();
}

SourcePage::~SourcePage() = default;

void SourcePage::initializePage()
{
    const Core::SourceSettings &source = context()->session.source;
    m_baseConnectionId = source.baseConnection.id;
    m_wantedTable = source.tableName;
    m_wantedColumns.clear();
    for (const auto &c : source.columns)
        m_wantedColumns.append(c.name);
    m_tableName.clear();
    m_columns.clear();
    m_tables->clear();
    m_preview->clear();
    m_ui->columnTree->clear();
    const QJsonObject state = pageState();
    m_loading = true;
    m_ui->tableSearchEdit->setText(state.value(QStringLiteral("search")).toString());
    m_ui->accountNameEdit->setText(source.baseConnection.isReference() ? QString()
                                                                       : source.baseConnection.name);
    m_loading = false;
    updateCounts();

    if (!context()->connectionSpecs.isEmpty()) {
        populateConnectors();
        return;
    }
    callList(Core::Requests::connectionSpecs(), tr("Reading the available sources…"),
             [this](const Core::ApiResult<QJsonArray> &result) {
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 QJsonArray offered;
                 for (const QJsonValue &v : result.value()) {
                     const QString id = v.toObject().value(QStringLiteral("id")).toString();
                     if (id == QLatin1String(Core::Ids::salesforceServiceCloudSpec)
                         || id == QLatin1String(Core::Ids::serviceNowSpec)) {
                         offered.append(v);
                     }
                 }
                 context()->connectionSpecs = offered;
                 populateConnectors();
             });
}

void SourcePage::populateConnectors()
{
    m_loading = true;
    m_ui->connectorCombo->clear();
    for (const QJsonValue &v : std::as_const(context()->connectionSpecs)) {
        const QJsonObject spec = v.toObject();
        m_ui->connectorCombo->addItem(connectorName(spec), spec.value(QStringLiteral("id")).toString());
    }
    const QString wanted = context()->session.source.connectionSpecId;
    const int index = m_ui->connectorCombo->findData(wanted);
    m_ui->connectorCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = false;
    onConnectorChanged();
}

QJsonObject SourcePage::currentSpec() const
{
    const QString id = m_ui->connectorCombo->currentData().toString();
    for (const QJsonValue &v : std::as_const(context()->connectionSpecs)) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString SourcePage::connectionSpecId() const
{
    return m_ui->connectorCombo->currentData().toString();
}

void SourcePage::onConnectorChanged()
{
    const QJsonObject spec = currentSpec();
    context()->connectionSpec = spec;
    const QString specId = spec.value(QStringLiteral("id")).toString();
    if (specId != context()->session.source.connectionSpecId) {
        // Another system: the account, table and columns chosen before do not apply.
        m_baseConnectionId.clear();
        m_wantedTable.clear();
        m_wantedColumns.clear();
    }
    m_loading = true;
    m_ui->authTypeCombo->clear();
    for (const QJsonValue &v : spec.value(QStringLiteral("authSpec")).toArray()) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        m_ui->authTypeCombo->addItem(name, name);
    }
    // Prefer a non-deprecated type (OAuth2 for Salesforce).
    const QString wantedAuth = context()->session.source.baseConnection.authSpecName;
    int authIndex = m_ui->authTypeCombo->findData(wantedAuth);
    if (authIndex < 0)
        authIndex = m_ui->authTypeCombo->findText(QStringLiteral("OAuth2"), Qt::MatchContains);
    m_ui->authTypeCombo->setCurrentIndex(qMax(0, authIndex));
    // Suggest a name until the user types one.
    const QString name = m_ui->accountNameEdit->text();
    bool suggested = name.isEmpty();
    for (const QJsonValue &v : std::as_const(context()->connectionSpecs))
        suggested = suggested || name == tr("%1 account").arg(connectorName(v.toObject()));
    if (suggested)
        m_ui->accountNameEdit->setText(tr("%1 account").arg(connectorName(spec)));
    m_loading = false;
    onAuthTypeChanged();
    m_tables->clear();
    m_preview->clear();
    m_ui->columnTree->clear();
    m_tableName.clear();
    m_columns.clear();
    updateCounts();
    loadAccounts();
}

void SourcePage::onAuthTypeChanged()
{
    const QString name = m_ui->authTypeCombo->currentData().toString();
    const QJsonObject spec = currentSpec();
    QJsonObject schema;
    for (const QJsonValue &v : spec.value(QStringLiteral("authSpec")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            schema = v.toObject().value(QStringLiteral("spec")).toObject();
    }
    QJsonObject values;
    if (!context()->session.source.baseConnection.isReference())
        values = context()->session.source.baseConnection.params;
    m_authForm->setSchema(schema, values);
    const bool salesforceBasic =
        spec.value(QStringLiteral("id")).toString() == QLatin1String(Core::Ids::salesforceServiceCloudSpec)
        && name.contains(QLatin1String("Basic"), Qt::CaseInsensitive);
    m_ui->deprecationLabel->setVisible(salesforceBasic);

    // Dynamic editors join the tab chain between the type and the connect button.
    QWidget *previous = m_ui->authTypeCombo;
    for (const QString &property : m_authForm->propertyNames()) {
        if (QWidget *editor = m_authForm->editor(property)) {
            QWidget::setTabOrder(previous, editor);
            previous = editor;
        }
    }
    QWidget::setTabOrder(previous, m_ui->connectAccountButton);
}

void SourcePage::loadAccounts()
{
    const QString specId = connectionSpecId();
    if (specId.isEmpty())
        return;
    const quint64 generation = ++m_accountGeneration;
    callList(Core::Requests::connections(specId), tr("Reading your accounts…"),
             [this, generation](const Core::ApiResult<QJsonArray> &result) {
                 if (generation != m_accountGeneration)
                     return;
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 m_loading = true;
                 m_ui->accountCombo->clear();
                 for (const QJsonValue &v : result.value()) {
                     const QJsonObject c = v.toObject();
                     const QString state = c.value(QStringLiteral("state")).toString();
                     QString label = c.value(QStringLiteral("name")).toString();
                     if (!state.isEmpty() && state != QLatin1String("enabled"))
                         label = tr("%1 (%2)").arg(label, state);
                     m_ui->accountCombo->addItem(label, c.value(QStringLiteral("id")).toString());
                 }
                 const bool any = m_ui->accountCombo->count() > 0;
                 int index = m_ui->accountCombo->findData(m_baseConnectionId);
                 if (index < 0 && any && !m_baseConnectionId.isEmpty())
                     index = -1; // the saved account is gone: make the user choose
                 else if (index < 0 && any)
                     index = 0;
                 m_ui->accountCombo->setCurrentIndex(index);
                 m_ui->existingAccountRadio->setEnabled(any);
                 if (!any)
                     m_ui->newAccountRadio->setChecked(true);
                 else if (!m_baseConnectionId.isEmpty() || context()->session.source.baseConnection.name.isEmpty())
                     m_ui->existingAccountRadio->setChecked(true);
                 m_loading = false;
                 if (index < 0 && !m_baseConnectionId.isEmpty()) {
                     showWarning(tr("The account saved in this session no longer exists. Choose "
                                    "another one or create a new account."));
                     m_baseConnectionId.clear();
                 }
                 onAccountModeChanged();
                 emit accountsLoaded();
             });
}

void SourcePage::onAccountModeChanged()
{
    const bool existing = m_ui->existingAccountRadio->isChecked();
    m_ui->accountCombo->setEnabled(existing);
    m_ui->newAccountWidget->setVisible(!existing);
    if (existing) {
        onAccountChosen();
        return;
    }
    // Until the new account is connected there is no table to show. What was chosen with the
    // previous account comes back if the user returns to it.
    ++m_tableGeneration;
    if (!m_baseConnectionId.isEmpty()) {
        m_parkedAccount = m_baseConnectionId;
        if (!m_tableName.isEmpty()) {
            m_wantedTable = m_tableName;
            m_wantedColumns = checkedColumns();
        }
    }
    m_baseConnectionId.clear();
    m_tables->clear();
    m_tableName.clear();
    m_columns.clear();
    m_ui->columnTree->clear();
    m_preview->clear();
    m_ui->previewInfoLabel->clear();
    updateCounts();
}

void SourcePage::onAccountChosen()
{
    const QString id = m_ui->accountCombo->currentData().toString();
    if (id.isEmpty())
        return;
    if (id != m_baseConnectionId && id != m_parkedAccount) {
        m_wantedTable.clear();
        m_wantedColumns.clear();
    }
    m_parkedAccount.clear();
    m_baseConnectionId = id;
    saveToSession();
    loadTables();
}

void SourcePage::selectConnectionSpec(const QString &specId)
{
    const int index = m_ui->connectorCombo->findData(specId);
    if (index >= 0)
        m_ui->connectorCombo->setCurrentIndex(index);
}

void SourcePage::selectAccount(const QString &baseConnectionId)
{
    m_ui->existingAccountRadio->setChecked(true);
    const int index = m_ui->accountCombo->findData(baseConnectionId);
    if (index >= 0)
        m_ui->accountCombo->setCurrentIndex(index);
}

void SourcePage::setCreateNewAccount(bool create)
{
    (create ? m_ui->newAccountRadio : m_ui->existingAccountRadio)->setChecked(true);
}

void SourcePage::setNewAccountName(const QString &name)
{
    m_ui->accountNameEdit->setText(name);
}

void SourcePage::selectAuthType(const QString &authSpecName)
{
    const int index = m_ui->authTypeCombo->findData(authSpecName);
    if (index >= 0)
        m_ui->authTypeCombo->setCurrentIndex(index);
}

void SourcePage::connectNewAccount()
{
    const QString name = m_ui->accountNameEdit->text().trimmed();
    QStringList problems = m_authForm->problems();
    if (name.isEmpty())
        problems.prepend(tr("Account name is required"));
    if (!problems.isEmpty()) {
        showError(tr("The account cannot be created yet: %1.").arg(problems.join(QLatin1String("; "))),
                  tr("Fill in the fields marked with *."));
        return;
    }
    clearError();
    const QString specId = connectionSpecId();
    const QString authName = m_ui->authTypeCombo->currentData().toString();
    const QJsonObject body{
        {QStringLiteral("name"), name},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("specName"), authName}, {QStringLiteral("params"), m_authForm->values()}}},
        {QStringLiteral("connectionSpec"),
         QJsonObject{{QStringLiteral("id"), specId}, {QStringLiteral("version"), QStringLiteral("1.0")}}},
    };
    const QJsonObject publicParams = m_authForm->publicValues();
    const QJsonObject secrets = m_authForm->secretValues();
    call(Core::Requests::createConnection(body), tr("Creating the account…"),
         [this, name, authName, publicParams, secrets](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result) {
                 showError(result.error());
                 return;
             }
             const QString id = result.value().json.object().value(QStringLiteral("id")).toString();
             if (id.isEmpty()) {
                 showError(tr("The Platform created the account but did not say its id."),
                           tr("Choose it from the existing accounts."));
                 loadAccounts();
                 return;
             }
             Core::BaseConnectionSettings &base = context()->session.source.baseConnection;
             base = {};
             base.id = id;
             base.name = name;
             base.authSpecName = authName;
             base.params = publicParams;
             context()->sourceSecrets = secrets;
             m_baseConnectionId = id;
             showInfo(tr("The account \"%1\" was created. Its secrets were sent to Platform and are "
                         "not kept in the session file.").arg(name));
             saveToSession();
             emit accountCreated(id);
             loadAccounts(); // selects it and lists its tables
         });
}

void SourcePage::loadTables()
{
    if (m_baseConnectionId.isEmpty())
        return;
    const quint64 generation = ++m_tableGeneration;
    m_tables->clear();
    m_tableName.clear();
    m_columns.clear();
    m_ui->columnTree->clear();
    m_preview->clear();
    updateCounts();
    call(Core::Requests::exploreRoot(m_baseConnectionId), tr("Listing the tables…"),
         [this, generation](const Core::ApiResult<Core::ApiResponse> &result) {
             if (generation != m_tableGeneration)
                 return;
             if (!result) {
                 showError(result.error());
                 return;
             }
             const QJsonArray items = Core::Shapes::items(result.value().json);
             for (const QJsonValue &v : items) {
                 const QJsonObject o = v.toObject();
                 const QString type = o.value(QStringLiteral("type")).toString();
                 if (!type.isEmpty() && type.compare(QLatin1String("table"), Qt::CaseInsensitive) != 0)
                     continue;
                 QString path = o.value(QStringLiteral("path")).toString();
                 const QString name = o.value(QStringLiteral("name")).toString();
                 if (path.isEmpty())
                     path = name;
                 auto *item = new QStandardItem(name.isEmpty() ? path : name);
                 item->setData(path, PathRole);
                 item->setToolTip(path);
                 item->setEditable(false);
                 m_tables->appendRow(item);
             }
             m_tableFilter->sort(0);
             emit tablesLoaded();
             if (!m_wantedTable.isEmpty())
                 selectTable(m_wantedTable);
         });
}

QStringList SourcePage::tableNames() const
{
    QStringList out;
    for (int i = 0; i < m_tableFilter->rowCount(); ++i)
        out.append(m_tableFilter->index(i, 0).data(PathRole).toString());
    return out;
}

void SourcePage::setTableFilter(const QString &text)
{
    m_ui->tableSearchEdit->setText(text);
}

void SourcePage::selectTable(const QString &tableName)
{
    for (int i = 0; i < m_tableFilter->rowCount(); ++i) {
        const QModelIndex index = m_tableFilter->index(i, 0);
        if (index.data(PathRole).toString() == tableName) {
            m_ui->tableList->setCurrentIndex(index);
            m_ui->tableList->scrollTo(index);
            if (m_tableName != tableName)
                loadColumns(tableName);
            return;
        }
    }
    for (int i = 0; i < m_tables->rowCount(); ++i) {
        if (m_tables->item(i)->data(PathRole).toString() == tableName) {
            // Hidden by the search: clear it so the choice is visible.
            m_ui->tableSearchEdit->clear();
            selectTable(tableName);
            return;
        }
    }
    if (tableName == m_wantedTable) {
        showWarning(tr("The table \"%1\" saved in this session is not offered by the account any "
                       "more. Choose another table.").arg(tableName));
        m_wantedTable.clear();
    }
}

void SourcePage::onTableChosen()
{
    const QString path = m_ui->tableList->currentIndex().data(PathRole).toString();
    if (path.isEmpty() || path == m_tableName)
        return;
    if (path != m_wantedTable)
        m_wantedColumns.clear();
    loadColumns(path);
}

void SourcePage::loadColumns(const QString &table)
{
    const quint64 generation = ++m_tableGeneration;
    m_tableName = table;
    m_columns.clear();
    m_ui->columnTree->clear();
    m_preview->clear();
    m_previewRows = {};
    updateCounts();
    call(Core::Requests::exploreTable(m_baseConnectionId, table, true),
         tr("Reading the columns and sample rows of %1…").arg(table),
         [this, generation](const Core::ApiResult<Core::ApiResponse> &result) {
             if (generation != m_tableGeneration)
                 return;
             if (!result) {
                 showError(result.error());
                 return;
             }
             showColumns(result.value().json.object());
         });
}

void SourcePage::showColumns(const QJsonObject &answer)
{
    m_loading = true;
    const QJsonArray columns = answer.value(QStringLiteral("schema")).toObject()
                                   .value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : columns)
        m_columns.append(Core::SourceColumn::fromJson(v.toObject()));

    const bool restore = !m_wantedColumns.isEmpty() && m_tableName == m_wantedTable;
    for (const auto &c : std::as_const(m_columns)) {
        auto *item = new QTreeWidgetItem(m_ui->columnTree);
        item->setText(0, c.name);
        item->setText(1, c.type);
        item->setText(2, c.effectiveXdmType());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, !restore || m_wantedColumns.contains(c.name) ? Qt::Checked : Qt::Unchecked);
        if (c.isDateTime())
            item->setToolTip(2, tr("Date-time: can serve as the delta column of incremental loads."));
    }
    m_ui->columnTree->resizeColumnToContents(1);
    m_ui->columnTree->resizeColumnToContents(2);

    // Preview grid: up to 100 rows, one column per source column.
    QStringList headers;
    for (const auto &c : std::as_const(m_columns))
        headers.append(c.name);
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const QJsonArray data = answer.value(QStringLiteral("data")).toArray();
    m_previewRows = {};
    for (const QJsonValue &rowValue : data) {
        if (m_previewRows.size() >= maxPreviewRows)
            break;
        const QJsonObject row = rowValue.toObject();
        m_previewRows.append(row);
        QList<QStandardItem *> cells;
        for (const QString &h : std::as_const(headers))
            cells.append(new QStandardItem(cellText(row.value(h))));
        m_preview->appendRow(cells);
    }
    if (data.isEmpty()) {
        m_ui->previewInfoLabel->setText(tr("The source returned no sample rows for this table."));
    } else {
        m_ui->previewInfoLabel->setText(
            tr("Showing the first %n row(s) the source returned.", nullptr, int(m_previewRows.size())));
    }
    m_ui->previewTable->resizeColumnsToContents();
    m_loading = false;

    m_wantedColumns.clear();
    m_wantedTable.clear();
    if (m_tableName == context()->session.source.tableName || context()->session.source.tableName.isEmpty()) {
        context()->tableColumns = m_columns;
        context()->previewRows = m_previewRows;
    }
    updateCounts();
    if (!isRestoring())
        saveToSession();
    emit columnsLoaded();
}

QStringList SourcePage::checkedColumns() const
{
    QStringList out;
    for (int i = 0; i < m_ui->columnTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->columnTree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out.append(item->text(0));
    }
    return out;
}

void SourcePage::setColumnChecked(const QString &column, bool checked)
{
    for (int i = 0; i < m_ui->columnTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->columnTree->topLevelItem(i);
        if (item->text(0) == column)
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

int SourcePage::previewRowCount() const
{
    return m_preview->rowCount();
}

void SourcePage::updateCounts()
{
    const int total = m_ui->columnTree->topLevelItemCount();
    const int checked = int(checkedColumns().size());
    m_ui->columnCountLabel->setText(total == 0 ? QString()
                                               : tr("%1 of %n column(s) selected", nullptr, total).arg(checked));
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    return !isBusy() && !m_baseConnectionId.isEmpty() && !m_tableName.isEmpty() && !m_columns.isEmpty()
           && !checkedColumns().isEmpty();
}

void SourcePage::saveToSession()
{
    if (m_loading || isRestoring())
        return;
    WizardContext *ctx = context();
    Core::SourceSettings &source = ctx->session.source;
    source.connectionSpecId = connectionSpecId();
    if (source.baseConnection.id != m_baseConnectionId) {
        source.baseConnection = {};
        source.baseConnection.id = m_baseConnectionId;
        source.baseConnection.name = m_ui->accountCombo->currentText();
    }
    if (!m_columns.isEmpty()) {
        source.tableName = m_tableName;
        const QStringList checked = checkedColumns();
        source.columns.clear();
        for (const auto &c : std::as_const(m_columns)) {
            if (checked.contains(c.name))
                source.columns.append(c);
        }
        ctx->tableColumns = m_columns;
        ctx->previewRows = m_previewRows;
    }
    QJsonObject state = pageState();
    state.insert(QStringLiteral("search"), m_ui->tableSearchEdit->text());
    state.insert(QStringLiteral("newAccount"), m_ui->newAccountRadio->isChecked());
    ctx->session.wizard.insert(pageKey(pageId()), state);
    ctx->markChanged();
}

bool SourcePage::validatePage()
{
    if (isRestoring())
        return true;
    saveToSession();
    return true;
}

void SourcePage::cleanupPage()
{
    ++m_tableGeneration;
    ++m_accountGeneration;
    WizardPageBase::cleanupPage();
}

} // namespace Dataflow::Gui
