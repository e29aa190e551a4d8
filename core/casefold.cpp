#include "core/casefold.h"

#include <cstdint>

namespace hindsight::core {

namespace {

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v'
           || c == 0xA0; // a no-break space typed into a name is still a space
}

// The simple case folding (Unicode's CaseFolding.txt, status C and S) of the scripts named in the
// header; every other code point maps to itself.
char32_t fold(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 0x20;
    if (c < 0x80)
        return c;
    if (c == 0xB5) // micro sign
        return 0x3BC;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) // À-Þ, not ×
        return c + 0x20;
    if (c >= 0x100 && c <= 0x17F) {
        // Latin Extended-A: pairs, capital first, in three runs with different parity.
        if (c == 0x130 || c == 0x138 || c == 0x149) // İ (no simple folding), ĸ, ŉ
            return c;
        if (c == 0x178) // Ÿ
            return 0xFF;
        if (c == 0x17F) // long s
            return U's';
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c % 2 == 1) ? c + 1 : c;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) // Greek capitals
        return c + 0x20;
    if (c == 0x3C2) // final sigma
        return 0x3C3;
    if (c >= 0x400 && c <= 0x40F) // Cyrillic Ѐ-Џ
        return c + 0x50;
    if (c >= 0x410 && c <= 0x42F) // Cyrillic А-Я
        return c + 0x20;
    return c;
}

void append(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Decodes one UTF-8 sequence at `text[i]`; `length` is how many bytes it took. A byte that does not
// start a well-formed sequence is returned as a length-1 "code point" above U+10FFFF, so that it is
// copied back as the byte it was and never folded.
constexpr char32_t NotUtf8 = 0x110000;

char32_t decode(std::string_view text, std::size_t i, std::size_t &length)
{
    const auto byte = [&](std::size_t k) { return std::uint8_t(text[k]); };
    const std::uint8_t b = byte(i);
    length = 1;
    if (b < 0x80)
        return b;
    std::size_t n = 0;
    char32_t c = 0;
    char32_t least = 0;
    if ((b & 0xE0) == 0xC0) {
        n = 2;
        c = b & 0x1F;
        least = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3;
        c = b & 0x0F;
        least = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4;
        c = b & 0x07;
        least = 0x10000;
    } else {
        return NotUtf8 + b;
    }
    if (i + n > text.size())
        return NotUtf8 + b;
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return NotUtf8 + b;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return NotUtf8 + b;
    length = n;
    return c;
}

} // namespace

std::string caseFolded(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const char32_t c = decode(text, i, length);
        i += length;
        if (c < NotUtf8 && isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        if (c >= NotUtf8)
            out += char(c - NotUtf8);
        else
            append(out, fold(c));
    }
    return out;
}

} // namespace hindsight::core
