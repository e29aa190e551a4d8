#include "ui/interview/regrets/regretactions.h"

#include "ui/common/statusmessage.h"
#include "ui/common/terms.h"
#include "ui/interview/interviewactions.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/regrets/lastnoteanswer.h"
#include "ui/interview/regrets/regretcard.h"
#include "ui/interview/regrets/regretcardlist.h"

#include <QAction>
#include <QWidget>

namespace hindsight::ui {

RegretActions::RegretActions(InterviewActions *actions, InterviewSession *session,
                             RegretCardList *cards, QWidget *notes, QStatusBar *statusBar,
                             QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_session(session)
    , m_cards(cards)
    , m_notes(notes)
    , m_statusBar(statusBar)
{
    new LastNoteAnswer(actions->action(InterviewActions::Id::UseNoteAsAnswer), session, window,
                       statusBar);
    connectTagsAndWalking();
    connectFocus();
    connect(session, &InterviewSession::currentRegretChanged, this, &RegretActions::announceCurrent);
}

void RegretActions::connectTagsAndWalking()
{
    using Id = InterviewActions::Id;
    using Level = core::Regret::Level;
    InterviewSession *s = m_session;
    auto on = [this](Id id, auto &&slot) {
        connect(m_actions->action(id), &QAction::triggered, this,
                std::forward<decltype(slot)>(slot));
    };
    on(Id::NextRegret, [s] { s->setCurrentRegret(s->currentRegret() + 1); });
    on(Id::PreviousRegret, [s] { s->setCurrentRegret(s->currentRegret() - 1); });
    const std::pair<Id, Level> levels[] = {{Id::LevelProduct, Level::Product},
                                           {Id::LevelDomain, Level::Domain},
                                           {Id::LevelMixed, Level::Mixed},
                                           {Id::LevelUnclear, Level::Unclear}};
    for (const auto &[id, level] : levels)
        on(id, [s, level = level] { s->setLevel(s->currentRegret(), level); });
    const Id depths[] = {Id::Depth0, Id::Depth1, Id::Depth2, Id::Depth3, Id::Depth4};
    for (int d = 0; d < 5; ++d)
        on(depths[d], [s, d] { s->setDepth(s->currentRegret(), d); });

    const auto &layers = s->taxonomy().layers();
    for (int i = 0; m_actions->layerAction(i); ++i) {
        const std::string layer = layers[std::size_t(i)].id;
        connect(m_actions->layerAction(i), &QAction::triggered, this, [s, layer] {
            const int r = s->currentRegret();
            s->setLayer(r, layer, s->regret(r).layers.count(layer) == 0);
        });
    }
}

void RegretActions::connectFocus()
{
    using Id = InterviewActions::Id;
    // Each goes to the current card, never to the first card Qt would find.
    auto toCard = [this](Id id, auto &&go) {
        connect(m_actions->action(id), &QAction::triggered, this, [this, go] {
            if (RegretCard *card = m_cards->currentCard())
                go(card);
        });
    };
    for (const RegretText::Field field : RegretText::fields) {
        connect(m_actions->focusAction(field), &QAction::triggered, this, [this, field] {
            if (RegretCard *card = m_cards->currentCard())
                card->focusText(field);
        });
    }
    toCard(Id::FocusLevel, [](RegretCard *c) { c->focusLevel(); });
    toCard(Id::FocusDomain, [](RegretCard *c) { c->focusDomain(); });
    toCard(Id::ChooseDomain, [](RegretCard *c) { c->focusDomain(); });
    toCard(Id::FocusDepth, [](RegretCard *c) { c->focusDepth(); });
    // What was typed in the card is in the session already: leaving loses nothing.
    connect(m_cards, &RegretCardList::leaveRequested, this,
            [this] { m_notes->setFocus(Qt::ShortcutFocusReason); });
}

void RegretActions::announceCurrent(int position)
{
    const QString decision = Terms::text(m_session->regret(position).decision).simplified();
    StatusMessage::show(m_statusBar,
                        tr("Regret %1 of %2: %3")
                            .arg(position + 1)
                            .arg(m_session->regretCount())
                            .arg(decision.isEmpty() ? tr("no decision yet") : decision));
}

} // namespace hindsight::ui
