#include "ui/mainwindow/importreviewdialog.h"

#include "ui/common/dialogs.h"
#include "ui/common/windowgeometry.h"
#include "ui/interchange/importreporttext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

ImportReviewDialog::ImportReviewDialog(const QString &fileName, const core::ImportReport &report,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));

    // The file name and every name in the report are the user's text: plain, never markup.
    auto *heading = new QLabel(
        tr("Importing %1 will do this. Nothing has been written yet.").arg(fileName), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setPlainText(interchange::ImportReportText::lines(report).join(QLatin1Char('\n')));
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_report->setAccessibleName(tr("What the import will do"));
    m_report->setMinimumSize(360, 160);
    heading->setBuddy(m_report);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    import->setAccessibleName(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    import->setFocus();
    WindowGeometry::manage(this, QSize(620, 420));
}

bool ImportReviewDialog::ask(QWidget *parent, const QString &fileName,
                             const core::ImportReport &report)
{
    ImportReviewDialog dialog(fileName, report, parent);
    if (const auto answer = Dialogs::scriptedAnswer(dialog.reportText()))
        return *answer != QMessageBox::Cancel;
    return dialog.exec() == QDialog::Accepted;
}

QString ImportReviewDialog::reportText() const
{
    return m_report->toPlainText();
}

} // namespace hindsight::ui
