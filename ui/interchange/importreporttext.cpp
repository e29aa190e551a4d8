#include "ui/interchange/importreporttext.h"

namespace hindsight::interchange {

using Entity = core::ImportReport::Entity;

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

QString ImportReportText::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Role: return tr("Roles");
    case Entity::TeamMember: return tr("Team members");
    case Entity::Candidate: return tr("Candidates");
    case Entity::Interview: return tr("Interviews");
    case Entity::Decision: return tr("Decisions");
    case Entity::PlacementOverride: return tr("Placement overrides");
    }
    return {};
}

QString ImportReportText::oneEntityName(Entity entity)
{
    switch (entity) {
    case Entity::Role: return tr("Role");
    case Entity::TeamMember: return tr("Team member");
    case Entity::Candidate: return tr("Candidate");
    case Entity::Interview: return tr("Interview by");
    case Entity::Decision: return tr("Decision");
    case Entity::PlacementOverride: return tr("Placement override");
    }
    return {};
}

QString ImportReportText::fieldName(const std::string &field)
{
    if (field == "title")
        return tr("title");
    if (field == "description")
        return tr("description");
    if (field == "breadthDemand")
        return tr("breadth demand");
    if (field == "domainDemands")
        return tr("domain demands");
    if (field == "name")
        return tr("name");
    if (field == "email")
        return tr("e-mail");
    if (field == "status")
        return tr("status");
    if (field == "profileLink")
        return tr("profile link");
    if (field == "role")
        return tr("role");
    if (field == "placement")
        return tr("breadth / depth");
    if (field == "content")
        return tr("sealed content");
    if (field == "version")
        return tr("version");
    return text(field);
}

QStringList ImportReportText::tallies(const core::ImportReport &report)
{
    QStringList lines;
    for (std::size_t i = 0; i < core::ImportReport::EntityCount; ++i) {
        const auto entity = Entity(i);
        const core::ImportReport::Tally &t = report[entity];
        if (t.added == 0 && t.merged == 0 && t.skipped == 0)
            continue;
        lines << tr("%1: %2 added, %3 merged, %4 skipped (already here)")
                     .arg(entityName(entity))
                     .arg(t.added)
                     .arg(t.merged)
                     .arg(t.skipped);
    }
    return lines;
}

QStringList ImportReportText::possibleDuplicates(const core::ImportReport &report)
{
    QStringList lines;
    for (const core::ImportReport::PossibleDuplicate &d : report.possibleDuplicates) {
        const QString held = d.heldEmail.empty()
                                 ? text(d.heldName)
                                 : tr("%1 <%2>").arg(text(d.heldName), text(d.heldEmail));
        lines << tr("%1 (%2) may be %3, who is already here: added as another candidate; merge "
                    "them (Candidate → Merge Candidate…) if they are the same person.")
                     .arg(text(d.name), text(d.role), held);
    }
    return lines;
}

QStringList ImportReportText::conflicts(const core::ImportReport &report)
{
    QStringList lines;
    for (const core::ImportReport::Conflict &c : report.conflicts) {
        const QString kept =
            c.tookIncoming
                ? tr("took the file's newer \"%1\" over \"%2\"").arg(text(c.incoming), text(c.held))
                : tr("kept \"%1\"; the file has \"%2\"").arg(text(c.held), text(c.incoming));
        lines << tr("%1 %2, %3: %4")
                     .arg(oneEntityName(c.entity), text(c.subject), fieldName(c.field), kept);
    }
    return lines;
}

QStringList ImportReportText::lines(const core::ImportReport &report)
{
    QStringList lines = tallies(report);
    if (const QStringList duplicates = possibleDuplicates(report); !duplicates.isEmpty()) {
        lines << tr("Possible duplicates (%n):", nullptr, int(duplicates.size()));
        for (const QString &line : duplicates)
            lines << QStringLiteral("  ") + line;
    }
    if (const QStringList found = conflicts(report); !found.isEmpty()) {
        lines << tr("Conflicts (%n):", nullptr, int(found.size()));
        for (const QString &line : found)
            lines << QStringLiteral("  ") + line;
    }
    return lines;
}

} // namespace hindsight::interchange
