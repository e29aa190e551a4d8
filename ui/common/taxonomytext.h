#pragma once

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace hindsight::ui {

// Display labels for taxonomy ids: built-in layers and domains get translated labels, entries
// users added keep the label they typed. Holds a copy of the taxonomy it was built from.
class TaxonomyText final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::TaxonomyText)

public:
    explicit TaxonomyText(core::Taxonomy taxonomy = core::Taxonomy::builtIn());

    QString layer(std::string_view id) const;
    QString domain(std::string_view id) const;
    // Labels in taxonomy order (the order of DESIGN.md for built-ins), not in id order.
    QStringList layers(const std::set<std::string> &ids) const;

    std::size_t layerCount() const { return m_taxonomy.layerCount(); }

    // The translated label of a built-in entry, nothing for an id that is not built in.
    static std::optional<QString> builtInLabel(core::Taxonomy::Kind kind, std::string_view id);

private:
    QString label(core::Taxonomy::Kind kind, std::string_view id) const;

    core::Taxonomy m_taxonomy;
};

} // namespace hindsight::ui
