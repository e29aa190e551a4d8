#pragma once

#include <QDialog>

namespace hindsight::ui {

// The reminder behind F1: what separates a product-level regret from a domain-specific one, with
// one example of each (LevelGuide), so the interviewer can tag while the candidate is still
// talking.
class LevelGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelGuideDialog)

public:
    explicit LevelGuideDialog(QWidget *parent = nullptr);
};

} // namespace hindsight::ui
