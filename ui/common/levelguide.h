#pragma once

#include <QCoreApplication>
#include <QString>

namespace hindsight::ui {

// What separates a product-level regret from a domain-specific one, with one example of each: the
// words of the interview window's guide (F1) and of the interview kit's page on the levels.
class LevelGuide final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::LevelGuide)

public:
    LevelGuide() = delete;

    // On screen each level names the key that tags it in the interview window (Ctrl+1, …);
    // paper has no keys.
    enum class Shortcuts { Shown, Hidden };

    // Rich text: a paragraph per level and a closing reminder.
    static QString html(Shortcuts shortcuts);
};

} // namespace hindsight::ui
