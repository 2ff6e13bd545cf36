// SPDX-License-Identifier: MIT
#include "wizard/schemapage.h"
#include "ui_schemapage.h"

#include "api/requests.h"
#include "models/schemafieldmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace Dataflow::Gui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
const QString profileClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile");

/** Deep merge of two XDM "properties" objects: objects are merged, leaves of b win. */
QJsonObject mergeProperties(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        const QJsonObject incoming = it.value().toObject();
        if (a.contains(it.key())) {
            QJsonObject existing = a.value(it.key()).toObject();
            const QJsonObject mine = existing.value(QStringLiteral("properties")).toObject();
            const QJsonObject theirs = incoming.value(QStringLiteral("properties")).toObject();
            if (!mine.isEmpty() || !theirs.isEmpty()) {
                existing.insert(QStringLiteral("properties"), mergeProperties(mine, theirs));
                a.insert(it.key(), existing);
                continue;
            }
        }
        a.insert(it.key(), incoming);
    }
    return a;
}

/** The fields a class or field group adds: "properties", or those of its "definitions". */
QJsonObject blockProperties(const QJsonObject &block)
{
    QJsonObject out = block.value(QStringLiteral("properties")).toObject();
    const QJsonObject definitions = block.value(QStringLiteral("definitions")).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        out = mergeProperties(out, it.value().toObject().value(QStringLiteral("properties")).toObject());
    return out;
}
} // namespace

SchemaPage::SchemaPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(SchemaPageId, context, parent)
    , m_ui(std::make_unique<Ui::SchemaPage>())
{
    m_ui->setupUi(this);
    m_schemas = new QStandardItemModel(this);
    m_schemaFilter = new QSortFilterProxyModel(this);
    m_schemaFilter->setSourceModel(m_schemas);
    m_schemaFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_schemaFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->schemaList->setModel(m_schemaFilter);
    m_fields = new Core::SchemaFieldModel(this);
    m_ui->fieldTree->setModel(m_fields);
    m_ui->fieldTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_ui->existingSchemaRadio, &QRadioButton::toggled, this, [this] {
        if (!m_loading)
            onSchemaModeChanged();
    });
    connect(m_ui->schemaSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_schemaFilter->setFilterFixedString(text);
        saveToSession();
    });
    connect(m_ui->schemaList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_loading)
            onSchemaChosen();
    });
    for (QLineEdit *edit : {m_ui->schemaTitleEdit, m_ui->schemaDescriptionEdit,
                            m_ui->datasetNameEdit, m_ui->datasetDescriptionEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            saveToSession();
            emit completeChanged();
        });
    }
    connect(m_ui->schemaTitleEdit, &QLineEdit::textEdited, this, [this](const QString &title) {
        m_schemaFull.insert(QStringLiteral("title"), title);
    });
    connect(m_ui->classCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onClassChanged();
    });
    connect(m_ui->fieldGroupSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_ui->fieldGroupList->count(); ++i) {
            QListWidgetItem *item = m_ui->fieldGroupList->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_ui->fieldGroupList, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        refreshPreview();
        saveToSession();
    });
    connect(m_ui->existingDatasetRadio, &QRadioButton::toggled, this, [this] {
        if (m_loading)
            return;
        m_datasetChosen = true;
        onDatasetModeChanged();
    });
    connect(m_ui->datasetCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        updateDatasetInfo();
        saveToSession();
        emit completeChanged();
    });
    connect(this, &WizardPageBase::busyCancelled, this, [this] {
        ++m_schemaGeneration;
        m_pendingBlocks.clear();
        showWarning(tr("Cancelled. Choose the schema again to retry."));
    });
}

SchemaPage::~SchemaPage() = default;

