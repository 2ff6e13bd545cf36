// SPDX-License-Identifier: MIT
#include "api/requests.h"
#include "messagebox.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"
#include "wizard/mainwizard.h"
#include "wizard/schemapage.h"
#include "wizard/sourcepage.h"

#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dataflow;
using namespace Dataflow::Gui;

class TestSessionRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveWritesNoSecretAndOpenReadsItBack();
    void recentFilesAreDeduplicatedAndCapped();
    void draftFollowsChangesAndGoesAwayOnSave();
    void orphanedDraftIsOfferedBack();
    void corruptFileIsReportedAndNothingChanges();
    void newSessionAsksAboutUnsavedWork();
    void reopenedSessionLandsWhereTheWorkStopped();
    void droppingAFileOpensIt();

private:
    MainWizard::Options options(const QString &name) const;
    Core::Session sampleSession() const;

    QTemporaryDir *m_dir = nullptr;
};

void TestSessionRoundTrip::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    MessageBox::clearAnswers();
}

void TestSessionRoundTrip::cleanup()
{
    MessageBox::clearAnswers();
    delete m_dir;
}

MainWizard::Options TestSessionRoundTrip::options(const QString &name) const
{
    MainWizard::Options o;
    o.demo = true;
    o.draftDirectory = m_dir->filePath(name + QStringLiteral("-drafts"));
    o.settingsFile = m_dir->filePath(name + QStringLiteral(".ini"));
    o.offerRecovery = false;
    return o;
}

Core::Session TestSessionRoundTrip::sampleSession() const
{
    Core::Session s;
    s.environment.orgId = QStringLiteral("ORG@AdobeOrg");
    s.environment.clientId = QStringLiteral("client");
    s.source.connectionSpecId = QLatin1String(Core::Ids::serviceNowSpec);
    s.source.tableName = QStringLiteral("incident");
    s.dataflow.name = QStringLiteral("Incidents");
    s.wizard.insert(QStringLiteral("page"), QStringLiteral("schema"));
    return s;
}

