// SPDX-License-Identifier: MIT
#include "messagebox.h"

namespace Dataflow::Gui {

namespace {
QList<MessageBox::Button> &answers()
{
    static QList<MessageBox::Button> queue;
    return queue;
}
QString &lastQuestion()
{
    static QString text;
    return text;
}
int &asked()
{
    static int count = 0;
    return count;
}
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    lastQuestion() = text;
    ++asked();
    if (!answers().isEmpty())
        return answers().takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    answers().append(answer);
}

void MessageBox::clearAnswers()
{
    answers().clear();
    asked() = 0;
    lastQuestion().clear();
}

int MessageBox::pendingAnswers()
{
    return int(answers().size());
}

QString MessageBox::lastText()
{
    return lastQuestion();
}

int MessageBox::askedCount()
{
    return asked();
}

} // namespace Dataflow::Gui
