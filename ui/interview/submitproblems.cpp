#include "ui/interview/submitproblems.h"

namespace hindsight::ui {

QString SubmitProblems::describe(const core::InterviewSeal::Problem &problem)
{
    using Kind = core::InterviewSeal::Problem::Kind;
    const int n = problem.regretPosition + 1;
    switch (problem.kind) {
    case Kind::NoRegrets: return tr("No regret is recorded yet.");
    case Kind::NoLevel:
        return tr("Regret %1 has no level: Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 "
                  "mixed, Ctrl+0 unclear.")
            .arg(n);
    case Kind::NoDomain:
        return tr("Regret %1 needs a domain: press Ctrl+D and type its name.").arg(n);
    case Kind::UnknownDomain:
        return tr("Regret %1 has a domain Hindsight does not know: choose another with Ctrl+D.")
            .arg(n);
    case Kind::NoDepth: return tr("Regret %1 has no depth rating: Alt+0 … Alt+4.").arg(n);
    }
    return {};
}

QString SubmitProblems::goTo(const core::InterviewSeal::Problem &problem)
{
    using Kind = core::InterviewSeal::Problem::Kind;
    const int n = problem.regretPosition + 1;
    switch (problem.kind) {
    case Kind::NoRegrets: return tr("&Go to the Notes");
    case Kind::NoLevel: return tr("&Go to the Level of Regret %1").arg(n);
    case Kind::NoDomain:
    case Kind::UnknownDomain: return tr("&Go to the Domain of Regret %1").arg(n);
    case Kind::NoDepth: return tr("&Go to the Depth of Regret %1").arg(n);
    }
    return {};
}

QString SubmitProblems::summary(const std::vector<core::InterviewSeal::Problem> &problems)
{
    QString text = tr("<b>Not submitted yet.</b> Still missing:");
    text += QStringLiteral("<ul style=\"margin:0\">");
    for (const auto &p : problems)
        text += QStringLiteral("<li>%1</li>").arg(describe(p).toHtmlEscaped());
    text += QStringLiteral("</ul>");
    return text;
}

} // namespace hindsight::ui
