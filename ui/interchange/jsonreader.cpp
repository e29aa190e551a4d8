#include "ui/interchange/jsonreader.h"

#include <QLocale>

#include <cmath>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;

namespace {

// Integers beyond 2^53 are not exact in a JSON number (a double), so they are not trusted.
constexpr double maxExactInteger = 9007199254740992.0;

bool isWholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && std::trunc(d) == d && std::fabs(d) <= maxExactInteger;
}

} // namespace

QString JsonReader::child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString JsonReader::child(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void JsonReader::fail(const QString &where, const QString &message)
{
    if (!m_failure)
        m_failure = Failure{{}, where, message};
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        // Long strings are cut so the message stays one readable line.
        const QString text = value.toString();
        return tr("the string \"%1\"").arg(text.size() > 40 ? text.left(40) + u'\u2026' : text);
    }
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void JsonReader::wrongType(const QString &where, const QString &expected, const QJsonValue &found)
{
    fail(where, tr("expected %1, found %2").arg(expected, describe(found)));
}

QJsonValue JsonReader::field(const QJsonObject &object, const QString &where, QLatin1StringView key,
                             Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && need == Need::Required)
        fail(where, tr("this field is required but missing"));
    return value;
}

QString JsonReader::string(const QJsonObject &object, const QString &path, QLatin1StringView key,
                           Need need, bool nonEmpty)
{
    const QString where = child(path, key);
    const QJsonValue value = field(object, where, key, need);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(where, nonEmpty ? tr("a non-empty string") : tr("a string"), value);
        return {};
    }
    if (nonEmpty && value.toString().isEmpty())
        fail(where, tr("must not be empty"));
    return value.toString();
}

double JsonReader::number(const QJsonObject &object, const QString &path, QLatin1StringView key,
                          double min, double max)
{
    const QString where = child(path, key);
    const QJsonValue value = field(object, where, key, Need::Required);
    if (value.isUndefined())
        return min;
    const QString expected = tr("a number from %1 to %2").arg(min).arg(max);
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        wrongType(where, expected, value);
        return min;
    }
    return value.toDouble();
}

std::int64_t JsonReader::integer(const QJsonObject &object, const QString &path,
                                 QLatin1StringView key, Need need, std::int64_t min,
                                 std::int64_t max, std::int64_t fallback)
{
    const QString where = child(path, key);
    const QJsonValue value = field(object, where, key, need);
    if (value.isUndefined())
        return fallback;
    return asInteger(value, where, min, max);
}

bool JsonReader::boolean(const QJsonObject &object, const QString &path, QLatin1StringView key,
                         bool fallback)
{
    const QString where = child(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        wrongType(where, tr("true or false"), value);
        return fallback;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(child(path, key), tr("an array"), value);
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    return asObject(value, child(path, key));
}

QString JsonReader::asString(const QJsonValue &value, const QString &where)
{
    if (!value.isString()) {
        wrongType(where, tr("a string"), value);
        return {};
    }
    return value.toString();
}

std::int64_t JsonReader::asInteger(const QJsonValue &value, const QString &where, std::int64_t min,
                                   std::int64_t max)
{
    const QString expected = max == NoMaximum ? tr("an integer of at least %1").arg(min)
                                              : tr("an integer from %1 to %2").arg(min).arg(max);
    if (!isWholeNumber(value)) {
        wrongType(where, expected, value);
        return min;
    }
    const auto n = static_cast<std::int64_t>(value.toDouble());
    if (n < min || n > max) {
        wrongType(where, expected, value);
        return min;
    }
    return n;
}

QJsonObject JsonReader::asObject(const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        wrongType(where, tr("an object"), value);
        return {};
    }
    return value.toObject();
}

} // namespace hindsight::interchange
