// SPDX-License-Identifier: MIT
#include "wizard/monitorpage.h"
#include "ui_monitorpage.h"

#include "api/requests.h"
#include "wizard/mainwizard.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QStyle>
#include <QTableWidgetItem>
#include <QTimer>
#include <QUrl>

namespace Dataflow::Gui {

namespace {
/** Epoch milliseconds (number or numeric string, seconds accepted) or an ISO date: 0 when absent. */
qint64 toEpochMs(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n < 100000000000LL ? n * 1000 : n;
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
    }
    if (value.isDouble()) {
        const qint64 n = qint64(value.toDouble());
        return n < 100000000000LL ? n * 1000 : n;
    }
    return 0;
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return MonitorPage::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return MonitorPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return MonitorPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("success"))
        return MonitorPage::tr("Succeeded");
    if (status == QLatin1String("failed"))
        return MonitorPage::tr("Failed");
    if (status == QLatin1String("inprogress"))
        return MonitorPage::tr("Running");
    if (status == QLatin1String("scheduled") || status == QLatin1String("pending"))
        return MonitorPage::tr("Scheduled");
    if (status == QLatin1String("cancelled"))
        return MonitorPage::tr("Cancelled");
    return status.isEmpty() ? MonitorPage::tr("Unknown") : status;
}

QTableWidgetItem *numberItem(const QJsonValue &value)
{
    auto *item = new QTableWidgetItem;
    if (!value.isUndefined() && !value.isNull()) {
        const qint64 n = Core::Shapes::toInteger(value, 0);
        item->setData(Qt::DisplayRole, QLocale().toString(n));
        item->setData(Qt::UserRole, n);
    }
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MonitorPage::MonitorPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(MonitorPageId, context, parent)
    , m_ui(std::make_unique<Ui::MonitorPage>())
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Monitor"));
    setSubTitle(tr("The dataflow's runs. The list refreshes by itself while this page is open."));
    setFinalPage(true);

    m_ui->runsTable->setColumnCount(ColumnCount);
    m_ui->runsTable->setHorizontalHeaderLabels(
        {tr("Status"), tr("Started"), tr("Duration"), tr("Read"), tr("Written"), tr("Failed"), tr("Run id")});
    m_ui->runsTable->verticalHeader()->setVisible(false);
    m_ui->runsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->runsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->runsTable->setAccessibleName(tr("Runs"));
    m_ui->platformLink->setAccessibleName(tr("Open in Platform"));

    m_timer->setInterval(autoRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { loadRuns(true); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MonitorPage::refresh);
    connect(m_ui->retriggerButton, &QPushButton::clicked, this, &MonitorPage::retriggerSelected);
    connect(m_ui->autoRefreshCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on && isVisible())
            m_timer->start();
        else
            m_timer->stop();
        if (!this->context()->restoring && pageState().value(QStringLiteral("autoRefresh")).toBool(true) != on) {
            QJsonObject state = pageState();
            state.insert(QStringLiteral("autoRefresh"), on);
            setPageState(state);
        }
    });
    connect(m_ui->runsTable, &QTableWidget::itemSelectionChanged, this, &MonitorPage::updateButtons);
    connect(this, &WizardPageBase::busyChanged, this, &MonitorPage::updateButtons);
    updateButtons();
}

MonitorPage::~MonitorPage() = default;

QString MonitorPage::platformUrl(const QString &tenant, const QString &sandbox, const QString &flowId)
{
    return QStringLiteral("https://experience.adobe.com/#/@%1/sname:%2/platform/source/dataflows/%3/activity")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(tenant)),
             QString::fromUtf8(QUrl::toPercentEncoding(sandbox.isEmpty() ? QStringLiteral("prod") : sandbox)),
             QString::fromUtf8(QUrl::toPercentEncoding(flowId)));
}

