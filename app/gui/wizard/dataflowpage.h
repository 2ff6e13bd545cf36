// SPDX-License-Identifier: MIT
#pragma once

#include "api/flowspecvalidator.h"
#include "wizard/wizardpagebase.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class DataflowPage;
}

namespace Dataflow::Gui {

/**
 * Page 6: the dataflow's name, description, delta column (date-time columns only, usual audit
 * columns first), schedule (frequency, interval with the frequency's minimum, start shown in UTC and
 * local time, backfill) and options (error diagnostics, partial ingestion threshold). Every change
 * is validated live with Core::FlowSpecValidator against the flow spec's JSON Schemas (the
 * context's flow spec, else the cached copy, else the bundled CRMToAEP spec); the message appears
 * next to the field and isComplete() is false while anything is invalid. Writes session.dataflow.
 */
class DataflowPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataflowPage)

public:
    explicit DataflowPage(WizardContext *context, QWidget *parent = nullptr);
    ~DataflowPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    /** The usual audit columns, most preferred first (SystemModstamp, LastModifiedDate, sys_updated_on…). */
    static QStringList preferredDeltaColumns();
    /** Minimum interval for a frequency (15 for minute, else 1; 0 for once). */
    static int minimumInterval(const QString &frequency);

    QJsonObject scheduleParams() const;
    QJsonObject options() const;
    QJsonObject deltaColumn() const;
    /** Problems found by the last validation (local checks and the flow spec's schemas). */
    QList<Core::FieldProblem> problems() const { return m_problems; }
    /** Where the validator came from: "context", "cache", "bundled" or "" when none. */
    QString validatorSource() const { return m_validatorSource; }

signals:
    void validated(bool ok);

private:
    void loadValidator();
    void onFrequencyChanged();
    void updateLocalTime();
    void validateNow();
    void writeSession();

    std::unique_ptr<Ui::DataflowPage> m_ui;
    std::optional<Core::FlowSpecValidator> m_validator;
    QString m_validatorSource;
    QList<Core::FieldProblem> m_problems;
    bool m_loading = false;
};

} // namespace Dataflow::Gui
