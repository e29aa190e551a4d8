#include "ui/interview/interviewactions.h"

#include "ui/common/standardkeys.h"

#include <QAction>

namespace hindsight::ui {

namespace {

QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

InterviewActions::InterviewActions(const QStringList &layerLabels, QObject *parent)
    : QObject(parent)
    , m_set(this)
{
    m_set.make(Id::Submit, u"actionSubmitInterview", tr("&Submit Interview"),
               tr("Check that every regret is tagged and rated, then seal the interview"),
               {keys(Qt::CTRL | Qt::Key_Return), keys(Qt::CTRL | Qt::Key_Enter)});
    m_set.make(Id::Amend, u"actionAmendInterview", tr("&Amend Interview…"), amendStatusTip(),
               {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    m_set.make(Id::SaveNotesAs, u"actionSaveNotesAs", tr("Save Notes &As…"),
               tr("Write this interview's notes and answers to a text file of your choice"),
               {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_set.make(Id::CloseWindow, u"actionCloseInterview", tr("&Close Window"),
               tr("Save everything and close the interview; the draft reopens where it was"),
               QKeySequence::keyBindings(QKeySequence::Close));
    m_set
        .make(Id::Quit, u"actionQuit", tr("&Quit"),
              tr("Save everything and close Hindsight, as Quit in the main window does"),
              standardKeysWith(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)))
        ->setMenuRole(QAction::QuitRole);
    m_set.make(Id::Undo, u"actionUndo", tr("&Undo"), tr("Undo the last note or tag change"),
               {keys(Qt::CTRL | Qt::Key_Z)});
    m_set.make(Id::Redo, u"actionRedo", tr("&Redo"), tr("Redo what was undone"),
               {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), keys(Qt::CTRL | Qt::Key_Y)});
    m_set.make(Id::EditNote, u"actionEditNote", tr("&Edit Note"),
               tr("Edit the selected note, or the last one"), {keys(Qt::Key(Qt::Key_F2))});
    m_set.make(Id::DeleteNote, u"actionDeleteNote", tr("&Delete Note"),
               tr("Delete the selected note in the log"), {keys(Qt::Key(Qt::Key_Delete))});
    m_set.make(Id::ToggleQuote, u"actionToggleQuote", tr("Mark as &Quote"),
               tr("Mark the selected note, or the last one, as the candidate's own words"),
               {keys(Qt::CTRL | Qt::Key_Apostrophe)});

    m_set.make(Id::NextStage, u"actionNextStage", tr("&Next Stage"), tr("Move to the next stage"),
               {keys(Qt::CTRL | Qt::Key_Right)});
    m_set.make(Id::PreviousStage, u"actionPreviousStage", tr("&Previous Stage"),
               tr("Move back to the previous stage"), {keys(Qt::CTRL | Qt::Key_Left)});
    m_set.make(Id::AnotherRegret, u"actionAnotherRegret", tr("&Another Regret"),
               tr("Start a new regret and go back to the decision stage"),
               {keys(Qt::CTRL | Qt::Key_R)});
    m_set.make(Id::NextRegret, u"actionNextRegret", tr("Ne&xt Regret"),
               tr("Make the next regret the one being discussed"), {keys(Qt::CTRL | Qt::Key_Down)});
    m_set.make(Id::PreviousRegret, u"actionPreviousRegret", tr("Pre&vious Regret"),
               tr("Make the previous regret the one being discussed"),
               {keys(Qt::CTRL | Qt::Key_Up)});
    QAction *useNote = m_set.make(
        Id::UseNoteAsAnswer, u"actionUseNoteAsAnswer", tr("&Use Last Note as Answer"),
        tr("Put the last note into the current regret's field for this stage"),
        {keys(Qt::CTRL | Qt::Key_L)});
    useNote->setToolTip(tr("%1: into the current regret's field for this stage (System, "
                           "Decision, Why and cost, Instead, Impact); added on a new line when "
                           "the field already has text")
                            .arg(useNote->toolTip()));

    m_set.make(Id::LevelProduct, u"actionLevelProduct", tr("&Product-level"),
               tr("Tag the current regret as product-level"), {keys(Qt::CTRL | Qt::Key_1)});
    m_set.make(Id::LevelDomain, u"actionLevelDomain", tr("&Domain-specific"),
               tr("Tag the current regret as domain-specific"), {keys(Qt::CTRL | Qt::Key_2)});
    m_set.make(Id::LevelMixed, u"actionLevelMixed", tr("&Mixed"),
               tr("Tag the current regret as mixed"), {keys(Qt::CTRL | Qt::Key_3)});
    m_set.make(Id::LevelUnclear, u"actionLevelUnclear", tr("&Unclear"),
               tr("Tag the current regret as unclear"), {keys(Qt::CTRL | Qt::Key_0)});
    m_set.make(Id::ChooseDomain, u"actionChooseDomain", tr("Choose Do&main…"),
               tr("Type part of the domain's name, then Enter"), {keys(Qt::CTRL | Qt::Key_D)});
    const Id depths[] = {Id::Depth0, Id::Depth1, Id::Depth2, Id::Depth3, Id::Depth4};
    for (int d = 0; d < 5; ++d) {
        const QString name = QStringLiteral("actionDepth%1").arg(d);
        m_set.make(depths[d], name, tr("Depth &%1").arg(d),
                   tr("Rate the current regret's depth %1").arg(d),
                   {keys(Qt::ALT | Qt::Key(Qt::Key_0 + d))});
    }
    m_set.make(Id::LevelGuide, u"actionLevelGuide", tr("&Product or Domain?"),
               tr("What separates a product-level from a domain-specific regret"),
               {keys(Qt::Key(Qt::Key_F1))});

    makeFocusActions();

    for (int i = 0; i < LayerActionCount && i < layerLabels.size(); ++i) {
        m_layers << m_set.makeExtra(
            QStringLiteral("actionLayer%1").arg(i + 1), layerLabels[i],
            tr("Toggle the layer %1 on the current regret").arg(layerLabels[i]),
            {keys(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i))});
    }
    for (int i = 0; i < ProbeActionCount; ++i) {
        m_probes << m_set.makeExtra(QStringLiteral("actionProbe%1").arg(i + 1),
                                    tr("Tick Probe &%1").arg(i + 1),
                                    tr("Mark probe %1 of this stage as asked").arg(i + 1),
                                    {keys(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i))});
    }
}

void InterviewActions::makeFocusActions()
{
    // Alt and a letter of the field's name; none is a mnemonic of the window's menu bar
    // (Interview, Edit, Stage, Regret, Tag, Help).
    m_set.make(Id::FocusSystem, u"actionFocusSystem", tr("S&ystem"),
               tr("Go to the current regret's system: what they built, at what scale"),
               {keys(Qt::ALT | Qt::Key_Y)});
    m_set.make(Id::FocusDecision, u"actionFocusDecision", tr("&Decision"),
               tr("Go to the current regret's decision"), {keys(Qt::ALT | Qt::Key_D)});
    m_set.make(Id::FocusWhy, u"actionFocusWhy", tr("&Why and Cost"),
               tr("Go to how the current regret was found out and what it cost"),
               {keys(Qt::ALT | Qt::Key_W)});
    m_set.make(Id::FocusInstead, u"actionFocusInstead", tr("I&nstead"),
               tr("Go to what they would do instead"), {keys(Qt::ALT | Qt::Key_N)});
    m_set.make(Id::FocusImpact, u"actionFocusImpact", tr("Impa&ct"),
               tr("Go to the current regret's impact"), {keys(Qt::ALT | Qt::Key_C)});
    m_set.make(Id::FocusLevel, u"actionFocusLevel", tr("&Level"),
               tr("Go to the current regret's level"), {keys(Qt::ALT | Qt::Key_L)});
    m_set.make(Id::FocusDomain, u"actionFocusDomain", tr("Do&main"),
               tr("Go to the current regret's domain"), {keys(Qt::ALT | Qt::Key_M)});
    m_set.make(Id::FocusDepth, u"actionFocusDepth", tr("De&pth"),
               tr("Go to the current regret's depth"), {keys(Qt::ALT | Qt::Key_P)});
}

QAction *InterviewActions::focusAction(RegretText::Field field) const
{
    using Field = RegretText::Field;
    switch (field) {
    case Field::System: return action(Id::FocusSystem);
    case Field::Decision: return action(Id::FocusDecision);
    case Field::Why: return action(Id::FocusWhy);
    case Field::Instead: return action(Id::FocusInstead);
    case Field::Impact: return action(Id::FocusImpact);
    }
    return nullptr;
}

bool InterviewActions::worksReadOnly(const QAction *a) const
{
    for (Id id :
         {Id::SaveNotesAs, Id::CloseWindow, Id::Quit, Id::LevelGuide, Id::NextRegret,
          Id::PreviousRegret, Id::FocusSystem, Id::FocusDecision, Id::FocusWhy, Id::FocusInstead,
          Id::FocusImpact, Id::FocusLevel, Id::FocusDomain, Id::FocusDepth}) {
        if (a == action(id))
            return true;
    }
    return false;
}

QList<QKeySequence> InterviewActions::shortcuts() const
{
    QList<QKeySequence> list;
    for (const QAction *a : all()) {
        // Delete keeps deleting characters in text fields; it removes notes only in the log.
        if (a != action(Id::DeleteNote))
            list << a->shortcuts();
    }
    return list;
}

QString InterviewActions::amendStatusTip()
{
    return tr("Correct this submitted interview in a new version, with a written reason; this "
              "version is kept");
}

} // namespace hindsight::ui
