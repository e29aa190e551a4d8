#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::interchange {

// Why something the user asked for did not happen: an export, a print, an import or a save. Every
// such operation in ui/ and on the command line returns std::optional<Failure> (nullopt: done), and
// sentence() is the one place that words one for people, so a dialog, the status bar, the save
// indicator and stderr say the same thing. Store errors (core::Error) are worded by ErrorText and
// arrive here as the cause.
//
// It lives in ui/interchange because that is the one library both sides link: the command line
// links it without Widgets, and hindsight_ui links it for its windows.
class Failure final
{
    Q_DECLARE_TR_FUNCTIONS(Failure)

public:
    // What failed, naming its subject: a clause ("cannot write /tmp/pack.pdf") or a whole sentence
    // ("A note could not be saved."). May be empty when the caller says it around the failure.
    QString what;
    // Which file, record or JSON path it concerns (`candidates[2].interviews[0].regrets[1].depth`),
    // or the database; empty when nothing narrower than `what` can be named.
    QString where;
    // Why, translated: as the system, the format check or the store reported it.
    QString cause;

    // A failure of the store: `where` as core named it, the cause worded by ErrorText.
    static Failure of(const QString &what, const core::Error &error);

    // The whole failure in one sentence: what, then where, then the cause, leaving out a part that
    // is empty or that another part already names. A clause is followed by a colon, a sentence by
    // a space: "cannot write /tmp/pack.pdf: No space left on device".
    QString sentence() const;
    // The same without `what`, for a message box whose headline already says it.
    QString reason() const;
};

} // namespace hindsight::interchange
