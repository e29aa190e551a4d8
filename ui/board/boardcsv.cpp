#include "ui/board/boardcsv.h"

#include "ui/board/boardmodel.h"

#include "ui/interchange/csvwriter.h"

namespace hindsight::ui {

QByteArray BoardCsv::build(const QAbstractItemModel &view, const BoardModel &board)
{
    interchange::CsvWriter csv;
    QStringList header;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        header << board.headerData(column, Qt::Horizontal).toString();
    csv.addRow(header);
    const QList<int> numeric{BoardModel::SubmittedColumn, BoardModel::DraftsColumn,
                             BoardModel::BreadthColumn, BoardModel::DepthColumn};
    for (int row = 0; row < view.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const QModelIndex index = view.index(row, column);
            if (column == BoardModel::LevelMixColumn)
                cells << index.data(Qt::ToolTipRole).toString();
            else
                cells << index.data(Qt::DisplayRole).toString();
        }
        csv.addRow(cells, numeric);
    }
    return csv.data();
}

} // namespace hindsight::ui
