// SPDX-License-Identifier: MIT
#include "wizard/reviewpage.h"
#include "ui_reviewpage.h"

#include "api/curlformatter.h"
#include "api/redactor.h"
#include "api/requests.h"
#include "session/safefile.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace Dataflow::Gui {

using Core::StepId;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString specName(const QString &id)
{
    if (id == QLatin1String(Core::Ids::salesforceServiceCloudSpec))
        return ReviewPage::tr("Salesforce Service Cloud");
    if (id == QLatin1String(Core::Ids::serviceNowSpec))
        return ReviewPage::tr("ServiceNow");
    return id.isEmpty() ? ReviewPage::tr("(no source chosen)") : id;
}

/** Placeholders were percent-encoded inside URLs: ${X} back to its shell form. */
QByteArray unescapePlaceholders(QByteArray text)
{
    static const QRegularExpression encoded(QStringLiteral("%24%7B([A-Z_]+)%7D"));
    return QString::fromUtf8(text).replace(encoded, QStringLiteral("${\\1}")).toUtf8();
}
} // namespace

ReviewPage::ReviewPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(ReviewPageId, context, parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Review"));
    setSubTitle(tr("This is what will be created on the Platform."));
    setButtonText(QWizard::NextButton, tr("&Create >"));
    m_ui->planBrowser->setAccessibleName(tr("Plan"));
    m_ui->copyCurlButton->setToolTip(tr("Copy the requests as curl commands (secrets are replaced by variables)"));
    m_ui->exportPlanButton->setToolTip(tr("Save the plan as a shell script or as JSON"));
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &ReviewPage::copyCurl);
    connect(m_ui->exportPlanButton, &QPushButton::clicked, this, &ReviewPage::onExportClicked);
}

ReviewPage::~ReviewPage() = default;

bool ReviewPage::isComplete() const
{
    return !isBusy() && !m_plan.isEmpty() && m_problemCount == 0;
}

QString ReviewPage::describeSchedule() const
{
    const QJsonObject schedule = context()->session.dataflow.schedule;
    const QString frequency = schedule.value(QStringLiteral("frequency")).toString();
    const int interval = int(Core::Shapes::toInteger(schedule.value(QStringLiteral("interval")), 1));
    const qint64 start = Core::Shapes::toInteger(schedule.value(QStringLiteral("startTime")), 0);
    const QString when = start > 0
        ? QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : tr("now");
    QString every;
    if (frequency == QLatin1String("once"))
        return tr("once, at %1").arg(when);
    if (frequency == QLatin1String("minute"))
        every = tr("every %n minute(s)", nullptr, interval);
    else if (frequency == QLatin1String("hour"))
        every = tr("every %n hour(s)", nullptr, interval);
    else if (frequency == QLatin1String("day"))
        every = tr("every %n day(s)", nullptr, interval);
    else if (frequency == QLatin1String("week"))
        every = tr("every %n week(s)", nullptr, interval);
    else
        every = tr("on an unknown schedule (%1)").arg(frequency);
    const bool backfill = Core::Shapes::toBool(schedule.value(QStringLiteral("backfill")), true);
    return tr("%1, starting %2, %3").arg(every, when,
                                         backfill ? tr("with backfill of older records") : tr("without backfill"));
}

