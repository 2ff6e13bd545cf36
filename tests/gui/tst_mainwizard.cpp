// SPDX-License-Identifier: MIT
#include "api/requests.h"
#include "messagebox.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"
#include "wizard/connectpage.h"
#include "wizard/mainwizard.h"
#include "wizard/schemapage.h"
#include "wizard/sourcepage.h"
#include "wizard/targetpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Dataflow;
using namespace Dataflow::Gui;

class TestMainWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasNinePagesInOrder();
    void ownsOneManagerClientAndEngine();
    void demoModeStartsTheSandboxOnLoopback();
    void fileMenuHasTheUsualShortcuts();
    void walksTheFirstFourPagesInDemoMode();
    void closingWithUnsavedChangesAsks();
    void closingAfterSaveDoesNotAsk();
    void flowLinkNamesTenantSandboxAndFlow();
    void everyStringHasABrazilianPortugueseTranslation();
    void pagesOneToFourAreKeyboardAndScreenReaderFriendly();

private:
    MainWizard *makeWizard();

    QTemporaryDir *m_dir = nullptr;
    MainWizard *m_wizard = nullptr;
};

void TestMainWizard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    MessageBox::clearAnswers();
    m_wizard = makeWizard();
}

void TestMainWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    MessageBox::clearAnswers();
    delete m_dir;
}

MainWizard *TestMainWizard::makeWizard()
{
    MainWizard::Options options;
    options.demo = true;
    options.draftDirectory = m_dir->filePath(QStringLiteral("drafts"));
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.offerRecovery = false;
    auto *wizard = new MainWizard(options);
    wizard->resize(1100, 780);
    return wizard;
}

void TestMainWizard::hasNinePagesInOrder()
{
    QCOMPARE(m_wizard->pageIds().size(), 9);
    for (int id = ConnectPageId; id <= MonitorPageId; ++id)
        QVERIFY2(m_wizard->page(id), qPrintable(pageKey(PageId(id))));
    QVERIFY(qobject_cast<ConnectPage *>(m_wizard->page(ConnectPageId)));
    QVERIFY(qobject_cast<SourcePage *>(m_wizard->page(SourcePageId)));
    QVERIFY(qobject_cast<SchemaPage *>(m_wizard->page(SchemaPageId)));
    QVERIFY(qobject_cast<TargetPage *>(m_wizard->page(TargetPageId)));
    QCOMPARE(m_wizard->startId(), int(ConnectPageId));
    QCOMPARE(pageKey(SchemaPageId), QStringLiteral("schema"));
    QCOMPARE(pageFromKey(QStringLiteral("monitor")), MonitorPageId);
    QCOMPARE(pageFromKey(QStringLiteral("bogus"), SourcePageId), SourcePageId);
}

void TestMainWizard::ownsOneManagerClientAndEngine()
{
    WizardContext *context = m_wizard->context();
    QVERIFY(context->api);
    QVERIFY(context->engine);
    QCOMPARE(context->api->parent(), m_wizard);
    QCOMPARE(context->engine->parent(), m_wizard);
    QVERIFY(m_wizard->networkManager());
    QVERIFY(m_wizard->networkManager()->autoDeleteReplies());
    QCOMPARE(m_wizard->findChildren<QNetworkAccessManager *>().size(), 1);
}

void TestMainWizard::demoModeStartsTheSandboxOnLoopback()
{
    WizardContext *context = m_wizard->context();
    QVERIFY(m_wizard->isDemo());
    QVERIFY(context->sandbox);
    const QUrl url = context->sandbox->url();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(context->session.environment.platformUrl, url.toString(QUrl::StripTrailingSlash));
    QCOMPARE(context->session.environment.imsUrl, context->session.environment.platformUrl);
    QCOMPARE(context->api->config().platformUrl.port(), url.port());
    QVERIFY(context->api->hasCredentials());
    QVERIFY(m_wizard->windowTitle().contains(QLatin1String("demo")));
}

void TestMainWizard::fileMenuHasTheUsualShortcuts()
{
    QVERIFY(m_wizard->menuBar());
    auto shortcutOf = [this](const char *name) {
        auto *action = m_wizard->findChild<QAction *>(QLatin1String(name));
        return action ? action->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcutOf("actionSave"), QKeySequence(QKeySequence::Save));
    QCOMPARE(shortcutOf("actionOpen"), QKeySequence(QKeySequence::Open));
    QCOMPARE(shortcutOf("actionNew"), QKeySequence(QKeySequence::New));
    QVERIFY(m_wizard->findChild<QAction *>(QStringLiteral("actionSaveAs")));
    QVERIFY(m_wizard->acceptDrops());
}

void TestMainWizard::walksTheFirstFourPagesInDemoMode()
{
    m_wizard->show();
    QCOMPARE(m_wizard->currentId(), int(ConnectPageId));
    // Next on the connect page tests the connection and moves on by itself.
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SourcePageId), 10000);
    QCOMPARE(m_wizard->context()->session.wizard.value(QStringLiteral("page")).toString(),
             QStringLiteral("source"));

    auto *source = qobject_cast<SourcePage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!source->isBusy() && !m_wizard->context()->connectionSpecs.isEmpty(), 10000);
    source->selectConnectionSpec(QLatin1String(Core::Ids::serviceNowSpec));
    QTRY_VERIFY_WITH_TIMEOUT(source->tableNames().contains(QStringLiteral("incident")), 10000);
    source->selectTable(QStringLiteral("incident"));
    QTRY_VERIFY_WITH_TIMEOUT(source->isComplete(), 10000);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SchemaPageId));

    auto *schema = qobject_cast<SchemaPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!schema->schemaIds().isEmpty(), 10000);
    schema->selectSchema(schema->schemaIds().constFirst());
    QTRY_VERIFY_WITH_TIMEOUT(schema->isComplete(), 10000);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(TargetPageId));

    auto *target = qobject_cast<TargetPage *>(m_wizard->currentPage());
    QVERIFY(target->isComplete());
    const QString summary = target->summaryText();
    QVERIFY2(summary.contains(QLatin1String("parquet_xdm")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String(Core::Ids::dataLakeSpec)));
    QVERIFY(summary.contains(m_wizard->context()->session.schema.id));
    QVERIFY(summary.contains(QLatin1String("Demo customer profiles")));
    QVERIFY(m_wizard->sessions()->isModified());
    QVERIFY(m_wizard->windowTitle().contains(QLatin1String("[*]")));
}

