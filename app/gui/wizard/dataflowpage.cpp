// SPDX-License-Identifier: MIT
#include "wizard/dataflowpage.h"
#include "ui_dataflowpage.h"

#include "api/requests.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStandardPaths>
#include <QTimeZone>

namespace Dataflow::Gui {

namespace {
const QString kStartTime = QStringLiteral("startTime");
const QString kFrequency = QStringLiteral("frequency");
const QString kInterval = QStringLiteral("interval");
const QString kBackfill = QStringLiteral("backfill");
const QString kDiagnostics = QStringLiteral("errorDiagnosticsEnabled");
const QString kPartial = QStringLiteral("partialIngestionPercent");

QDateTime defaultStart()
{
    // the next full quarter hour, at least five minutes ahead
    QDateTime now = QDateTime::currentDateTimeUtc().addSecs(5 * 60);
    const int minutes = now.time().minute();
    now = now.addSecs(qint64((15 - minutes % 15) % 15) * 60);
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    return now;
}

std::optional<QJsonObject> bundledFlowSpec()
{
    QFile file(QStringLiteral(":/sandbox/flow-specs.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    for (const QJsonValue &value : Core::Shapes::items(doc)) {
        const QJsonObject spec = value.toObject();
        if (spec.value(QStringLiteral("name")).toString() == QLatin1String(Core::Ids::crmToAepName)
            || spec.value(QStringLiteral("id")).toString() == QLatin1String(Core::Ids::crmToAepFlowSpec))
            return spec;
    }
    return std::nullopt;
}
} // namespace

DataflowPage::DataflowPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(DataflowPageId, context, parent)
    , m_ui(std::make_unique<Ui::DataflowPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Dataflow"));
    setSubTitle(tr("Name the dataflow and choose when it runs."));

    m_ui->frequencyCombo->addItem(tr("Once"), QStringLiteral("once"));
    m_ui->frequencyCombo->addItem(tr("Every few minutes"), QStringLiteral("minute"));
    m_ui->frequencyCombo->addItem(tr("Hourly"), QStringLiteral("hour"));
    m_ui->frequencyCombo->addItem(tr("Daily"), QStringLiteral("day"));
    m_ui->frequencyCombo->addItem(tr("Weekly"), QStringLiteral("week"));
    m_ui->startEdit->setTimeSpec(Qt::UTC);
    m_ui->partialSpin->setSpecialValueText(tr("Off"));
    m_ui->partialSpin->setToolTip(tr("Let a run succeed while at most this share of records is rejected; Off fails the run on the first error."));
    m_ui->deltaCombo->setToolTip(tr("The Platform reads only records whose value in this column changed since the last run. Values must be in UTC."));

    m_ui->nameEdit->setAccessibleName(tr("Dataflow name"));
    m_ui->descriptionEdit->setAccessibleName(tr("Description"));
    m_ui->deltaCombo->setAccessibleName(tr("Delta column"));
    m_ui->frequencyCombo->setAccessibleName(tr("Frequency"));
    m_ui->intervalSpin->setAccessibleName(tr("Interval"));
    m_ui->startEdit->setAccessibleName(tr("Start time in UTC"));
    m_ui->partialSpin->setAccessibleName(tr("Partial ingestion threshold in percent"));
    const QList<QLabel *> messages{m_ui->nameMessage, m_ui->deltaMessage, m_ui->frequencyMessage,
                                   m_ui->intervalMessage, m_ui->startMessage, m_ui->backfillMessage,
                                   m_ui->partialMessage};
    for (QLabel *label : messages)
        label->setAccessibleName(tr("Problem"));

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &DataflowPage::validateNow);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, &DataflowPage::validateNow);
    connect(m_ui->deltaCombo, &QComboBox::currentIndexChanged, this, &DataflowPage::validateNow);
    connect(m_ui->frequencyCombo, &QComboBox::currentIndexChanged, this, &DataflowPage::onFrequencyChanged);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, &DataflowPage::validateNow);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateLocalTime();
        validateNow();
    });
    connect(m_ui->backfillCheck, &QCheckBox::toggled, this, &DataflowPage::validateNow);
    connect(m_ui->diagnosticsCheck, &QCheckBox::toggled, this, &DataflowPage::validateNow);
    connect(m_ui->partialSpin, &QSpinBox::valueChanged, this, &DataflowPage::validateNow);
}

