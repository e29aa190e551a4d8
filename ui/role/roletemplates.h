#pragma once

#include "core/role.h"
#include "core/scoring/figures.h"

#include <QList>
#include <QString>

namespace hindsight::ui {

// The role templates the role editor starts from. The numbers (breadth demand, domain demands, the
// archetype a template claims) are data in resources/templates/roles.json; the words are
// translatable strings here, keyed by the same ids, so translators see them in Linguist.
class RoleTemplates final
{
public:
    struct Template
    {
        QString id;
        QString title;       // translated
        QString description; // translated
        QString why;         // translated: one sentence on why the role has this shape
        core::Archetype archetype = core::Archetype::Developing; // the shape it claims
        core::Role role; // title, description and profile filled in; id 0
    };

    RoleTemplates() = delete;

    // Every template in the order of the resource file. A template whose id has no wording here,
    // or an unreadable resource, is left out (and warned about) rather than shown half-filled.
    static QList<Template> all();
};

} // namespace hindsight::ui
