#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QMenu;
class QTimer;
class QWidget;

namespace hindsight::ui {

// Which columns of a wide table are shown, chosen by the user, so a table that would scroll
// sideways on a small screen shows what the user reads and nothing else. The header's context menu
// lists the columns with check boxes; choose() opens the same list as a dialog for the keyboard
// (a window's "Columns…" action calls it). Widths, order, sorting and the hidden columns are kept
// under the view's objectName, unique in the application, and come back in the next run.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    // For the horizontal header of `view` (a table or a tree), which has an objectName and whose
    // model has its columns. Owned by the view.
    explicit ColumnChooser(QAbstractItemView *view);

    // The chooser of `view`, or null when it has none.
    static ColumnChooser *of(const QAbstractItemView *view);
    // The chooser of the view in `window` that has the focus (or a child of it), else `fallback`.
    static ColumnChooser *focusedIn(const QWidget *window, ColumnChooser *fallback);

    QAbstractItemView *view() const { return m_view; }
    // A column that names the row is always shown and not offered.
    void setAlwaysShown(int column);
    // A column the data leaves empty (no placement overridden yet) is hidden whatever the user
    // chose, and offered disabled, until it has something to show.
    void setAvailable(int column, bool available);
    bool isShown(int column) const;
    // Shows or hides a column for the user; the last column shown stays.
    void setShown(int column, bool shown);
    // Brings back what an earlier run kept; false when there was nothing (or it no longer fits the
    // model), so the caller sizes the columns itself.
    bool restore();

    // The columns as check boxes, in the header's order.
    QMenu *menu(QWidget *parent);
    // The same list as a dialog, for the keyboard.
    void choose();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHeaderView *header() const;
    void apply(int column);
    void save() const;
    QString columnTitle(int column) const;

    QAbstractItemView *m_view;
    QSet<int> m_userHidden;
    QSet<int> m_unavailable;
    QSet<int> m_alwaysShown;
    bool m_restoring = false;
    QTimer *m_saveSoon;
};

} // namespace hindsight::ui
