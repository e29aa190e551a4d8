#include "ui/interview/amend/amenddialog.h"

#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/versiontext.h"
#include "ui/common/windowgeometry.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

AmendDialog::AmendDialog(const core::Interview &version, const QString &candidate, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("amendDialog"));
    setWindowTitle(tr("Amend Interview — %1").arg(PlainText::isolate(candidate)));

    auto *what = new QLabel(version.isAmendment()
                                ? tr("Your interview with %1: version %2, amended %3.")
                                      .arg(candidate, LocaleText::number(version.version),
                                           VersionText::when(version.amendedAt))
                                : tr("Your interview with %1 on %2.")
                                      .arg(candidate, VersionText::when(version.startedAt)),
                            this);
    what->setObjectName(QStringLiteral("amendSubject"));
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);

    auto *how = new QLabel(
        tr("The amendment is a new version: the interview window opens on a copy, you correct it "
           "and seal it with Ctrl+Return. Version %1 is kept exactly as it was submitted and stays "
           "readable from the candidate page. Until you submit the amendment, version %1 is the "
           "one that counts.")
            .arg(version.version),
        this);
    how->setObjectName(QStringLiteral("amendExplanation"));
    how->setWordWrap(true);

    auto *label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setAccessibleName(tr("Reason for the amendment"));
    m_reason->setPlaceholderText(tr("What was wrong, for example: regret 2 is domain-specific, "
                                    "not product-level; I mis-keyed it."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reason->installEventFilter(this);
    auto *who = new QLabel(tr("Everyone who reads this interview sees the reason and when you "
                              "amended it: on the candidate page, on the committee board and in "
                              "the reports. Ctrl+Return starts the amendment."),
                           this);
    who->setWordWrap(true);
    who->setForegroundRole(QPalette::PlaceholderText);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Start Amendment"));
    ok->setObjectName(QStringLiteral("amendStart"));
    ok->setToolTip(tr("Write the reason first."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(who);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AmendDialog::update);
    update();
    setMinimumWidth(520);
    WindowGeometry::manage(this, QSize(560, sizeHint().height()));
}

QString AmendDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool AmendDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter writes a new line in the reason; Ctrl+Return starts the amendment, as it submits in
    // the interview window.
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (!reason().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AmendDialog::update()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool written = !reason().isEmpty();
    ok->setEnabled(written);
    ok->setToolTip(written ? tr("Open the interview window on a new version")
                           : tr("Write the reason first."));
}

} // namespace hindsight::ui
