#include "ui/common/englishplurals.h"

namespace hindsight::ui {

EnglishPlurals::EnglishPlurals(QObject *parent)
    : QTranslator(parent)
{
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    // Only plural strings of our own convention; a null string lets Qt fall back to the source.
    static const QLatin1StringView marker("(s)");
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(marker))
        return {};
    return text.replace(marker, n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace hindsight::ui
