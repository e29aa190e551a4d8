#include "tests/common/nextdialog.h"

#include <QApplication>
#include <QDialog>

namespace hindsight::test {

NextDialog::NextDialog(const char *className, Answer answer, int timeoutMs)
    : m_className(className)
    , m_answer(std::move(answer))
    , m_timeoutMs(timeoutMs)
{
    m_clock.start();
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { look(); });
    m_timer.start();
}

NextDialog::~NextDialog()
{
    if (!m_answered)
        qWarning("no %s was shown to answer", m_className.constData());
}

void NextDialog::look()
{
    if (m_clock.elapsed() > m_timeoutMs) {
        m_timer.stop();
        return;
    }
    for (QWidget *window : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (!dialog || !dialog->isVisible() || !dialog->inherits(m_className.constData()))
            continue;
        // Once, whatever the answer does in its own event loops.
        m_timer.stop();
        m_answered = true;
        m_answer(dialog);
        return;
    }
}

} // namespace hindsight::test
