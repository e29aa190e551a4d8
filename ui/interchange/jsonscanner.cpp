#include "ui/interchange/jsonscanner.h"

#include "core/limits.h"

#include <algorithm>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;
namespace limits = core::limits;

namespace {

// Keys are compared one by one in small objects, through a hash set in larger ones.
constexpr std::size_t linearKeys = 16;

} // namespace

JsonScanner::JsonScanner(QByteArrayView document)
    : m_input(document, [this](JsonInput::Stop stop, const QString &why) { stopped(stop, why); })
{
}

JsonScanner::JsonScanner(QIODevice &device, qint64 maxBytes, qint64 chunk)
    : m_input(
        device, maxBytes, [this](JsonInput::Stop stop, const QString &why) { stopped(stop, why); },
        chunk)
{
}

JsonScanner::~JsonScanner() = default;

void JsonScanner::stopped(JsonInput::Stop stop, const QString &why)
{
    if (stop == JsonInput::Stop::Syntax) {
        syntaxError(why);
        return;
    }
    overrule(QString(documentPath), why);
    m_broken = true;
    m_overflowed = stop == JsonInput::Stop::TooLarge;
}

JsonScanner::Kind JsonScanner::peek()
{
    if (m_broken)
        return Kind::None;
    m_input.skipWhitespace();
    switch (const int c = m_input.peek()) {
    case '{': return Kind::Object;
    case '[': return Kind::Array;
    case '"': return Kind::String;
    case 't':
    case 'f': return Kind::Bool;
    case 'n': return Kind::Null;
    case -1:
        // At the top level the caller knows what an empty file means; inside, the file was cut.
        if (m_depth > 0)
            syntaxError(tr("the file ends in the middle of the document"));
        return Kind::None;
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return Kind::Number;
        syntaxError(tr("expected a value"));
        return Kind::None;
    }
}

bool JsonScanner::enter()
{
    const Kind kind = peek();
    if (kind != Kind::Object && kind != Kind::Array)
        return false;
    if (m_depth >= limits::jsonDepth) {
        overrule(path(), tr("arrays and objects nest deeper than %1 levels here; the limit is %1")
                             .arg(limits::jsonDepth));
        m_broken = true;
        return false;
    }
    m_input.get();
    if (m_levels.size() <= std::size_t(m_depth))
        m_levels.emplace_back();
    Level &level = m_levels[std::size_t(m_depth++)];
    level.object = kind == Kind::Object;
    level.started = level.closed = level.pending = false;
    level.index = -1;
    level.key.clear();
    level.keys.clear();
    level.keySet.clear();
    return true;
}

bool JsonScanner::next()
{
    if (m_broken || m_depth == 0)
        return false;
    if (top().closed)
        return false;
    if (top().pending)
        skip();
    if (m_broken)
        return false;
    Level &level = top();
    m_input.skipWhitespace();
    const int c = m_input.peek();
    if (c == -1) {
        syntaxError(tr("the file ends in the middle of the document"));
        return false;
    }
    if (c == (level.object ? '}' : ']')) {
        m_input.get();
        level.closed = true;
        return false;
    }
    if (level.started) {
        if (c != ',') {
            syntaxError(level.object ? tr("expected , or } after a member")
                                     : tr("expected , or ] after an element"));
            return false;
        }
        m_input.get();
    }
    level.started = true;
    if (level.object)
        readKey(level);
    else
        ++level.index;
    level.pending = true;
    return !m_broken;
}

void JsonScanner::leave()
{
    if (m_depth == 0)
        return;
    while (next()) {}
    --m_depth;
    valueRead();
}

const std::string &JsonScanner::key() const
{
    return top().key;
}

qsizetype JsonScanner::index() const
{
    return top().index;
}

void JsonScanner::valueRead()
{
    if (m_depth > 0)
        top().pending = false;
}

void JsonScanner::readKey(Level &level)
{
    m_input.skipWhitespace();
    if (m_input.peek() != '"') {
        syntaxError(tr("expected a key in double quotes"));
        return;
    }
    m_input.get();
    level.key.clear();
    const JsonInput::StringScan scan = m_input.readString(&level.key, limits::lineLength + 1, false);
    if (m_broken)
        return;
    checkString(scan, limits::lineLength, false, true);

    bool repeated = false;
    if (level.keys.size() < linearKeys) {
        repeated = std::find(level.keys.begin(), level.keys.end(), level.key) != level.keys.end();
        level.keys.push_back(level.key);
        if (level.keys.size() == linearKeys)
            level.keySet.insert(level.keys.begin(), level.keys.end());
    } else {
        repeated = !level.keySet.insert(level.key).second;
    }
    if (repeated && !failed()) {
        const QString key = QString::fromUtf8(level.key);
        fail(child(pathTo(m_depth, false), key),
             tr("duplicate key \"%1\": an object names each key once").arg(key));
    }

    m_input.skipWhitespace();
    if (m_input.get() != ':')
        syntaxError(tr("expected : after a key"));
}

