#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>

class QIODevice;

namespace hindsight::interchange {

// The bytes of a JSON document and its lexical pieces (whitespace, strings, numbers), for
// JsonScanner: from memory, or from a device read in chunks (64 KiB) as they are needed, so that a
// file is never held whole. Strings are decoded to UTF-8 as they are read, and what is wrong
// with them (a control character, bytes that are not UTF-8, an unpaired surrogate) is reported
// with the text rather than stopping the reading. What does stop it (a string or number cut short,
// an unreadable device, more bytes than allowed) is handed to the `stopped` handler given, once;
// from then on the input ends.
class JsonInput final
{
    Q_DECLARE_TR_FUNCTIONS(JsonInput)
    Q_DISABLE_COPY_MOVE(JsonInput)

public:
    // Why reading stopped: the text is not JSON, or the device failed or had too much to say.
    enum class Stop { Syntax, Device, TooLarge };
    using StopHandler = std::function<void(Stop stop, const QString &why)>;

    // What a string held besides its text.
    struct StringScan
    {
        qint64 chars = 0;               // Unicode code points
        bool hasControl = false;        // a control character that is not allowed
        char32_t control = 0;           // the first such
        qint64 controlAt = 0;           // its position, from 1
        bool invalidUtf8 = false;       // a byte sequence that is not UTF-8
        bool unpairedSurrogate = false; // a \u escape of half a UTF-16 pair
    };

    JsonInput(QByteArrayView document, StopHandler stopped);
    // At most `maxBytes` bytes of `device`, read `chunk` bytes at a time; one more byte stops the
    // reading with Stop::TooLarge.
    static constexpr qint64 DefaultChunk = 64 * 1024;
    JsonInput(QIODevice &device, qint64 maxBytes, StopHandler stopped, qint64 chunk = DefaultChunk);

    // The next byte, -1 at the end.
    int peek()
    {
        if (m_pos == m_end && !refill())
            return -1;
        return static_cast<unsigned char>(*m_pos);
    }
    int get()
    {
        if (m_pos == m_end && !refill())
            return -1;
        return static_cast<unsigned char>(*m_pos++);
    }
    void skipWhitespace();
    // Of the next byte, from the start of the document.
    qint64 offset() const { return m_base + (m_pos - m_begin); }
    bool stopped() const { return m_stopped; }

    // Reads a string after its opening quote, keeping at most `keep` characters in `out` (may be
    // null). Tab and newline are allowed when `tabs` says so, other control characters never.
    StringScan readString(std::string *out, qint64 keep, bool tabs);
    // Reads a number as written, keeping at most `keep` characters of it in `out`; returns its
    // length, or 0 when it is not a number after all.
    qint64 readNumber(std::string &out, qint64 keep);

private:
    bool refill();
    bool readHex4(char32_t &unit);
    void stop(Stop why, const QString &message);

    StopHandler m_onStop;
    QIODevice *m_device = nullptr;
    qint64 m_maxBytes = 0;
    QByteArray m_chunk;
    const char *m_begin = nullptr; // the buffer holding the next bytes
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    qint64 m_base = 0; // offset of m_begin in the document
    bool m_stopped = false;
};

} // namespace hindsight::interchange
