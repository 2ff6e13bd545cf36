// SPDX-License-Identifier: MIT
#include "wizard/wizardcontext.h"

#include "sandboxserver.h"

#include <QUrl>

namespace Dataflow::Gui {

namespace {
struct KeyEntry
{
    PageId id;
    const char *key;
};
constexpr KeyEntry pageKeys[] = {
    {ConnectPageId, "connect"},   {SourcePageId, "source"},     {SchemaPageId, "schema"},
    {TargetPageId, "target"},     {MappingPageId, "mapping"},   {DataflowPageId, "dataflow"},
    {ReviewPageId, "review"},     {CreatePageId, "create"},     {MonitorPageId, "monitor"},
};
} // namespace

QString pageKey(PageId id)
{
    for (const auto &entry : pageKeys) {
        if (entry.id == id)
            return QLatin1String(entry.key);
    }
    return QLatin1String(pageKeys[0].key);
}

PageId pageFromKey(const QString &key, PageId fallback)
{
    for (const auto &entry : pageKeys) {
        if (key == QLatin1String(entry.key))
            return entry.id;
    }
    return fallback;
}


bool WizardContext::startDemoSandbox(const QString &statePath, QString *errorMessage)
{
    if (!sandbox) {
        Sandbox::SandboxConfig config;
        config.statePath = statePath.isEmpty() ? sandboxStatePath : statePath;
        auto *server = new Sandbox::SandboxServer(config, this);
        QString error;
        if (!server->start(&error)) {
            delete server;
            if (errorMessage)
                *errorMessage = error;
            return false;
        }
        sandbox = server;
    }
    const Sandbox::SandboxConfig &config = sandbox->config();
    const QString url = sandbox->url().toString(QUrl::StripTrailingSlash);
    session.environment.platformUrl = url;
    session.environment.imsUrl = url;
    session.environment.orgId = config.orgId;
    session.environment.sandbox = config.sandboxName;
    session.environment.clientId = config.clientId;
    clientSecret = config.clientSecret;
    demoMode = true;
    applyEnvironment();
    return true;
}

bool WizardContext::isDemoEnvironment(const Core::EnvironmentSettings &environment)
{
    return environment.orgId == Sandbox::SandboxConfig{}.orgId;
}

void WizardContext::applyEnvironment()
{
    if (!api)
        return;
    Core::ClientConfig config = api->config();
    config.platformUrl = QUrl(session.environment.platformUrl);
    config.imsUrl = QUrl(session.environment.imsUrl);
    config.orgId = session.environment.orgId;
    config.sandboxName = session.environment.sandbox;
    config.clientId = session.environment.clientId;
    config.scopes = session.environment.scopes;
    api->setConfig(config);
    api->setClientSecret(clientSecret);
}

} // namespace Dataflow::Gui
