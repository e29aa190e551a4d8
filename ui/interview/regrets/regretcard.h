#pragma once

#include "ui/interview/regrets/regrettext.h"

#include "core/regret.h"
#include "core/taxonomy.h"

#include <QFrame>
#include <QList>

#include <array>
#include <string>

class QLabel;
class QToolButton;

namespace hindsight::ui {

class AnswerField;
class RegretTagFields;

// One regret of the interview. The current regret's card shows the whole answer (system,
// decision, why, instead, impact) and its tags; every other card is one line (number, decision,
// level, domain, depth) that takes no keyboard focus, so keys and Tab only ever reach the regret
// being discussed, and a click on it asks to make it current. Shows a regret and reports what the
// user did; it never changes the regret itself.
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
    // The one line a compact card shows (also its accessible description).
    QString summary() const;

    void focusText(RegretText::Field field);
    void focusLevel();
    void focusDomain();
    void focusDepth();
    // The layer chips in taxonomy order.
    QList<QToolButton *> layerChips() const;

signals:
    void textEdited(hindsight::ui::RegretText::Field field, const QString &text);
    void levelPicked(core::Regret::Level level);
    void domainPicked(const std::string &domain);
    void depthPicked(int depth);
    void layerToggled(const std::string &layer, bool on);
    // Esc in any field, Enter in a text or the domain field: the interviewer is done here.
    void leaveRequested();
    // A click on the compact card.
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildBody(const core::Taxonomy &taxonomy);
    void showHeader();
    // The compact line with this text for the decision.
    QString summaryWith(const QString &decision) const;
    // The compact line, its decision elided so that level, domain and depth stay in view.
    QString elidedSummary(int width) const;

    core::Taxonomy m_taxonomy;
    core::Regret m_regret;
    bool m_current = true;
    QLabel *m_header;
    QWidget *m_body;
    std::array<AnswerField *, RegretText::fields.size()> m_text{};
    RegretTagFields *m_tags = nullptr;
};

} // namespace hindsight::ui
