#include "entitylookup.h"

#include "ui/interchange/errortext.h"

#include <QStringList>

namespace hindsight::app {

std::optional<core::Role> EntityLookup::role(const QString &text)
{
    m_error.clear();
    auto roles = m_store.roles();
    if (!roles) {
        m_error = interchange::ErrorText::describe(roles.error());
        return std::nullopt;
    }
    bool isNumber = false;
    const core::Id id = text.toLongLong(&isNumber);
    std::vector<core::Role> matches;
    for (const core::Role &r : *roles) {
        if ((isNumber && r.id == id) || QString::fromStdString(r.title) == text)
            matches.push_back(r);
    }
    if (matches.size() == 1)
        return matches.front();

    QStringList known;
    for (const core::Role &r : *roles)
        known << tr("%1 (id %2)").arg(QString::fromStdString(r.title)).arg(r.id);
    if (matches.empty()) {
        m_error = known.isEmpty()
                      ? tr("No role \"%1\": the database has no roles yet.").arg(text)
                      : tr("No role \"%1\". Roles: %2.").arg(text, known.join(QStringLiteral("; ")));
    } else {
        QStringList ids;
        for (const core::Role &r : matches)
            ids << QString::number(r.id);
        m_error = tr("Several roles are called \"%1\"; name one by id: %2.")
                      .arg(text, ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<core::Candidate> EntityLookup::candidate(const QString &text)
{
    m_error.clear();
    auto candidates = m_store.candidates();
    if (!candidates) {
        m_error = interchange::ErrorText::describe(candidates.error());
        return std::nullopt;
    }
    bool isNumber = false;
    const core::Id id = text.toLongLong(&isNumber);
    std::vector<core::Candidate> matches;
    for (const core::Candidate &c : *candidates) {
        if ((isNumber && c.id == id) || QString::fromStdString(c.name) == text)
            matches.push_back(c);
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty()) {
        m_error = tr("No candidate \"%1\". Give a candidate id or the exact name.").arg(text);
    } else {
        QStringList ids;
        for (const core::Candidate &c : matches)
            ids << QString::number(c.id);
        m_error = tr("Several candidates are called \"%1\"; name one by id: %2.")
                      .arg(text, ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace hindsight::app
