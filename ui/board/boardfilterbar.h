#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace hindsight::ui {

class BoardFilterModel;

// The board's filters in one row: a text search and the archetype, risk and decision choices.
// It sets them on the BoardFilterModel it is given as they change.
class BoardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFilterBar)

public:
    BoardFilterBar(BoardFilterModel *filter, QWidget *parent = nullptr);

    void focusSearch();
    void clear();

private:
    void apply();

    BoardFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_archetype;
    QComboBox *m_risk;
    QComboBox *m_decision;
};

} // namespace hindsight::ui
