#include "ui/interview/interviewactions.h"

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
{
    make(Id::Submit, "actionSubmitInterview", tr("&Submit Interview"),
         tr("Check that every regret is tagged and rated, then seal the interview"),
         {keys(Qt::CTRL | Qt::Key_Return), keys(Qt::CTRL | Qt::Key_Enter)});
    make(Id::CloseWindow, "actionCloseInterview", tr("&Close Window"),
         tr("Save everything and close the interview; the draft reopens where it was"),
         QKeySequence::keyBindings(QKeySequence::Close));
    make(Id::Undo, "actionUndo", tr("&Undo"), tr("Undo the last note or tag change"),
         {keys(Qt::CTRL | Qt::Key_Z)});
    make(Id::Redo, "actionRedo", tr("&Redo"), tr("Redo what was undone"),
         {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), keys(Qt::CTRL | Qt::Key_Y)});
    make(Id::EditNote, "actionEditNote", tr("&Edit Note"),
         tr("Edit the selected note, or the last one"), {keys(Qt::Key(Qt::Key_F2))});
    make(Id::DeleteNote, "actionDeleteNote", tr("&Delete Note"),
         tr("Delete the selected note in the log"), {keys(Qt::Key(Qt::Key_Delete))});
    make(Id::ToggleQuote, "actionToggleQuote", tr("Mark as &Quote"),
         tr("Mark the selected note, or the last one, as the candidate's own words"),
         {keys(Qt::CTRL | Qt::Key_Q)});

    make(Id::NextStage, "actionNextStage", tr("&Next Stage"), tr("Move to the next stage"),
         {keys(Qt::CTRL | Qt::Key_Right)});
    make(Id::PreviousStage, "actionPreviousStage", tr("&Previous Stage"),
         tr("Move back to the previous stage"), {keys(Qt::CTRL | Qt::Key_Left)});
    make(Id::AnotherRegret, "actionAnotherRegret", tr("&Another Regret"),
         tr("Start a new regret and go back to the decision stage"), {keys(Qt::CTRL | Qt::Key_R)});
    make(Id::NextRegret, "actionNextRegret", tr("Ne&xt Regret"),
         tr("Make the next regret the one being discussed"), {keys(Qt::CTRL | Qt::Key_Down)});
    make(Id::PreviousRegret, "actionPreviousRegret", tr("Pre&vious Regret"),
         tr("Make the previous regret the one being discussed"), {keys(Qt::CTRL | Qt::Key_Up)});

    make(Id::LevelProduct, "actionLevelProduct", tr("&Product-level"),
         tr("Tag the current regret as product-level"), {keys(Qt::CTRL | Qt::Key_1)});
    make(Id::LevelDomain, "actionLevelDomain", tr("&Domain-specific"),
         tr("Tag the current regret as domain-specific"), {keys(Qt::CTRL | Qt::Key_2)});
    make(Id::LevelMixed, "actionLevelMixed", tr("&Mixed"),
         tr("Tag the current regret as mixed"), {keys(Qt::CTRL | Qt::Key_3)});
    make(Id::LevelUnclear, "actionLevelUnclear", tr("&Unclear"),
         tr("Tag the current regret as unclear"), {keys(Qt::CTRL | Qt::Key_0)});
    make(Id::ChooseDomain, "actionChooseDomain", tr("Choose Do&main…"),
         tr("Type part of the domain's name, then Enter"), {keys(Qt::CTRL | Qt::Key_D)});
    const Id depths[] = {Id::Depth0, Id::Depth1, Id::Depth2, Id::Depth3, Id::Depth4};
    for (int d = 0; d < 5; ++d) {
        const QByteArray name = "actionDepth" + QByteArray::number(d);
        make(depths[d], name.constData(), tr("Depth &%1").arg(d),
             tr("Rate the current regret's depth %1").arg(d),
             {keys(Qt::ALT | Qt::Key(Qt::Key_0 + d))});
    }
    make(Id::LevelGuide, "actionLevelGuide", tr("&Product or Domain?"),
         tr("What separates a product-level from a domain-specific regret"),
         {keys(Qt::Key(Qt::Key_F1))});

    for (int i = 0; i < LayerActionCount && i < layerLabels.size(); ++i) {
        m_layers << makeAction(QStringLiteral("actionLayer%1").arg(i + 1), layerLabels[i],
                               tr("Toggle the layer %1 on the current regret").arg(layerLabels[i]),
                               {keys(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i))});
    }
    for (int i = 0; i < ProbeActionCount; ++i) {
        m_probes << makeAction(QStringLiteral("actionProbe%1").arg(i + 1),
                               tr("Tick Probe &%1").arg(i + 1),
                               tr("Mark probe %1 of this stage as asked").arg(i + 1),
                               {keys(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i))});
    }
}

QList<QAction *> InterviewActions::all() const
{
    QList<QAction *> list(m_actions.begin(), m_actions.end());
    list << m_layers << m_probes;
    return list;
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

QAction *InterviewActions::make(Id id, const char *objectName, const QString &text,
                                const QString &statusTip, const QList<QKeySequence> &keys)
{
    QAction *a = makeAction(QLatin1String(objectName), text, statusTip, keys);
    m_actions[std::size_t(id)] = a;
    return a;
}

QAction *InterviewActions::makeAction(const QString &objectName, const QString &text,
                                      const QString &statusTip, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setStatusTip(statusTip);
    a->setShortcuts(keys);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    a->setToolTip(keys.isEmpty() ? plain
                                 : tr("%1 (%2)").arg(plain, keys.first().toString(
                                                                QKeySequence::NativeText)));
    return a;
}

} // namespace hindsight::ui
