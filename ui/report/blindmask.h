#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace hindsight::ui {

// Blind mode for printed packs: every candidate is shown by alias, and free text an interviewer
// typed (notes, regret text, rationales) has candidates' names replaced, so a pack that says
// "blind" names nobody, even where a note says "Ana paused here". It errs towards masking too
// much: a word that is a name goes, whoever it stood for.
class BlindMask final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::BlindMask)

public:
    // An inactive mask changes nothing.
    BlindMask() = default;
    // A candidate of the pack, shown as `alias`.
    void add(const QString &name, const QString &alias);
    // A candidate the pack does not show (another role): masked all the same, without an alias.
    void addOther(const QString &name);

    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }

    // `name` itself, or its alias when active.
    QString name(const QString &name, const QString &alias) const;
    // `text` with candidates' names replaced, when active: a full name (in any case) by that
    // candidate's alias; a part of a name (split at spaces, hyphens, apostrophes and dots) when
    // capitalised, or in any case from five letters on. A part or name that several candidates
    // share becomes a neutral "[name]", so that a note never points at the wrong candidate.
    QString text(const QString &text) const;

private:
    void addWords(const QString &name, const QString &alias);
    void build() const;

    QMap<QString, QStringList> m_fullNames; // lower-cased full name -> aliases
    QMap<QString, QStringList> m_parts;     // lower-cased part -> aliases
    bool m_active = false;

    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
        qsizetype length = 0;
    };
    mutable QList<Rule> m_rules; // built on first use: longest first
    mutable bool m_built = false;
};

} // namespace hindsight::ui
