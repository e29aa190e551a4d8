#pragma once

#include "core/scoring/calibration.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace hindsight::ui {

// The "Calibration" section of a committee pack: each pair of interviewers with enough candidates
// of the role in common, their figures in a table and each figure in the board's plain sentence.
// It names interviewers, never candidates, so it reads the same in blind mode.
class CalibrationSection final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::CalibrationSection)

public:
    static QString html(const std::vector<core::InterviewerPair> &pairs);
};

} // namespace hindsight::ui
