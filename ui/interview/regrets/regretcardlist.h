#pragma once

#include <QList>
#include <QScrollArea>

class QVBoxLayout;

namespace hindsight::ui {

class InterviewSession;
class RegretCard;

// The regrets of the interview as cards, one per regret: the one being discussed expanded,
// highlighted and scrolled into view, the others one line each. Only the session decides which
// regret is current (Ctrl+Up/Down, a click on a compact card); focus never makes a regret current.
// When the current regret changes while the keyboard is in a card, the focus follows to the same
// field of the new current card. What a card reports goes to the session as an undoable change.
// The cards fit the list's width; the list scrolls vertically.
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
    // Esc in a card, Enter in a text or domain field: back to the notes.
    void leaveRequested();

private:
    void addCard(int position);
    void showCurrent(int position);
    void scrollToCard(RegretCard *card);

    InterviewSession *m_session;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<RegretCard *> m_cards;
    int m_shown = -1; // the card shown expanded
};

} // namespace hindsight::ui
