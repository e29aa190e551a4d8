#pragma once

#include <QLayout>
#include <QList>

namespace hindsight::ui {

// Lays its items out left to right and wraps to a new row when the width runs out, each row
// widened to end flush on the right, so the layer chips of a regret card (some long:
// "Authentication and access control") share rows where they fit and never push the card wider
// than its column. Height follows width (heightForWidth).
class FlowLayout final : public QLayout
{
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace hindsight::ui
