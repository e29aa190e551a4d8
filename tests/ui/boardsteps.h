#pragma once

// What the committee board's tests share: a role of generated candidates, a regret in one call,
// the dialogs the board's actions open, every text the board shows.

#include "tests/common/useractions.h"

#include "core/regret.h"

#include <QStringList>

#include <set>
#include <string>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::test {

core::Regret regret(core::Regret::Level level, const std::string &domain, int depth,
                    std::set<std::string> layers);

// A role, "Platform backend", with `count` candidates, each with two or three submitted
// interviews by a rotating panel and now and then a draft, from a fixed seed: the same board
// every run. Returns the role's id.
core::Id generate(core::Store &store, int count);

// Every text a user could read or a screen reader could speak in the widget tree.
QStringList visibleTexts(QWidget *root);

// The dialog of type T an action of the board opened. The board opens its dialogs with open():
// they exist as soon as the action returns.
template<typename T>
T *openDialog(QWidget *board)
{
    return child<T>(board);
}

} // namespace hindsight::test