void TestSessionRoundTrip::saveWritesNoSecretAndOpenReadsItBack()
{
    WizardContext context;
    context.session = sampleSession();
    context.clientSecret = QStringLiteral("top-secret-value");
    context.sourceSecrets = {{QStringLiteral("password"), QStringLiteral("source-secret-value")}};
    SessionController controller(&context, m_dir->filePath(QStringLiteral("drafts")),
                                 m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    const QString path = m_dir->filePath(QStringLiteral("one"));
    QVERIFY(controller.saveAs(path));
    QCOMPARE(controller.currentPath(), path + QStringLiteral(".dataflow.json"));
    QFile file(controller.currentPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("top-secret-value"));
    QVERIFY(!bytes.contains("source-secret-value"));
    QVERIFY(bytes.contains("\"formatVersion\""));

    QSignalSpy loaded(&controller, &SessionController::sessionLoaded);
    QVERIFY(controller.open(controller.currentPath()));
    QCOMPARE(loaded.size(), 1);
    const auto session = loaded.constFirst().constFirst().value<Core::Session>();
    QCOMPARE(session.toJson(), context.session.toJson());
    QCOMPARE(controller.recentFiles().constFirst(), controller.currentPath());
    QVERIFY(!controller.isModified());
}

void TestSessionRoundTrip::recentFilesAreDeduplicatedAndCapped()
{
    WizardContext context;
    SessionController controller(&context, m_dir->filePath(QStringLiteral("drafts")),
                                 m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    for (int i = 0; i < 12; ++i)
        controller.addRecentFile(QStringLiteral("/x/%1.dataflow.json").arg(i));
    controller.addRecentFile(QStringLiteral("/x/5.dataflow.json"));
    const QStringList recent = controller.recentFiles();
    QCOMPARE(recent.size(), SessionController::maxRecentFiles);
    QCOMPARE(recent.constFirst(), QStringLiteral("/x/5.dataflow.json"));
    QCOMPARE(recent.count(QStringLiteral("/x/5.dataflow.json")), 1);

    // another controller on the same settings file sees the list
    SessionController other(&context, m_dir->filePath(QStringLiteral("drafts2")),
                            m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    QCOMPARE(other.recentFiles(), recent);
    // a recent file that is gone leaves the list when opened
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!other.open(QStringLiteral("/x/5.dataflow.json")));
    QVERIFY(!other.recentFiles().contains(QStringLiteral("/x/5.dataflow.json")));
    QCOMPARE(other.recentFiles().size(), SessionController::maxRecentFiles - 1);
    other.clearRecentFiles();
    QVERIFY(other.recentFiles().isEmpty());
}

void TestSessionRoundTrip::draftFollowsChangesAndGoesAwayOnSave()
{
    WizardContext context;
    SessionController controller(&context, m_dir->filePath(QStringLiteral("drafts")),
                                 m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    controller.setAutosaveDelay(10);
    QSignalSpy written(&controller, &SessionController::draftWritten);
    context.session = sampleSession();
    context.markChanged();
    QVERIFY(controller.isModified());
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(controller.draftPath()));
    QString error;
    const auto draft = Core::SessionFile::load(controller.draftPath(), &error);
    QVERIFY2(draft, qPrintable(error));
    QCOMPARE(draft->dataflow.name, QStringLiteral("Incidents"));
    // a running instance's own draft is not offered as a crash leftover
    QVERIFY(controller.recoverableDrafts().isEmpty());

    QVERIFY(controller.saveAs(m_dir->filePath(QStringLiteral("saved.dataflow.json"))));
    QVERIFY(!QFile::exists(controller.draftPath()));
    QVERIFY(!controller.isModified());

    // restoring-mode changes (session replay) are not edits
    context.restoring = true;
    context.markChanged();
    QVERIFY(!controller.isModified());
}

void TestSessionRoundTrip::orphanedDraftIsOfferedBack()
{
    const QString drafts = m_dir->filePath(QStringLiteral("drafts"));
    QDir().mkpath(drafts);
    // A draft left by a process that died (no live lock), belonging to a named file.
    const QString orphan = drafts + QStringLiteral("/draft-99999999.json");
    QVERIFY(!Core::SessionFile::save(orphan, sampleSession()));
    {
        QFile origin(drafts + QStringLiteral("/draft-99999999.origin"));
        QVERIFY(origin.open(QIODevice::WriteOnly));
        origin.write("/somewhere/incidents.dataflow.json");
    }
    WizardContext context;
    SessionController controller(&context, drafts, m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    QCOMPARE(controller.recoverableDrafts(), QStringList{orphan});
    QCOMPARE(SessionController::draftOrigin(orphan), QStringLiteral("/somewhere/incidents.dataflow.json"));
    QSignalSpy loaded(&controller, &SessionController::sessionLoaded);
    QVERIFY(controller.recoverDraft(orphan));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(controller.isModified());
    QCOMPARE(controller.currentPath(), QStringLiteral("/somewhere/incidents.dataflow.json"));
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(controller.recoverableDrafts().isEmpty());

    // The wizard offers it on start-up; "No" throws it away.
    QVERIFY(!Core::SessionFile::save(orphan, sampleSession()));
    MainWizard::Options o = options(QStringLiteral("w"));
    o.draftDirectory = drafts;
    o.offerRecovery = true;
    MessageBox::setNextAnswer(QMessageBox::No);
    MainWizard wizard(o);
    QTRY_COMPARE(MessageBox::askedCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("did not close properly")));
    QVERIFY(!QFile::exists(orphan));
}

void TestSessionRoundTrip::corruptFileIsReportedAndNothingChanges()
{
    WizardContext context;
    context.session = sampleSession();
    SessionController controller(&context, m_dir->filePath(QStringLiteral("drafts")),
                                 m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    const QString path = m_dir->filePath(QStringLiteral("bad.dataflow.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"formatVersion\": 1, \"source\": [");
    file.close();
    QSignalSpy loaded(&controller, &SessionController::sessionLoaded);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!controller.open(path));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(MessageBox::askedCount(), 1);
    QVERIFY(!controller.lastError().isEmpty());
    QVERIFY(controller.recentFiles().isEmpty());
    QCOMPARE(context.session.dataflow.name, QStringLiteral("Incidents"));
}

void TestSessionRoundTrip::newSessionAsksAboutUnsavedWork()
{
    MainWizard wizard(options(QStringLiteral("w")));
    wizard.context()->session.dataflow.name = QStringLiteral("work");
    wizard.context()->markChanged();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!wizard.sessions()->newSession());
    QCOMPARE(wizard.context()->session.dataflow.name, QStringLiteral("work"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(wizard.sessions()->newSession());
    QVERIFY(wizard.context()->session.dataflow.name.isEmpty());
    QVERIFY(!wizard.sessions()->isModified());
    // demo mode survives a new session
    QVERIFY(wizard.context()->demoMode);
    QCOMPARE(wizard.context()->session.environment.orgId, wizard.context()->sandbox->config().orgId);
}

void TestSessionRoundTrip::reopenedSessionLandsWhereTheWorkStopped()
{
    const QString path = m_dir->filePath(QStringLiteral("walk.dataflow.json"));
    QString dropped;
    QString schemaId;
    {
        MainWizard first(options(QStringLiteral("first")));
        first.show();
        first.next();
        QTRY_COMPARE_WITH_TIMEOUT(first.currentId(), int(SourcePageId), 10000);
        auto *source = qobject_cast<SourcePage *>(first.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!source->isBusy() && !first.context()->connectionSpecs.isEmpty(), 10000);
        source->selectConnectionSpec(QLatin1String(Core::Ids::serviceNowSpec));
        QTRY_VERIFY_WITH_TIMEOUT(source->tableNames().contains(QStringLiteral("problem")), 10000);
        source->selectTable(QStringLiteral("problem"));
        QTRY_VERIFY_WITH_TIMEOUT(source->isComplete(), 10000);
        dropped = source->columns().constLast().name;
        source->setColumnChecked(dropped, false);
        first.next();
        auto *schema = qobject_cast<SchemaPage *>(first.currentPage());
        QVERIFY(schema);
        QTRY_VERIFY_WITH_TIMEOUT(!schema->schemaIds().isEmpty(), 10000);
        schemaId = schema->schemaIds().constFirst();
        schema->selectSchema(schemaId);
        QTRY_VERIFY_WITH_TIMEOUT(schema->isComplete(), 10000);
        // half-applied: the schema page is where the work stops, its choice already in the session
        QCOMPARE(first.context()->session.schema.id, schemaId);
        QVERIFY(first.sessions()->saveAs(path));
        QVERIFY(first.close());
    }

    MainWizard second(options(QStringLiteral("second")));
    second.show();
    QSignalSpy reset(&second, &MainWizard::sessionReset);
    QVERIFY(second.openFile(path));
    QVERIFY(reset.wait(20000));
    QVERIFY(!second.isReplaying());
    QCOMPARE(second.currentId(), int(SchemaPageId));
    const Core::Session &session = second.context()->session;
    QCOMPARE(session.source.tableName, QStringLiteral("problem"));
    QCOMPARE(session.schema.id, schemaId);
    for (const auto &c : session.source.columns)
        QVERIFY(c.name != dropped);

    // every page on the way was restored from the file
    auto *source = qobject_cast<SourcePage *>(second.page(SourcePageId));
    QCOMPARE(source->tableName(), QStringLiteral("problem"));
    QVERIFY(!source->checkedColumns().contains(dropped));
    QCOMPARE(source->checkedColumns().size(), session.source.columns.size());
    auto *schema = qobject_cast<SchemaPage *>(second.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(schema->isComplete(), 10000);
    QCOMPARE(schema->selectedSchemaId(), schemaId);
    QVERIFY(!second.context()->schemaIndex.isEmpty());
    // opening is not an edit
    QVERIFY(!second.sessions()->isModified());
    QCOMPARE(MessageBox::askedCount(), 0);
    // going back keeps what was restored
    second.back();
    QCOMPARE(second.currentId(), int(SourcePageId));
    QCOMPARE(source->tableName(), QStringLiteral("problem"));
}

void TestSessionRoundTrip::droppingAFileOpensIt()
{
    const QString path = m_dir->filePath(QStringLiteral("dropped.dataflow.json"));
    Core::Session s = sampleSession();
    s.wizard.insert(QStringLiteral("page"), QStringLiteral("connect"));
    QVERIFY(!Core::SessionFile::save(path, s));
    MainWizard wizard(options(QStringLiteral("w")));
    wizard.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.sessions()->currentPath(), path, 10000);
    QCOMPARE(wizard.context()->session.dataflow.name, QStringLiteral("Incidents"));
}

QTEST_MAIN(TestSessionRoundTrip)
#include "tst_sessionroundtrip.moc"