DataflowPage::~DataflowPage() = default;

QStringList DataflowPage::preferredDeltaColumns()
{
    return {QStringLiteral("SystemModstamp"), QStringLiteral("LastModifiedDate"), QStringLiteral("sys_updated_on"),
            QStringLiteral("LastModifiedDateTime"), QStringLiteral("sys_created_on"), QStringLiteral("CreatedDate")};
}

int DataflowPage::minimumInterval(const QString &frequency)
{
    if (frequency == QLatin1String("once"))
        return 0;
    return frequency == QLatin1String("minute") ? 15 : 1;
}

void DataflowPage::loadValidator()
{
    m_validator.reset();
    m_validatorSource.clear();
    QString error;
    const WizardContext *ctx = context();
    if (!ctx->flowSpec.isEmpty()) {
        m_validator = Core::FlowSpecValidator::fromFlowSpec(ctx->flowSpec, &error);
        if (m_validator)
            m_validatorSource = QStringLiteral("context");
    }
    if (!m_validator) {
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (const auto cached = Core::FlowSpecCache::load(cacheDir)) {
            m_validator = Core::FlowSpecValidator::fromFlowSpec(*cached, &error);
            if (m_validator)
                m_validatorSource = QStringLiteral("cache");
        }
    }
    if (!m_validator) {
        if (const auto bundled = bundledFlowSpec()) {
            m_validator = Core::FlowSpecValidator::fromFlowSpec(*bundled, &error);
            if (m_validator)
                m_validatorSource = QStringLiteral("bundled");
        }
    }
    if (!m_validator)
        m_ui->specLabel->setText(tr("The flow specification could not be loaded (%1): only basic checks are made.").arg(error));
    else if (m_validatorSource == QLatin1String("context"))
        m_ui->specLabel->setText(tr("Checked against the Platform's flow specification %1, version %2.")
                                     .arg(QLatin1String(Core::Ids::crmToAepName), m_validator->flowSpecVersion()));
    else
        m_ui->specLabel->setText(tr("Checked against a saved copy of the flow specification (version %1); "
                                    "the Platform checks again when the dataflow is created.")
                                     .arg(m_validator->flowSpecVersion()));
}

