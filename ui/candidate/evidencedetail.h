#pragma once

#include <QTextBrowser>

class QModelIndex;

namespace hindsight::ui {

class InterviewEvidenceModel;

// The full text of the evidence row in focus: a regret's five answers and its tags with the depth
// anchor spelled out, a note in full, or an interview's summary with its versions (amended when and
// why, or an earlier version kept).
class EvidenceDetail final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDetail)

public:
    explicit EvidenceDetail(QWidget *parent = nullptr);

    // `hint` says what the keyboard can do with the row (open, amend), shown under an interview.
    void showIndex(const InterviewEvidenceModel *model, const QModelIndex &index,
                   const QString &hint = {});

private:
    QString interviewSummary(const InterviewEvidenceModel *model, const QModelIndex &index) const;
    QString muted(const QString &html) const;
    QString field(const QString &label, const std::string &utf8) const;
};

} // namespace hindsight::ui