void ReviewPage::initializePage()
{
    const WizardContext *ctx = context();
    const Core::Session &s = ctx->session;
    m_plan = Core::Engine::plan(s);

    int attributes = 0, expressions = 0, statics = 0;
    for (const auto &row : s.mapping) {
        switch (row.sourceType) {
        case Core::SourceType::Attribute: ++attributes; break;
        case Core::SourceType::Expression: ++expressions; break;
        case Core::SourceType::Static: ++statics; break;
        }
    }
    const QString schemaTitle = !s.schema.title.isEmpty() ? s.schema.title
        : !ctx->schemaIndex.title().isEmpty()             ? ctx->schemaIndex.title()
                                                          : s.schema.id;
    const QString datasetName = s.dataset.name.isEmpty() ? s.dataset.id : s.dataset.name;

    m_ui->diagram->setNodes({
        {tr("Source table"), s.source.tableName, tr("%n column(s)", nullptr, int(s.source.columns.size())), false},
        {tr("Mapping"), tr("%n row(s)", nullptr, int(s.mapping.size())),
         expressions + statics > 0 ? tr("%1 columns, %2 calculated").arg(attributes).arg(expressions + statics)
                                   : tr("%n column(s)", nullptr, attributes),
         true},
        {tr("Schema"), schemaTitle,
         ctx->schemaIndex.isEmpty() ? QString() : tr("%n field(s)", nullptr, ctx->schemaIndex.leafCount()),
         !s.schema.isReference()},
        {tr("Dataset"), datasetName, tr("data lake, parquet_xdm"), !s.dataset.isReference()},
    });

    QString html;
    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("What will happen"));
    const auto item = [&html](const QString &text) { html += QStringLiteral("<li>") + text + QStringLiteral("</li>"); };
    const QString account = s.source.baseConnection.isReference()
        ? tr("the existing account <b>%1</b>").arg(esc(s.source.baseConnection.name.isEmpty() ? s.source.baseConnection.id
                                                                                              : s.source.baseConnection.name))
        : tr("a new account <b>%1</b> (%2)").arg(esc(s.source.baseConnection.name), esc(s.source.baseConnection.authSpecName));
    item(tr("Connect to %1 with %2.").arg(esc(specName(s.source.connectionSpecId)), account));
    item(tr("Read the table <b>%1</b>: %n column(s).", nullptr, int(s.source.columns.size())).arg(esc(s.source.tableName)));
    item(s.schema.isReference()
             ? tr("Write to the existing schema <b>%1</b>.").arg(esc(schemaTitle))
             : tr("Create the schema <b>%1</b> with %n field group(s).", nullptr, int(s.schema.fieldGroupIds.size()))
                   .arg(esc(schemaTitle)));
    item(s.dataset.isReference() ? tr("Store the records in the existing dataset <b>%1</b>.").arg(esc(datasetName))
                                 : tr("Create the dataset <b>%1</b> for them.").arg(esc(datasetName)));
    item(tr("Create a source connection for the table and a target connection to the data lake (parquet_xdm)."));
    item(tr("Create a mapping set of %n row(s): ", nullptr, int(s.mapping.size()))
         + tr("%1 columns, %2 expressions, %3 fixed values.").arg(attributes).arg(expressions).arg(statics));
    const QString delta = s.dataflow.deltaColumn.value(QStringLiteral("name")).toString();
    item(tr("Create the dataflow <b>%1</b>, reading records changed according to <b>%2</b>, %3.")
             .arg(esc(s.dataflow.name), esc(delta), esc(describeSchedule())));
    const bool diagnostics = Core::Shapes::toBool(s.dataflow.options.value(QStringLiteral("errorDiagnosticsEnabled")));
    const double partial = s.dataflow.options.value(QStringLiteral("partialIngestionPercent")).toDouble(0);
    QString options = diagnostics ? tr("Error diagnostics on") : tr("Error diagnostics off");
    options += QStringLiteral("; ");
    options += partial > 0 ? tr("a run may reject up to %1% of records before it fails").arg(partial)
                           : tr("a run fails on the first rejected record");
    item(options + QLatin1Char('.'));
    html += QStringLiteral("</ol>");

    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Requests (%1)").arg(m_plan.size()));
    for (const auto &planned : std::as_const(m_plan)) {
        html += QStringLiteral("<li><b>%1</b> — <code>%2 %3</code></li>")
                    .arg(esc(Core::stepLabel(planned.step)), QString::fromLatin1(planned.request.method),
                         esc(Core::serviceBasePath(planned.request.service) + planned.request.path));
    }
    html += QStringLiteral("</ol>");

    const auto problems = s.validate();
    m_problemCount = int(problems.size());
    if (!problems.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Problems to fix first"));
        for (const auto &problem : problems)
            html += QStringLiteral("<li>") + esc(problem.toString()) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        showWarning(tr("The session has %n problem(s) to fix before anything can be created; they are listed below.",
                       nullptr, int(problems.size())));
    } else {
        clearError();
    }
    m_ui->planBrowser->setHtml(html);
    m_ui->statusLabel->clear();
    emit completeChanged();
}

