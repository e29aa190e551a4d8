#include "ui/common/dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>

#include <utility>

namespace hindsight::ui {

std::optional<QString> Dialogs::s_nextFileName;
std::optional<QMessageBox::StandardButton> Dialogs::s_nextAnswer;
QString Dialogs::s_lastMessage;

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, folder + QLatin1Char('/') + suggested,
                                        filter);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text,
                       const QString &details)
{
    s_lastMessage = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (std::exchange(s_nextAnswer, std::nullopt))
        return;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    // The sentences quote file, candidate and interviewer names as typed: never markup.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(details);
    box.exec();
}

void Dialogs::critical(QWidget *parent, const QString &title, const interchange::Failure &failure)
{
    critical(parent, title, failure.what, failure.reason());
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (std::exchange(s_nextAnswer, std::nullopt))
        return;
    QMessageBox::about(parent, title, text);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &details, const QString &acceptText)
{
    s_lastMessage = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (const auto answer = std::exchange(s_nextAnswer, std::nullopt))
        return *answer != QMessageBox::Cancel;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // as in critical()
    box.setInformativeText(details);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QMessageBox::StandardButton Dialogs::choose(QWidget *parent, const QString &title,
                                            const QString &text, const QString &details,
                                            const QList<Choice> &choices)
{
    s_lastMessage = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (const auto answer = std::exchange(s_nextAnswer, std::nullopt))
        return *answer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // as in critical()
    box.setInformativeText(details);
    for (const Choice &choice : choices) {
        QPushButton *button = box.addButton(choice.button);
        button->setText(choice.text);
        if (&choice == &choices.first())
            box.setDefaultButton(button);
    }
    box.exec();
    const auto clicked = box.standardButton(box.clickedButton());
    return clicked == QMessageBox::NoButton ? QMessageBox::Cancel : clicked;
}

void Dialogs::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

std::optional<QMessageBox::StandardButton> Dialogs::scriptedAnswer(const QString &message)
{
    s_lastMessage = message;
    return std::exchange(s_nextAnswer, std::nullopt);
}

QString Dialogs::lastMessage()
{
    return s_lastMessage;
}

} // namespace hindsight::ui
