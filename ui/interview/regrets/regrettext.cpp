#include "ui/interview/regrets/regrettext.h"

#include "core/stage.h"

namespace hindsight::ui {

std::string &RegretText::of(core::Regret &regret, Field field)
{
    switch (field) {
    case Field::System: return regret.system;
    case Field::Decision: return regret.decision;
    case Field::Why: return regret.why;
    case Field::Instead: return regret.instead;
    case Field::Impact: return regret.impact;
    }
    return regret.decision;
}

const std::string &RegretText::of(const core::Regret &regret, Field field)
{
    return of(const_cast<core::Regret &>(regret), field);
}

QString RegretText::label(Field field)
{
    switch (field) {
    case Field::System: return tr("System");
    case Field::Decision: return tr("Decision");
    case Field::Why: return tr("Why and cost");
    case Field::Instead: return tr("Instead");
    case Field::Impact: return tr("Impact");
    }
    return {};
}

QString RegretText::placeholder(Field field)
{
    switch (field) {
    case Field::System: return tr("What they built and owned, at what scale");
    case Field::Decision: return tr("The decision they would reverse");
    case Field::Why: return tr("How they found out it was wrong, what it cost");
    case Field::Instead: return tr("What they would do now, and its cost");
    case Field::Impact: return tr("Who felt it, what broke, in numbers if given");
    }
    return {};
}

QString RegretText::editText(Field field)
{
    switch (field) {
    case Field::System: return tr("Edit System");
    case Field::Decision: return tr("Edit Decision");
    case Field::Why: return tr("Edit Why and Cost");
    case Field::Instead: return tr("Edit Instead");
    case Field::Impact: return tr("Edit Impact");
    }
    return {};
}

QString RegretText::objectName(Field field)
{
    switch (field) {
    case Field::System: return QStringLiteral("regretSystem");
    case Field::Decision: return QStringLiteral("regretDecision");
    case Field::Why: return QStringLiteral("regretWhy");
    case Field::Instead: return QStringLiteral("regretInstead");
    case Field::Impact: return QStringLiteral("regretImpact");
    }
    return {};
}

std::optional<RegretText::Field> RegretText::forStage(int stage)
{
    if (stage < 0 || stage >= int(core::Stage::ids.size()))
        return std::nullopt;
    const std::string_view id = core::Stage::ids[std::size_t(stage)];
    if (id == "system")
        return Field::System;
    if (id == "decision")
        return Field::Decision;
    if (id == "discovery")
        return Field::Why;
    if (id == "instead")
        return Field::Instead;
    if (id == "probe")
        return Field::Impact;
    return std::nullopt;
}

} // namespace hindsight::ui
