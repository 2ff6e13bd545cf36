// SPDX-License-Identifier: MIT
#include "engine/engine.h"
#include "session/session.h"
#include "widgets/pipelinediagram.h"
#include "wizard/reviewpage.h"
#include "wizard/wizardcontext.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Dataflow;
using Dataflow::Gui::ReviewPage;

namespace {
const QString kClientSecret = QStringLiteral("canary-client-secret-Hv52");
const QString kSourcePassword = QStringLiteral("canary-source-pw-Qm19");
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void planInWords();
    void diagramCounts();
    void curlHasNoSecrets();
    void exportJsonAndScript();
    void problemsBlockCreate();

private:
    Core::Session m_example;
    std::unique_ptr<Gui::WizardContext> m_context;
    std::unique_ptr<QWizard> m_wizard;
    ReviewPage *m_page = nullptr;
};

void TestReviewPage::initTestCase()
{
    QString error;
    const auto example = Core::SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
    QVERIFY2(example, qPrintable(error));
    m_example = *example;
}

void TestReviewPage::init()
{
    m_context = std::make_unique<Gui::WizardContext>();
    m_context->session = m_example;
    m_context->clientSecret = kClientSecret;
    m_context->sourceSecrets = {{QStringLiteral("password"), kSourcePassword}};
    m_wizard = std::make_unique<QWizard>();
    m_page = new ReviewPage(m_context.get());
    m_wizard->setPage(Gui::ReviewPageId, m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestReviewPage::cleanup()
{
    m_wizard.reset();
    m_context.reset();
    m_page = nullptr;
}

void TestReviewPage::planInWords()
{
    const QString text = m_page->planText();
    QVERIFY2(text.contains(QStringLiteral("incident")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ServiceNow")));
    QVERIFY(text.contains(QStringLiteral("ServiceNow incidents to Platform")));
    QVERIFY(text.contains(QStringLiteral("sys_updated_on")));
    QVERIFY(text.contains(QStringLiteral("every 1 hour")));
    QVERIFY(text.contains(QStringLiteral("5%")));
    QCOMPARE(m_page->plannedRequests().size(), Core::Engine::plan(m_example).size());
    QVERIFY(text.contains(QStringLiteral("Requests (%1)").arg(m_page->plannedRequests().size())));
    QVERIFY(m_page->isComplete());
}

void TestReviewPage::diagramCounts()
{
    auto *diagram = m_page->findChild<Gui::PipelineDiagram *>(QStringLiteral("diagram"));
    QVERIFY(diagram);
    const auto nodes = diagram->nodes();
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes.at(0).detail, QStringLiteral("incident"));
    QVERIFY(nodes.at(0).count.startsWith(QStringLiteral("5 column")));
    QVERIFY(nodes.at(1).detail.startsWith(QStringLiteral("4 row")));
    QCOMPARE(nodes.at(2).detail, QStringLiteral("ServiceNow incidents"));
    QVERIFY(nodes.at(2).isNew);
    QVERIFY(diagram->description().contains(QStringLiteral(" → ")));
    // it paints something
    const QImage image = diagram->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.pixel(image.width() / 8, image.height() / 2) != image.pixel(1, 1)
            || image.pixel(image.width() / 2, image.height() / 2) != image.pixel(1, 1));
}

void TestReviewPage::curlHasNoSecrets()
{
    m_page->copyCurl();
    const QString script = QGuiApplication::clipboard()->text();
    QVERIFY(!script.isEmpty());
    QCOMPARE(script, m_page->curlScript());
    QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh")));
    QCOMPARE(script.count(QStringLiteral("curl ")), m_page->plannedRequests().size());
    QVERIFY(script.contains(QStringLiteral("/data/foundation/flowservice/flows")));
    QVERIFY(script.contains(QStringLiteral("${AEP_ACCESS_TOKEN}")));
    QVERIFY(!script.contains(kClientSecret));
    QVERIFY(!script.contains(kSourcePassword));
}

void TestReviewPage::exportJsonAndScript()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY2(m_page->exportPlan(json, ReviewPage::PlanFormat::Json, &error), qPrintable(error));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray plan = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(plan.size(), m_page->plannedRequests().size());
    QCOMPARE(plan.last().toObject().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QVERIFY(!plan.first().toObject().value(QStringLiteral("step")).toString().isEmpty());

    const QString script = dir.filePath(QStringLiteral("plan.sh"));
    QVERIFY2(m_page->exportPlan(script, ReviewPage::PlanFormat::CurlScript, &error), qPrintable(error));
    QVERIFY(QFileInfo(script).isExecutable());
    QFile scriptFile(script);
    QVERIFY(scriptFile.open(QIODevice::ReadOnly));
    QVERIFY(!scriptFile.readAll().contains(kSourcePassword.toUtf8()));

    QVERIFY(!m_page->exportPlan(dir.filePath(QStringLiteral("missing/dir/plan.sh")), ReviewPage::PlanFormat::CurlScript, &error));
    QVERIFY(!error.isEmpty());
}

void TestReviewPage::problemsBlockCreate()
{
    QVERIFY(m_page->isComplete());
    m_context->session.dataflow.name.clear();
    m_context->session.source.tableName.clear();
    m_page->initializePage();
    QVERIFY(!m_page->isComplete());
    QVERIFY(m_page->isBannerVisible());
    QVERIFY2(m_page->planText().contains(QStringLiteral("Problems to fix first")), qPrintable(m_page->planText()));
    QVERIFY(m_page->planText().contains(QStringLiteral("$.source.tableName")));

    m_context->session = m_example;
    m_page->initializePage();
    QVERIFY(m_page->isComplete());
    QVERIFY(!m_page->planText().contains(QStringLiteral("Problems to fix first")));
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