void TestMainWizard::closingWithUnsavedChangesAsks()
{
    m_wizard->show();
    m_wizard->context()->session.dataflow.name = QStringLiteral("changed");
    m_wizard->context()->markChanged();
    QVERIFY(m_wizard->sessions()->isModified());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_wizard->close());
    QCOMPARE(MessageBox::askedCount(), 1);
    QVERIFY(m_wizard->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_wizard->close());
    QCOMPARE(MessageBox::askedCount(), 2);
    QVERIFY(!m_wizard->isVisible());
}

void TestMainWizard::closingAfterSaveDoesNotAsk()
{
    m_wizard->show();
    m_wizard->context()->session.dataflow.name = QStringLiteral("saved");
    m_wizard->context()->markChanged();
    QVERIFY(m_wizard->sessions()->saveAs(m_dir->filePath(QStringLiteral("a.dataflow.json"))));
    QVERIFY(!m_wizard->sessions()->isModified());
    QVERIFY(m_wizard->close());
    QCOMPARE(MessageBox::askedCount(), 0);
}

void TestMainWizard::flowLinkNamesTenantSandboxAndFlow()
{
    m_wizard->context()->tenantId = QStringLiteral("acme");
    const QString link = m_wizard->platformFlowUrl(QStringLiteral("flow-1"));
    QVERIFY2(link.startsWith(QLatin1String("https://experience.adobe.com/#/@acme/sname:prod/platform/source/dataflows/flow-1")),
             qPrintable(link));
}

void TestMainWizard::everyStringHasABrazilianPortugueseTranslation()
{
    QFile file(QStringLiteral(DATAFLOW_SOURCE_DIR "/resources/translations/dataflow_pt_BR.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList untranslated;
    QString source;
    QStringList forms;
    bool unfinished = false;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    auto placeholders = [](const QString &text) {
        QStringList out;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            out.append(it.next().captured());
        out.removeDuplicates();
        out.sort();
        return out;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            forms.clear();
            unfinished = false;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            forms.append(text.trimmed());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            const QString translation = forms.join(QString());
            if (unfinished || translation.isEmpty())
                untranslated.append(source);
            else if (!placeholders(source).isEmpty())
                QVERIFY2(!placeholders(translation).isEmpty(), qPrintable(source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.mid(0, 5).join(QLatin1String(" | "))));
}

void TestMainWizard::pagesOneToFourAreKeyboardAndScreenReaderFriendly()
{
    auto mnemonicOf = [](const QString &text) -> QChar {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
        }
        return {};
    };
    // The wizard's own buttons and the menu take these.
    const QList<QChar> reserved{QLatin1Char('n'), QLatin1Char('b'), QLatin1Char('f')};
    for (int id : {ConnectPageId, SourcePageId, SchemaPageId, TargetPageId}) {
        QWizardPage *page = m_wizard->page(id);
        const QString where = pageKey(PageId(id));
        QHash<QChar, QString> used;
        auto claim = [&](const QString &text) {
            const QChar key = mnemonicOf(text);
            if (key.isNull())
                return;
            QVERIFY2(!reserved.contains(key), qPrintable(where + QLatin1String(": ") + text));
            QVERIFY2(!used.contains(key), qPrintable(where + QLatin1String(": ") + text + QLatin1String(" vs ") + used.value(key)));
            used.insert(key, text);
        };
        QList<QWidget *> buddies;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (mnemonicOf(label->text()).isNull())
                continue;
            QVERIFY2(label->buddy(), qPrintable(where + QLatin1String(": ") + label->text()));
            buddies.append(label->buddy());
            claim(label->text());
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
            claim(button->text());
        // Every input can be found by a screen reader: an accessible name or a label pointing at it.
        QList<QWidget *> inputs;
        for (QWidget *w : page->findChildren<QLineEdit *>())
            inputs.append(w);
        for (QWidget *w : page->findChildren<QComboBox *>())
            inputs.append(w);
        for (QWidget *w : page->findChildren<QAbstractItemView *>())
            inputs.append(w);
        for (QWidget *input : std::as_const(inputs)) {
            if (qobject_cast<QComboBox *>(input->parentWidget()) || input->inherits("QComboBoxListView")
                || input->inherits("QHeaderView"))
                continue; // a combo box's own popup or editor
            QVERIFY2(!input->accessibleName().isEmpty() || buddies.contains(input),
                     qPrintable(where + QLatin1String(": ") + input->objectName()));
            QVERIFY2(input->focusPolicy() != Qt::NoFocus, qPrintable(where + QLatin1String(": ") + input->objectName()));
        }
    }
}

QTEST_MAIN(TestMainWizard)
#include "tst_mainwizard.moc"
