#pragma once

#include "core/regret.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hindsight::ui {

// The whole answer to the question for one regret as reports and the who-said-what view show it:
// the text fields the interviewer filled, in the order the question asks for them, each with its
// label (System, Decision, How they found out, Instead, Impact). Plain text: a caller writing
// HTML escapes it.
class RegretAnswer final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::RegretAnswer)

public:
    RegretAnswer() = delete;

    enum class Field { System, Decision, Why, Instead, Impact };

    struct Part
    {
        Field field;
        QString label;
        QString text; // trimmed, never empty
    };

    // Only the fields that hold more than white space.
    static QList<Part> filled(const core::Regret &regret);
};

} // namespace hindsight::ui
