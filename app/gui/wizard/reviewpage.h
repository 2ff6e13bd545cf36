// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"
#include "wizard/wizardpagebase.h"

#include <QList>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace Dataflow::Gui {

/**
 * Page 7: the plan in plain words (from the session and Core::Engine::plan()), a drawn diagram of
 * the pipeline (source table → mapping → schema → dataset, with counts), "Copy as curl" (the
 * planned requests as a shell script on the clipboard, secrets redacted) and "Export plan…" (a curl
 * script or JSON). Offline: sends nothing. Next (Create) stays disabled while Session::validate()
 * finds problems; they are listed with the plan.
 */
class ReviewPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    enum class PlanFormat { CurlScript, Json };

    explicit ReviewPage(WizardContext *context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /** The plan in words, as shown (plain text). */
    QString planText() const;
    QList<Core::PlannedRequest> plannedRequests() const { return m_plan; }
    /** The requests as a POSIX shell script of curl commands; no secret appears in it. */
    QString curlScript() const;
    QByteArray planJson() const;
    /** Puts curlScript() on the clipboard. */
    void copyCurl();
    bool exportPlan(const QString &path, PlanFormat format, QString *errorMessage = nullptr) const;

private:
    void onExportClicked();
    QString describeSchedule() const;
    QList<Core::HttpRecord> records() const;

    std::unique_ptr<Ui::ReviewPage> m_ui;
    QList<Core::PlannedRequest> m_plan;
    int m_problemCount = 0;
};

} // namespace Dataflow::Gui
