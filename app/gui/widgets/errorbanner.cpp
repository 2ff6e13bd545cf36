// SPDX-License-Identifier: MIT
#include "widgets/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dataflow::Gui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show the server's answer"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setText(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss the message"));

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->setAccessibleName(tr("Server answer"));
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const Core::ApiError &error)
{
    QStringList facts;
    if (!error.code.isEmpty())
        facts << tr("Code: %1").arg(error.code);
    if (error.httpStatus > 0)
        facts << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        facts << tr("Request id: %1").arg(error.requestId);
    QString message = error.message.isEmpty() ? tr("The request failed.") : error.message;
    if (!facts.isEmpty())
        message += QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
    showMessage(Kind::Error, message, error.nextStep, error.detail);
}

void ErrorBanner::showMessage(Kind kind, const QString &message, const QString &nextStep,
                              const QString &details)
{
    m_kind = kind;
    m_plain = message;
    if (!nextStep.isEmpty())
        m_plain += QLatin1Char('\n') + tr("Next step: %1").arg(nextStep);
    m_text->setText(m_plain);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    applyKind();
    setAccessibleDescription(m_plain);
    show();
}

void ErrorBanner::clear()
{
    m_plain.clear();
    m_text->clear();
    m_details->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_plain;
}

void ErrorBanner::applyKind()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    QColor colour(0xfd, 0xe2, 0xe1);
    switch (m_kind) {
    case Kind::Error:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colour = QColor(0xff, 0xf4, 0xce);
        break;
    case Kind::Info:
        icon = QStyle::SP_MessageBoxInformation;
        colour = QColor(0xe1, 0xef, 0xfd);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
}

} // namespace Dataflow::Gui
