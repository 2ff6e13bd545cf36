// SPDX-License-Identifier: MIT
#include "wizard/targetpage.h"
#include "ui_targetpage.h"

#include "api/requests.h"

namespace Dataflow::Gui {

TargetPage::TargetPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(TargetPageId, context, parent)
    , m_ui(std::make_unique<Ui::TargetPage>())
{
    m_ui->setupUi(this);
    for (QLineEdit *value : findChildren<QLineEdit *>())
        value->setAccessibleName(value->objectName());
    m_ui->destinationValue->setAccessibleName(tr("Destination"));
    m_ui->formatValue->setAccessibleName(tr("Data format"));
    m_ui->schemaTitleValue->setAccessibleName(tr("Schema"));
    m_ui->schemaIdValue->setAccessibleName(tr("Schema id"));
    m_ui->schemaVersionValue->setAccessibleName(tr("Schema version"));
    m_ui->datasetValue->setAccessibleName(tr("Dataset"));
    m_ui->sourceValue->setAccessibleName(tr("Source"));
}

TargetPage::~TargetPage() = default;

void TargetPage::initializePage()
{
    const WizardContext *ctx = context();
    const Core::Session &session = ctx->session;

    m_ui->destinationValue->setText(
        tr("Platform data lake (connection spec %1)").arg(QLatin1String(Core::Ids::dataLakeSpec)));
    m_ui->formatValue->setText(QStringLiteral("parquet_xdm"));

    const bool newSchema = !session.schema.isReference();
    QString title = session.schema.title;
    if (title.isEmpty())
        title = ctx->schemaIndex.title();
    m_ui->schemaTitleValue->setText(newSchema ? tr("%1 (new, created on the Create page)").arg(title)
                                              : title);
    m_ui->schemaIdValue->setText(newSchema ? tr("assigned by Platform when the schema is created")
                                           : session.schema.id);
    QString version = QLatin1String(Core::Ids::xedFull);
    if (!newSchema && !ctx->schemaIndex.version().isEmpty())
        version = tr("%1 (schema version %2)").arg(version, ctx->schemaIndex.version());
    m_ui->schemaVersionValue->setText(version);

    if (session.dataset.isReference()) {
        m_ui->datasetValue->setText(tr("%1 (existing, id %2)").arg(session.dataset.name, session.dataset.id));
    } else {
        m_ui->datasetValue->setText(tr("%1 (new, created on the Create page)").arg(session.dataset.name));
    }
    const int columns = int(session.source.columns.size());
    m_ui->sourceValue->setText(tr("%1, %n column(s)", nullptr, columns).arg(session.source.tableName));

    m_ui->glanceLabel->setText(
        tr("%1  →  mapping  →  %2  →  %3 (data lake, parquet_xdm)")
            .arg(session.source.tableName, title, session.dataset.name));
    m_ui->consistencyLabel->setText(
        tr("The dataset, the target connection and the mapping all use the same schema $id and "
           "version, as the Platform requires (otherwise the dataflow is refused with FLOW-1425-400)."));
    for (QLineEdit *value : findChildren<QLineEdit *>())
        value->setCursorPosition(0);
    setState(State::Ok);
}

bool TargetPage::isComplete() const
{
    const Core::Session &session = context()->session;
    return !session.dataset.name.isEmpty() || session.dataset.isReference();
}

bool TargetPage::validatePage()
{
    return true;
}

QString TargetPage::summaryText() const
{
    QStringList lines;
    const QList<QPair<QLabel *, QLineEdit *>> rows{
        {m_ui->destinationLabel, m_ui->destinationValue}, {m_ui->formatLabel, m_ui->formatValue},
        {m_ui->schemaTitleLabel, m_ui->schemaTitleValue}, {m_ui->schemaIdLabel, m_ui->schemaIdValue},
        {m_ui->schemaVersionLabel, m_ui->schemaVersionValue}, {m_ui->datasetLabel, m_ui->datasetValue},
        {m_ui->sourceLabel, m_ui->sourceValue}};
    for (const auto &row : rows)
        lines.append(row.first->text().remove(QLatin1Char('&')) + QLatin1Char(' ') + row.second->text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Dataflow::Gui
