#pragma once

#include <QList>
#include <QScrollArea>

class QVBoxLayout;

namespace hindsight::ui {

class InterviewSession;
class RegretCard;

// The regrets of the interview as cards, one per regret, the one being discussed highlighted and
// scrolled into view. Focusing a card makes its regret the current one; what a card reports goes
// to the session as an undoable change.
class RegretCardList final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegretCardList)

public:
    explicit RegretCardList(InterviewSession *session, QWidget *parent = nullptr);

    RegretCard *card(int position) const;
    RegretCard *currentCard() const;
    int count() const { return int(m_cards.size()); }

signals:
    // Enter in a domain field: back to the notes.
    void domainConfirmed();

private:
    void addCard(int position);
    void showCurrent(int position);
    void onFocusChanged(QWidget *now);

    InterviewSession *m_session;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<RegretCard *> m_cards;
};

} // namespace hindsight::ui
