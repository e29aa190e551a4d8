#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QListWidget;

namespace hindsight::ui {

// The columns of one table as a list of check boxes, for ColumnChooser::choose(): Space shows or
// hides the column in focus at once, Esc or Close ends.
class ColumnsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsDialog)

public:
    struct Column
    {
        int column;
        QString title;
        bool shown;
        bool available;
    };

    // `table` names the table in the title (its accessible name).
    ColumnsDialog(const QList<Column> &columns, const QString &table, QWidget *parent = nullptr);

    // Puts a check box right after the chooser refused a change (the last column shown).
    void setShown(int column, bool shown);

signals:
    void shownChanged(int column, bool shown);

private:
    QListWidget *m_list;
};

} // namespace hindsight::ui
