#pragma once

#include "core/interview.h"

#include <QLabel>

#include <vector>

namespace hindsight::ui {

// The band under the interview window's stepper that says what state the interview is in when it
// is not a plain draft: submitted (and whether it was modified afterwards), an amendment being
// written, an earlier version an amendment replaced, what submitting found missing. Hidden until
// something is said; its accessible name is the text without markup.
class InterviewBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewBanner)

public:
    explicit InterviewBanner(QWidget *parent = nullptr);

    // Rich text: escape what a person typed.
    void showMessage(const QString &html, bool warning);
    // A submitted version, read-only. `versions` are all the interview's versions, the first
    // first (may be empty: only this one); `tampered` when its rows no longer match its digest.
    void showSubmitted(const core::Interview &shown, const std::vector<core::Interview> &versions,
                       bool tampered);
    // The draft of an amendment: which version it replaces and why.
    void showAmending(const core::Interview &draft);

    // How many sealed versions there are (an amendment being written is not one yet).
    static int versionCount(const core::Interview &shown,
                            const std::vector<core::Interview> &versions);
    // "Version 1 of 2 — replaced by an amendment on …" for an earlier version, "Version 2 of 2,
    // amended …" for an amended current one, each with the amendment's reason; empty for an
    // interview that was never amended.
    struct VersionLine
    {
        QString head;
        QString reason;
    };
    static VersionLine versionLine(const core::Interview &shown,
                                   const std::vector<core::Interview> &versions);
};

} // namespace hindsight::ui
