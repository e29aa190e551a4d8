#include "app/entitylookup.h"
#include "app/terminaltext.h"

#include "ui/interchange/errortext.h"

#include <QStringList>

namespace hindsight::app {

namespace {

// The items a command-line argument names: the one whose id it is, or those whose name equals it.
template<typename T, typename NameOf>
std::vector<T> matching(const std::vector<T> &items, const QString &text, NameOf nameOf)
{
    bool isNumber = false;
    const core::Id id = text.toLongLong(&isNumber);
    std::vector<T> matches;
    for (const T &item : items) {
        if ((isNumber && item.id == id) || QString::fromStdString(nameOf(item)) == text)
            matches.push_back(item);
    }
    return matches;
}

template<typename T>
QString idList(const std::vector<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids << QString::number(item.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

std::optional<core::Role> EntityLookup::role(const QString &text)
{
    m_error.clear();
    auto roles = m_store.roles();
    if (!roles) {
        m_error = interchange::ErrorText::describe(roles.error());
        return std::nullopt;
    }
    const auto matches = matching(*roles, text, [](const core::Role &r) { return r.title; });
    if (matches.size() == 1)
        return matches.front();

    QStringList known;
    for (const core::Role &r : *roles)
        known << tr("%1 (id %2)").arg(TerminalText::field(QString::fromStdString(r.title))).arg(r.id);
    if (matches.empty()) {
        m_error = known.isEmpty()
                      ? tr("No role \"%1\": the database has no roles yet.").arg(text)
                      : tr("No role \"%1\". Roles: %2.").arg(text, known.join(QStringLiteral("; ")));
    } else {
        m_error = tr("Several roles are called \"%1\"; name one by id: %2.")
                      .arg(text, idList(matches));
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
    const auto matches = matching(*candidates, text,
                                  [](const core::Candidate &c) { return c.name; });
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty()) {
        m_error = tr("No candidate \"%1\". Give a candidate id or the exact name.").arg(text);
    } else {
        m_error = tr("Several candidates are called \"%1\"; name one by id: %2.")
                      .arg(text, idList(matches));
    }
    return std::nullopt;
}

} // namespace hindsight::app