QString ReviewPage::planText() const
{
    return m_ui->planBrowser->toPlainText();
}

QList<Core::HttpRecord> ReviewPage::records() const
{
    // recordFor() only reads the configuration; a stand-in client serves when none is set up
    Core::ApiClient *client = api();
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<Core::ApiClient> standIn;
    if (!client) {
        const auto &env = context()->session.environment;
        Core::ClientConfig config;
        config.platformUrl = QUrl(env.platformUrl);
        config.imsUrl = QUrl(env.imsUrl);
        config.orgId = env.orgId;
        config.sandboxName = env.sandbox;
        config.clientId = env.clientId;
        config.scopes = env.scopes;
        manager = std::make_unique<QNetworkAccessManager>();
        standIn = std::make_unique<Core::ApiClient>(manager.get(), config);
        client = standIn.get();
    }
    Core::Redactor redactor;
    redactor.addSecret(context()->clientSecret);
    for (auto it = context()->sourceSecrets.begin(); it != context()->sourceSecrets.end(); ++it)
        redactor.addSecret(it.value().toString());
    QList<Core::HttpRecord> out;
    for (const auto &planned : m_plan) {
        Core::HttpRecord record = redactor.redacted(client->recordFor(planned.request));
        record.url = QUrl::fromEncoded(unescapePlaceholders(record.url.toEncoded()), QUrl::TolerantMode);
        out.append(record);
    }
    return out;
}

QString ReviewPage::curlScript() const
{
    QString preamble = tr("The requests the wizard sends to create this dataflow, in order.\n"
                          "Set AEP_ACCESS_TOKEN and AEP_API_KEY first. Values written ${NAME} come from earlier answers:");
    for (const auto &planned : m_plan) {
        if (!planned.captureVariable.isEmpty())
            preamble += QStringLiteral("\n  %1 = jq %2 on the answer of \"%3\"")
                            .arg(planned.captureVariable, planned.captureJq, Core::stepLabel(planned.step));
    }
    return Core::CurlFormatter::script(records(), preamble);
}

QByteArray ReviewPage::planJson() const
{
    const QList<Core::HttpRecord> recs = records();
    QJsonArray list;
    for (int i = 0; i < m_plan.size() && i < recs.size(); ++i) {
        const auto &planned = m_plan.at(i);
        QJsonObject o{{QStringLiteral("step"), Core::stepKey(planned.step)},
                      {QStringLiteral("label"), Core::stepLabel(planned.step)},
                      {QStringLiteral("method"), QString::fromLatin1(planned.request.method)},
                      {QStringLiteral("url"), QString::fromUtf8(recs.at(i).url.toEncoded())}};
        if (!recs.at(i).body.isEmpty()) {
            const QJsonDocument body = QJsonDocument::fromJson(recs.at(i).body);
            o.insert(QStringLiteral("body"), body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()));
        }
        if (!planned.captureVariable.isEmpty())
            o.insert(QStringLiteral("sets"), planned.captureVariable);
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

void ReviewPage::copyCurl()
{
    QGuiApplication::clipboard()->setText(curlScript());
    m_ui->statusLabel->setText(tr("%n request(s) copied as curl commands.", nullptr, int(m_plan.size())));
}

bool ReviewPage::exportPlan(const QString &path, PlanFormat format, QString *errorMessage) const
{
    const QByteArray bytes = format == PlanFormat::Json ? planJson() : curlScript().toUtf8();
    if (const auto error = Core::SafeFile::write(path, bytes)) {
        if (errorMessage)
            *errorMessage = *error;
        return false;
    }
    if (format == PlanFormat::CurlScript)
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return true;
}

void ReviewPage::onExportClicked()
{
    const QString script = tr("Shell script (*.sh)");
    const QString json = tr("JSON (*.json)");
    QString filter = script;
    QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), QStringLiteral("dataflow-plan.sh"),
                                                script + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    const PlanFormat format = (filter == json || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        ? PlanFormat::Json
        : PlanFormat::CurlScript;
    QString error;
    if (exportPlan(path, format, &error))
        m_ui->statusLabel->setText(tr("Plan saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        showError(tr("The plan was not saved: %1").arg(error));
}

} // namespace Dataflow::Gui
