#include "app/terminaltext.h"

#include <QList>

namespace hindsight::app::TerminalText {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

QString escaped(char32_t c)
{
    switch (c) {
    case '\t': return QStringLiteral("\\t");
    case '\n': return QStringLiteral("\\n");
    case '\r': return QStringLiteral("\\r");
    default: break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
}

enum class Mode { Field, Message };

QString escape(const QString &text, Mode mode)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (mode == Mode::Field && c == '\\')
            out += QStringLiteral("\\\\");
        else if (mode == Mode::Message && (c == '\n' || c == '\t'))
            out += QChar(c);
        else if (needsEscape(c))
            out += escaped(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

QString field(const QString &text)
{
    return escape(text, Mode::Field);
}

QString message(const QString &text)
{
    return escape(text, Mode::Message);
}

} // namespace hindsight::app::TerminalText
