#include "ui/interchange/errortext.h"

namespace hindsight::interchange {

QString ErrorText::describe(const core::Error &error)
{
    using Code = core::Error::Code;
    // An error may carry no `where` (a failure before any file was involved); name the database
    // then rather than print an empty placeholder.
    const QString where = error.where.empty() ? tr("the database")
                                              : QString::fromStdString(error.where);
    const QString detail = QString::fromStdString(error.detail);

    switch (error.code) {
    case Code::None: return tr("No error.");
    case Code::CannotOpen: return tr("Cannot open the database %1: %2").arg(where, detail);
    case Code::NotADatabase:
        if (detail.isEmpty())
            return tr("%1 is not a Hindsight database, or it is damaged.").arg(where);
        return tr("%1 is not a Hindsight database, or it is damaged: %2. Nothing was written to it.")
            .arg(where, detail);
    case Code::TooNew:
        return tr("%1 was written by a newer version of Hindsight. Update Hindsight to open it.")
            .arg(where);
    case Code::Busy:
        return tr("The database is busy: another Hindsight holds it (%1). Close the other one and "
                  "try again.")
            .arg(where);
    case Code::DiskFull:
        return tr("The disk is full or could not be written while saving to %1 (%2). The last "
                  "change was not saved; free some space and try again.")
            .arg(where, detail);
    case Code::ReadOnly:
        return tr("Cannot write to %1: the file or its folder is read-only (%2).").arg(where, detail);
    case Code::Constraint:
        return tr("The change to %1 conflicts with data already stored (%2).").arg(where, detail);
    case Code::NotFound: return tr("%1 does not exist; it may have been deleted.").arg(where);
    case Code::InUse: return tr("%1 is still in use and cannot be removed.").arg(where);
    case Code::Sealed:
        return tr("The interview (%1) has been submitted and can no longer be changed.").arg(where);
    case Code::NotAuthor:
        return tr("Only the interviewer who submitted the interview (%1) may amend it.").arg(where);
    case Code::Invalid: return tr("The value of %1 is not allowed: %2.").arg(where, detail);
    case Code::Exists: return tr("%1 already exists and was left as it is.").arg(where);
    case Code::Offline:
        // `where` is what was being done ("connecting to the team server"), not the server's name:
        // "The team server connecting to the team server cannot be reached" read wrongly.
        return tr("The team server cannot be reached (%1: %2).").arg(where, detail);
    case Code::Forbidden: return tr("The team server refused %1: %2").arg(where, detail);
    case Code::Internal: break;
    }
    return tr("Unexpected database error in %1: %2").arg(where, detail);
}

} // namespace hindsight::interchange
