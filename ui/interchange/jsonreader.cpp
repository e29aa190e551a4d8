#include "ui/interchange/jsonreader.h"

#include <QDateTime>

#include <charconv>
#include <chrono>
#include <cmath>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;

namespace {

// Integers beyond 2^53 are not exact in a JSON number (a double), so they are not trusted.
constexpr std::int64_t maxExactInteger = std::int64_t(1) << 53;

struct Integer
{
    enum class Kind { Whole, Fraction, Beyond } kind = Kind::Fraction;
    std::int64_t value = 0;
};

// The integer a number literal writes, checked on the literal itself: a double would round
// 9007199254740993 to 2^53 before anything could see it.
Integer readInteger(std::string_view literal)
{
    const char *first = literal.data();
    const char *last = first + literal.size();
    if (literal.find_first_of(".eE") == std::string_view::npos) {
        std::int64_t n = 0;
        const auto [end, ec] = std::from_chars(first, last, n);
        if (ec == std::errc::result_out_of_range
            || (ec == std::errc() && std::abs(n) > maxExactInteger))
            return {Integer::Kind::Beyond};
        if (ec != std::errc() || end != last)
            return {};
        return {Integer::Kind::Whole, n};
    }
    double d = 0;
    const auto [end, ec] = std::from_chars(first, last, d);
    if (ec == std::errc::result_out_of_range
        || (ec == std::errc() && std::fabs(d) >= double(maxExactInteger)))
        return {Integer::Kind::Beyond};
    if (ec != std::errc() || end != last || std::trunc(d) != d)
        return {};
    return {Integer::Kind::Whole, std::int64_t(d)};
}

} // namespace

JsonReader::Members::Members(JsonReader &in, bool keepGoing)
    : m_in(in)
    , m_keepGoing(keepGoing)
{
    if (in.peek() == Kind::Object)
        m_entered = in.m_scanner.enter();
    else
        in.wrongType(tr("an object"));
}

JsonReader::Members::~Members()
{
    if (m_entered)
        m_in.m_scanner.leave();
}

bool JsonReader::Members::next()
{
    if (!m_entered || (m_in.failed() && !m_keepGoing))
        return false;
    return m_in.m_scanner.next();
}

JsonReader::Elements::Elements(JsonReader &in)
    : m_in(in)
{
    if (in.peek() == Kind::Array)
        m_entered = in.m_scanner.enter();
    else
        in.wrongType(tr("an array"));
}

JsonReader::Elements::~Elements()
{
    if (m_entered)
        m_in.m_scanner.leave();
}

bool JsonReader::Elements::next()
{
    if (!m_entered || m_in.failed())
        return false;
    return m_in.m_scanner.next();
}

JsonReader::JsonReader(JsonScanner &scanner)
    : m_scanner(scanner)
{
}

void JsonReader::fail(const QString &message)
{
    if (!failed())
        m_scanner.fail(path(), message);
}

void JsonReader::fail(const QString &where, const QString &message)
{
    m_scanner.fail(where, message);
}

void JsonReader::missing(QLatin1StringView key)
{
    if (!failed())
        fail(JsonScanner::child(path(), QString(key)), tr("this field is required but missing"));
}

QString JsonReader::describe()
{
    switch (peek()) {
    case Kind::Null: m_scanner.null(); return tr("null");
    case Kind::Bool: return m_scanner.boolean() ? u"true"_s : u"false"_s;
    case Kind::Number: return QString::fromLatin1(m_scanner.number());
    // Long strings are cut so the message stays one readable line.
    case Kind::String: return tr("the string \"%1\"").arg(m_scanner.stringStart(40));
    case Kind::Array: skip(); return tr("an array");
    case Kind::Object: skip(); return tr("an object");
    case Kind::None: break;
    }
    return tr("nothing");
}

void JsonReader::wrongType(const QString &expected)
{
    const QString found = describe();
    fail(tr("expected %1, found %2").arg(expected, found));
}

bool JsonReader::null()
{
    if (peek() != Kind::Null)
        return false;
    m_scanner.null();
    return true;
}

std::string JsonReader::text(Text text, bool nonEmpty)
{
    if (peek() != Kind::String) {
        wrongType(nonEmpty ? tr("a non-empty string") : tr("a string"));
        return {};
    }
    std::string value = m_scanner.string(text);
    if (nonEmpty && value.empty())
        fail(tr("must not be empty"));
    return value;
}

double JsonReader::number(double min, double max)
{
    const auto expected = [&] { return tr("a number from %1 to %2").arg(min).arg(max); };
    if (peek() != Kind::Number) {
        wrongType(expected());
        return min;
    }
    const std::string_view literal = m_scanner.number();
    double d = 0;
    const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), d);
    if (ec != std::errc() || end != literal.data() + literal.size() || d < min || d > max) {
        fail(tr("expected %1, found %2").arg(expected(), QString::fromLatin1(literal)));
        return min;
    }
    return d;
}

std::int64_t JsonReader::integer(std::int64_t min, std::int64_t max)
{
    // Worded only when needed: this runs for every note of a file.
    const auto expected = [&] {
        return max == NoMaximum ? tr("an integer of at least %1").arg(min)
                                : tr("an integer from %1 to %2").arg(min).arg(max);
    };
    if (peek() != Kind::Number) {
        wrongType(expected());
        return min;
    }
    const std::string_view literal = m_scanner.number();
    const Integer n = readInteger(literal);
    if (n.kind == Integer::Kind::Beyond) {
        fail(tr("expected %1, found %2, which is beyond 2^53 (%3): a JSON number cannot carry it "
                "exactly")
                 .arg(expected(), QString::fromLatin1(literal), QString::number(maxExactInteger)));
        return min;
    }
    if (n.kind != Integer::Kind::Whole || n.value < min || n.value > max) {
        fail(tr("expected %1, found %2").arg(expected(), QString::fromLatin1(literal)));
        return min;
    }
    return n.value;
}

bool JsonReader::boolean(bool fallback)
{
    if (peek() != Kind::Bool) {
        wrongType(tr("true or false"));
        return fallback;
    }
    return m_scanner.boolean();
}

std::optional<core::TimePoint> JsonReader::time()
{
    if (peek() != Kind::String) {
        wrongType(tr("a string"));
        return std::nullopt;
    }
    const QString text = QString::fromStdString(m_scanner.string(Text::Line));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(tr("expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, found "
                "\"%1\"")
                 .arg(text));
        return std::nullopt;
    }
    // Without an offset Qt reads local time; a file must not mean different instants on machines
    // in different zones, so such a time is taken as UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return core::TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

} // namespace hindsight::interchange
