#include "ui/board/decisiondialog.h"

#include "ui/common/plaintext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hindsight::ui {

DecisionDialog::DecisionDialog(const QString &candidate, const core::Decision *current,
                               QWidget *parent)
    : QDialog(parent)
    , m_outcomes(new QButtonGroup(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record Decision — %1").arg(PlainText::isolate(candidate)));

    auto *group = new QGroupBox(tr("Outcome"), this);
    auto *row = new QHBoxLayout(group);
    using Outcome = core::Decision::Outcome;
    // Alt+1 … Alt+4 through the mnemonics, in the order a debrief usually goes.
    const std::pair<Outcome, QString> outcomes[] = {
        {Outcome::Advance, tr("&1 Advance")},
        {Outcome::Hire, tr("&2 Hire")},
        {Outcome::NoHire, tr("&3 No hire")},
        {Outcome::Hold, tr("&4 Hold")},
    };
    for (const auto &[outcome, text] : outcomes) {
        auto *button = new QRadioButton(text, group);
        button->setObjectName(
            QStringLiteral("outcome-%1").arg(QString::fromUtf8(core::Decision::outcomeId(outcome))));
        button->setAccessibleName(Terms::outcome(outcome));
        m_outcomes->addButton(button, int(outcome));
        row->addWidget(button);
    }
    if (current)
        m_outcomes->button(int(current->outcome))->setChecked(true);

    m_rationale->setObjectName(QStringLiteral("decisionRationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(
        tr("Why: the evidence the committee weighed, and what would change the decision."));
    m_rationale->setTabChangesFocus(true);
    auto *label = new QLabel(tr("&Rationale (required):"), this);
    label->setBuddy(m_rationale);
    auto *note = new QLabel(tr("Earlier decisions stay in the candidate's history."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Decision"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(label);
    layout->addWidget(m_rationale, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    connect(m_outcomes, &QButtonGroup::idToggled, this, &DecisionDialog::updateOk);
    updateOk();
    WindowGeometry::manage(this, QSize(520, 300));
    m_rationale->setFocus();
}

core::Decision::Outcome DecisionDialog::outcome() const
{
    return core::Decision::Outcome(m_outcomes->checkedId());
}

QString DecisionDialog::rationale() const
{
    return m_rationale->toPlainText().trimmed();
}

void DecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_outcomes->checkedId() >= 0 && !rationale().isEmpty());
}

} // namespace hindsight::ui
