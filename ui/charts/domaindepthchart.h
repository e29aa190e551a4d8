#pragma once

#include <QChartView>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

namespace hindsight::ui {

class TaxonomyText;

// Per-domain bars on the 0-4 depth scale: the candidate's depth(d) beside the role's required q_d,
// for every domain either has (the candidate with depth(d) > 0, the role with a demand).
class DomainDepthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainDepthChart)

public:
    explicit DomainDepthChart(QWidget *parent = nullptr);
    ~DomainDepthChart() override;

    void setDepths(const std::map<std::string, double> &candidate,
                   const std::map<std::string, int> &demands, const TaxonomyText &text);

    // What is drawn, for tests: the domain labels, and each bar set's values in label order.
    QStringList domains() const;
    QList<qreal> candidateValues() const;
    QList<qreal> demandValues() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    struct Parts; // series and axes, owned by the chart
    std::unique_ptr<Parts> m_parts;
};

} // namespace hindsight::ui
