#pragma once

#include "core/merging/importreport.h"

#include <QDialog>

class QPlainTextEdit;

namespace hindsight::ui {

// File → Import asks before it writes: what the file would add, merge and skip, the candidates
// that may be someone already here and the conflicts, as the command line prints them
// (ImportReportText). Import writes, Cancel (Escape) leaves the database as it was.
class ImportReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewDialog)

public:
    ImportReviewDialog(const QString &fileName, const core::ImportReport &report,
                       QWidget *parent = nullptr);

    // Shows the dialog (or takes a test's scripted answer, Dialogs::setNextAnswer); true when the
    // user chose Import.
    static bool ask(QWidget *parent, const QString &fileName, const core::ImportReport &report);

    // The report as shown, for tests.
    QString reportText() const;

private:
    QPlainTextEdit *m_report = nullptr;
};

} // namespace hindsight::ui
