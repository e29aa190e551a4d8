#include "ui/interview/drafts/notestextfile.h"

#include "ui/common/regretanswer.h"
#include "ui/common/terms.h"
#include "ui/interchange/atomicfile.h"

#include <QLocale>
#include <QStringList>

namespace hindsight::ui {

QString NotesTextFile::render(const core::Interview &interview, const QString &candidate,
                              const QString &role)
{
    QStringList lines;
    lines << tr("Interview with %1 for %2").arg(candidate, role);
    lines << tr("Interviewer: %1").arg(Terms::text(interview.interviewer));
    lines << QString();
    lines << tr("Notes");
    for (const core::Note &note : interview.notes) {
        const QString text = Terms::text(note.text);
        lines << QStringLiteral("[%1] %2: %3")
                     .arg(Terms::offset(note.atMs), Terms::stage(note.stage),
                          note.quote ? Terms::quoted(text) : text);
    }
    if (!interview.pendingNote.empty())
        lines << tr("Being typed: %1").arg(Terms::text(interview.pendingNote));
    int position = 0;
    for (const core::Regret &regret : interview.regrets) {
        lines << QString();
        lines << tr("Regret %1").arg(++position);
        for (const RegretAnswer::Part &part : RegretAnswer::filled(regret))
            lines << QStringLiteral("%1: %2").arg(part.label, part.text);
        if (regret.levelChosen)
            lines << tr("Level: %1").arg(Terms::level(regret.level));
        if (!regret.domain.empty())
            lines << tr("Domain: %1").arg(Terms::text(regret.domain));
        if (regret.depthChosen)
            lines << tr("Depth: %1").arg(regret.depth);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::optional<interchange::Failure> NotesTextFile::write(const QString &fileName,
                                                         const core::Interview &interview,
                                                         const QString &candidate,
                                                         const QString &role)
{
    return interchange::AtomicFile::write(fileName, render(interview, candidate, role).toUtf8());
}

} // namespace hindsight::ui
