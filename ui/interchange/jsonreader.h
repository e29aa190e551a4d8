#pragma once

#include "ui/interchange/failure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>

namespace hindsight::interchange {

// Typed access to the fields of a parsed JSON document, for the importer. It keeps the first
// failure, its `where` the JSON path of the offending value; after a failure every read still
// returns a harmless default, so a caller walks on and checks failed() only where a default could
// be taken for data. Paths look like `candidates[2].interviews[0].regrets[1].depth`; every
// method takes the path of the object it reads from ("" for the top level) and the field's key.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Need { Required, Optional };

    static constexpr std::int64_t NoMaximum = std::numeric_limits<std::int64_t>::max();

    static QString child(const QString &path, QStringView key);
    static QString child(const QString &path, QLatin1StringView key);
    static QString element(const QString &path, qsizetype index);

    bool failed() const { return m_failure.has_value(); }
    const std::optional<Failure> &failure() const { return m_failure; }
    // Records a failure unless one is already recorded: the first one is what the user must fix.
    void fail(const QString &where, const QString &message);

    // A string field; an optional one defaults to "". `nonEmpty` also refuses "".
    QString string(const QJsonObject &object, const QString &path, QLatin1StringView key, Need need,
                   bool nonEmpty = false);
    // A required number within [min, max].
    double number(const QJsonObject &object, const QString &path, QLatin1StringView key, double min,
                  double max);
    // An integer field within [min, max]; JSON has only numbers, so 2.0 counts and 2.5 does not.
    std::int64_t integer(const QJsonObject &object, const QString &path, QLatin1StringView key,
                         Need need, std::int64_t min, std::int64_t max = NoMaximum,
                         std::int64_t fallback = 0);
    bool boolean(const QJsonObject &object, const QString &path, QLatin1StringView key,
                 bool fallback);
    // Optional containers default to empty.
    QJsonArray array(const QJsonObject &object, const QString &path, QLatin1StringView key);
    QJsonObject object(const QJsonObject &object, const QString &path, QLatin1StringView key);

    // The same checks on a value already in hand (an array element, a map value); `where` is the
    // value's own path.
    QString asString(const QJsonValue &value, const QString &where);
    std::int64_t asInteger(const QJsonValue &value, const QString &where, std::int64_t min,
                           std::int64_t max = NoMaximum);
    QJsonObject asObject(const QJsonValue &value, const QString &where);

    // How a value is named in "found ..." messages: a number shows itself, a string is quoted.
    static QString describe(const QJsonValue &value);

private:
    // The field's value, or Undefined after reporting a missing required field.
    QJsonValue field(const QJsonObject &object, const QString &where, QLatin1StringView key,
                     Need need);
    void wrongType(const QString &where, const QString &expected, const QJsonValue &found);

    std::optional<Failure> m_failure;
};

} // namespace hindsight::interchange
