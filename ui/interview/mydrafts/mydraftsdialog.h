#pragma once

#include "ui/common/storelocation.h"

#include "core/draftsummary.h"
#include "core/ids.h"
#include "core/interviewer.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class DraftListModel;
class InterviewWindow;

// Interview → My Drafts: the interviewer's drafts, to reopen one where it was left or discard one
// that was abandoned (after a confirmation naming what goes). Drafts under other names show with
// a checkbox and can be discarded, never reopened: a draft is its author's. Works from the
// keyboard alone: Enter reopens the selected draft, Delete discards it, Esc closes.
class MyDraftsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyDraftsDialog)

public:
    // `interviewer`: who one's own drafts are recorded by (Settings::interviewer()).
    MyDraftsDialog(core::Store &store, const StoreLocation &location,
                   const core::Interviewer &interviewer, QWidget *parent = nullptr);
    ~MyDraftsDialog() override;

    DraftListModel *model() const { return m_model; }

    // Opens the live interview window on the selected draft and closes the dialog; does nothing
    // for a draft under another name.
    void reopenSelected();
    // Asks, then deletes the selected draft with everything recorded in it.
    void discardSelected();

signals:
    // A draft was reopened in this window (a new one, or one already open and raised).
    void interviewOpened(hindsight::ui::InterviewWindow *window);

private:
    int selectedRow() const; // -1 when none
    void updateState();
    QString describe(const core::DraftSummary &draft) const;

    core::Store &m_store;
    StoreLocation m_location;
    DraftListModel *m_model;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QCheckBox *m_showOthers;
    QLabel *m_rowInfo;
    QPushButton *m_reopen;
    QPushButton *m_discard;
};

} // namespace hindsight::ui