void JsonScanner::checkString(const JsonInput::StringScan &scan, int limit, bool tabs, bool key)
{
    if (!scan.invalidUtf8 && !scan.unpairedSurrogate && !scan.hasControl && scan.chars <= limit)
        return;
    if (failed())
        return;
    QString where = key ? pathTo(m_depth, false) : path();
    if (where.isEmpty())
        where = documentPath;
    if (scan.invalidUtf8 || scan.unpairedSurrogate) {
        const QString what = scan.invalidUtf8 ? tr("bytes that are not UTF-8")
                                              : tr("half of a UTF-16 surrogate pair");
        fail(where, key ? tr("a key holds %1").arg(what) : tr("the text holds %1").arg(what));
        return;
    }
    if (scan.hasControl) {
        const QString code = u"U+"_s
                             + QString::number(scan.control, 16).toUpper().rightJustified(4, u'0');
        if (key)
            fail(where, tr("a key holds the control character %1").arg(code));
        else if (tabs)
            fail(where, tr("the text holds the control character %1 at character %2; text may hold "
                           "tab and newline but no other control character")
                            .arg(code)
                            .arg(scan.controlAt));
        else
            fail(where, tr("the text holds the control character %1 at character %2; a name, "
                           "title, e-mail address or id is one line without control characters")
                            .arg(code)
                            .arg(scan.controlAt));
        return;
    }
    fail(where,
         key ? tr("a key is %1 characters long; the limit is %2").arg(scan.chars).arg(limit)
             : tr("the text is %1 characters long; the limit is %2").arg(scan.chars).arg(limit));
}

std::string JsonScanner::string(Text text)
{
    if (peek() != Kind::String) {
        skip();
        return {};
    }
    m_input.get();
    const bool tabs = text == Text::Free;
    const int limit = tabs ? limits::textLength : limits::lineLength;
    std::string out;
    const JsonInput::StringScan scan = m_input.readString(&out, limit, tabs);
    if (!m_broken)
        checkString(scan, limit, tabs, false);
    valueRead();
    return out;
}

QString JsonScanner::stringStart(int chars)
{
    if (peek() != Kind::String) {
        skip();
        return {};
    }
    m_input.get();
    std::string out;
    const JsonInput::StringScan scan = m_input.readString(&out, chars, true);
    if (!m_broken)
        checkString(scan, limits::textLength, true, false);
    valueRead();
    QString start = QString::fromUtf8(out);
    if (scan.chars > chars)
        start += u'\u2026';
    return start;
}

std::string_view JsonScanner::number()
{
    if (peek() != Kind::Number) {
        skip();
        m_number.clear();
        return m_number;
    }
    const qint64 length = m_input.readNumber(m_number, limits::numberLength);
    if (length > limits::numberLength)
        fail(path(), tr("a number is written with %1 characters; the limit is %2")
                         .arg(length)
                         .arg(limits::numberLength));
    valueRead();
    return m_number;
}

void JsonScanner::expectLiteral(std::string_view word)
{
    for (const char c : word) {
        if (m_input.get() != c) {
            syntaxError(tr("expected %1").arg(QLatin1StringView(word)));
            return;
        }
    }
    valueRead();
}

bool JsonScanner::boolean()
{
    if (peek() != Kind::Bool) {
        skip();
        return false;
    }
    const bool value = m_input.peek() == 't';
    expectLiteral(value ? "true" : "false");
    return value;
}

void JsonScanner::null()
{
    if (peek() != Kind::Null) {
        skip();
        return;
    }
    expectLiteral("null");
}

void JsonScanner::skip()
{
    const int depth = m_depth;
    switch (peek()) {
    case Kind::Object:
    case Kind::Array:
        // Without recursion, so that depth costs no stack.
        enter();
        while (m_depth > depth) {
            if (!next()) {
                leave();
                continue;
            }
            const Kind kind = peek();
            if (kind == Kind::Object || kind == Kind::Array) {
                enter();
            } else if (kind == Kind::String) {
                m_input.get();
                const JsonInput::StringScan scan = m_input.readString(nullptr, 0, true);
                if (!m_broken)
                    checkString(scan, limits::textLength, true, false);
                valueRead();
            } else if (kind != Kind::None) {
                skip();
            }
        }
        return;
    case Kind::String: stringStart(0); return;
    case Kind::Number: number(); return;
    case Kind::Bool: boolean(); return;
    case Kind::Null: null(); return;
    case Kind::None: return;
    }
}

void JsonScanner::finish()
{
    if (m_broken)
        return;
    m_input.skipWhitespace();
    if (m_input.peek() != -1)
        syntaxError(tr("more text follows the end of the document"));
}

QString JsonScanner::child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString JsonScanner::element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString JsonScanner::pathTo(int levels, bool current) const
{
    QString path;
    for (int i = 0; i < levels; ++i) {
        if (i == levels - 1 && !current)
            break;
        const Level &level = m_levels[std::size_t(i)];
        path = level.object ? child(path, QString::fromUtf8(level.key)) : element(path, level.index);
    }
    return path;
}

QString JsonScanner::path() const
{
    if (m_depth == 0)
        return {};
    return pathTo(m_depth, top().started && !top().closed);
}

void JsonScanner::fail(const QString &where, const QString &message)
{
    if (!m_failure)
        m_failure = Failure{{}, where, message};
}

void JsonScanner::overrule(const QString &where, const QString &message)
{
    if (!m_broken)
        m_failure = Failure{{}, where, message};
}

void JsonScanner::syntaxError(const QString &what)
{
    if (m_broken)
        return;
    const QString where = path();
    const QString byte = QString::number(m_input.offset());
    overrule(QString(documentPath),
             where.isEmpty() ? tr("not valid JSON at byte %1: %2").arg(byte, what)
                             : tr("not valid JSON at byte %1, in %2: %3").arg(byte, where, what));
    m_broken = true;
}

} // namespace hindsight::interchange
