#pragma once

#include "core/scoring/figures.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace hindsight::ui {

// The fit's risks as rounded chips. Each risk has a colour that reads on light and dark
// backgrounds, but the words carry the meaning: colour only helps the eye group them.
class RiskChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskChips)

public:
    explicit RiskChips(QWidget *parent = nullptr);

    // `labels` holds each risk's words on its chip, `meanings` one plain sentence per risk, shown
    // as the tooltip.
    void setRisks(const std::vector<core::Risk> &risks, const QStringList &labels,
                  const QStringList &meanings);
    void clear();
    // The chips' words joined with ", " ("Under-depth, Under-breadth").
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Chip
    {
        core::Risk risk;
        QString label;
    };
    // Chip rectangles laid out left to right, wrapping at `width`.
    QList<QRect> layoutChips(int width) const;

    std::vector<Chip> m_chips;
};

} // namespace hindsight::ui
