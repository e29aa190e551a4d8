#pragma once

#include "core/regret.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <string>

namespace hindsight::ui {

// The five text fields of a regret (the whole answer to the question), named one way for the
// session's undo commands, the cards and the stage-to-field key.
class RegretText final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::RegretText)

public:
    RegretText() = delete;

    enum class Field { System, Decision, Why, Instead, Impact };
    static constexpr std::array<Field, 5> fields = {Field::System, Field::Decision, Field::Why,
                                                    Field::Instead, Field::Impact};

    static std::string &of(core::Regret &regret, Field field);
    static const std::string &of(const core::Regret &regret, Field field);

    // The form label ("Why and cost"), the hint shown in the empty field and the name of the
    // undo step that edits it.
    static QString label(Field field);
    static QString placeholder(Field field);
    static QString editText(Field field);
    // Stable, untranslated: object names of the card's fields, for tests and focus transfer.
    static QString objectName(Field field);
    // The field the answer to this stage (index into core::Stage::ids) belongs in; none for the
    // stages that ask for no text (another decision, wrap-up).
    static std::optional<Field> forStage(int stage);
};

} // namespace hindsight::ui
