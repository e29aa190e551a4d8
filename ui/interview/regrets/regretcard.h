#pragma once

#include "core/regret.h"
#include "core/taxonomy.h"

#include <QFrame>
#include <QList>

#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hindsight::ui {

class TaxonomyText;

// One regret of the interview: its decision text, level, domain (type-ahead), depth 0-4 with the
// anchored meaning of the chosen value beside it, and the stack layers it touched as checkable
// chips. Shows a regret and reports what the user picked; it never changes the regret itself.
class RegretCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegretCard)

public:
    RegretCard(const core::Taxonomy &taxonomy, QWidget *parent = nullptr);

    void setRegret(const core::Regret &regret);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setReadOnly(bool readOnly);

    void focusDecision();
    void focusLevel();
    void focusDomain();
    void focusDepth();
    // The layer chips in taxonomy order.
    QList<QToolButton *> layerChips() const { return m_chips; }

signals:
    void decisionEdited(const QString &text);
    void levelPicked(core::Regret::Level level);
    void domainPicked(const std::string &domain);
    void domainReturnPressed();
    void depthPicked(int depth);
    void layerToggled(const std::string &layer, bool on);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void buildLayerChips(QWidget *box);
    void resolveDomain();
    // The domain id the typed text stands for: an exact label or id first, then a label starting
    // with it, then one containing it; empty when nothing matches.
    std::string matchDomain(const QString &typed) const;
    void updateMeaning();

    core::Taxonomy m_taxonomy;
    core::Regret m_regret;
    bool m_current = false;
    QLabel *m_title;
    QLineEdit *m_decision;
    QComboBox *m_level;
    QComboBox *m_domain;
    QLabel *m_domainNote;
    QComboBox *m_depth;
    QLabel *m_meaning;
    QList<QToolButton *> m_chips;
};

} // namespace hindsight::ui
