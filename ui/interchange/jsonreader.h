#pragma once

#include "ui/interchange/jsonscanner.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace hindsight::interchange {

// Typed values of a JSON document, read in file order from a JsonScanner, for the importer. A
// value of the wrong type or out of range is recorded as a failure at its JSON path (the first
// failure is kept), read past, and a harmless default returned, so a caller walks on and checks
// failed() only where a default could be taken for data. Messages say what was expected and what
// was found: "expected an integer from 0 to 4, found 5".
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
    Q_DISABLE_COPY_MOVE(JsonReader)

public:
    using Kind = JsonScanner::Kind;
    using Text = JsonScanner::Text;

    static constexpr std::int64_t NoMaximum = std::numeric_limits<std::int64_t>::max();

    // The members of the object at the reader's position, in file order, for as long as it lives;
    // whatever is left of the object is skipped when it goes. A value that is not an object is a
    // failure ("expected an object, found 42") and has no members. After any failure the walk
    // stops, unless `keepGoing`: the top level goes on to find the file's header, which says
    // whether the failure is worth reporting at all.
    class Members final
    {
        Q_DISABLE_COPY_MOVE(Members)

    public:
        explicit Members(JsonReader &in, bool keepGoing = false);
        ~Members();
        bool next();
        const std::string &key() const { return m_in.m_scanner.key(); }
        bool is(std::string_view name) const { return key() == name; }

    private:
        JsonReader &m_in;
        bool m_entered = false;
        bool m_keepGoing = false;
    };

    // The elements of the array at the reader's position, as Members walks an object's members.
    class Elements final
    {
        Q_DISABLE_COPY_MOVE(Elements)

    public:
        explicit Elements(JsonReader &in);
        ~Elements();
        bool next();
        qsizetype index() const { return m_in.m_scanner.index(); }

    private:
        JsonReader &m_in;
        bool m_entered = false;
    };

    explicit JsonReader(JsonScanner &scanner);

    bool failed() const { return m_scanner.failed(); }
    // The JSON path of the current value; after a walk of an object, of that object.
    QString path() const { return m_scanner.path(); }
    // Records a failure at path() or at `where`, unless one is already recorded.
    void fail(const QString &message);
    void fail(const QString &where, const QString &message);
    // Records a failure over any earlier one, which matters less; not over broken syntax.
    void overrule(const QString &where, const QString &message)
    {
        m_scanner.overrule(where, message);
    }
    // After walking an object: its required member `key` was not there.
    void missing(QLatin1StringView key);

    Kind peek() { return m_scanner.peek(); }
    // Reads a null, which in an optional field means the same as no field; false for anything
    // else, which is left to be read.
    bool null();
    // A string; `nonEmpty` also refuses "".
    std::string text(Text text, bool nonEmpty = false);
    // A number within [min, max].
    double number(double min, double max);
    // An integer within [min, max]. JSON has only numbers, so 2.0 counts and 2.5 does not; nor
    // does an integer beyond 2^53, which a JSON number (a double) cannot carry exactly.
    std::int64_t integer(std::int64_t min, std::int64_t max = NoMaximum);
    bool boolean(bool fallback);
    // A time in ISO 8601 form; one without a UTC offset is read as UTC, so that a file means the
    // same instant on every machine. nullopt after a failure.
    std::optional<core::TimePoint> time();
    void skip() { m_scanner.skip(); }

    // Reads the value, recording that `expected` was expected instead of what was found.
    void wrongType(const QString &expected);
    // How the value is named in "found ..." messages: a number as written, a string quoted and
    // cut short. Reads the value.
    QString describe();

private:
    JsonScanner &m_scanner;
};

} // namespace hindsight::interchange
