#pragma once

#include "app/invocation.h"

#include "core/role.h"
#include "core/scoring/calibration.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace hindsight::app {

// Renders a role's interviewer calibration for `hindsight calibration`: an aligned table for
// people, JSON and CSV for programs. JSON is an array of objects with the keys first, second,
// firstEmail, secondEmail (null for an interviewer grouped by name), candidatesInCommon,
// percentAgreement, kappa (null when undefined), meanBreadthDifference and meanDepthDifference;
// CSV has the same columns with the e-mails last. Interviewers are people, not spellings
// (core::InterviewerDirectory), named as the board names them: by the name they used last.
class CalibrationFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationFormatter)

public:
    static QByteArray format(const core::Role &role, const std::vector<core::InterviewerPair> &pairs,
                             Invocation::Format format);

private:
    static QByteArray table(const core::Role &role, const std::vector<core::InterviewerPair> &pairs);
    static QByteArray json(const std::vector<core::InterviewerPair> &pairs);
    static QByteArray csv(const std::vector<core::InterviewerPair> &pairs);
};

} // namespace hindsight::app