void SchemaPage::initializePage()
{
    const Core::Session &session = context()->session;
    const QJsonObject state = pageState();
    m_loading = true;
    const bool newSchema = !session.schema.isReference()
                           && (!session.schema.title.isEmpty() || state.value(QStringLiteral("newSchema")).toBool());
    m_ui->newSchemaRadio->setChecked(newSchema);
    m_ui->existingSchemaRadio->setChecked(!newSchema);
    m_ui->schemaStack->setCurrentIndex(newSchema ? 1 : 0);
    m_schemaId = session.schema.isReference() ? session.schema.id : QString();
    m_ui->schemaTitleEdit->setText(newSchema ? session.schema.title : QString());
    m_ui->schemaDescriptionEdit->setText(newSchema ? session.schema.description : QString());
    m_wantedGroups = session.schema.fieldGroupIds;
    m_ui->schemaSearchEdit->setText(state.value(QStringLiteral("search")).toString());

    m_wantedDataset = session.dataset.isReference() ? session.dataset.id : QString();
    m_datasetChosen = session.dataset.isReference() || !session.dataset.name.isEmpty();
    const bool existingDataset = session.dataset.isReference();
    m_ui->existingDatasetRadio->setChecked(existingDataset);
    m_ui->newDatasetRadio->setChecked(!existingDataset);
    QString datasetName = existingDataset ? QString() : session.dataset.name;
    if (datasetName.isEmpty() && !session.source.tableName.isEmpty())
        datasetName = tr("%1 records").arg(session.source.tableName);
    m_ui->datasetNameEdit->setText(datasetName);
    m_ui->datasetDescriptionEdit->setText(existingDataset ? QString() : session.dataset.description);
    m_loading = false;

    m_schemaFull = {};
    m_index = {};
    m_fields->setSchema({});
    if (context()->tenantId.isEmpty())
        loadTenant();
    loadSchemas();
    loadDatasets();
    if (newSchema)
        loadClasses();
    onDatasetModeChanged();
}

void SchemaPage::loadTenant()
{
    call(Core::Requests::stats(), tr("Reading the organization's tenant…"),
         [this](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result)
                 return; // only used to name the tenant namespace of a new schema's preview
             context()->tenantId = result.value().json.object().value(QStringLiteral("tenantId")).toString();
             if (m_ui->newSchemaRadio->isChecked())
                 refreshPreview();
         });
}

void SchemaPage::loadSchemas()
{
    callList(Core::Requests::tenantSchemas(), tr("Listing your schemas…"),
             [this](const Core::ApiResult<QJsonArray> &result) {
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 m_loading = true;
                 m_schemas->clear();
                 for (const QJsonValue &v : result.value()) {
                     const QJsonObject o = v.toObject();
                     const QString title = o.value(QStringLiteral("title")).toString();
                     auto *item = new QStandardItem(title);
                     item->setData(o.value(QStringLiteral("$id")).toString(), IdRole);
                     item->setToolTip(tr("%1\nVersion %2").arg(o.value(QStringLiteral("$id")).toString(),
                                                              o.value(QStringLiteral("version")).toString()));
                     item->setEditable(false);
                     m_schemas->appendRow(item);
                 }
                 m_schemaFilter->sort(0);
                 m_loading = false;
                 if (m_schemas->rowCount() == 0 && m_ui->existingSchemaRadio->isChecked()) {
                     showInfo(tr("This sandbox has no schema of its own yet: create one."));
                     m_ui->newSchemaRadio->setChecked(true);
                 }
                 emit schemasLoaded();
                 if (!m_schemaId.isEmpty() && m_ui->existingSchemaRadio->isChecked())
                     selectSchema(m_schemaId);
             });
}

QStringList SchemaPage::schemaTitles() const
{
    QStringList out;
    for (int i = 0; i < m_schemaFilter->rowCount(); ++i)
        out.append(m_schemaFilter->index(i, 0).data().toString());
    return out;
}

QStringList SchemaPage::schemaIds() const
{
    QStringList out;
    for (int i = 0; i < m_schemaFilter->rowCount(); ++i)
        out.append(m_schemaFilter->index(i, 0).data(IdRole).toString());
    return out;
}

void SchemaPage::setSchemaFilter(const QString &text)
{
    m_ui->schemaSearchEdit->setText(text);
}

