#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace hindsight::ui {

// Blind mode for printed packs: every candidate is shown by alias, and free text an interviewer
// typed (notes, regret text, rationales) has candidates' names replaced by their aliases, so a
// pack that says "blind" names nobody, even where a note says "Ana paused here".
class BlindMask final
{
public:
    // An inactive mask changes nothing.
    BlindMask() = default;
    void add(const QString &name, const QString &alias);

    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }

    // `name` itself, or its alias when active.
    QString name(const QString &name, const QString &alias) const;
    // `text` with every candidate's full name (in any case) and each capitalised part of it (three
    // letters or more, whole words) replaced by that candidate's alias, when active.
    QString text(const QString &text) const;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QString alias;
        qsizetype length = 0; // of the name or part it stands for
    };
    QList<Rule> m_rules; // full names before their parts, longest first
    bool m_active = false;
};

} // namespace hindsight::ui
