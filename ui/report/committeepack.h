#pragma once

#include "ui/report/candidatedossier.h"

#include "ui/board/boardsnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class BlindMask;
class ReportDocument;

// The committee pack for a role: a cover with the role's profile and the board's chart, the
// comparison table, disagreements, interviewer calibration, evidence gaps and decisions, then one candidate summary per
// candidate. In blind mode no candidate's name appears anywhere, the PDF's metadata included.
class CommitteePack final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::CommitteePack)

public:
    static core::Result<std::unique_ptr<ReportDocument>> build(core::Store &store, core::Id roleId,
                                                               bool blind);
    static QString documentTitle(const core::Role &role, bool blind);

private:
    CommitteePack(const BoardSnapshot &board, const BlindMask &mask);

    QString cover(ReportDocument &report) const;
    // Each section's heading goes in `report`'s outline.
    QString comparison(ReportDocument &report) const;
    QString disagreements(ReportDocument &report) const;
    QString evidenceGaps(ReportDocument &report) const;
    QString decisions(ReportDocument &report) const;
    QString name(const BoardEntry &entry) const;
    QString text(const std::string &utf8) const;

    const BoardSnapshot &m_board;
    const BlindMask &m_mask;
    std::vector<const BoardEntry *> m_order; // best fit first
};

} // namespace hindsight::ui
