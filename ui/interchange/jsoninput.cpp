#include "ui/interchange/jsoninput.h"

#include <QIODevice>

#include <algorithm>
#include <utility>

namespace hindsight::interchange {

namespace {

constexpr char32_t replacement = 0xFFFD;

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

int hexValue(int c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonInput::JsonInput(QByteArrayView document, StopHandler stopped)
    : m_onStop(std::move(stopped))
    , m_begin(document.data())
    , m_pos(m_begin)
    , m_end(m_begin + document.size())
{
}

JsonInput::JsonInput(QIODevice &device, qint64 maxBytes, StopHandler stopped, qint64 chunk)
    : m_onStop(std::move(stopped))
    , m_device(&device)
    , m_maxBytes(maxBytes)
    , m_chunk(std::max<qint64>(chunk, 1), Qt::Uninitialized)
{
}

void JsonInput::stop(Stop why, const QString &message)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_onStop(why, message);
    // Nothing more is read: the caller sees the end of the input.
    m_base += m_pos - m_begin;
    m_begin = m_pos = m_end = nullptr;
}

bool JsonInput::refill()
{
    if (!m_device || m_stopped)
        return false;
    m_base += m_end - m_begin;
    // One byte past the limit tells a file that is too long from one exactly as long.
    const qint64 wanted = std::min<qint64>(m_chunk.size(), m_maxBytes + 1 - m_base);
    const qint64 got = wanted > 0 ? m_device->read(m_chunk.data(), wanted) : 0;
    m_begin = m_pos = m_chunk.constData();
    m_end = m_begin + std::max<qint64>(got, 0);
    if (got < 0) {
        stop(Stop::Device, tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (m_base + got > m_maxBytes) {
        // The size was checked before reading; a file that grew since is refused all the same.
        stop(Stop::TooLarge, tr("the file is larger than the limit of %1 bytes").arg(m_maxBytes));
        return false;
    }
    return got > 0;
}

void JsonInput::skipWhitespace()
{
    for (;;) {
        if (m_pos == m_end && !refill())
            return;
        const char c = *m_pos;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

JsonInput::StringScan JsonInput::readString(std::string *out, qint64 keep, bool tabs)
{
    StringScan scan;
    const auto add = [&](char32_t cp) {
        if (cp < 0x20 && !(tabs && (cp == '\t' || cp == '\n')) && !scan.hasControl) {
            scan.hasControl = true;
            scan.control = cp;
            scan.controlAt = scan.chars + 1;
        }
        if (out && scan.chars < keep)
            appendUtf8(*out, cp);
        ++scan.chars;
    };
    const auto unpaired = [&] {
        scan.unpairedSurrogate = true;
        add(replacement);
    };
    const auto invalid = [&] {
        scan.invalidUtf8 = true;
        add(replacement);
    };

    for (;;) {
        // Runs of printable ASCII, most of any file, are copied at once.
        const char *run = m_pos;
        while (m_pos != m_end) {
            const auto c = static_cast<unsigned char>(*m_pos);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                break;
            ++m_pos;
        }
        if (m_pos != run) {
            const qint64 n = m_pos - run;
            if (out && scan.chars < keep)
                out->append(run, std::size_t(std::min(n, keep - scan.chars)));
            scan.chars += n;
        }

        const int c = get();
        if (c == '"')
            return scan;
        if (c == -1) {
            stop(Stop::Syntax, tr("the file ends inside a string"));
            return scan;
        }
        if (c < 0x80 && c != '\\') {
            add(char32_t(c)); // a control character, or the first byte of the next buffer
            continue;
        }
        if (c >= 0x80) {
            // A UTF-8 sequence: the lead byte says how many continuation bytes follow.
            int more = 0;
            char32_t cp = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
                cp = char32_t(c & 0x1F);
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                cp = char32_t(c & 0x0F);
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                cp = char32_t(c & 0x07);
            } else {
                invalid();
                continue;
            }
            const int length = more;
            for (; more > 0; --more) {
                const int b = peek();
                if (b < 0x80 || b > 0xBF)
                    break;
                ++m_pos;
                cp = (cp << 6) | char32_t(b & 0x3F);
            }
            // Overlong forms, UTF-16 surrogates and code points beyond Unicode are not UTF-8.
            const bool overlong = (length == 2 && cp < 0x800) || (length == 3 && cp < 0x10000);
            if (more > 0 || overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
                invalid();
            else
                add(cp);
            continue;
        }

        int escape = get();
        if (escape == 'u') {
            char32_t unit = 0;
            if (!readHex4(unit))
                return scan;
            // A high surrogate must be followed by a \u escape of a low one; anything else
            // leaves half a character.
            for (;;) {
                if (unit < 0xD800 || unit > 0xDFFF) {
                    add(unit);
                    escape = 0;
                    break;
                }
                if (unit >= 0xDC00 || peek() != '\\') {
                    unpaired();
                    escape = 0;
                    break;
                }
                ++m_pos;
                escape = get();
                if (escape != 'u') {
                    unpaired();
                    break; // an escape of another kind, read below
                }
                char32_t low = 0;
                if (!readHex4(low))
                    return scan;
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    add(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    escape = 0;
                    break;
                }
                unpaired();
                unit = low;
            }
            if (escape == 0)
                continue;
        }
        switch (escape) {
        case '"': add('"'); break;
        case '\\': add('\\'); break;
        case '/': add('/'); break;
        case 'b': add('\b'); break;
        case 'f': add('\f'); break;
        case 'n': add('\n'); break;
        case 'r': add('\r'); break;
        case 't': add('\t'); break;
        default:
            stop(Stop::Syntax, tr("a backslash in a string starts no valid escape"));
            return scan;
        }
    }
}

bool JsonInput::readHex4(char32_t &unit)
{
    unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(get());
        if (digit < 0) {
            stop(Stop::Syntax, tr("\\u is not followed by four hexadecimal digits"));
            return false;
        }
        unit = unit * 16 + char32_t(digit);
    }
    return true;
}

qint64 JsonInput::readNumber(std::string &out, qint64 keep)
{
    out.clear();
    qint64 length = 0;
    const auto take = [&] {
        const int c = get();
        if (length++ < keep)
            out.push_back(char(c));
    };
    const auto digits = [&] {
        if (!isDigit(peek())) {
            stop(Stop::Syntax, tr("a number is cut short"));
            return false;
        }
        while (isDigit(peek()))
            take();
        return true;
    };
    if (peek() == '-')
        take();
    if (peek() == '0')
        take(); // JSON writes no leading zeros: whatever follows is not part of the number
    else if (!digits())
        return 0;
    if (peek() == '.') {
        take();
        if (!digits())
            return 0;
    }
    if (peek() == 'e' || peek() == 'E') {
        take();
        if (peek() == '+' || peek() == '-')
            take();
        if (!digits())
            return 0;
    }
    return length;
}

} // namespace hindsight::interchange
