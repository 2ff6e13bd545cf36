// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Dataflow::Gui {

/**
 * A translucent panel over its parent widget while work runs: a message, an indeterminate progress
 * bar and a Cancel button. Follows the parent's size; hidden by default. The parent's widgets
 * underneath cannot be clicked while it is visible.
 */
class BusyOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyOverlay)

public:
    explicit BusyOverlay(QWidget *parent);
    ~BusyOverlay() override;

    void setMessage(const QString &message);
    QString message() const;
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Dataflow::Gui