void SchemaPage::selectSchema(const QString &schemaId)
{
    for (int i = 0; i < m_schemas->rowCount(); ++i) {
        if (m_schemas->item(i)->data(IdRole).toString() != schemaId)
            continue;
        QModelIndex index = m_schemaFilter->mapFromSource(m_schemas->index(i, 0));
        if (!index.isValid()) {
            m_ui->schemaSearchEdit->clear();
            index = m_schemaFilter->mapFromSource(m_schemas->index(i, 0));
        }
        m_loading = true;
        m_ui->schemaList->setCurrentIndex(index);
        m_ui->schemaList->scrollTo(index);
        m_loading = false;
        if (schemaId != m_schemaId || m_index.isEmpty())
            loadSchema(schemaId);
        return;
    }
    showWarning(tr("The schema saved in this session no longer exists. Choose another one."));
    m_schemaId.clear();
    emit completeChanged();
}

void SchemaPage::onSchemaModeChanged()
{
    const bool existing = m_ui->existingSchemaRadio->isChecked();
    m_ui->schemaStack->setCurrentIndex(existing ? 0 : 1);
    m_schemaFull = {};
    m_index = {};
    m_fields->setSchema({});
    m_ui->fieldCountLabel->clear();
    if (existing) {
        const QString id = m_ui->schemaList->currentIndex().data(IdRole).toString();
        if (!id.isEmpty())
            loadSchema(id);
    } else {
        m_schemaId.clear();
        if (m_ui->classCombo->count() == 0)
            loadClasses();
        else
            refreshPreview();
    }
    m_ui->existingDatasetRadio->setEnabled(existing);
    if (!existing)
        m_ui->newDatasetRadio->setChecked(true);
    onDatasetModeChanged();
    saveToSession();
}

void SchemaPage::onSchemaChosen()
{
    const QString id = m_ui->schemaList->currentIndex().data(IdRole).toString();
    if (!id.isEmpty())
        loadSchema(id);
}

void SchemaPage::loadSchema(const QString &schemaId)
{
    const quint64 generation = ++m_schemaGeneration;
    m_schemaId = schemaId;
    m_index = {};
    m_schemaFull = {};
    emit completeChanged();
    call(Core::Requests::tenantSchema(schemaId), tr("Reading the schema's fields…"),
         [this, generation](const Core::ApiResult<Core::ApiResponse> &result) {
             if (generation != m_schemaGeneration)
                 return;
             if (!result) {
                 showError(result.error());
                 return;
             }
             m_schemaFull = result.value().json.object();
             showIndex(Core::SchemaIndex::fromJson(m_schemaFull));
             onDatasetModeChanged();
             saveToSession();
             emit schemaLoaded();
         });
}

void SchemaPage::showIndex(const Core::SchemaIndex &index)
{
    m_index = index;
    m_fields->setSchema(index);
    m_ui->fieldTree->expandToDepth(0);
    m_ui->fieldTree->resizeColumnToContents(0);
    m_ui->fieldCountLabel->setText(tr("%n field(s) to map to", nullptr, index.leafCount()));
    // What the later pages see, even while a session is being restored.
    context()->schemaFull = m_schemaFull;
    context()->schemaIndex = m_index;
    emit completeChanged();
}

int SchemaPage::fieldCount() const
{
    return m_index.leafCount();
}

void SchemaPage::loadClasses()
{
    callList(Core::Requests::globalClasses(), tr("Listing the XDM classes…"),
             [this](const Core::ApiResult<QJsonArray> &result) {
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 m_loading = true;
                 m_ui->classCombo->clear();
                 for (const QJsonValue &v : result.value()) {
                     const QJsonObject o = v.toObject();
                     m_ui->classCombo->addItem(o.value(QStringLiteral("title")).toString(),
                                               o.value(QStringLiteral("$id")).toString());
                     m_ui->classCombo->setItemData(m_ui->classCombo->count() - 1,
                                                   o.value(QStringLiteral("$id")).toString(), Qt::ToolTipRole);
                 }
                 QString wanted = context()->session.schema.classId;
                 if (wanted.isEmpty())
                     wanted = profileClass;
                 m_ui->classCombo->setCurrentIndex(qMax(0, m_ui->classCombo->findData(wanted)));
                 m_loading = false;
                 emit classesLoaded();
                 onClassChanged();
             });
}

