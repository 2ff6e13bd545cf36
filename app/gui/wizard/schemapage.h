// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemaindex.h"
#include "wizard/wizardpagebase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Dataflow::Core {
class SchemaFieldModel;
}

namespace Ui {
class SchemaPage;
}

namespace Dataflow::Gui {

/**
 * Page 3: the target schema and dataset. An existing tenant schema (searchable list, its resolved
 * field tree) or a new one (title, class, field groups with check boxes and a live field tree
 * merged from the class and the checked groups); then an existing dataset of that schema or a new
 * one. Writes session.schema and session.dataset; leaves the resolved (or previewed) schema in
 * context()->schemaFull / schemaIndex for the mapping page. Nothing is created here: the Create
 * page does it.
 */
class SchemaPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaPage)

public:
    explicit SchemaPage(WizardContext *context, QWidget *parent = nullptr);
    ~SchemaPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    // For tests and the screenshot mode.
    QStringList schemaTitles() const;      // as listed (after the search filter)
    QStringList schemaIds() const;         // $ids, same order
    void setSchemaFilter(const QString &text);
    void selectSchema(const QString &schemaId);
    QString selectedSchemaId() const { return m_schemaId; }
    Core::SchemaIndex schemaIndex() const { return m_index; }
    void setCreateNewSchema(bool create);
    void setNewSchemaTitle(const QString &title);
    QStringList classIds() const;
    void selectClass(const QString &classId);
    QStringList fieldGroupIds() const;     // offered for the class
    void setFieldGroupChecked(const QString &fieldGroupId, bool checked);
    QStringList checkedFieldGroups() const;
    QStringList datasetIds() const;        // datasets of the chosen schema
    void selectDataset(const QString &datasetId);
    void setCreateNewDataset(bool create);
    void setNewDatasetName(const QString &name);
    int fieldCount() const;

signals:
    void schemasLoaded();
    void schemaLoaded();
    void classesLoaded();
    void fieldGroupsLoaded();
    void previewUpdated();
    void datasetsLoaded();

private:
    void loadTenant();
    void loadSchemas();
    void onSchemaModeChanged();
    void onSchemaChosen();
    void loadSchema(const QString &schemaId);
    void loadClasses();
    void onClassChanged();
    void loadFieldGroups(const QString &classId);
    void refreshPreview();
    void fetchBuildingBlock(const QString &id);
    void loadDatasets();
    void onDatasetModeChanged();
    void showIndex(const Core::SchemaIndex &index);
    void updateDatasetInfo();
    void saveToSession();
    QJsonObject previewSchema() const;

    std::unique_ptr<Ui::SchemaPage> m_ui;
    QStandardItemModel *m_schemas = nullptr;
    QSortFilterProxyModel *m_schemaFilter = nullptr;
    Core::SchemaFieldModel *m_fields = nullptr;

    QString m_schemaId;       // existing schema's $id
    QJsonObject m_schemaFull; // resolved existing schema, or the preview of a new one
    Core::SchemaIndex m_index;
    QJsonArray m_datasets;    // all datasets (id, name, schemaRef)
    QHash<QString, QJsonObject> m_blocks; // class / field group id -> full object
    QStringList m_pendingBlocks;
    QString m_wantedDataset;
    QStringList m_wantedGroups;
    quint64 m_schemaGeneration = 0;
    bool m_datasetChosen = false; // the user (or the session) chose between existing and new
    bool m_loading = false;
};

} // namespace Dataflow::Gui
