#pragma once

#include <QWidget>

class QLabel;

namespace hindsight::ui {

// A calm, centred message for a page with nothing to show yet, saying what to do next.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setMessage(const QString &title, const QString &body);
    QString title() const;
    QString body() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_title;
    QLabel *m_body;
};

} // namespace hindsight::ui
