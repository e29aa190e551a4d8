#pragma once

#include "core/scoring/calibration.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace hindsight::ui {

class ReportDocument;

// The "Calibration" section of a committee pack: each pair of interviewers with enough candidates
// of the role in common, their figures in a table and each figure in the board's plain sentence.
// It names interviewers, never candidates, so it reads the same in blind mode.
class CalibrationSection final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::CalibrationSection)

public:
    // With a `report`, the section's heading goes in its outline.
    static QString html(const std::vector<core::InterviewerPair> &pairs,
                        ReportDocument *report = nullptr);
};

} // namespace hindsight::ui
