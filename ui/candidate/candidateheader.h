#pragma once

#include "core/candidate.h"
#include "core/decision.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;

namespace hindsight::ui {

// Who the page is about: name, e-mail, role, their CV or profile link, how many interviews count,
// and the committee's current decision when there is one.
class CandidateHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateHeader)

public:
    explicit CandidateHeader(QWidget *parent = nullptr);

    // `amended`: how many of the submitted interviews are amendments (the evidence says why).
    void setCandidate(const core::Candidate &candidate, const QString &roleTitle, int submitted,
                      int drafts, const std::optional<core::Decision> &decision, int amended = 0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();
    void showLink(const std::string &stored);

    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_link;
    QUrl m_url; // what the link opens: the stored text, never the label's
    QLabel *m_interviews;
    QLabel *m_decision;
};

} // namespace hindsight::ui
