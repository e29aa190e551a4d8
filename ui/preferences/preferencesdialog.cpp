#include "ui/preferences/preferencesdialog.h"

#include "ui/common/colours.h"
#include "ui/common/readabletext.h"
#include "ui/common/settings.h"
#include "ui/common/windowgeometry.h"
#include "ui/report/papersize.h"

#include "core/retention.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight::ui {

PreferencesDialog::PreferencesDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_previous(Settings().interviewer())
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_budget(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
{
    const Settings settings;
    const bool first = purpose == Purpose::FirstStart;
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(first ? tr("Welcome to Hindsight") : tr("Preferences"));

    auto *about = new QLabel(
        first ? tr("Before your first interview: who is interviewing? Every interview you hold is "
                   "recorded under this name and e-mail, and a committee that imports your "
                   "interviews sees both. The same e-mail on two laptops is the same interviewer. "
                   "You can change them later in Edit → Preferences.")
              : tr("Every interview you hold is recorded under this name and e-mail; a committee "
                   "that imports your interviews sees both. The e-mail says who you are: with the "
                   "same e-mail under a new name, your drafts and the interviews you may amend "
                   "stay yours, and calibration counts you once. Changing either moves your "
                   "drafts with you; submitted interviews keep what they were submitted with."),
        this);
    about->setObjectName(QStringLiteral("preferencesAbout"));
    about->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("preferencesName"));
    m_name->setText(first && !settings.interviewerConfirmed() ? Settings::systemUserFullName()
                                                              : settings.interviewerName());
    m_name->setMaxLength(200); // as a name in an interchange file
    m_name->setAccessibleName(tr("Your name"));
    m_email->setObjectName(QStringLiteral("preferencesEmail"));
    m_email->setText(settings.interviewerEmail());
    m_email->setMaxLength(200);
    m_email->setPlaceholderText(tr("name@example.org (optional)"));
    m_email->setAccessibleName(tr("Your e-mail address"));
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    // One line, unwrapped: the dialog widens for it rather than cutting it.
    m_problem->setTextFormat(Qt::PlainText);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText,
                 ReadableText::on(Colours::problem(), red.color(QPalette::Window)));
    m_problem->setPalette(red);

    // On a team server the login says who is interviewing, as its administrator recorded it.
    const bool fromServer = Settings::teamInterviewer().has_value();
    if (fromServer) {
        about->setText(tr("You are connected to a team server: interviews are recorded under the "
                          "name and e-mail its administrator gave your login. They are shown here "
                          "and cannot be changed on this laptop."));
        m_name->setReadOnly(true);
        m_email->setReadOnly(true);
    }
    auto *you = new QGroupBox(tr("You, the interviewer"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_name);
    youForm->addRow(tr("&E-mail:"), m_email);
    youForm->addRow(QString(), m_problem);

    m_budget->setObjectName(QStringLiteral("preferencesTimeBudget"));
    m_budget->setRange(Settings::MinTimeBudget, Settings::MaxTimeBudget);
    m_budget->setSingleStep(5);
    m_budget->setSuffix(tr(" min"));
    m_budget->setValue(settings.timeBudgetMinutes());
    m_budget->setAccessibleName(tr("Time budget in minutes"));
    m_budget->setToolTip(tr("Past it, the live interview's clock turns amber"));
    m_retention->setObjectName(QStringLiteral("preferencesRetention"));
    m_retention->setRange(0, core::Retention::MaxMonths);
    m_retention->setSpecialValueText(tr("Off"));
    m_retention->setSuffix(tr(" months"));
    m_retention->setValue(settings.retentionMonths());
    m_retention->setAccessibleName(tr("Retention period in months"));
    m_retention->setToolTip(tr("Candidates with no activity for this long are offered for "
                               "erasure when Hindsight starts; Off keeps everybody"));

    // Each language by its own name, so it can be found by someone who does not read the current
    // one.
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of menus, reports, numbers and dates; takes effect "
                              "the next time Hindsight starts"));

    // Automatic names the paper it stands for here, so nobody has to guess what it will print on.
    m_paper->setObjectName(QStringLiteral("preferencesPaper"));
    const QString here = PaperSize::automatic() == QPageSize::Letter ? tr("Letter") : tr("A4");
    m_paper->addItem(tr("Automatic (%1)").arg(here), int(Settings::Paper::Automatic));
    m_paper->addItem(tr("A4"), int(Settings::Paper::A4));
    m_paper->addItem(tr("Letter"), int(Settings::Paper::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(settings.paper()))));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->setToolTip(tr("The paper of printed reports and PDFs; Automatic uses Letter where "
                           "the system's region does (the United States, Canada, Mexico, …) and A4 "
                           "elsewhere"));

    auto *work = new QGroupBox(tr("Interviews and data"), this);
    auto *workForm = new QFormLayout(work);
    workForm->addRow(tr("&Time budget:"), m_budget);
    workForm->addRow(tr("E&rase inactive candidates after:"), m_retention);
    workForm->addRow(tr("&Language:"), m_language);
    workForm->addRow(tr("&Paper size:"), m_paper);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (first)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(this, &PreferencesDialog::validityChanged, buttons->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(you);
    layout->addWidget(work);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    WindowGeometry::manage(this);
    validate();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

bool PreferencesDialog::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.trimmed().isEmpty() || pattern.match(email.trimmed()).hasMatch();
}

void PreferencesDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Interviews need a name to be recorded under.");
    else if (!isPlausibleEmail(m_email->text()))
        problem = tr("Not an e-mail address; leave it empty if you have none.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit validityChanged(problem.isEmpty());
}

void PreferencesDialog::accept()
{
    if (m_name->text().trimmed().isEmpty() || !isPlausibleEmail(m_email->text()))
        return;
    // interpretText(): a number typed and not yet confirmed with Enter still counts.
    m_budget->interpretText();
    m_retention->interpretText();
    Settings settings;
    if (!Settings::teamInterviewer()) {
        settings.setInterviewerName(m_name->text());
        settings.setInterviewerEmail(m_email->text());
        settings.setInterviewerConfirmed(true);
    }
    settings.setTimeBudgetMinutes(m_budget->value());
    settings.setRetentionMonths(m_retention->value());
    settings.setLanguage(m_language->currentData().toString());
    settings.setPaper(Settings::Paper(m_paper->currentData().toInt()));
    QDialog::accept();
}

} // namespace hindsight::ui
