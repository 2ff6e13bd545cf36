// SPDX-License-Identifier: MIT
#pragma once

#include "models/automapper.h"
#include "wizard/wizardpagebase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QSortFilterProxyModel;
class QUndoStack;

namespace Ui {
class MappingPage;
}

namespace Dataflow::Core {
class MappingModel;
class SchemaFieldModel;
}

namespace Dataflow::Gui {

class FieldPickerDelegate;
class SourceColumnDelegate;
class MappingFilterModel;

/**
 * Page 5: the mapping-table editor. A QTableView over Core::MappingModel through a filter proxy
 * (all / errors / unmapped / suggested, plus a text filter); every edit is an undo command on a
 * QUndoStack (Ctrl+Z / Ctrl+Shift+Z). Auto-map applies Core::suggestMappings() as one undo step,
 * suggestions highlighted with their reason as tool tip. CSV import/export (Core::MappingCsv),
 * server-side validation (POST /mappingSets/validate) with per-row messages, and a preview of up
 * to 10 sample rows (POST /mappingSets/preview). Every change is written to session.mapping.
 * Complete when there is at least one row and no row has an error.
 */
class MappingPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPage)

public:
    enum class Filter { All, Errors, Unmapped, Suggested };
    Q_ENUM(Filter)

    explicit MappingPage(WizardContext *context, QWidget *parent = nullptr);
    ~MappingPage() override;

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    Core::MappingModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** "N mapped · M columns unmapped · K errors" as shown. */
    QString countersText() const;
    /** Rows visible with the current filter. */
    int visibleRowCount() const;
    void setFilter(Filter filter);
    void setSearchText(const QString &text);

    /** Actions behind the toolbar (public for tests and keyboard shortcuts). */
    void addRow();
    void removeSelectedRows();
    /**
     * Suggests destinations and applies them as one undo step. Small tables are done at once and
     * the count is returned (0: nothing to suggest, no undo step pushed); above
     * backgroundAutoMapThreshold (columns x schema leaves) the work runs on a worker thread behind
     * the busy overlay (cancellable), -1 is returned and autoMapFinished() tells the count.
     */
    int autoMap();
    static constexpr qint64 backgroundAutoMapThreshold = 100000;
    /** Removes the selected rows that are untouched suggestions; returns how many. */
    int rejectSelectedSuggestions();
    /** Replaces all rows by the file's (one undo step); false and *errorMessage on failure. */
    bool importCsv(const QString &path, QString *errorMessage = nullptr);
    bool exportCsv(const QString &path, QString *errorMessage = nullptr) const;
    void validateOnServer();
    void previewOnServer();

    /** The mapping set body sent to validate/preview (outputSchema + mappings). */
    QJsonObject mappingSetBody() const;
    /** Per model row: the server's messages from the last validation (cleared by any edit). */
    QHash<int, QString> serverErrors() const { return m_serverErrors; }
    /** Transformed sample rows from the last preview. */
    QJsonArray previewResult() const { return m_previewResult; }

signals:
    /** The server check finished: ok when every mapping passed. */
    void serverValidated(bool ok);
    void previewLoaded(int rows);
    /** Auto-map ended: suggestions applied (0 when none, -1 when cancelled). */
    void autoMapFinished(int count);

private:
    int applySuggestions(const QList<Core::AutoMapSuggestion> &suggestions);
    void onImportClicked();
    void onExportClicked();
    void onModelChanged();
    void updateCounters();
    void updateActions();
    void writeSession();
    void showPreview(const QJsonArray &rows);
    QList<int> selectedModelRows() const;

    std::unique_ptr<Ui::MappingPage> m_ui;
    Core::MappingModel *m_model;
    MappingFilterModel *m_proxy;
    Core::SchemaFieldModel *m_fieldModel;
    FieldPickerDelegate *m_fieldDelegate;
    SourceColumnDelegate *m_sourceDelegate;
    QUndoStack *m_undoStack;
    QHash<int, QString> m_serverErrors;
    QJsonArray m_previewResult;
    bool m_loading = false;
    quint64 m_autoMapGeneration = 0;
    bool m_autoMapRunning = false;
};

} // namespace Dataflow::Gui
