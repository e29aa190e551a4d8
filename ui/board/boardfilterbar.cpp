#include "ui/board/boardfilterbar.h"

#include "ui/board/boardfiltermodel.h"
#include "ui/common/terms.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace hindsight::ui {

namespace {

constexpr int AnyChoice = -1;
constexpr int UndecidedChoice = -2;

QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                     const QString &any)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(any, AnyChoice);
    return combo;
}

} // namespace

BoardFilterBar::BoardFilterBar(BoardFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_archetype(makeCombo(this, QStringLiteral("boardArchetypeFilter"), tr("Shape filter"),
                            tr("Any shape")))
    , m_risk(makeCombo(this, QStringLiteral("boardRiskFilter"), tr("Risk filter"), tr("Any risk")))
    , m_decision(makeCombo(this, QStringLiteral("boardDecisionFilter"), tr("Decision filter"),
                           tr("Any decision")))
{
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Search candidates"));
    m_search->setPlaceholderText(tr("Search candidates…"));
    m_search->setClearButtonEnabled(true);

    using core::Archetype;
    for (Archetype a :
         {Archetype::Generalist, Archetype::Specialist, Archetype::TShaped, Archetype::Developing})
        m_archetype->addItem(Terms::archetype(a), int(a));
    using core::Risk;
    for (Risk r : {Risk::UnderDepth, Risk::UnderBreadth, Risk::OverSpecialization, Risk::GoodMatch})
        m_risk->addItem(Terms::risk(r), int(r));
    using Outcome = core::Decision::Outcome;
    m_decision->addItem(tr("No decision yet"), UndecidedChoice);
    for (Outcome o : {Outcome::Advance, Outcome::Hire, Outcome::NoHire, Outcome::Hold})
        m_decision->addItem(Terms::outcome(o), int(o));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    const auto labelled = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo, 1);
    };
    labelled(tr("S&hape:"), m_archetype);
    labelled(tr("R&isk:"), m_risk);
    labelled(tr("Decisio&n:"), m_decision);

    connect(m_search, &QLineEdit::textChanged, this, &BoardFilterBar::apply);
    for (QComboBox *combo : {m_archetype, m_risk, m_decision})
        connect(combo, &QComboBox::currentIndexChanged, this, &BoardFilterBar::apply);
}

void BoardFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BoardFilterBar::clear()
{
    m_search->clear();
    for (QComboBox *combo : {m_archetype, m_risk, m_decision})
        combo->setCurrentIndex(0);
    // Whatever set the filter, the board shows everyone again, changed fields or not.
    apply();
}

void BoardFilterBar::apply()
{
    m_filter->setText(m_search->text());
    const int archetype = m_archetype->currentData().toInt();
    m_filter->setArchetype(archetype == AnyChoice ? std::nullopt
                                                  : std::optional(core::Archetype(archetype)));
    const int risk = m_risk->currentData().toInt();
    m_filter->setRisk(risk == AnyChoice ? std::nullopt : std::optional(core::Risk(risk)));
    const int decision = m_decision->currentData().toInt();
    if (decision == AnyChoice)
        m_filter->setDecision(std::nullopt);
    else if (decision == UndecidedChoice)
        m_filter->setDecision(BoardFilterModel::DecisionFilter{});
    else
        m_filter->setDecision(BoardFilterModel::DecisionFilter{core::Decision::Outcome(decision)});
}

} // namespace hindsight::ui