void MonitorPage::initializePage()
{
    const WizardContext *ctx = context();
    const QString flowId = ctx->session.applied.flowId;
    QString tenant = ctx->tenantId;
    if (tenant.isEmpty() && ctx->engine)
        tenant = ctx->engine->tenantId();
    m_ui->flowLabel->setText(flowId.isEmpty()
                                 ? tr("No dataflow was created in this session yet.")
                                 : tr("Dataflow <b>%1</b> (id %2)").arg(ctx->session.dataflow.name.toHtmlEscaped(), flowId));
    m_ui->flowLabel->setTextFormat(Qt::RichText);
    if (!flowId.isEmpty() && !tenant.isEmpty()) {
        const QString url = platformUrl(tenant, ctx->session.environment.sandbox, flowId);
        m_ui->platformLink->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("Open in Platform")));
        m_ui->platformLink->setToolTip(url);
        m_ui->platformLink->setVisible(true);
    } else {
        m_ui->platformLink->setVisible(false);
    }
    const QJsonObject state = pageState();
    m_ui->autoRefreshCheck->setChecked(state.value(QStringLiteral("autoRefresh")).toBool(true));
    if (flowId.isEmpty()) {
        m_timer->stop();
        updateButtons();
        return;
    }
    if (m_ui->autoRefreshCheck->isChecked())
        m_timer->start();
    if (!ctx->restoring) {
        refresh();
    } else if (auto *main = qobject_cast<MainWizard *>(wizard())) {
        // a loaded session lands here: load the runs once the replay is over
        connect(main, &MainWizard::sessionReset, this, &MonitorPage::onSessionReset, Qt::UniqueConnection);
    }
}

void MonitorPage::onSessionReset()
{
    if (wizard() && wizard()->currentPage() == this && !context()->restoring
        && !context()->session.applied.flowId.isEmpty())
        refresh();
}

void MonitorPage::cleanupPage()
{
    m_timer->stop();
    ++m_generation;
    WizardPageBase::cleanupPage();
}

bool MonitorPage::isComplete() const
{
    return !isBusy();
}

bool MonitorPage::isAutoRefreshing() const
{
    return m_timer->isActive();
}

void MonitorPage::setAutoRefresh(bool on)
{
    m_ui->autoRefreshCheck->setChecked(on);
}

void MonitorPage::refresh()
{
    loadRuns(false);
}

void MonitorPage::loadRuns(bool quiet)
{
    const QString flowId = context()->session.applied.flowId;
    if (flowId.isEmpty() || !api())
        return;
    const quint64 generation = ++m_generation;
    const auto handle = [this, generation](const Core::ApiResult<QJsonArray> &result) {
        m_quietInFlight = false;
        if (generation != m_generation)
            return; // a newer refresh or a cancel made this one stale
        if (!result) {
            showError(result.error());
            m_ui->statusLabel->setText(tr("The runs could not be loaded."));
            return;
        }
        clearError();
        showRuns(result.value());
    };
    if (quiet) {
        // the timer's refresh: no overlay, a line of text; unticking auto-refresh drops it
        if (m_quietInFlight || isBusy())
            return;
        m_quietInFlight = true;
        m_ui->statusLabel->setText(tr("Refreshing…"));
        api()->sendList(Core::Requests::runs(flowId), this, handle);
    } else {
        callList(Core::Requests::runs(flowId), tr("Loading the runs…"), handle);
    }
}

