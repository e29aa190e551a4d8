#include "ui/candidate/candidateheader.h"

#include "ui/candidate/profilelink.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/terms.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace hindsight::ui {

CandidateHeader::CandidateHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_link(new QLabel(this))
    , m_interviews(new QLabel(this))
    , m_decision(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("candidateName"));
    m_details->setObjectName(QStringLiteral("candidateDetails"));
    m_link->setObjectName(QStringLiteral("candidateProfileLink"));
    // Opened here, from the stored URL, so the label's text can never choose what opens.
    m_link->setOpenExternalLinks(false);
    // A long link must not widen the page; its tooltip has it in full.
    m_link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_link, &QLabel::linkActivated, this, [this] { ProfileLink::open(m_url); });
    m_interviews->setObjectName(QStringLiteral("candidateInterviews"));
    m_decision->setObjectName(QStringLiteral("candidateDecision"));
    for (QLabel *l : {m_name, m_details, m_interviews, m_decision})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_interviews->setForegroundRole(QPalette::PlaceholderText);
    PlainText::apply({m_name, m_details, m_interviews});
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::RichText);

    // Two columns that size independently: a long rationale must not spread out the name lines.
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_details);
    who->addWidget(m_link);
    who->addWidget(m_interviews);
    who->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(who, 2);
    layout->addWidget(m_decision, 3, Qt::AlignTop);
    updateFonts();
}

void CandidateHeader::setCandidate(const core::Candidate &candidate, const QString &roleTitle,
                                   int submitted, int drafts,
                                   const std::optional<core::Decision> &decision, int amended)
{
    const QString name = Terms::text(candidate.name);
    m_name->setText(candidate.status == core::Candidate::Status::Withdrawn
                        ? tr("%1 (withdrawn)").arg(name)
                        : name);
    m_name->setAccessibleName(tr("Candidate %1").arg(m_name->text()));

    const QString email = Terms::text(candidate.email);
    m_details->setText(email.isEmpty() ? tr("Applied for %1").arg(roleTitle)
                                       : tr("%1 · applied for %2").arg(email, roleTitle));
    m_details->setAccessibleName(m_details->text());
    showLink(candidate.profileLink);

    QString interviews = tr("%n submitted interview(s)", nullptr, submitted);
    if (amended > 0)
        interviews = tr("%1 (%n amended)", nullptr, amended).arg(interviews);
    if (drafts > 0)
        interviews = tr("%1 · %n draft(s), not counted until submitted", nullptr, drafts)
                         .arg(interviews);
    m_interviews->setText(interviews);
    m_interviews->setAccessibleName(interviews);

    if (!decision) {
        m_decision->setText(tr("No committee decision yet."));
        m_decision->setForegroundRole(QPalette::PlaceholderText);
        m_decision->setAccessibleName(m_decision->text());
        return;
    }
    m_decision->setForegroundRole(QPalette::WindowText);
    const QString outcome = Terms::outcome(decision->outcome);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(
        decision->decidedAt.time_since_epoch().count());
    QString heading = tr("Committee decision: <b>%1</b>").arg(outcome.toHtmlEscaped());
    if (decision->decidedAt.time_since_epoch().count() > 0)
        heading = tr("%1 · %2").arg(heading, LocaleText::shortDate(when.date()));
    const QString rationale = Terms::text(decision->rationale);
    m_decision->setText(rationale.isEmpty()
                            ? heading
                            : tr("%1<br>%2").arg(heading, rationale.toHtmlEscaped()));
    m_decision->setAccessibleName(tr("Committee decision: %1. %2").arg(outcome, rationale));
}

void CandidateHeader::showLink(const std::string &stored)
{
    const QString text = Terms::text(stored);
    m_url = ProfileLink::url(text);
    m_link->setVisible(!text.isEmpty());
    m_link->setToolTip(PlainText::toolTip(text));
    m_link->setAccessibleName(tr("CV or profile: %1").arg(text));
    if (m_url.isEmpty()) {
        // Not a web link (an import may bring anything): shown as the text it is, not offered.
        m_link->setTextFormat(Qt::PlainText);
        m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_link->setText(tr("CV or profile: %1").arg(text));
        return;
    }
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setText(tr("CV or profile: %1").toHtmlEscaped().arg(ProfileLink::html(m_url)));
}

void CandidateHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void CandidateHeader::updateFonts()
{
    QFont name = font();
    name.setPointSizeF(font().pointSizeF() * 1.7);
    name.setWeight(QFont::DemiBold);
    m_name->setFont(name);
}

} // namespace hindsight::ui
