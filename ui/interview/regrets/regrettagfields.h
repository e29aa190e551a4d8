#pragma once

#include "core/regret.h"
#include "core/taxonomy.h"

#include <QList>
#include <QObject>

#include <string>

class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace hindsight::ui {

// The tags of a regret on its card: level, domain (type-ahead), depth 0-4 with the anchored
// meaning of the chosen value beside it, and the stack layers it touched as checkable chips. The
// widgets are the card's children, in the card's form so their labels line up with the answer's;
// they report what the user picked and never change the regret themselves.
class RegretTagFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegretTagFields)

public:
    RegretTagFields(const core::Taxonomy &taxonomy, QWidget *card);

    // Adds the level, domain, depth and layer rows to the card's form.
    void addRows(QFormLayout *form);
    void setRegret(const core::Regret &regret);
    void setReadOnly(bool readOnly);

    void focusLevel();
    void focusDomain();
    void focusDepth();
    // The layer chips in taxonomy order.
    QList<QToolButton *> layerChips() const { return m_chips; }

signals:
    void levelPicked(core::Regret::Level level);
    void domainPicked(const std::string &domain);
    void domainReturnPressed();
    void depthPicked(int depth);
    void layerToggled(const std::string &layer, bool on);

private:
    void buildLevel();
    void buildDomain();
    void buildDepth();
    QWidget *buildLayerChips();
    void resolveDomain();
    // The domain id the typed text stands for: an exact label or id first, then a label starting
    // with it, then one containing it; empty when nothing matches.
    std::string matchDomain(const QString &typed) const;
    void updateMeaning();

    QWidget *m_card;
    core::Taxonomy m_taxonomy;
    core::Regret m_regret;
    QComboBox *m_level;
    QComboBox *m_domain;
    QLabel *m_domainNote;
    QComboBox *m_depth;
    QLabel *m_meaning;
    QList<QToolButton *> m_chips;
};

} // namespace hindsight::ui