void MonitorPage::showRuns(const QJsonArray &runs)
{
    QList<QJsonObject> sorted;
    for (const QJsonValue &value : runs)
        sorted.append(value.toObject());
    const auto started = [](const QJsonObject &run) {
        const QJsonObject duration = run.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("durationSummary")).toObject();
        qint64 ms = toEpochMs(duration.value(QStringLiteral("startedAtUTC")));
        if (ms == 0)
            ms = toEpochMs(run.value(QStringLiteral("createdAt")));
        return ms;
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&started](const QJsonObject &a, const QJsonObject &b) { return started(a) > started(b); });
    const QString selected = selectedRunId();
    m_runs = {};
    m_ui->runsTable->setSortingEnabled(false);
    m_ui->runsTable->setRowCount(int(sorted.size()));
    int failed = 0;
    for (int row = 0; row < sorted.size(); ++row) {
        const QJsonObject &run = sorted.at(row);
        m_runs.append(run);
        const QJsonObject metrics = run.value(QStringLiteral("metrics")).toObject();
        const QJsonObject duration = metrics.value(QStringLiteral("durationSummary")).toObject();
        const QJsonObject records = metrics.value(QStringLiteral("recordSummary")).toObject();
        const QString status = Core::Shapes::runStatus(run);
        if (status == QLatin1String("failed"))
            ++failed;
        const qint64 start = started(run);
        const qint64 end = toEpochMs(duration.value(QStringLiteral("completedAtUTC")));

        auto *statusItem = new QTableWidgetItem(statusText(status));
        statusItem->setData(Qt::UserRole, status);
        statusItem->setIcon(style()->standardIcon(status == QLatin1String("success") ? QStyle::SP_DialogApplyButton
                                                  : status == QLatin1String("failed") ? QStyle::SP_MessageBoxCritical
                                                                                      : QStyle::SP_BrowserReload));
        QStringList problems;
        for (const QJsonValue &error : metrics.value(QStringLiteral("statusSummary")).toObject().value(QStringLiteral("errors")).toArray()) {
            const QJsonObject e = error.toObject();
            const QString code = e.value(QStringLiteral("code")).toString();
            const QString message = e.value(QStringLiteral("message")).toString();
            problems.append(code.isEmpty() ? message : code + QStringLiteral(": ") + message);
        }
        if (!problems.isEmpty())
            statusItem->setToolTip(problems.join(QLatin1Char('\n')));
        m_ui->runsTable->setItem(row, StatusColumn, statusItem);
        auto *startItem = new QTableWidgetItem(
            start > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(start).toLocalTime(), QLocale::ShortFormat) : QString());
        if (start > 0)
            startItem->setToolTip(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(Qt::ISODate));
        m_ui->runsTable->setItem(row, StartColumn, startItem);
        m_ui->runsTable->setItem(row, DurationColumn,
                                 new QTableWidgetItem(start > 0 && end >= start ? durationText(end - start) : QString()));
        m_ui->runsTable->setItem(row, ReadColumn, numberItem(records.value(QStringLiteral("inputRecordCount"))));
        m_ui->runsTable->setItem(row, WrittenColumn, numberItem(records.value(QStringLiteral("outputRecordCount"))));
        m_ui->runsTable->setItem(row, FailedColumn, numberItem(records.value(QStringLiteral("failedRecordCount"))));
        auto *idItem = new QTableWidgetItem(run.value(QStringLiteral("id")).toString());
        m_ui->runsTable->setItem(row, RunIdColumn, idItem);
        if (idItem->text() == selected)
            m_ui->runsTable->selectRow(row);
    }
    m_ui->statusLabel->setText(
        sorted.isEmpty() ? tr("No runs yet. The first run starts at the scheduled start time.")
                         : tr("%n run(s)", nullptr, int(sorted.size()))
                + (failed > 0 ? tr(", %n failed", nullptr, failed) : QString())
                + tr(" — updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateButtons();
    emit runsLoaded(int(sorted.size()));
}

QString MonitorPage::selectedRunId() const
{
    const auto rows = m_ui->runsTable->selectionModel() ? m_ui->runsTable->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_ui->runsTable->item(rows.first().row(), RunIdColumn);
    return item ? item->text() : QString();
}

QString MonitorPage::selectedRunStatus() const
{
    const auto rows = m_ui->runsTable->selectionModel() ? m_ui->runsTable->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_ui->runsTable->item(rows.first().row(), StatusColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MonitorPage::retriggerSelected()
{
    const QString runId = selectedRunId();
    if (runId.isEmpty() || selectedRunStatus() != QLatin1String("failed"))
        return;
    call(Core::Requests::retriggerRun(runId), tr("Re-triggering the run…"),
         [this, runId](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result) {
                 showError(result.error());
                 return;
             }
             showInfo(tr("Run %1 was re-triggered.").arg(runId));
             emit runRetriggered(runId);
             refresh();
         });
}

void MonitorPage::updateButtons()
{
    const bool hasFlow = !context()->session.applied.flowId.isEmpty();
    m_ui->refreshButton->setEnabled(hasFlow && !isBusy());
    m_ui->autoRefreshCheck->setEnabled(hasFlow);
    m_ui->retriggerButton->setEnabled(!isBusy() && selectedRunStatus() == QLatin1String("failed"));
}

} // namespace Dataflow::Gui
