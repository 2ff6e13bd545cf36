// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace Dataflow::Gui {
class MainWizard;
}

/**
 * `dataflow-wizard --demo --screenshots DIR`: walks the wizard through a demo dataflow
 * (ServiceNow incidents into the demo profile schema), saves each page as DIR/NN-<page>.png with
 * QWidget::grab() and quits. Used by scripts/screenshots with QT_QPA_PLATFORM=offscreen.
 */
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    ScreenshotRunner(Dataflow::Gui::MainWizard *wizard, const QString &directory, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void tick();
    bool pageIdle() const;
    void grab(const QString &variant = {});

    QPointer<Dataflow::Gui::MainWizard> m_wizard;
    QString m_directory;
    QTimer *m_timer = nullptr;
    int m_stage = 0;       // 0: act on the page, 1: grab, 2: next, 3-5: the page's other mode
    int m_idleTicks = 0;
    int m_waitedTicks = 0;
    int m_shots = 0;
    int m_lastPage = -1;
    int m_connectAttempts = 0;
};
