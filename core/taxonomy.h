#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

// The stack layers (breadth) and specialist domains (depth) regrets are tagged with. The built-in
// entries come from DESIGN.md; users may add their own, which the store keeps. Ids are stable,
// lowercase and never change; labels are English here and translated by the ui for built-ins.
class Taxonomy
{
public:
    enum class Kind { Layer, Domain };

    struct Entry
    {
        Kind kind = Kind::Layer;
        std::string id;
        std::string label;
        bool builtIn = false;

        bool operator==(const Entry &) const = default;
    };

    // Only the built-in entries.
    static Taxonomy builtIn();

    // Built-ins plus the given user entries (a user entry never replaces a built-in id).
    explicit Taxonomy(std::vector<Entry> userEntries = {});

    const std::vector<Entry> &layers() const { return m_layers; }
    const std::vector<Entry> &domains() const { return m_domains; }

    bool hasLayer(std::string_view id) const { return find(Kind::Layer, id) != nullptr; }
    bool hasDomain(std::string_view id) const { return find(Kind::Domain, id) != nullptr; }
    const Entry *find(Kind kind, std::string_view id) const;

    // |L| in the breadth formula.
    std::size_t layerCount() const { return m_layers.size(); }

    // A user id must be lowercase ASCII letters, digits and '-', start with a letter, 2-40 long.
    static bool isValidId(std::string_view id);
    static std::string_view kindId(Kind kind);
    static std::optional<Kind> kindFromId(std::string_view id);

private:
    std::vector<Entry> m_layers;
    std::vector<Entry> m_domains;
};

} // namespace hindsight::core
