#include "ui/interview/regrets/regretcardlist.h"

#include "ui/interview/interviewsession.h"
#include "ui/interview/regrets/regretcard.h"

#include <QApplication>
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
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(10);
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
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
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
    connect(c, &RegretCard::decisionEdited, s,
            [s, position](const QString &t) { s->setDecision(position, t); });
    connect(c, &RegretCard::levelPicked, s,
            [s, position](core::Regret::Level l) { s->setLevel(position, l); });
    connect(c, &RegretCard::domainPicked, s,
            [s, position](const std::string &d) { s->setDomain(position, d); });
    connect(c, &RegretCard::depthPicked, s, [s, position](int d) { s->setDepth(position, d); });
    connect(c, &RegretCard::layerToggled, s,
            [s, position](const std::string &layer, bool on) { s->setLayer(position, layer, on); });
    connect(c, &RegretCard::domainReturnPressed, this, &RegretCardList::domainConfirmed);
    m_layout->insertWidget(position, c);
    m_cards.insert(position, c);
}

void RegretCardList::showCurrent(int position)
{
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setCurrent(i == position);
    if (RegretCard *c = card(position)) {
        // After layout, so a card added a moment ago has its place already.
        QTimer::singleShot(0, this, [this, c] { ensureWidgetVisible(c, 0, 8); });
    }
}

void RegretCardList::onFocusChanged(QWidget *now)
{
    for (int i = 0; now && i < m_cards.size(); ++i) {
        if (m_cards[i]->isAncestorOf(now)) {
            m_session->setCurrentRegret(i);
            return;
        }
    }
}

} // namespace hindsight::ui
