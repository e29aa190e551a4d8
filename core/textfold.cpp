#include "core/textfold.h"

#include <cstdint>

namespace hindsight::core {

namespace {

char32_t fold(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 0x20;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 0x20; // Latin-1: À-Þ except ×
    if (c >= 0x100 && c <= 0x137 && c % 2 == 0)
        return c + 1; // Latin Extended-A pairs: Ā ā ... Ķ ķ
    if (c >= 0x139 && c <= 0x148 && c % 2 == 1)
        return c + 1; // Ĺ ĺ ... Ň ň
    if (c >= 0x14A && c <= 0x177 && c % 2 == 0)
        return c + 1; // Ŋ ŋ ... Ŷ ŷ
    if (c == 0x178)
        return 0xFF; // Ÿ
    if (c >= 0x179 && c <= 0x17E && c % 2 == 1)
        return c + 1; // Ź ź ... Ž ž
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 0x20; // Greek
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20; // Cyrillic А-Я
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50; // Cyrillic Ѐ-Џ
    return c;
}

void append(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::string foldCase(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        // Two- and three-byte sequences hold every letter folded here; anything else (four-byte
        // sequences, stray bytes) is copied unchanged.
        if (lead >= 0xC2 && lead < 0xE0 && i + 1 < text.size()) {
            const char32_t c = char32_t((lead & 0x1F) << 6 | (text[i + 1] & 0x3F));
            append(out, fold(c));
            i += 2;
        } else if (lead >= 0xE0 && lead < 0xF0 && i + 2 < text.size()) {
            const char32_t c = char32_t((lead & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6
                                        | (text[i + 2] & 0x3F));
            append(out, fold(c));
            i += 3;
        } else {
            out += char(lead < 0x80 ? char(fold(lead)) : char(lead));
            ++i;
        }
    }
    return out;
}

} // namespace hindsight::core
