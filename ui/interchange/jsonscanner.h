#pragma once

#include "ui/interchange/failure.h"
#include "ui/interchange/jsoninput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace hindsight::interchange {

// A strict pull reader of JSON text (RFC 8259) for the importer. It reads a file in chunks as the
// importer asks for values, so an import holds the entities it builds and no copy of the document
// (QJsonDocument would hold the whole text, then the whole tree, and silently keep the last of two
// equal keys). Stricter than JSON itself: a key may appear once per object; strings must be valid
// UTF-8 and hold no control character (U+0000–U+001F, raw or escaped) except tab and newline in
// free text; strings and nesting are bounded (core/limits.h). Raw tab and newline, which strict
// JSON wants escaped, are read as if escaped, as QJsonDocument did.
//
// Failures name the JSON path of the value, `candidates[2].interviews[0].notes[1].text`. A
// malformed value (a duplicate key, a control character, an over-long string) is recorded and
// reading goes on, so that a caller may still look for what matters more; only the first failure
// is kept. Broken JSON syntax stops everything: it is recorded over any earlier failure, and from
// then on peek() says None and next() false.
//
// Usage: peek() says what the next value is; the caller reads it with string(), number(),
// boolean(), null(), skip(), or enter()s it, walks its members or elements with next() and
// leave()s it. A value the caller does not read is skipped by the next next() or leave().
class JsonScanner final
{
    Q_DECLARE_TR_FUNCTIONS(JsonScanner)
    Q_DISABLE_COPY_MOVE(JsonScanner)

public:
    enum class Kind { Object, Array, String, Number, Bool, Null, None };
    // What a string value may hold. Line: names, titles, e-mails, ids and other one-line values,
    // at most limits::lineLength characters, no control characters. Free: notes, answers,
    // reasons and descriptions, at most limits::textLength characters, tab and newline allowed.
    enum class Text { Line, Free };

    // The `where` of failures that concern the document as a whole (broken syntax, an empty
    // file): a caller that knows the file names it instead.
    static constexpr QLatin1StringView documentPath{"(document)"};

    // A document held in memory.
    explicit JsonScanner(QByteArrayView document);
    // A document read from `device` as it is needed, `chunk` bytes at a time (big enough that
    // reading costs a few system calls per megabyte; tests make it small to try every boundary).
    // More than `maxBytes` bytes stop the reading as broken syntax does, with overflowed() true.
    JsonScanner(QIODevice &device, qint64 maxBytes, qint64 chunk = JsonInput::DefaultChunk);
    ~JsonScanner();

    // The kind of the next value. None at the end of the text (and a syntax failure unless at the
    // top level, where the caller words it) or where no value can start.
    Kind peek();

    // Steps into the object or array peek() announced; false when there is none, or when it is
    // nested too deep, which breaks the reading.
    bool enter();
    // Moves to the next member (key() names it) or element of the innermost object or array
    // entered, first skipping the current one if it was not read; false at its end.
    bool next();
    // Steps out of the innermost object or array, skipping what is left of it.
    void leave();
    const std::string &key() const;
    // The current element's position in its array.
    qsizetype index() const;

    // Read the next value, which peek() said is of that kind.
    std::string string(Text text);
    // At most `chars` characters of a string, followed by an ellipsis when it is longer: a string
    // quoted in a message.
    QString stringStart(int chars);
    // The number as written, such as `-12.5e3`.
    std::string_view number();
    bool boolean();
    void null();
    // Any value, checked as strictly as one that is read.
    void skip();
    // The document ends: nothing but whitespace may follow.
    void finish();

    // The JSON path of the current value ("" for the top level); after next() returned false, of
    // the object or array that ended.
    QString path() const;
    // `path` extended by a member or an element.
    static QString child(const QString &path, QStringView key);
    static QString element(const QString &path, qsizetype index);

    bool failed() const { return m_failure.has_value(); }
    // Whether broken syntax (or too long an input) ended the reading.
    bool broken() const { return m_broken; }
    bool overflowed() const { return m_overflowed; }
    const std::optional<Failure> &failure() const { return m_failure; }
    // Records a failure unless one is already recorded: the first is what the user must fix.
    void fail(const QString &where, const QString &message);
    // Records a failure over any earlier one that matters less, unless syntax is broken.
    void overrule(const QString &where, const QString &message);

private:
    struct Level
    {
        bool object = false;
        bool started = false; // a member or element has been entered
        bool closed = false;  // the closing bracket has been read
        bool pending = false; // the current member's or element's value has not been read yet
        qsizetype index = -1;
        std::string key;
        // The keys of this object so far, to refuse a repeated one: a list while it is short, a
        // set from then on.
        std::vector<std::string> keys;
        std::unordered_set<std::string> keySet;
    };

    void stopped(JsonInput::Stop stop, const QString &why);
    // Records what a string held that it must not: `limit` in characters, `key` for a key.
    void checkString(const JsonInput::StringScan &scan, int limit, bool tabs, bool key);
    void readKey(Level &level);
    void expectLiteral(std::string_view word);

    void valueRead();
    Level &top() { return m_levels[std::size_t(m_depth - 1)]; }
    const Level &top() const { return m_levels[std::size_t(m_depth - 1)]; }
    // The path through the first `levels` levels, the last one's member or element included when
    // `current`.
    QString pathTo(int levels, bool current) const;
    void syntaxError(const QString &what);

    JsonInput m_input;
    std::vector<Level> m_levels; // kept between objects, so their key lists keep their capacity
    int m_depth = 0;
    std::string m_number;
    std::optional<Failure> m_failure;
    bool m_broken = false;
    bool m_overflowed = false;
};

} // namespace hindsight::interchange
