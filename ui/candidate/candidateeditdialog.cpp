#include "ui/candidate/candidateeditdialog.h"

#include "ui/candidate/profilelink.h"
#include "ui/common/colours.h"
#include "ui/common/plaintext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/preferences/preferencesdialog.h"

#include "core/limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

CandidateEditDialog::CandidateEditDialog(const core::Candidate &candidate,
                                         const std::vector<core::Role> &roles, QWidget *parent)
    : QDialog(parent)
    , m_original(candidate)
    , m_name(new QLineEdit(Terms::text(candidate.name), this))
    , m_email(new QLineEdit(Terms::text(candidate.email), this))
    , m_role(new QComboBox(this))
    , m_link(new QLineEdit(Terms::text(candidate.profileLink), this))
    , m_roleNote(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("candidateEditDialog"));
    setWindowTitle(tr("Edit Candidate"));

    m_name->setObjectName(QStringLiteral("candidateEditName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(core::limits::lineLength);
    m_email->setObjectName(QStringLiteral("candidateEditEmail"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setMaxLength(core::limits::lineLength);
    m_email->setPlaceholderText(tr("name@example.org (optional)"));
    m_role->setObjectName(QStringLiteral("candidateEditRole"));
    m_role->setAccessibleName(tr("Role applied for"));
    for (const core::Role &r : roles)
        m_role->addItem(Terms::text(r.title), QVariant::fromValue(r.id));
    m_role->setCurrentIndex(m_role->findData(QVariant::fromValue(candidate.roleId)));
    m_link->setObjectName(QStringLiteral("candidateEditLink"));
    m_link->setAccessibleName(tr("Link to their CV or profile"));
    m_link->setMaxLength(core::limits::linkLength);
    m_link->setPlaceholderText(tr("https://… (optional)"));
    m_link->setToolTip(tr("A web address starting with http:// or https://; the candidate page "
                          "opens it in your browser"));

    m_roleNote->setObjectName(QStringLiteral("candidateEditRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("candidateEditProblem"));
    m_problem->setWordWrap(true);
    PlainText::apply({m_roleNote, m_problem});
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, Colours::problem());
    m_problem->setPalette(red);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleNote);
    form->addRow(tr("&CV or profile:"), m_link);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_name, m_email, m_link})
        connect(field, &QLineEdit::textChanged, this, &CandidateEditDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &CandidateEditDialog::validate);
    validate();
    setMinimumWidth(520);
    WindowGeometry::manage(this, QSize(560, sizeHint().height()));
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

core::Candidate CandidateEditDialog::candidate() const
{
    core::Candidate c = m_original;
    c.name = m_name->text().trimmed().toStdString();
    c.email = m_email->text().trimmed().toStdString();
    if (m_role->currentIndex() >= 0)
        c.roleId = m_role->currentData().value<core::Id>();
    c.profileLink = m_link->text().trimmed().toStdString();
    return c;
}

QString CandidateEditDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A candidate needs a name.");
    if (!PreferencesDialog::isPlausibleEmail(m_email->text()))
        return tr("Not an e-mail address; leave it empty if there is none.");
    if (!ProfileLink::isAcceptable(m_link->text()))
        return tr("Not a web link: it starts with http:// or https://. Leave it empty if there is "
                  "none.");
    if (m_role->currentIndex() < 0)
        return tr("Pick the role they applied for.");
    return {};
}

void CandidateEditDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());

    const bool moved = m_role->currentIndex() >= 0
                       && m_role->currentData().value<core::Id>() != m_original.roleId;
    m_roleNote->setText(moved ? tr("Their interviews count for %1 from now on, on its board and "
                                   "against its demands.")
                                    .arg(PlainText::isolate(m_role->currentText()))
                              : QString());
    m_roleNote->setVisible(moved);
    // The note and the problem wrap and come and go: the open dialog grows for them rather than
    // cut them (a wrapped label's height depends on the width, which a minimum size ignores).
    if (isVisible()) {
        layout()->activate();
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    }
}

} // namespace hindsight::ui
