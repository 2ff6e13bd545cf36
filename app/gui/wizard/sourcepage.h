// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourcecolumn.h"
#include "wizard/wizardpagebase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class SourcePage;
}

namespace Dataflow::Gui {

class JsonSchemaForm;

/**
 * Page 2: the source. Salesforce Service Cloud or ServiceNow (from the connection specs the
 * sandbox offers); an existing account (base connection of that spec) or a new one created from
 * a form generated from the spec's authSpec JSON Schema (secrets masked, kept in memory only);
 * then the table browser with search, a preview of up to 100 rows and the column checklist with
 * source and XDM types. Writes session.source; keeps the table's columns and preview rows in the
 * context for the mapping page.
 */
class SourcePage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePage)

public:
    explicit SourcePage(WizardContext *context, QWidget *parent = nullptr);
    ~SourcePage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    // For tests and the screenshot mode: what the page shows.
    QString connectionSpecId() const;
    QString baseConnectionId() const { return m_baseConnectionId; }
    QStringList tableNames() const;
    QString tableName() const { return m_tableName; }
    Core::SourceColumns columns() const { return m_columns; }
    QStringList checkedColumns() const;
    int previewRowCount() const;
    JsonSchemaForm *authForm() const { return m_authForm; }

    void selectConnectionSpec(const QString &specId);
    void selectAccount(const QString &baseConnectionId);
    void setCreateNewAccount(bool create);
    void setNewAccountName(const QString &name);
    void selectAuthType(const QString &authSpecName);
    /** Creates the account from the form (POST /connections), then lists its tables. */
    void connectNewAccount();
    void setTableFilter(const QString &text);
    void selectTable(const QString &tableName);
    void setColumnChecked(const QString &column, bool checked);

signals:
    void accountsLoaded();
    void tablesLoaded();
    void columnsLoaded();
    void accountCreated(const QString &baseConnectionId);

private:
    void populateConnectors();
    void onConnectorChanged();
    void loadAccounts();
    void onAccountModeChanged();
    void onAccountChosen();
    void onAuthTypeChanged();
    void loadTables();
    void onTableChosen();
    void loadColumns(const QString &table);
    void showColumns(const QJsonObject &answer);
    void updateCounts();
    void saveToSession();
    QJsonObject currentSpec() const;

    std::unique_ptr<Ui::SourcePage> m_ui;
    JsonSchemaForm *m_authForm = nullptr;
    QStandardItemModel *m_tables = nullptr;
    QSortFilterProxyModel *m_tableFilter = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QString m_baseConnectionId;
    QString m_tableName;
    Core::SourceColumns m_columns;
    QJsonArray m_previewRows;
    QStringList m_wantedColumns;   // from the session, applied when the columns arrive
    QString m_wantedTable;         // from the session, selected when the tables arrive
    QString m_parkedAccount;       // the account left for "new account": its choices come back
    quint64 m_tableGeneration = 0; // drops answers for a table no longer chosen
    quint64 m_accountGeneration = 0;
    bool m_loading = false;
};

} // namespace Dataflow::Gui
