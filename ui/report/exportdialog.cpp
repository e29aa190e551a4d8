#include "ui/report/exportdialog.h"

#include "ui/common/dialogs.h"
#include "ui/common/statusmessage.h"
#include "ui/common/windowgeometry.h"
#include "ui/report/papersize.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "ui/interchange/jsonexporter.h"

#include "core/storage/store.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace hindsight::ui {

namespace {

bool isReport(ExportDialog::Kind kind)
{
    return kind == ExportDialog::Kind::CandidateSummary || kind == ExportDialog::Kind::CommitteePack
           || kind == ExportDialog::Kind::InterviewKit;
}

} // namespace

ExportDialog::ExportDialog(core::Store &store, std::optional<core::Id> roleId,
                           std::optional<core::Id> candidateId, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_roleId(roleId)
    , m_candidateId(candidateId)
    , m_kinds(new QButtonGroup(this))
    , m_blind(new QCheckBox(tr("&Blind: show candidates as Candidate A, B, … and leave names out")))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(purpose == Purpose::Print ? tr("Print") : tr("Export"));
    if (m_roleId) {
        if (auto role = m_store.role(*m_roleId))
            m_roleTitle = QString::fromStdString(role->title);
    }
    if (m_candidateId) {
        if (auto candidate = m_store.candidate(*m_candidateId))
            m_candidateName = QString::fromStdString(candidate->name);
    }
    // Typed names in button texts: an "&" is a letter there, not a mnemonic.
    const auto label = [](QString text) {
        return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    };

    auto *what = new QGroupBox(tr("Choose what to export"));
    auto *choices = new QVBoxLayout(what);
    const auto add = [&](Kind kind, const QString &text, const QString &detail) {
        auto *button = new QRadioButton(text);
        button->setObjectName(QStringLiteral("exportKind%1").arg(int(kind)));
        button->setToolTip(detail);
        button->setAccessibleDescription(detail);
        m_kinds->addButton(button, int(kind));
        choices->addWidget(button);
        button->setEnabled(isAvailable(kind));
    };
    add(Kind::CandidateSummary,
        m_candidateName.isEmpty() ? tr("&Candidate summary (select a candidate first)")
                                  : tr("&Candidate summary of %1 (PDF)").arg(label(m_candidateName)),
        tr("The chart, the figures and why, every regret with the notes and quotes behind its "
           "rating"));
    const QString role = m_roleTitle.isEmpty() ? tr("the selected role") : label(m_roleTitle);
    add(Kind::CommitteePack, tr("Committee &pack for %1 (PDF)").arg(role),
        tr("The role's profile and chart, the comparison, disagreements, evidence gaps and "
           "decisions, then a summary per candidate"));
    // Indented under the pack it belongs to.
    auto *blindRow = new QHBoxLayout;
    blindRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6);
    blindRow->addWidget(m_blind);
    choices->addLayout(blindRow);
    m_blind->setObjectName(QStringLiteral("blindCheck"));
    add(Kind::InterviewKit, tr("Interview &kit for %1 (PDF)").arg(role),
        tr("The guided question on paper: stages, prompts and probes, the depth scale, the "
           "levels and ruled space for notes"));
    add(Kind::RoleData, tr("&Data of %1 (Hindsight JSON)").arg(role),
        tr("The role and its candidates with interviews, notes and decisions, for another "
           "Hindsight to import"));
    add(Kind::AllData, tr("&All data (Hindsight JSON)"),
        tr("Every role and candidate in this database"));

    // Start on the most specific thing there is to export.
    for (Kind kind : {Kind::CandidateSummary, Kind::CommitteePack, Kind::AllData}) {
        if (isAvailable(kind)) {
            setKind(kind);
            break;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    (purpose == Purpose::Print ? m_printButton : m_exportButton)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (exportToFile())
            accept();
    });
    connect(m_kinds, &QButtonGroup::idToggled, this, &ExportDialog::updateButtons);

    auto *note = new QLabel(tr("Reports carry interview notes: they are marked confidential on "
                               "every page. A file is written whole or not at all."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateButtons();
    WindowGeometry::manage(this);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::reportTo(QStatusBar *bar)
{
    connect(this, &ExportDialog::exported, bar, [bar](const QString &path) {
        StatusMessage::show(bar, tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

bool ExportDialog::isAvailable(Kind kind) const
{
    switch (kind) {
    case Kind::CandidateSummary: return m_candidateId.has_value();
    case Kind::CommitteePack:
    case Kind::InterviewKit:
    case Kind::RoleData: return m_roleId.has_value();
    case Kind::AllData: return true;
    }
    return false;
}

ExportDialog::Kind ExportDialog::kind() const
{
    return Kind(m_kinds->checkedId());
}

void ExportDialog::setKind(Kind kind)
{
    if (QAbstractButton *button = m_kinds->button(int(kind)); button && button->isEnabled())
        button->setChecked(true);
}

bool ExportDialog::isBlind() const
{
    return m_blind->isChecked();
}

void ExportDialog::setBlind(bool blind)
{
    m_blind->setChecked(blind);
}

void ExportDialog::updateButtons()
{
    const bool report = isReport(kind());
    m_previewButton->setEnabled(report);
    m_printButton->setEnabled(report);
    m_blind->setEnabled(kind() == Kind::CommitteePack);
}

QString ExportDialog::suggestedFileName() const
{
    // Titles and names as typed may hold a folder separator or characters no file system takes.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString name = rawFileName();
    return name.replace(unsafe, QStringLiteral("-"));
}

QString ExportDialog::rawFileName() const
{
    switch (kind()) {
    case Kind::CandidateSummary: return tr("candidate-summary-%1.pdf").arg(m_candidateName);
    case Kind::CommitteePack:
        return isBlind() ? tr("committee-pack-%1-blind.pdf").arg(m_roleTitle)
                         : tr("committee-pack-%1.pdf").arg(m_roleTitle);
    case Kind::InterviewKit: return tr("interview-kit-%1.pdf").arg(m_roleTitle);
    case Kind::RoleData: return tr("hindsight-%1.json").arg(m_roleTitle);
    case Kind::AllData: return tr("hindsight.json");
    }
    return {};
}

std::unique_ptr<ReportDocument> ExportDialog::buildReport()
{
    ReportRequest request;
    switch (kind()) {
    case Kind::CandidateSummary:
        request = {ReportRequest::Kind::CandidateSummary, m_candidateId.value_or(0), false};
        break;
    case Kind::CommitteePack:
        request = {ReportRequest::Kind::CommitteePack, m_roleId.value_or(0), isBlind()};
        break;
    case Kind::InterviewKit:
        request = {ReportRequest::Kind::InterviewKit, m_roleId.value_or(0), false};
        break;
    default: return nullptr;
    }
    auto report = Reports::build(m_store, request);
    if (!report) {
        Dialogs::critical(
            this, tr("Report Failed"),
            interchange::Failure::of(tr("The report could not be read from the database."),
                                     report.error()));
        return nullptr;
    }
    return std::move(*report);
}

bool ExportDialog::exportToFile()
{
    const bool report = isReport(kind());
    const QString path = Dialogs::saveFileName(this, tr("Export"), suggestedFileName(),
                                               report
                                                   ? tr("PDF documents (*.pdf);;All files (*)")
                                                   : tr("Hindsight JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    std::optional<interchange::Failure> failure;
    if (report) {
        const auto document = buildReport();
        if (!document)
            return false;
        failure = ReportPrinter().writePdf(*document, path);
    } else {
        const std::optional<core::Id> role = kind() == Kind::RoleData ? m_roleId : std::nullopt;
        failure = interchange::JsonExporter::exportFile(m_store, path, role);
    }
    if (failure) {
        Dialogs::critical(this, tr("Export Failed"),
                          tr("Nothing was written to %1.").arg(QFileInfo(path).fileName()),
                          failure->sentence());
        return false;
    }
    emit exported(path);
    return true;
}

std::shared_ptr<QPrinter> ExportDialog::printerFor(const ReportDocument &report)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    // The paper the settings choose; the print dialog may change it, and paint() follows.
    printer->setPageLayout(ReportPrinter::pageLayout(PaperSize::chosen()));
    printer->setDocName(report.title());
    return printer;
}

void ExportDialog::printPreview()
{
    const std::shared_ptr<const ReportDocument> report = buildReport();
    if (!report)
        return;
    // open(), not exec(): the preview outlives this call, so the report and the printer are kept
    // by its paint slot, which goes with it.
    const std::shared_ptr<QPrinter> printer = printerFor(*report);
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Print Preview: %1").arg(report->title()));
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [report, printer](QPrinter *p) { ReportPrinter().paint(*report, *p); });
    WindowGeometry::manage(preview, QSize(900, 1000));
    preview->open();
}

void ExportDialog::print()
{
    const std::shared_ptr<const ReportDocument> report = buildReport();
    if (!report)
        return;
    const std::shared_ptr<QPrinter> printer = printerFor(*report);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(report->title()));
    // A file goes through Export…, which writes it whole or not at all; and the report is
    // printed whole, so no page range is offered that would be ignored.
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false);
    dialog->setOption(QAbstractPrintDialog::PrintPageRange, false);
    // open(), not exec(): the printing happens when the user accepts; the report and the printer
    // are kept until then by the slot, which goes with the dialog.
    connect(dialog, &QDialog::accepted, this, [this, report, printer] {
        if (const auto failure = ReportPrinter().print(*report, *printer)) {
            Dialogs::critical(this, tr("Print Failed"), *failure);
            return;
        }
        accept();
    });
    dialog->open();
}

} // namespace hindsight::ui
