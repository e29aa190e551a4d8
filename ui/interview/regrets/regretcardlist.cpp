#include "ui/interview/regrets/regretcardlist.h"

#include "ui/interview/interviewsession.h"
#include "ui/interview/regrets/regretcard.h"

#include <QApplication>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hindsight::ui {

RegretCardList::RegretCardList(InterviewSession *session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("regretCards"));
    setAccessibleName(tr("Regrets"));
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setObjectName(QStringLiteral("regretCardsContent"));
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    setWidget(m_content);

    for (int i = 0; i < session->regretCount(); ++i)
        addCard(i);
    showCurrent(session->currentRegret());

    connect(session, &InterviewSession::regretAdded, this, &RegretCardList::addCard);
    connect(session, &InterviewSession::regretChanged, this, [this](int position) {
        if (RegretCard *c = card(position))
            c->setRegret(m_session->regret(position));
    });
    connect(session, &InterviewSession::currentRegretChanged, this, &RegretCardList::showCurrent);
    connect(session, &InterviewSession::submitted, this, [this] {
        for (RegretCard *c : std::as_const(m_cards))
            c->setReadOnly(true);
    });
    // A field reached by its key (Alt+P …) may be below the fold of a tall card: bring it in view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_content->isAncestorOf(now))
            ensureWidgetVisible(now, 0, 8);
    });
}

RegretCard *RegretCardList::card(int position) const
{
    return position >= 0 && position < m_cards.size() ? m_cards[position] : nullptr;
}

RegretCard *RegretCardList::currentCard() const
{
    return card(m_session->currentRegret());
}

void RegretCardList::addCard(int position)
{
    auto *c = new RegretCard(m_session->taxonomy(), m_content);
    c->setObjectName(QStringLiteral("regretCard_%1").arg(position));
    c->setRegret(m_session->regret(position));
    c->setReadOnly(m_session->isReadOnly());
    InterviewSession *s = m_session;
    connect(c, &RegretCard::textEdited, s, [s, position](RegretText::Field field, const QString &t) {
        s->setText(position, field, t);
    });
    connect(c, &RegretCard::levelPicked, s,
            [s, position](core::Regret::Level l) { s->setLevel(position, l); });
    connect(c, &RegretCard::domainPicked, s,
            [s, position](const std::string &d) { s->setDomain(position, d); });
    connect(c, &RegretCard::depthPicked, s, [s, position](int d) { s->setDepth(position, d); });
    connect(c, &RegretCard::layerToggled, s,
            [s, position](const std::string &layer, bool on) { s->setLayer(position, layer, on); });
    connect(c, &RegretCard::activated, s, [s, position] { s->setCurrentRegret(position); });
    connect(c, &RegretCard::leaveRequested, this, &RegretCardList::leaveRequested);
    m_layout->insertWidget(position, c);
    m_cards.insert(position, c);
}

void RegretCardList::showCurrent(int position)
{
    RegretCard *now = card(position);
    RegretCard *before = card(m_shown);
    QWidget *focus = QApplication::focusWidget();
    const bool focusInCard = before && before != now && focus && before->isAncestorOf(focus);
    // Expand first, then move the focus, then fold the other cards: hiding a focused field would
    // hand the focus to whatever widget Qt finds next.
    if (now)
        now->setCurrent(true);
    if (focusInCard && now) {
        // The same field of the new current card (field names are unique within a card).
        if (QWidget *same = now->findChild<QWidget *>(focus->objectName()))
            same->setFocus(Qt::OtherFocusReason);
    }
    for (RegretCard *c : std::as_const(m_cards)) {
        if (c != now)
            c->setCurrent(false);
    }
    m_shown = position;
    if (now) {
        // After layout, so a card added or expanded a moment ago has its place already.
        QTimer::singleShot(0, this, [this, c = QPointer(now)] {
            if (c)
                scrollToCard(c);
        });
    }
}

void RegretCardList::scrollToCard(RegretCard *c)
{
    // A card taller than the list shows from its title (ensureWidgetVisible would centre it).
    if (c->height() + 16 > viewport()->height())
        verticalScrollBar()->setValue(c->y() - 8);
    else
        ensureWidgetVisible(c, 0, 8);
}

} // namespace hindsight::ui
