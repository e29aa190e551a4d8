#pragma once

#include "core/interview.h"
#include "ui/interchange/failure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::ui {

// The notes and answers of one interview as a plain UTF-8 text file a person can read anywhere:
// the way out when the database will not take them and the window must close. Written whole or
// not at all, readable by its owner only.
class NotesTextFile final
{
    Q_DECLARE_TR_FUNCTIONS(NotesTextFile)

public:
    NotesTextFile() = delete;

    static QString render(const core::Interview &interview, const QString &candidate,
                          const QString &role);
    static std::optional<interchange::Failure> write(const QString &fileName,
                                                     const core::Interview &interview,
                                                     const QString &candidate, const QString &role);
};

} // namespace hindsight::ui