void DataflowPage::initializePage()
{
    m_loading = true;
    loadValidator();
    const WizardContext *ctx = context();
    const Core::DataflowSettings &settings = ctx->session.dataflow;

    // delta column: date-time columns of the table, usual audit columns first
    Core::SourceColumns columns = ctx->tableColumns.isEmpty() ? ctx->selectedColumns() : ctx->tableColumns;
    QList<Core::SourceColumn> dateTimes;
    for (const auto &column : std::as_const(columns)) {
        if (column.isDateTime())
            dateTimes.append(column);
    }
    const QStringList preferred = preferredDeltaColumns();
    std::stable_sort(dateTimes.begin(), dateTimes.end(), [&preferred](const auto &a, const auto &b) {
        auto rank = [&preferred](const QString &name) {
            for (int i = 0; i < preferred.size(); ++i) {
                if (preferred.at(i).compare(name, Qt::CaseInsensitive) == 0)
                    return i;
            }
            return int(preferred.size());
        };
        return rank(a.name) < rank(b.name);
    });
    m_ui->deltaCombo->clear();
    for (const auto &column : std::as_const(dateTimes)) {
        const bool recommended = preferred.contains(column.name, Qt::CaseInsensitive);
        m_ui->deltaCombo->addItem(recommended ? tr("%1 (recommended)").arg(column.name) : column.name, column.name);
    }
    const QString deltaName = settings.deltaColumn.value(QStringLiteral("name")).toString();
    if (!deltaName.isEmpty()) {
        int at = m_ui->deltaCombo->findData(deltaName);
        if (at < 0) {
            // keep a saved choice visible even when the column list is not loaded (yet)
            m_ui->deltaCombo->addItem(deltaName, deltaName);
            at = m_ui->deltaCombo->count() - 1;
        }
        m_ui->deltaCombo->setCurrentIndex(at);
    }

    QString name = settings.name;
    if (name.isEmpty() && !ctx->session.source.tableName.isEmpty())
        name = tr("%1 to Platform").arg(ctx->session.source.tableName);
    m_ui->nameEdit->setText(name);
    m_ui->descriptionEdit->setText(settings.description);

    const QJsonObject schedule = settings.schedule;
    const QString frequency = schedule.value(kFrequency).toString(QStringLiteral("hour"));
    m_ui->frequencyCombo->setCurrentIndex(qMax(0, m_ui->frequencyCombo->findData(frequency)));
    onFrequencyChanged();
    if (schedule.contains(kInterval))
        m_ui->intervalSpin->setValue(int(Core::Shapes::toInteger(schedule.value(kInterval), 1)));
    const qint64 start = Core::Shapes::toInteger(schedule.value(kStartTime), 0);
    m_ui->startEdit->setDateTime(start > 0 ? QDateTime::fromSecsSinceEpoch(start, Qt::UTC) : defaultStart());
    m_ui->backfillCheck->setChecked(Core::Shapes::toBool(schedule.value(kBackfill), true));
    m_ui->diagnosticsCheck->setChecked(Core::Shapes::toBool(settings.options.value(kDiagnostics), true));
    m_ui->partialSpin->setValue(int(settings.options.value(kPartial).toDouble(0)));
    m_loading = false;
    updateLocalTime();
    validateNow();

    // check against the Platform's own flow spec when it was not fetched yet
    if (m_validatorSource != QLatin1String("context") && api() && !context()->restoring) {
        call(Core::Requests::flowSpecByName(), tr("Loading the flow specification…"),
             [this](const Core::ApiResult<Core::ApiResponse> &result) {
                 if (!result)
                     return; // the saved copy stays in use; the Platform checks again on creation
                 const QJsonObject spec = Core::Shapes::firstItem(result.value().json);
                 if (spec.isEmpty())
                     return;
                 context()->flowSpec = spec;
                 loadValidator();
                 validateNow();
             });
    }
}

bool DataflowPage::validatePage()
{
    if (context()->restoring)
        return true;
    validateNow();
    if (!m_problems.isEmpty())
        return false;
    writeSession();
    return true;
}

bool DataflowPage::isComplete() const
{
    return !isBusy() && m_problems.isEmpty();
}

void DataflowPage::onFrequencyChanged()
{
    const QString frequency = m_ui->frequencyCombo->currentData().toString();
    const bool once = frequency == QLatin1String("once");
    const int minimum = minimumInterval(frequency);
    m_ui->intervalSpin->setEnabled(!once);
    m_ui->backfillCheck->setEnabled(!once);
    m_ui->intervalSpin->setMinimum(qMax(1, minimum));
    if (!once && m_ui->intervalSpin->value() < minimum)
        m_ui->intervalSpin->setValue(minimum);
    QString unit;
    if (frequency == QLatin1String("minute"))
        unit = tr("minutes (at least 15)");
    else if (frequency == QLatin1String("hour"))
        unit = tr("hours");
    else if (frequency == QLatin1String("day"))
        unit = tr("days");
    else if (frequency == QLatin1String("week"))
        unit = tr("weeks");
    else
        unit = tr("(runs one time)");
    m_ui->intervalUnitLabel->setText(unit);
    validateNow();
}

void DataflowPage::updateLocalTime()
{
    const QDateTime local = m_ui->startEdit->dateTime().toLocalTime();
    m_ui->localTimeLabel->setText(tr("= %1 local time (%2)")
                                      .arg(QLocale().toString(local, QLocale::ShortFormat),
                                           local.timeZoneAbbreviation()));
}

