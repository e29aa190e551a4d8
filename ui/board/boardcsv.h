#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace hindsight::ui {

class BoardModel;

// The committee board's table as CSV (RFC 4180, UTF-8 with a BOM, formula injection made inert):
// the rows as `view` shows them — sorted, filtered, and blind when the board is — with the texts
// the table shows and the level mix spelled out.
class BoardCsv final
{
public:
    static QByteArray build(const QAbstractItemModel &view, const BoardModel &board);
};

} // namespace hindsight::ui
