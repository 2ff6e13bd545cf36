// SPDX-License-Identifier: MIT
#include "wizard/wizardpagebase.h"

#include "widgets/busyoverlay.h"
#include "widgets/errorbanner.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <QShowEvent>

namespace Dataflow::Gui {

WizardPageBase::WizardPageBase(PageId id, WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_pageId(id)
    , m_context(context)
{
    m_overlay = new BusyOverlay(this);
    m_banner = new ErrorBanner(this);
    connect(m_overlay, &BusyOverlay::cancelRequested, this, &WizardPageBase::cancelBusy);
}

WizardPageBase::~WizardPageBase()
{
    ++m_generation;
    if (Core::ApiClient *client = api()) {
        for (quint64 id : std::as_const(m_tracked))
            client->cancel(id);
    }
}

Core::ApiClient *WizardPageBase::api() const
{
    return m_context ? m_context->api.data() : nullptr;
}

void WizardPageBase::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        emit stateChanged(state);
    emit completeChanged();
}

bool WizardPageBase::isComplete() const
{
    return m_state == State::Ok && !isBusy();
}

void WizardPageBase::beginBusy(const QString &message)
{
    m_overlay->setMessage(message);
    if (m_busyCount++ == 0) {
        m_overlay->show();
        emit busyChanged(true);
        emit completeChanged();
    }
}

void WizardPageBase::endBusy()
{
    if (m_busyCount == 0)
        return;
    if (--m_busyCount == 0) {
        m_overlay->hide();
        emit busyChanged(false);
        emit completeChanged();
    }
}

void WizardPageBase::cancelBusy()
{
    const bool wasBusy = m_busyCount > 0 || !m_tracked.isEmpty();
    ++m_generation; // callbacks of calls made before this point are dropped
    if (Core::ApiClient *client = api()) {
        for (quint64 id : std::as_const(m_tracked))
            client->cancel(id);
    }
    m_tracked.clear();
    if (m_busyCount > 0) {
        m_busyCount = 0;
        m_overlay->hide();
        emit busyChanged(false);
        emit completeChanged();
    }
    if (wasBusy)
        emit busyCancelled();
}

quint64 WizardPageBase::call(const Core::ApiRequest &request, const QString &busyMessage,
                             std::function<void(const Core::ApiResult<Core::ApiResponse> &)> callback)
{
    Core::ApiClient *client = api();
    if (!client) {
        callback(Core::ApiError::make(Core::ApiError::Kind::Network,
                                      tr("No connection to the Platform is set up."),
                                      tr("Go back to the first page and test the connection.")));
        return 0;
    }
    beginBusy(busyMessage);
    const quint64 generation = m_generation;
    auto id = std::make_shared<quint64>(0);
    auto done = std::make_shared<bool>(false);
    *id = client->send(request, this,
                       [this, generation, id, done, callback](const Core::ApiResult<Core::ApiResponse> &result) {
                           *done = true;
                           m_tracked.removeAll(*id);
                           if (generation != m_generation)
                               return;
                           endBusy();
                           callback(result);
                       });
    if (!*done && generation == m_generation)
        m_tracked.append(*id);
    return *id;
}

void WizardPageBase::callList(const Core::ApiRequest &request, const QString &busyMessage,
                              std::function<void(const Core::ApiResult<QJsonArray> &)> callback)
{
    Core::ApiClient *client = api();
    if (!client) {
        callback(Core::ApiError::make(Core::ApiError::Kind::Network,
                                      tr("No connection to the Platform is set up."),
                                      tr("Go back to the first page and test the connection.")));
        return;
    }
    beginBusy(busyMessage);
    const quint64 generation = m_generation;
    client->sendList(request, this, [this, generation, callback](const Core::ApiResult<QJsonArray> &result) {
        if (generation != m_generation)
            return;
        endBusy();
        callback(result);
    });
}

void WizardPageBase::callToken(const QString &busyMessage,
                               std::function<void(const Core::ApiResult<QString> &)> callback)
{
    Core::ApiClient *client = api();
    if (!client) {
        callback(Core::ApiError::make(Core::ApiError::Kind::Network,
                                      tr("No connection to the Platform is set up."),
                                      tr("Go back to the first page and test the connection.")));
        return;
    }
    beginBusy(busyMessage);
    const quint64 generation = m_generation;
    client->fetchToken(this, [this, generation, callback](const Core::ApiResult<QString> &result) {
        if (generation != m_generation)
            return;
        endBusy();
        callback(result);
    });
}

void WizardPageBase::ensureBanner()
{
    if (m_bannerInserted)
        return;
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        box->insertWidget(0, m_banner);
        m_bannerInserted = true;
    }
}

void WizardPageBase::showError(const Core::ApiError &error)
{
    ensureBanner();
    m_banner->showError(error);
}

void WizardPageBase::showError(const QString &message, const QString &nextStep)
{
    ensureBanner();
    m_banner->showMessage(ErrorBanner::Kind::Error, message, nextStep);
}

void WizardPageBase::showWarning(const QString &message)
{
    ensureBanner();
    m_banner->showMessage(ErrorBanner::Kind::Warning, message);
}

void WizardPageBase::showInfo(const QString &message)
{
    ensureBanner();
    m_banner->showMessage(ErrorBanner::Kind::Info, message);
}

void WizardPageBase::clearError()
{
    m_banner->clear();
}

QString WizardPageBase::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool WizardPageBase::isBannerVisible() const
{
    return !m_banner->isHidden();
}

QJsonObject WizardPageBase::pageState() const
{
    if (!m_context)
        return {};
    return m_context->session.wizard.value(pageKey(m_pageId)).toObject();
}

void WizardPageBase::setPageState(const QJsonObject &state)
{
    if (!m_context)
        return;
    if (m_context->session.wizard.value(pageKey(m_pageId)).toObject() == state)
        return;
    m_context->session.wizard.insert(pageKey(m_pageId), state);
    m_context->markChanged();
}

bool WizardPageBase::isRestoring() const
{
    return m_context && m_context->restoring;
}

void WizardPageBase::cleanupPage()
{
    cancelBusy();
    clearError();
    QWizardPage::cleanupPage();
}

void WizardPageBase::showEvent(QShowEvent *event)
{
    ensureBanner();
    QWizardPage::showEvent(event);
    if (m_busyCount > 0)
        m_overlay->raise();
}

void WizardPageBase::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    m_overlay->setGeometry(rect());
}

} // namespace Dataflow::Gui
