// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "wizard/wizardcontext.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWizardPage>

#include <functional>

namespace Dataflow::Gui {

class BusyOverlay;
class ErrorBanner;

/**
 * Shared chrome of the wizard pages (STYLE.md 3.6): a busy overlay with a Cancel button over the
 * page while network calls run, an error banner at the top showing the Platform's message, code,
 * request id and next step, the Idle/Busy/Ok/Failed state, and access to this page's slot in the
 * session (session.wizard[pageKey(id)]).
 *
 * Derived pages call m_ui->setupUi(this) in their constructor; the banner is inserted at the top
 * of the form's layout (which should be a QVBoxLayout) the first time it is shown.
 *
 * Network calls made through call()/callList() show the overlay; Cancel (or cleanupPage(), or the
 * page's destruction) cancels them and their callbacks are then never run; busyCancelled() tells
 * the page. Callbacks run in the GUI thread with this page as context.
 */
class WizardPageBase : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPageBase)

public:
    enum class State { Idle, Busy, Ok, Failed };
    Q_ENUM(State)

    WizardPageBase(PageId id, WizardContext *context, QWidget *parent = nullptr);
    ~WizardPageBase() override;

    PageId pageId() const { return m_pageId; }
    WizardContext *context() const { return m_context; }
    Core::ApiClient *api() const;

    State state() const { return m_state; }
    /** Sets the state and emits completeChanged() (and stateChanged() when it changed). */
    void setState(State state);
    /** Default: state() == Ok and not busy. Pages with other rules override. */
    bool isComplete() const override;

    // --- busy overlay -------------------------------------------------------------------
    /** Shows the overlay with a message; counted, so nested begin/end pairs are fine. */
    void beginBusy(const QString &message);
    void endBusy();
    bool isBusy() const { return m_busyCount > 0; }
    /** Cancels every call made through call()/callList(), hides the overlay, emits busyCancelled(). */
    void cancelBusy();

    /**
     * Sends one request with the overlay up. The callback is not run when the call was cancelled
     * (Cancel button, cleanupPage, cancelBusy) or the page died. Returns the ApiClient id, 0 without
     * a client.
     */
    quint64 call(const Core::ApiRequest &request, const QString &busyMessage,
                 std::function<void(const Core::ApiResult<Core::ApiResponse> &)> callback);
    /** Same for a paged list (every item collected). */
    void callList(const Core::ApiRequest &request, const QString &busyMessage,
                  std::function<void(const Core::ApiResult<QJsonArray> &)> callback);

    /** Gets (or reuses) the access token with the overlay up; same cancellation rules. */
    void callToken(const QString &busyMessage,
                   std::function<void(const Core::ApiResult<QString> &)> callback);

    // --- error banner -------------------------------------------------------------------
    /** Shows the error (message, code, request id, next step; server body behind "Details"). */
    void showError(const Core::ApiError &error);
    void showError(const QString &message, const QString &nextStep = {});
    void showWarning(const QString &message);
    void showInfo(const QString &message);
    void clearError();
    /** The banner's current text (for tests). */
    QString bannerText() const;
    bool isBannerVisible() const;

    // --- session slot --------------------------------------------------------------------
    /** session.wizard[pageKey(pageId())], an empty object when absent. */
    QJsonObject pageState() const;
    /** Writes session.wizard[pageKey(pageId())] and calls context()->markChanged(). */
    void setPageState(const QJsonObject &state);

    /** True while MainWizard replays pages to restore a session (validatePage must not rewrite it). */
    bool isRestoring() const;

    void cleanupPage() override;

signals:
    void stateChanged(Dataflow::Gui::WizardPageBase::State state);
    void busyChanged(bool busy);
    /** The user (or cleanupPage) cancelled the running calls; their callbacks will not run. */
    void busyCancelled();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensureBanner();

    PageId m_pageId;
    QPointer<WizardContext> m_context;
    State m_state = State::Idle;
    int m_busyCount = 0;
    quint64 m_generation = 1;
    QList<quint64> m_tracked;
    BusyOverlay *m_overlay = nullptr;
    ErrorBanner *m_banner = nullptr;
    bool m_bannerInserted = false;
};

} // namespace Dataflow::Gui
