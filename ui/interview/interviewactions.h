#pragma once

#include "ui/common/actionset.h"
#include "ui/interview/regrets/regrettext.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QStringList>

namespace hindsight::ui {

// The one owner of every QAction of the live interview window, so each has one text, one
// shortcut (named in its tooltip) and one objectName for menus, tests and the shortcut list.
// Ctrl+Q quits, as in the main window; Ctrl+' marks a quote. The field keys (Alt+D …) reach the
// current regret's card only: no label of a card carries a mnemonic.
class InterviewActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewActions)

public:
    enum class Id {
        Submit,
        Amend,
        SaveNotesAs,
        CloseWindow,
        Quit,
        Undo,
        Redo,
        EditNote,
        DeleteNote,
        ToggleQuote,
        NextStage,
        PreviousStage,
        AnotherRegret,
        NextRegret,
        PreviousRegret,
        UseNoteAsAnswer,
        LevelProduct,
        LevelDomain,
        LevelMixed,
        LevelUnclear,
        ChooseDomain,
        Depth0,
        Depth1,
        Depth2,
        Depth3,
        Depth4,
        LevelGuide,
        FocusSystem,
        FocusDecision,
        FocusWhy,
        FocusInstead,
        FocusImpact,
        FocusLevel,
        FocusDomain,
        FocusDepth,
        Count
    };
    static constexpr int LayerActionCount = 8;
    static constexpr int ProbeActionCount = 3;

    // `layerLabels` name the first layers of the taxonomy, in order, for the layer actions.
    explicit InterviewActions(const QStringList &layerLabels, QObject *parent = nullptr);

    QAction *action(Id id) const { return m_set.action(id); }
    QAction *layerAction(int index) const { return m_layers.value(index); }
    QAction *probeAction(int index) const { return m_probes.value(index); }
    // The actions of the enum, then the layer and the probe actions.
    QList<QAction *> all() const { return m_set.actions(); }
    // What Amend does, for its status tip when it is enabled again.
    static QString amendStatusTip();
    // Every shortcut of every action, for text fields to yield to.
    QList<QKeySequence> shortcuts() const;
    // The action that goes to a text field of the current regret.
    QAction *focusAction(RegretText::Field field) const;
    // Whether the action stays available once the interview is submitted: it only moves around
    // or reads (close, quit, next regret, go to a field, the level guide).
    bool worksReadOnly(const QAction *action) const;

private:
    void makeFocusActions();

    ActionSet<Id, std::size_t(Id::Count)> m_set;
    QList<QAction *> m_layers; // also in m_set, as extras
    QList<QAction *> m_probes;
};

} // namespace hindsight::ui
