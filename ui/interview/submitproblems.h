#pragma once

#include "core/interviewseal.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace hindsight::ui {

// What stands between a draft and its submission, in plain words with the key that fixes it.
class SubmitProblems final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::SubmitProblems)

public:
    SubmitProblems() = delete;

    static QString describe(const core::InterviewSeal::Problem &problem);
    // The text of a button that takes the interviewer to the item, with a mnemonic.
    static QString goTo(const core::InterviewSeal::Problem &problem);
    // A heading and one line per problem, as rich text for the banner.
    static QString summary(const std::vector<core::InterviewSeal::Problem> &problems);
};

} // namespace hindsight::ui
