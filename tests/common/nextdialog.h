#pragma once

// A dialog that the code under test opens, with exec() or open(), answered by the test as a user
// would answer it, so a modal dialog never blocks the test.

#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <memory>

class QDialog;

namespace hindsight::test {

// Watches for the next visible dialog of a class and hands it to `answer` once, from the event
// loop, inside the dialog's own exec() when it has one. Create it before the step that opens the
// dialog and keep it until that step returns; answered() says whether a dialog came within the
// time allowed. After the first dialog, or the time allowed, it watches no more.
//
//     auto preview = test::NextDialog::of<QPrintPreviewDialog>([](QPrintPreviewDialog *d) {
//         d->reject();
//     });
//     dialog.printPreview();             // opens the preview
//     QTRY_VERIFY(preview->answered());
class NextDialog final
{
    Q_DISABLE_COPY_MOVE(NextDialog)

public:
    using Answer = std::function<void(QDialog *)>;

    // `className` as its meta-object names it; a dialog of a subclass counts too.
    NextDialog(const char *className, Answer answer, int timeoutMs = 10000);
    ~NextDialog();

    template<typename T>
    static std::unique_ptr<NextDialog> of(std::function<void(T *)> answer, int timeoutMs = 10000)
    {
        return std::make_unique<NextDialog>(
            T::staticMetaObject.className(),
            [answer = std::move(answer)](QDialog *dialog) { answer(static_cast<T *>(dialog)); },
            timeoutMs);
    }

    bool answered() const { return m_answered; }

private:
    void look();

    QByteArray m_className;
    Answer m_answer;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace hindsight::test
