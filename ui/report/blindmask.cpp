#include "ui/report/blindmask.h"

#include <algorithm>

namespace hindsight::ui {

namespace {

// The characters that separate the parts of a name: "Anne-Marie O'Neil Jr." has four.
const QRegularExpression Separators(QStringLiteral("[\\s,.\\-\\x{2010}\\x{2011}'\\x{2019}]+"));

// A name's letters, with any run of separators between its parts.
QString namePattern(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(Separators, Qt::SkipEmptyParts))
        parts << QRegularExpression::escape(part);
    return parts.join(QStringLiteral("[\\s,.\\-\\x{2010}\\x{2011}'\\x{2019}]+"));
}

// From this length on a part of a name is masked in any case: "raman" is a name, "will" a word.
constexpr qsizetype AnyCaseLength = 5;

} // namespace

void BlindMask::add(const QString &name, const QString &alias)
{
    addWords(name, alias);
}

void BlindMask::addOther(const QString &name)
{
    addWords(name, QString());
}

void BlindMask::addWords(const QString &name, const QString &alias)
{
    const QString full = name.simplified();
    if (full.isEmpty())
        return;
    m_fullNames[full.toLower()] << alias;
    // "Anne-Marie O'Neil": the words "Anne-Marie" and "O'Neil", and their pieces.
    static const QRegularExpression spaces(QStringLiteral("[\\s,.]+"));
    static const QRegularExpression joiners(QStringLiteral("[\\-\\x{2010}\\x{2011}'\\x{2019}]+"));
    const auto addPart = [this, &alias](const QString &part) {
        if (part.size() >= 2)
            m_parts[part.toLower()] << alias;
    };
    for (const QString &word : full.split(spaces, Qt::SkipEmptyParts)) {
        addPart(word);
        const QStringList pieces = word.split(joiners, Qt::SkipEmptyParts);
        if (pieces.size() > 1) {
            for (const QString &piece : pieces)
                addPart(piece);
        }
    }
    m_built = false;
}

void BlindMask::build() const
{
    m_rules.clear();
    // One alias for the word, or the neutral stand-in when it is ambiguous or not in the pack.
    const auto replacement = [](QStringList aliases) {
        aliases.removeDuplicates();
        return aliases.size() == 1 && !aliases.first().isEmpty() ? aliases.first() : tr("[name]");
    };
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    // Look around for letters instead of \b, which fails next to an apostrophe or a hyphen.
    for (auto it = m_fullNames.cbegin(); it != m_fullNames.cend(); ++it) {
        m_rules.append(
            {QRegularExpression(QStringLiteral("(?<!\\w)(?i:%1)(?!\\w)").arg(namePattern(it.key())),
                                options),
             replacement(it.value()), it.key().size()});
    }
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        // Short parts only when capitalised ("Li", "Will"), so that "li" or "will" stay.
        const QString body =
            it.key().size() >= AnyCaseLength
                ? QStringLiteral("(?i:%1)").arg(QRegularExpression::escape(it.key()))
                : QStringLiteral("(?=\\p{Lu})(?i:%1)").arg(QRegularExpression::escape(it.key()));
        m_rules.append({QRegularExpression(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(body), options),
                        replacement(it.value()), it.key().size()});
    }
    // Longest first, so "Ana Lima" is replaced whole before "Ana" could split it.
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const Rule &a, const Rule &b) { return a.length > b.length; });
    m_built = true;
}

QString BlindMask::name(const QString &name, const QString &alias) const
{
    return m_active ? alias : name;
}

QString BlindMask::text(const QString &text) const
{
    if (!m_active)
        return text;
    if (!m_built)
        build();
    QString masked = text;
    for (const Rule &rule : m_rules)
        masked.replace(rule.pattern, rule.replacement);
    return masked;
}

} // namespace hindsight::ui