QStringList SchemaPage::classIds() const
{
    QStringList out;
    for (int i = 0; i < m_ui->classCombo->count(); ++i)
        out.append(m_ui->classCombo->itemData(i).toString());
    return out;
}

void SchemaPage::selectClass(const QString &classId)
{
    const int index = m_ui->classCombo->findData(classId);
    if (index >= 0)
        m_ui->classCombo->setCurrentIndex(index);
}

void SchemaPage::onClassChanged()
{
    const QString classId = m_ui->classCombo->currentData().toString();
    if (classId != context()->session.schema.classId && !context()->session.schema.classId.isEmpty())
        m_wantedGroups.clear(); // groups of another class do not apply
    loadFieldGroups(classId);
    saveToSession();
}

void SchemaPage::loadFieldGroups(const QString &classId)
{
    m_ui->fieldGroupList->clear();
    if (classId.isEmpty())
        return;
    callList(Core::Requests::globalFieldGroups(classId), tr("Listing the field groups of the class…"),
             [this, classId](const Core::ApiResult<QJsonArray> &result) {
                 if (classId != m_ui->classCombo->currentData().toString())
                     return;
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 m_loading = true;
                 m_ui->fieldGroupList->clear();
                 for (const QJsonValue &v : result.value()) {
                     const QJsonObject o = v.toObject();
                     const QString id = o.value(QStringLiteral("$id")).toString();
                     auto *item = new QListWidgetItem(o.value(QStringLiteral("title")).toString(),
                                                      m_ui->fieldGroupList);
                     item->setData(IdRole, id);
                     item->setToolTip(o.value(QStringLiteral("description")).toString().isEmpty()
                                          ? id
                                          : o.value(QStringLiteral("description")).toString());
                     item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                     item->setCheckState(m_wantedGroups.contains(id) ? Qt::Checked : Qt::Unchecked);
                 }
                 m_loading = false;
                 emit fieldGroupsLoaded();
                 refreshPreview();
             });
}

QStringList SchemaPage::fieldGroupIds() const
{
    QStringList out;
    for (int i = 0; i < m_ui->fieldGroupList->count(); ++i)
        out.append(m_ui->fieldGroupList->item(i)->data(IdRole).toString());
    return out;
}

QStringList SchemaPage::checkedFieldGroups() const
{
    QStringList out;
    for (int i = 0; i < m_ui->fieldGroupList->count(); ++i) {
        const QListWidgetItem *item = m_ui->fieldGroupList->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(IdRole).toString());
    }
    return out;
}

