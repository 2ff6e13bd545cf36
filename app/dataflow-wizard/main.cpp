// SPDX-License-Identifier: MIT
#include "screenshotrunner.h"
#include "wizard/mainwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

/** --startup-probe: prints when the window was first painted, then quits (bench/wizard reads it). */
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceMain, QObject *parent) : QObject(parent), m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 inProcess = m_sinceMain.elapsed();
            QTimer::singleShot(0, watched, [now, inProcess] {
                std::printf("first-paint-epoch-ms: %lld\nmain-to-first-paint-ms: %lld\n", now, inProcess);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dataflow-wizard"));
    QApplication::setOrganizationName(QStringLiteral("dataflow"));
    QApplication::setApplicationVersion(QStringLiteral(DATAFLOW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dataflow-wizard.svg")));
    QApplication::setDesktopFileName(QStringLiteral("dataflow-wizard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sets up Adobe Experience Platform dataflows from Salesforce Service Cloud and ServiceNow."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Start on the built-in demo sandbox (offline)."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language, e.g. en or pt_BR."),
        QStringLiteral("code"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Walk through every page in demo mode, save each as a PNG in <dir>, then quit."),
        QStringLiteral("dir"));
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addOption(screenshotsOption);
    QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                   QCoreApplication::translate("main", "Print when the window is first painted, then quit (benchmarks)."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probeOption);
    parser.addPositionalArgument(QStringLiteral("session"),
                                 QCoreApplication::translate("main", "A session file to open."),
                                 QStringLiteral("[session]"));
    parser.process(app);

    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("dataflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    const bool screenshots = parser.isSet(screenshotsOption);
    Dataflow::Gui::MainWizard::Options options;
    options.demo = parser.isSet(demoOption) || screenshots;
    options.offerRecovery = !screenshots;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (screenshots) {
        options.draftDirectory = QDir::tempPath() + QStringLiteral("/dataflow-wizard-screenshots-drafts");
    } else {
        QDir().mkpath(dataDir);
        // The demo sandbox keeps what was created between runs, so saved demo sessions reopen.
        options.sandboxStatePath = dataDir + QStringLiteral("/demo-sandbox-state.json");
    }

    Dataflow::Gui::MainWizard wizard(options);
    wizard.resize(1100, 780);
    if (parser.isSet(probeOption))
        wizard.installEventFilter(new FirstPaintProbe(sinceMain, &wizard));
    wizard.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !screenshots) {
        const QString path = files.constFirst();
        QTimer::singleShot(0, &wizard, [&wizard, path] { wizard.openFile(path); });
    }

    if (screenshots) {
        auto *runner = new ScreenshotRunner(&wizard, parser.value(screenshotsOption), &wizard);
        QObject::connect(runner, &ScreenshotRunner::finished, &app, [](int code) {
            QCoreApplication::exit(code);
        });
        runner->start();
    }
    return QApplication::exec();
}
