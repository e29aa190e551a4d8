#pragma once

#include <QModelIndex>

#include <algorithm>
#include <functional>
#include <iterator>
#include <unordered_set>
#include <utility>
#include <vector>

namespace hindsight::ui {

// How a model announces the row changes RowSync makes under one parent: each wraps the model's
// protected begin…Rows/end…Rows calls. `beginMove(from, to)` moves row `from` before row `to`
// (to < from).
struct RowSignals
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int row)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int from, int to)> beginMove;
    std::function<void()> endMove;
};

// The RowSignals of `model` under the parent `parent()` names (looked up at each call, as rows
// above it may move meanwhile). The begin…Rows calls are protected: a model using this declares
// `friend RowSignals rowSignalsFor<Model>(Model *, std::function<QModelIndex()>);`.
template<typename Model>
RowSignals rowSignalsFor(Model *model, std::function<QModelIndex()> parent)
{
    RowSignals s;
    s.beginRemove = [model, parent](int first, int last) {
        model->beginRemoveRows(parent(), first, last);
    };
    s.endRemove = [model] { model->endRemoveRows(); };
    s.beginInsert = [model, parent](int row) { model->beginInsertRows(parent(), row, row); };
    s.endInsert = [model] { model->endInsertRows(); };
    s.beginMove = [model, parent](int from, int to) {
        const QModelIndex p = parent();
        model->beginMoveRows(p, from, from, p, to);
    };
    s.endMove = [model] { model->endMoveRows(); };
    return s;
}

// Brings `rows` to `next` with removals, moves and insertions instead of a model reset, so views
// keep their selection, current row, expansion and scroll position when the store changed under
// them. Rows are matched by `key` (unique within a list); a kept row takes the new value, and the
// caller announces dataChanged over the rows afterwards. Cost is linear when the order is kept.
template<typename Row, typename KeyOf>
void syncRows(std::vector<Row> &rows, std::vector<Row> next, KeyOf key, const RowSignals &signal)
{
    using Key = std::decay_t<decltype(key(next.front()))>;
    std::unordered_set<Key> wanted;
    for (const Row &row : next)
        wanted.insert(key(row));

    // Removals, last run first so the row numbers of the runs still to go stay valid.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (wanted.count(key(rows[std::size_t(last)]))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.count(key(rows[std::size_t(first - 1)])))
            --first;
        signal.beginRemove(first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        signal.endRemove();
        last = first - 1;
    }

    // Then every position in turn: the row already there, a kept row moved up, or a new row.
    for (std::size_t at = 0; at < next.size(); ++at) {
        const Key wantedKey = key(next[at]);
        if (at < rows.size() && key(rows[at]) == wantedKey) {
            rows[at] = std::move(next[at]);
            continue;
        }
        const auto found = std::find_if(rows.begin() + std::ptrdiff_t(at), rows.end(),
                                        [&](const Row &row) { return key(row) == wantedKey; });
        if (found != rows.end()) {
            const int from = int(std::distance(rows.begin(), found));
            signal.beginMove(from, int(at));
            std::rotate(rows.begin() + std::ptrdiff_t(at), found, found + 1);
            rows[at] = std::move(next[at]);
            signal.endMove();
        } else {
            signal.beginInsert(int(at));
            rows.insert(rows.begin() + std::ptrdiff_t(at), std::move(next[at]));
            signal.endInsert();
        }
    }
}

} // namespace hindsight::ui
