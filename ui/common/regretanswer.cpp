#include "ui/common/regretanswer.h"

#include <tuple>

namespace hindsight::ui {

QList<RegretAnswer::Part> RegretAnswer::filled(const core::Regret &regret)
{
    const std::tuple<Field, QString, const std::string *> fields[] = {
        {Field::System, tr("System"), &regret.system},
        {Field::Decision, tr("Decision"), &regret.decision},
        {Field::Why, tr("How they found out"), &regret.why},
        {Field::Instead, tr("Instead"), &regret.instead},
        {Field::Impact, tr("Impact"), &regret.impact},
    };
    QList<Part> parts;
    for (const auto &[field, label, value] : fields) {
        const QString text = QString::fromStdString(*value).trimmed();
        if (!text.isEmpty())
            parts.append({field, label, text});
    }
    return parts;
}

} // namespace hindsight::ui