QJsonObject DataflowPage::scheduleParams() const
{
    const QString frequency = m_ui->frequencyCombo->currentData().toString();
    QJsonObject schedule{{kStartTime, m_ui->startEdit->dateTime().toSecsSinceEpoch()}, {kFrequency, frequency}};
    if (frequency != QLatin1String("once")) {
        schedule.insert(kInterval, m_ui->intervalSpin->value());
        schedule.insert(kBackfill, m_ui->backfillCheck->isChecked());
    }
    return schedule;
}

QJsonObject DataflowPage::options() const
{
    QJsonObject options{{kDiagnostics, m_ui->diagnosticsCheck->isChecked()}};
    if (m_ui->partialSpin->value() > 0)
        options.insert(kPartial, m_ui->partialSpin->value());
    return options;
}

QJsonObject DataflowPage::deltaColumn() const
{
    return {{QStringLiteral("name"), m_ui->deltaCombo->currentData().toString()},
            {QStringLiteral("dateFormat"), QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("timezone"), QStringLiteral("UTC")}};
}

void DataflowPage::validateNow()
{
    if (m_loading)
        return;
    QList<Core::FieldProblem> problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("Give the dataflow a name."), {}});
    if (m_ui->deltaCombo->currentData().toString().isEmpty()) {
        problems.append({QStringLiteral("transformations.Copy.deltaColumn.name"),
                         m_ui->deltaCombo->count() == 0
                             ? tr("This table has no date-time column; the Platform needs one to read only changed records. Choose another table.")
                             : tr("Choose the column that tells when a record changed."),
                         {}});
    }
    if (m_validator) {
        problems += m_validator->validateSchedule(scheduleParams());
        problems += m_validator->validateOptions(options());
        if (!m_ui->deltaCombo->currentData().toString().isEmpty()
            && m_validator->transformationNames().contains(QStringLiteral("Copy")))
            problems += m_validator->validateTransformation(QStringLiteral("Copy"),
                                                            {{QStringLiteral("deltaColumn"), deltaColumn()}});
    }
    m_problems = problems;

    QStringList name, delta, frequency, interval, start, backfill, partial;
    for (const auto &problem : std::as_const(problems)) {
        const QString &field = problem.field;
        if (field == QLatin1String("name"))
            name.append(problem.message);
        else if (field.contains(QLatin1String("deltaColumn")) || field.startsWith(QLatin1String("transformations")))
            delta.append(problem.message);
        else if (field.endsWith(kInterval))
            interval.append(problem.message);
        else if (field.endsWith(kStartTime))
            start.append(problem.message);
        else if (field.endsWith(kBackfill))
            backfill.append(problem.message);
        else if (field.startsWith(QLatin1String("options")))
            partial.append(problem.message);
        else
            frequency.append(problem.message);
    }
    const auto show = [](QLabel *label, const QStringList &lines) {
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    };
    show(m_ui->nameMessage, name);
    show(m_ui->deltaMessage, delta);
    show(m_ui->frequencyMessage, frequency);
    show(m_ui->intervalMessage, interval);
    show(m_ui->startMessage, start);
    show(m_ui->backfillMessage, backfill);
    show(m_ui->partialMessage, partial);

    if (!context()->restoring)
        writeSession();
    emit completeChanged();
    emit validated(problems.isEmpty());
}

void DataflowPage::writeSession()
{
    Core::DataflowSettings settings = context()->session.dataflow;
    settings.name = m_ui->nameEdit->text().trimmed();
    settings.description = m_ui->descriptionEdit->text().trimmed();
    settings.deltaColumn = m_ui->deltaCombo->currentData().toString().isEmpty() ? QJsonObject() : deltaColumn();
    settings.schedule = scheduleParams();
    settings.options = options();
    Core::DataflowSettings &current = context()->session.dataflow;
    if (current.name == settings.name && current.description == settings.description
        && current.deltaColumn == settings.deltaColumn && current.schedule == settings.schedule
        && current.options == settings.options)
        return;
    current = settings;
    context()->markChanged();
}

} // namespace Dataflow::Gui
