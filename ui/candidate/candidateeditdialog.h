#pragma once

#include "core/candidate.h"
#include "core/role.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hindsight::ui {

// Candidate → Edit Candidate…: corrects a candidate's name, e-mail, the role they applied for and
// the link to their CV or profile. Save is offered only while the name is given and the e-mail and
// link, when given, look like an e-mail address and an http(s) link; the caller stores candidate()
// in one write.
class CandidateEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateEditDialog)

public:
    CandidateEditDialog(const core::Candidate &candidate, const std::vector<core::Role> &roles,
                        QWidget *parent = nullptr);

    // The candidate as edited: the one given, with the fields of the dialog (trimmed).
    core::Candidate candidate() const;
    // Why Save is not offered, or empty when it is.
    QString problem() const;

private:
    void validate();

    core::Candidate m_original;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role;
    QLineEdit *m_link;
    QLabel *m_roleNote;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
