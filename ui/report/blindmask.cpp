#include "blindmask.h"

#include <algorithm>

namespace hindsight::ui {

void BlindMask::add(const QString &name, const QString &alias)
{
    QStringList words{name.simplified()};
    for (const QString &part : name.split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                          Qt::SkipEmptyParts)) {
        if (part.size() >= 3 && part != words.first())
            words << part;
    }
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        // The full name in any case; a part of it in any case too ("GITA", "Gita") but only
        // capitalised, so that a candidate called Will does not blank out every "will".
        QString body = QRegularExpression::escape(word).replace(QStringLiteral("\\ "),
                                                                  QStringLiteral("\\s+"));
        if (word != words.first())
            body = QStringLiteral("(?=\\p{Lu})(?i:%1)").arg(body);
        else
            body = QStringLiteral("(?i:%1)").arg(body);
        // \b does not work next to non-word characters such as an apostrophe at the end of a
        // name, so look around for letters instead.
        const QString pattern = QStringLiteral("(?<!\\w)%1(?!\\w)").arg(body);
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        m_rules.append({QRegularExpression(pattern, options), alias, word.size()});
    }
    // Longest first, so "Ana Lima" is replaced whole before "Ana" could split it.
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const Rule &a, const Rule &b) {
        return a.length > b.length;
    });
}

QString BlindMask::name(const QString &name, const QString &alias) const
{
    return m_active ? alias : name;
}

QString BlindMask::text(const QString &text) const
{
    if (!m_active)
        return text;
    QString masked = text;
    for (const Rule &rule : m_rules)
        masked.replace(rule.pattern, rule.alias);
    return masked;
}

} // namespace hindsight::ui
