#include "ui/common/statusmessage.h"

#include "ui/common/dialogs.h"

#include <QMainWindow>
#include <QStatusBar>

namespace hindsight::ui {

void StatusMessage::show(QStatusBar *bar, const QString &text)
{
    bar->showMessage(text, BriefMs);
}

void StatusMessage::keep(QStatusBar *bar, const QString &text)
{
    bar->showMessage(text);
}

void StatusMessage::failure(QMainWindow *window, const QString &title,
                            const interchange::Failure &failure)
{
    keep(window->statusBar(), failure.sentence());
    Dialogs::critical(window, title, failure);
}

} // namespace hindsight::ui
