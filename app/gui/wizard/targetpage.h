// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardpagebase.h"

#include <memory>

namespace Ui {
class TargetPage;
}

namespace Dataflow::Gui {

/**
 * Page 4: the target connection in one glance: the Platform data lake (its connection spec),
 * parquet_xdm, the schema's $id and version and the dataset, existing or to be created. Reads the
 * session only; nothing to fill in, nothing fetched.
 */
class TargetPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    explicit TargetPage(WizardContext *context, QWidget *parent = nullptr);
    ~TargetPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** The summary as plain text, one "label: value" line per row (tests, screenshots). */
    QString summaryText() const;

private:
    std::unique_ptr<Ui::TargetPage> m_ui;
};

} // namespace Dataflow::Gui
