#include "ui/common/terms.h"

#include "ui/common/localetext.h"

#include <QLocale>

#include <cmath>

namespace hindsight::ui {

QString Terms::level(core::Regret::Level level)
{
    switch (level) {
    case core::Regret::Level::Product: return tr("Product-level");
    case core::Regret::Level::Domain: return tr("Domain-specific");
    case core::Regret::Level::Mixed: return tr("Mixed");
    case core::Regret::Level::Unclear: return tr("Unclear");
    }
    return tr("Unclear");
}

QString Terms::archetype(core::Archetype archetype)
{
    switch (archetype) {
    case core::Archetype::Generalist: return tr("Generalist");
    case core::Archetype::Specialist: return tr("Specialist");
    case core::Archetype::TShaped: return tr("T-shaped");
    case core::Archetype::Developing: return tr("Developing");
    }
    return tr("Developing");
}

QString Terms::risk(core::Risk risk)
{
    switch (risk) {
    case core::Risk::UnderDepth: return tr("Under-depth");
    case core::Risk::UnderBreadth: return tr("Under-breadth");
    case core::Risk::OverSpecialization: return tr("Over-specialization");
    case core::Risk::GoodMatch: return tr("Good match");
    }
    return tr("Good match");
}

QString Terms::riskMeaning(core::Risk risk, const QString &domain)
{
    switch (risk) {
    case core::Risk::UnderDepth:
        return domain.isEmpty()
                   ? tr("The role needs more specialist depth than the interviews showed: a generalist "
                        "would own a system whose failure modes are specialist territory.")
                   : tr("The role needs more depth in %1 than the interviews showed: a generalist would "
                        "own a system whose failure modes are specialist territory.")
                         .arg(domain);
    case core::Risk::UnderBreadth:
        return tr("The role spans more of the stack than the interviews covered: expect a hand-off "
                  "whenever work crosses a domain boundary.");
    case core::Risk::OverSpecialization:
        return tr("Far more depth than this generalist role needs: a specialist may build "
                  "infrastructure a simple product does not need.");
    case core::Risk::GoodMatch:
        return tr("No gap between the evidence and the role is large enough to be a risk.");
    }
    return {};
}

QString Terms::outcome(core::Decision::Outcome outcome)
{
    switch (outcome) {
    case core::Decision::Outcome::Advance: return tr("Advance");
    case core::Decision::Outcome::Hire: return tr("Hire");
    case core::Decision::Outcome::NoHire: return tr("No hire");
    case core::Decision::Outcome::Hold: return tr("Hold");
    }
    return tr("Hold");
}

QString Terms::stage(std::string_view stageId)
{
    if (stageId == "system")
        return tr("System");
    if (stageId == "decision")
        return tr("Decision");
    if (stageId == "discovery")
        return tr("Discovery");
    if (stageId == "instead")
        return tr("Instead");
    if (stageId == "probe")
        return tr("Depth probe");
    if (stageId == "another")
        return tr("Another decision");
    if (stageId == "wrapup")
        return tr("Wrap-up");
    return text(stageId);
}

QString Terms::depthTag(int depth)
{
    switch (depth) {
    case 0: return tr("No decision");
    case 1: return tr("Named only");
    case 2: return tr("Trade-off");
    case 3: return tr("Mechanism");
    case 4: return tr("Quantified");
    }
    return QString::number(depth);
}

QString Terms::depthMeaning(int depth)
{
    switch (depth) {
    case 0: return tr("Did not name a decision of substance.");
    case 1: return tr("Says what they would change, but not why.");
    case 2: return tr("Explains the trade-off and what it cost.");
    case 3:
        return tr("Explains how it works and the failure modes that are easy to miss: races, "
                  "durability against throughput, behaviour under load.");
    case 4:
        return tr("Puts numbers on the impact, weighs the alternatives with evidence and names the "
                  "invariant they would protect now.");
    }
    return {};
}

QString Terms::figure(double value)
{
    // Round first so an average such as 3.3333 does not print every digit.
    const double rounded = std::round(value * 100.0) / 100.0;
    return LocaleText::number(rounded, QLocale::FloatingPointShortest);
}

QString Terms::offset(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString Terms::quoted(const QString &text)
{
    static const QString marks = QStringLiteral("\"'\u201C\u201D\u2018\u2019\u00AB\u00BB");
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && marks.contains(text.at(begin)))
        ++begin;
    while (end > begin && marks.contains(text.at(end - 1)))
        --end;
    return tr("“%1”").arg(text.mid(begin, end - begin));
}

QString Terms::text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString Terms::interviewer(const core::Interviewer &who)
{
    const QString name = text(who.name);
    const QString email = text(who.email).trimmed();
    return email.isEmpty() ? name
                           : tr("%1 <%2>", "an interviewer's name and e-mail").arg(name, email);
}

} // namespace hindsight::ui
