#include "ui/board/overridedialog.h"

#include "ui/common/plaintext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"

#include "core/scoring/scorer.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

OverrideDialog::OverrideDialog(const QString &candidate, const core::CandidateFigures &formula,
                               QWidget *parent)
    : QDialog(parent)
    , m_breadth(new QDoubleSpinBox(this))
    , m_depth(new QDoubleSpinBox(this))
    , m_shape(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override Placement — %1").arg(PlainText::isolate(candidate)));

    for (QDoubleSpinBox *box : {m_breadth, m_depth}) {
        box->setRange(0.0, 10.0);
        box->setSingleStep(0.25);
        box->setDecimals(2);
    }
    m_breadth->setObjectName(QStringLiteral("overrideBreadth"));
    m_breadth->setAccessibleName(tr("Breadth"));
    m_breadth->setValue(formula.breadth);
    m_depth->setObjectName(QStringLiteral("overrideDepth"));
    m_depth->setAccessibleName(tr("Depth"));
    m_depth->setValue(formula.depth);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("What the formula misses: the evidence that puts the candidate elsewhere."));

    auto *formulaLabel = new QLabel(
        tr("The formula: breadth %1, depth %2, %3. It stays on the board beside your placement.")
            .arg(Terms::figure(formula.breadth), Terms::figure(formula.depth),
                 Terms::archetype(formula.archetype)),
        this);
    formulaLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Breadth"), m_breadth);
    form->addRow(tr("&Depth"), m_depth);
    form->addRow(tr("Shape"), m_shape);
    form->addRow(tr("&Reason (required)"), m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Placement"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formulaLabel);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::update);
    connect(m_breadth, &QDoubleSpinBox::valueChanged, this, &OverrideDialog::update);
    connect(m_depth, &QDoubleSpinBox::valueChanged, this, &OverrideDialog::update);
    update();
    WindowGeometry::manage(this, QSize(520, 320));
}

double OverrideDialog::breadth() const
{
    return m_breadth->value();
}

double OverrideDialog::depth() const
{
    return m_depth->value();
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideDialog::update()
{
    m_shape->setText(Terms::archetype(core::Scorer::archetype(breadth(), depth())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace hindsight::ui
