#pragma once

#include "core/ids.h"

#include <QDialog>

#include <memory>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QPrinter;
class QPushButton;
class QStatusBar;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class ReportDocument;

// File → Export… and File → Print…: what leaves the application for the selected candidate or
// role. The three reports go to a PDF, a print preview or a printer; the data goes to an
// interchange JSON file. Every file is written whole or not at all.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Kind { CandidateSummary, CommitteePack, InterviewKit, RoleData, AllData };
    enum class Purpose { Export, Print }; // which button is the default

    ExportDialog(core::Store &store, std::optional<core::Id> roleId,
                 std::optional<core::Id> candidateId, Purpose purpose, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    bool isBlind() const;
    void setBlind(bool blind);
    bool isAvailable(Kind kind) const;
    // Says "Exported to …" on `bar` after each file written.
    void reportTo(QStatusBar *bar);

    // The report chosen, laid out; nullptr (after telling the user) when it cannot be read, or
    // when the choice is data rather than a report.
    std::unique_ptr<ReportDocument> buildReport();

    // Asks for a file name and writes the chosen export; true when it was written.
    bool exportToFile();
    // Open the print preview or the print dialog (window-modal, without waiting for them).
    void printPreview();
    void print();

signals:
    void exported(const QString &fileName);

private:
    void updateButtons();
    QString suggestedFileName() const;
    QString rawFileName() const;
    static std::shared_ptr<QPrinter> printerFor(const ReportDocument &report);

    core::Store &m_store;
    std::optional<core::Id> m_roleId;
    std::optional<core::Id> m_candidateId;
    QString m_roleTitle;
    QString m_candidateName;
    QButtonGroup *m_kinds;
    QCheckBox *m_blind;
    QPushButton *m_exportButton;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
};

} // namespace hindsight::ui