void SchemaPage::setFieldGroupChecked(const QString &fieldGroupId, bool checked)
{
    for (int i = 0; i < m_ui->fieldGroupList->count(); ++i) {
        QListWidgetItem *item = m_ui->fieldGroupList->item(i);
        if (item->data(IdRole).toString() == fieldGroupId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void SchemaPage::setCreateNewSchema(bool create)
{
    (create ? m_ui->newSchemaRadio : m_ui->existingSchemaRadio)->setChecked(true);
}

void SchemaPage::setNewSchemaTitle(const QString &title)
{
    m_ui->schemaTitleEdit->setText(title);
    m_schemaFull.insert(QStringLiteral("title"), title);
    saveToSession();
    emit completeChanged();
}

void SchemaPage::fetchBuildingBlock(const QString &id)
{
    if (m_pendingBlocks.contains(id))
        return;
    m_pendingBlocks.append(id);
    call(Core::Requests::globalResource(id), tr("Reading the fields of the field groups…"),
         [this, id](const Core::ApiResult<Core::ApiResponse> &result) {
             m_pendingBlocks.removeAll(id);
             if (!result) {
                 showError(result.error());
                 return;
             }
             m_blocks.insert(id, result.value().json.object());
             if (m_pendingBlocks.isEmpty())
                 refreshPreview();
         });
}

QJsonObject SchemaPage::previewSchema() const
{
    const QString classId = m_ui->classCombo->currentData().toString();
    QJsonObject properties = blockProperties(m_blocks.value(classId));
    for (const QString &group : checkedFieldGroups())
        properties = mergeProperties(properties, blockProperties(m_blocks.value(group)));
    QJsonObject schema{
        {QStringLiteral("title"), m_ui->schemaTitleEdit->text().trimmed()},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("meta:class"), classId},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("properties"), properties},
    };
    if (!context()->tenantId.isEmpty())
        schema.insert(QStringLiteral("meta:tenantNamespace"), QLatin1Char('_') + context()->tenantId);
    return schema;
}

void SchemaPage::refreshPreview()
{
    if (!m_ui->newSchemaRadio->isChecked())
        return;
    const QString classId = m_ui->classCombo->currentData().toString();
    if (classId.isEmpty())
        return;
    QStringList needed{classId};
    needed += checkedFieldGroups();
    bool missing = false;
    for (const QString &id : std::as_const(needed)) {
        if (!m_blocks.contains(id)) {
            missing = true;
            fetchBuildingBlock(id);
        }
    }
    if (missing)
        return; // the last answer calls back here
    m_schemaFull = previewSchema();
    showIndex(Core::SchemaIndex::fromJson(m_schemaFull));
    emit previewUpdated();
}

void SchemaPage::loadDatasets()
{
    callList(Core::Requests::dataSets(), tr("Listing your datasets…"),
             [this](const Core::ApiResult<QJsonArray> &result) {
                 if (!result) {
                     showError(result.error());
                     return;
                 }
                 m_datasets = result.value();
                 onDatasetModeChanged();
                 emit datasetsLoaded();
             });
}

QStringList SchemaPage::datasetIds() const
{
    QStringList out;
    for (int i = 0; i < m_ui->datasetCombo->count(); ++i)
        out.append(m_ui->datasetCombo->itemData(i).toString());
    return out;
}

void SchemaPage::onDatasetModeChanged()
{
    // Only datasets of the chosen schema can take its records.
    m_loading = true;
    const QString previous = m_ui->datasetCombo->currentData().toString();
    m_ui->datasetCombo->clear();
    if (m_ui->existingSchemaRadio->isChecked() && !m_schemaId.isEmpty()) {
        for (const QJsonValue &v : std::as_const(m_datasets)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("schemaRef")).toObject().value(QStringLiteral("id")).toString() != m_schemaId)
                continue;
            m_ui->datasetCombo->addItem(o.value(QStringLiteral("name")).toString(),
                                        o.value(QStringLiteral("id")).toString());
        }
    }
    const bool any = m_ui->datasetCombo->count() > 0;
    QString wanted = m_wantedDataset.isEmpty() ? previous : m_wantedDataset;
    int index = m_ui->datasetCombo->findData(wanted);
    m_ui->datasetCombo->setCurrentIndex(index >= 0 ? index : (any ? 0 : -1));
    if (index >= 0)
        m_wantedDataset.clear();
    m_ui->existingDatasetRadio->setEnabled(any);
    if (!any) {
        m_ui->newDatasetRadio->setChecked(true);
    } else if (!m_datasetChosen && context()->session.dataset.id.isEmpty()
               && context()->session.dataset.description.isEmpty() && !m_ui->datasetNameEdit->isModified()) {
        // A dataset of this schema exists and nothing else was asked for: reuse it.
        m_ui->existingDatasetRadio->setChecked(true);
    }
    if (m_ui->datasetNameEdit->text().trimmed().isEmpty()) {
        const QString title = m_schemaFull.value(QStringLiteral("title")).toString();
        if (!title.isEmpty())
            m_ui->datasetNameEdit->setText(tr("%1 dataset").arg(title));
    }
    const bool existing = m_ui->existingDatasetRadio->isChecked();
    m_ui->datasetCombo->setEnabled(existing);
    m_ui->datasetNameEdit->setEnabled(!existing);
    m_ui->datasetDescriptionEdit->setEnabled(!existing);
    m_loading = false;
    updateDatasetInfo();
    saveToSession();
    emit completeChanged();
}

