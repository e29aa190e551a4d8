#pragma once

#include "core/scoring/calibration.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace hindsight::ui {

// Interviewer calibration for a role: each pair with at least three candidates in common, their
// percent agreement and Cohen's kappa on the archetype each one's view implies (core::Calibration),
// and the mean difference of their breadth and depth. explain() words each figure in one plain sentence.
class CalibrationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationModel)

public:
    enum Column {
        PairColumn,
        InCommonColumn,
        AgreementColumn,
        KappaColumn,
        BreadthColumn,
        DepthColumn,
        ColumnCount
    };

    explicit CalibrationModel(QObject *parent = nullptr);

    void setPairs(std::vector<core::InterviewerPair> pairs);
    const core::InterviewerPair *pairAt(int row) const;

    // One sentence per figure: agreement, kappa, breadth difference, depth difference.
    static QStringList explain(const core::InterviewerPair &pair);
    // One line for each of the two: whom the name stands for (an e-mail, or a name in any
    // capitals), as core::InterviewerDirectory grouped their interviews.
    static QStringList identities(const core::InterviewerPair &pair);
    // The same, naming the interviewers as `first` and `second` (a report isolates them).
    static QStringList explain(const core::InterviewerPair &pair, const QString &first,
                               const QString &second);
    static QString kappaText(const std::optional<double> &kappa);
    // A mean difference with its sign either way ("+1.5", "−0.25", "0").
    static QString signedText(double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::InterviewerPair> m_pairs;
};

} // namespace hindsight::ui
