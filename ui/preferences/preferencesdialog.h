#pragma once

#include "core/interviewer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hindsight::ui {

// Edit → Preferences… (Ctrl+,): the interviewer's name and e-mail — what every interview they
// hold is recorded under — the interview time budget, the retention period, the language and the
// paper reports are printed on. The first start
// shows it as a welcome (Purpose::FirstStart), proposing the account's full name, until the
// interviewer confirms. Accepting writes the settings; the caller moves the interviewer's drafts
// to the new name and e-mail (Store::renameDraftAuthor from previousInterviewer()).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    enum class Purpose { Edit, FirstStart };

    explicit PreferencesDialog(Purpose purpose, QWidget *parent = nullptr);

    // The name and e-mail interviews were recorded under before this dialog opened.
    const core::Interviewer &previousInterviewer() const { return m_previous; }

    // An e-mail is optional; one that is given must look like one (something@something.tld).
    static bool isPlausibleEmail(const QString &email);

    void accept() override;

signals:
    // Whether what is typed can be accepted: a name, and an e-mail that is empty or plausible.
    void validityChanged(bool valid);

private:
    void validate();

    core::Interviewer m_previous;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_problem;
    QSpinBox *m_budget;
    QSpinBox *m_retention;
    QComboBox *m_language;
    QComboBox *m_paper;
};

} // namespace hindsight::ui