void SchemaPage::updateDatasetInfo()
{
    if (m_ui->existingDatasetRadio->isChecked()) {
        m_ui->datasetInfoLabel->setText(tr("Records go into the existing dataset; nothing is created."));
    } else if (m_ui->existingSchemaRadio->isChecked() && !m_schemaId.isEmpty()
               && !m_ui->existingDatasetRadio->isEnabled()) {
        m_ui->datasetInfoLabel->setText(tr("No dataset uses this schema yet: a new one will be created."));
    } else {
        m_ui->datasetInfoLabel->setText(tr("The dataset is created with the dataflow, on the Create page."));
    }
}

void SchemaPage::selectDataset(const QString &datasetId)
{
    m_ui->existingDatasetRadio->setChecked(true);
    const int index = m_ui->datasetCombo->findData(datasetId);
    if (index >= 0)
        m_ui->datasetCombo->setCurrentIndex(index);
}

void SchemaPage::setCreateNewDataset(bool create)
{
    (create ? m_ui->newDatasetRadio : m_ui->existingDatasetRadio)->setChecked(true);
}

void SchemaPage::setNewDatasetName(const QString &name)
{
    m_ui->datasetNameEdit->setText(name);
    saveToSession();
    emit completeChanged();
}

bool SchemaPage::isComplete() const
{
    if (isBusy())
        return false;
    if (m_ui->existingSchemaRadio->isChecked()) {
        if (m_schemaId.isEmpty() || m_index.isEmpty())
            return false;
    } else if (m_ui->schemaTitleEdit->text().trimmed().isEmpty()
               || m_ui->classCombo->currentData().toString().isEmpty()) {
        return false;
    }
    if (m_ui->existingDatasetRadio->isChecked())
        return !m_ui->datasetCombo->currentData().toString().isEmpty();
    return !m_ui->datasetNameEdit->text().trimmed().isEmpty();
}

void SchemaPage::saveToSession()
{
    if (m_loading || isRestoring())
        return;
    WizardContext *ctx = context();
    Core::Session &session = ctx->session;
    Core::SchemaSettings schema;
    if (m_ui->existingSchemaRadio->isChecked()) {
        schema.id = m_schemaId;
        schema.title = m_schemaFull.value(QStringLiteral("title")).toString();
    } else {
        schema.title = m_ui->schemaTitleEdit->text().trimmed();
        schema.description = m_ui->schemaDescriptionEdit->text().trimmed();
        schema.classId = m_ui->classCombo->currentData().toString();
        schema.fieldGroupIds = checkedFieldGroups();
        if (m_ui->fieldGroupList->count() == 0)
            schema.fieldGroupIds = m_wantedGroups; // not listed yet: keep what the session had
    }
    session.schema = schema;

    Core::DatasetSettings dataset;
    if (m_ui->existingDatasetRadio->isChecked()) {
        dataset.id = m_ui->datasetCombo->currentData().toString();
        dataset.name = m_ui->datasetCombo->currentText();
    } else {
        dataset.name = m_ui->datasetNameEdit->text().trimmed();
        dataset.description = m_ui->datasetDescriptionEdit->text().trimmed();
    }
    session.dataset = dataset;
    ctx->schemaFull = m_schemaFull;
    ctx->schemaIndex = m_index;
    session.wizard.insert(pageKey(pageId()),
                          QJsonObject{{QStringLiteral("search"), m_ui->schemaSearchEdit->text()},
                                      {QStringLiteral("newSchema"), m_ui->newSchemaRadio->isChecked()}});
    ctx->markChanged();
}

bool SchemaPage::validatePage()
{
    if (isRestoring())
        return true;
    saveToSession();
    return true;
}

void SchemaPage::cleanupPage()
{
    ++m_schemaGeneration;
    m_pendingBlocks.clear();
    WizardPageBase::cleanupPage();
}

} // namespace Dataflow::Gui
