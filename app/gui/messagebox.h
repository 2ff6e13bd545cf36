// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

namespace Dataflow::Gui {

/**
 * The one way the GUI asks questions (KeePassXC's seam): static helpers over QMessageBox. Tests
 * queue answers with setNextAnswer(); a queued answer is returned without showing anything and
 * the question is recorded (lastText()). GUI thread only.
 */
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    /** The next question returns this answer without a dialog. Several calls queue answers. */
    static void setNextAnswer(Button answer);
    static void clearAnswers();
    static int pendingAnswers();
    /** Text of the last question asked (shown or answered from the queue). */
    static QString lastText();
    /** How many questions were asked since the last clearAnswers(). */
    static int askedCount();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace Dataflow::Gui
