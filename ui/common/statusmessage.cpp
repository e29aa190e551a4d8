#include "ui/common/statusmessage.h"

#include "ui/common/dialogs.h"

#include <QMainWindow>
#include <QStatusBar>

namespace hindsight::ui {

void StatusMessage::show(QStatusBar *bar, const QString &text, Lasting lasting)
{
    bar->showMessage(text, lasting == Lasting::Briefly ? BriefMs : 0);
}

void StatusMessage::failure(QMainWindow *window, const QString &title,
                            const interchange::Failure &failure)
{
    show(window->statusBar(), failure.sentence(), Lasting::UntilReplaced);
    Dialogs::critical(window, title, failure);
}

} // namespace hindsight::ui
