// SPDX-License-Identifier: MIT
#include "screenshotrunner.h"

#include "sandboxserver.h"

#include "api/requests.h"
#include "wizard/mainwizard.h"
#include "wizard/schemapage.h"
#include "wizard/sourcepage.h"
#include "wizard/wizardcontext.h"
#include "wizard/wizardpagebase.h"

#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

using namespace Dataflow::Gui;

namespace {
constexpr int tickMs = 50;
constexpr int idleTicksNeeded = 8;   // the page stayed idle this long: its loads are done
constexpr int maxWaitTicks = 600;    // 30 s per page at most
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWizard *wizard, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_directory(directory)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(tickMs);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotRunner::tick);
}

ScreenshotRunner::~ScreenshotRunner() = default;

void ScreenshotRunner::start()
{
    QDir().mkpath(m_directory);
    m_timer->start();
}

bool ScreenshotRunner::pageIdle() const
{
    auto *page = qobject_cast<WizardPageBase *>(m_wizard->currentPage());
    return !page || !page->isBusy();
}

void ScreenshotRunner::grab(const QString &variant)
{
    const int id = m_wizard->currentId();
    QString page = pageKey(PageId(id));
    if (!variant.isEmpty())
        page += QLatin1Char('-') + variant;
    const QString name = QStringLiteral("%1/%2-%3.png")
                             .arg(m_directory)
                             .arg(id + 1, 2, 10, QLatin1Char('0'))
                             .arg(page);
    m_wizard->grab().save(name);
    ++m_shots;
    QTextStream(stdout) << name << '\n';
}

void ScreenshotRunner::tick()
{
    if (!m_wizard) {
        emit finished(1);
        return;
    }
    if (++m_waitedTicks > maxWaitTicks) {
        QTextStream(stderr) << "page " << m_wizard->currentId() << " did not settle\n";
        m_timer->stop();
        emit finished(m_shots > 0 ? 0 : 1);
        return;
    }
    m_idleTicks = pageIdle() ? m_idleTicks + 1 : 0;
    if (m_idleTicks < idleTicksNeeded)
        return;
    m_idleTicks = 0;

    const int id = m_wizard->currentId();
    switch (m_stage) {
    case 0: // make the page show something worth seeing
        if (id == SourcePageId) {
            auto *page = qobject_cast<SourcePage *>(m_wizard->currentPage());
            page->selectConnectionSpec(QLatin1String(Dataflow::Core::Ids::serviceNowSpec));
            if (page->tableName() != QLatin1String("incident") || page->columns().isEmpty()) {
                if (page->tableNames().contains(QStringLiteral("incident")))
                    page->selectTable(QStringLiteral("incident"));
                return; // stay in stage 0 until the columns are there
            }
        } else if (id == SchemaPageId) {
            auto *page = qobject_cast<SchemaPage *>(m_wizard->currentPage());
            if (page->selectedSchemaId().isEmpty() && !page->schemaIds().isEmpty()) {
                page->setCreateNewSchema(false);
                page->selectSchema(page->schemaIds().constFirst());
                return;
            }
        }
        m_stage = 1;
        return;
    case 1:
        grab();
        m_lastPage = id;
        m_stage = (id == SourcePageId || id == SchemaPageId) ? 3 : 2;
        return;
    case 3: // the page's other mode: a new account / a new schema
        if (id == SourcePageId) {
            qobject_cast<SourcePage *>(m_wizard->currentPage())->setCreateNewAccount(true);
        } else {
            auto *page = qobject_cast<SchemaPage *>(m_wizard->currentPage());
            page->setCreateNewSchema(true);
            page->setNewSchemaTitle(QStringLiteral("Incident records"));
        }
        m_stage = 4;
        return;
    case 4:
        if (id == SchemaPageId) {
            auto *page = qobject_cast<SchemaPage *>(m_wizard->currentPage());
            const QStringList groups = page->fieldGroupIds();
            if (!groups.isEmpty() && page->checkedFieldGroups().isEmpty()) {
                page->setFieldGroupChecked(groups.constFirst(), true);
                return; // wait for the preview
            }
        }
        grab(id == SourcePageId ? QStringLiteral("new-account") : QStringLiteral("new-schema"));
        m_stage = 5;
        return;
    case 5: // back to what the walk uses
        if (id == SourcePageId) {
            qobject_cast<SourcePage *>(m_wizard->currentPage())->setCreateNewAccount(false);
        } else {
            auto *page = qobject_cast<SchemaPage *>(m_wizard->currentPage());
            page->setCreateNewSchema(false);
            if (!page->schemaIds().isEmpty())
                page->selectSchema(page->schemaIds().constFirst());
        }
        m_stage = 2;
        return;
    case 2:
        if (id == MonitorPageId) {
            m_timer->stop();
            emit finished(0);
            return;
        }
        if (id == CreatePageId && m_wizard->context()->sandbox) {
            // Let the demo sandbox's clock run a working day so the monitor shows a run history.
            m_wizard->context()->sandbox->advanceClock(8 * 3600);
        }
        m_wizard->next();
        if (m_wizard->currentId() == m_lastPage) {
            // Connect's Next runs the test and moves on by itself; others may refuse.
            if (id != ConnectPageId || ++m_connectAttempts > 3) {
                QTextStream(stderr) << "stopped on page " << pageKey(PageId(id)) << '\n';
                m_timer->stop();
                emit finished(0);
                return;
            }
        }
        m_waitedTicks = 0;
        m_stage = 0;
        return;
    }
}
