// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Dataflow::Gui {

/**
 * A coloured strip at the top of a page: what went wrong, the Platform's code and request id, the
 * next step, and the server's (redacted) answer behind "Details". Also used for warnings and
 * notes. Hidden until a message is set; the user can dismiss it.
 */
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Kind { Error, Warning, Info };
    Q_ENUM(Kind)

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showError(const Core::ApiError &error);
    void showMessage(Kind kind, const QString &message, const QString &nextStep = {},
                     const QString &details = {});
    void clear();

    Kind kind() const { return m_kind; }
    /** Everything shown, as plain text (message, code, request id, next step). */
    QString text() const;

signals:
    void dismissed();

private:
    void applyKind();

    Kind m_kind = Kind::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QString m_plain;
};

} // namespace Dataflow::Gui
