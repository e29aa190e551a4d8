#include "ui/interchange/failure.h"

#include "ui/interchange/errortext.h"

namespace hindsight::interchange {

namespace {

// `first` followed by `second`: after a clause a colon, after a whole sentence a space.
QString joined(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first.endsWith(QLatin1Char('.')) ? Failure::tr("%1 %2").arg(first, second)
                                            : Failure::tr("%1: %2").arg(first, second);
}

} // namespace

Failure Failure::of(const QString &what, const core::Error &error)
{
    return Failure{what, QString::fromStdString(error.where), ErrorText::describe(error)};
}

QString Failure::reason() const
{
    // A place the headline or the cause already names would only be said twice.
    const bool named = where.isEmpty() || what.contains(where) || cause.contains(where);
    return named ? cause : joined(where, cause);
}

QString Failure::sentence() const
{
    return joined(what, reason());
}

} // namespace hindsight::interchange
