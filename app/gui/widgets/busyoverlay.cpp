// SPDX-License-Identifier: MIT
#include "widgets/busyoverlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dataflow::Gui {

BusyOverlay::BusyOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus);

    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setMinimumWidth(320);

    m_label = new QLabel(panel);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    auto *bar = new QProgressBar(panel);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Working"));
    // Escape cancels while the overlay is up (no mnemonic: it would clash with the page's own).
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->setToolTip(tr("Cancel the running request (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel the running request"));
    connect(m_cancel, &QPushButton::clicked, this, &BusyOverlay::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_label);
    panelLayout->addWidget(bar);
    panelLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

BusyOverlay::~BusyOverlay() = default;

void BusyOverlay::setMessage(const QString &message)
{
    m_label->setText(message);
    m_cancel->setAccessibleDescription(message);
}

QString BusyOverlay::message() const
{
    return m_label->text();
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::keyPressEvent(QKeyEvent *event)
{
    // Escape would reach the dialog and close the wizard: here it cancels the work instead.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        emit cancelRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(190);
    painter.fillRect(rect(), veil);
}

void BusyOverlay::showEvent(QShowEvent *event)
{
    setGeometry(parentWidget()->rect());
    raise();
    QWidget::showEvent(event);
    m_cancel->setFocus(Qt::OtherFocusReason);
}

} // namespace Dataflow::Gui
