// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardpagebase.h"

#include <QJsonArray>

#include <memory>

class QTimer;

namespace Ui {
class MonitorPage;
}

namespace Dataflow::Gui {

/**
 * Page 9: the created flow's runs (status, start, duration, records read / written / failed) through
 * Core::Requests::runs and ApiClient::sendList, refreshed every 15 s while the page is shown (a
 * toggle), re-trigger of a failed run (Requests::retriggerRun) and a link to the flow in the Platform
 * UI. The flow id is session.applied.flowId.
 */
class MonitorPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorPage)

public:
    enum Column { StatusColumn, StartColumn, DurationColumn, ReadColumn, WrittenColumn, FailedColumn,
                  RunIdColumn, ColumnCount };
    static constexpr int autoRefreshMs = 15000;

    explicit MonitorPage(WizardContext *context, QWidget *parent = nullptr);
    ~MonitorPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /** https://experience.adobe.com/#/@<tenant>/sname:<sandbox>/platform/source/dataflows/<flowId>/activity */
    static QString platformUrl(const QString &tenant, const QString &sandbox, const QString &flowId);

    QJsonArray runs() const { return m_runs; }
    bool isAutoRefreshing() const;
    void setAutoRefresh(bool on);
    /** Reloads the runs (busy overlay). */
    void refresh();
    /** Re-triggers the selected run when it failed. */
    void retriggerSelected();

signals:
    void runsLoaded(int count);
    void runRetriggered(const QString &runId);

private:
    void onSessionReset();
    void loadRuns(bool quiet);
    void showRuns(const QJsonArray &runs);
    void updateButtons();
    QString selectedRunId() const;
    QString selectedRunStatus() const;

    std::unique_ptr<Ui::MonitorPage> m_ui;
    QTimer *m_timer;
    QJsonArray m_runs;
    quint64 m_generation = 0;
    bool m_quietInFlight = false;
};

} // namespace Dataflow::Gui
