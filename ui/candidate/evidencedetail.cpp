#include "ui/candidate/evidencedetail.h"

#include "ui/candidate/interviewevidencemodel.h"
#include "ui/common/colours.h"
#include "ui/common/localetext.h"
#include "ui/common/terms.h"
#include "ui/common/versiontext.h"

#include "core/interviewseal.h"

#include <QDateTime>
#include <QLocale>

namespace hindsight::ui {

namespace {

QString escaped(const std::string &utf8)
{
    return Terms::text(utf8).toHtmlEscaped();
}

} // namespace

EvidenceDetail::EvidenceDetail(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("evidenceDetail"));
    setAccessibleName(tr("Evidence details"));
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
    document()->setDocumentMargin(10);
}

QString EvidenceDetail::muted(const QString &html) const
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(palette().color(QPalette::PlaceholderText).name(), html);
}

QString EvidenceDetail::field(const QString &label, const std::string &utf8) const
{
    if (utf8.empty())
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), escaped(utf8));
}

void EvidenceDetail::showIndex(const InterviewEvidenceModel *model, const QModelIndex &index,
                               const QString &hint)
{
    const core::Interview *iv = model ? model->interview(index) : nullptr;
    if (!iv) {
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(muted(tr("Select an interview, regret or note to read it in full.")
                                   .toHtmlEscaped())));
        return;
    }
    const QString status = iv->submitted ? tr("submitted") : tr("draft, not counted");
    const QString source = tr("Interview by %1, %2").arg(Terms::text(iv->interviewer), status);
    QString html;

    if (const core::Regret *r = model->regret(index)) {
        QStringList tags{Terms::level(r->level)};
        if (!r->domain.empty())
            tags << model->taxonomy().domain(r->domain);
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Regret %1").arg(r->position + 1).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(muted(source.toHtmlEscaped()));
        html +=
            QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(tags.join(tr(" · ")).toHtmlEscaped(),
                     tr("depth %1, %2").arg(r->depth).arg(Terms::depthTag(r->depth)).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(muted(Terms::depthMeaning(r->depth).toHtmlEscaped()));
        const QStringList layers = model->taxonomy().layers(r->layers);
        if (!layers.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Layers: %1").arg(layers.join(tr(", "))).toHtmlEscaped());
        }
        html += field(tr("The system"), r->system);
        html += field(tr("The decision they would reverse"), r->decision);
        html += field(tr("Why it was wrong"), r->why);
        html += field(tr("What they would do instead"), r->instead);
        html += field(tr("What it cost"), r->impact);
    } else if (const core::Note *n = model->note(index)) {
        const QString heading = n->quote ? tr("Quote at %1, %2") : tr("Note at %1, %2");
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(heading.arg(Terms::offset(n->atMs), Terms::stage(n->stage)).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(muted(source.toHtmlEscaped()));
        html += n->quote ? QStringLiteral("<p><i>%1</i></p>")
                               .arg(Terms::quoted(Terms::text(n->text)).toHtmlEscaped())
                         : QStringLiteral("<p>%1</p>").arg(escaped(n->text));
    } else {
        html += interviewSummary(model, index);
        if (!hint.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(muted(hint.toHtmlEscaped()));
    }
    setHtml(html);
}

QString EvidenceDetail::interviewSummary(const InterviewEvidenceModel *model,
                                         const QModelIndex &index) const
{
    const core::Interview &iv = *model->interview(index);
    const bool earlier = model->kind(index) == InterviewEvidenceModel::Kind::Version;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(iv.startedAt.time_since_epoch().count());
    const QString who = Terms::text(iv.interviewer);
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((earlier ? tr("Version %1 of the interview by %2")
                                           .arg(LocaleText::number(iv.version), who)
                                     : tr("Interview by %1").arg(who))
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QLocale().toString(start, QLocale::LongFormat).toHtmlEscaped());
    const auto line = [](const QString &text, bool bold = false) {
        return (bold ? QStringLiteral("<p><b>%1</b></p>") : QStringLiteral("<p>%1</p>"))
            .arg(text.toHtmlEscaped());
    };
    if (earlier) {
        html += line(VersionText::replaced(iv, model->versionCount(index), model->replacedAt(iv)),
                     true);
        html += line(tr("Kept exactly as it was submitted. It no longer counts: the current "
                        "version does."));
    } else if (iv.submitted) {
        if (iv.isAmendment())
            html += line(
                tr("Version %1, %2").arg(LocaleText::number(iv.version), VersionText::amended(iv)),
                true);
        html += line(tr("Submitted: its regrets count for breadth, depth and fit."));
    } else {
        if (iv.isAmendment())
            html += line(VersionText::inProgress(iv), true);
        html += line(tr("Draft: nothing in it counts until the interviewer submits it."));
    }
    if (iv.submitted && core::InterviewSeal::modifiedAfterSubmission(iv)) {
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                    .arg(Colours::problem().name(),
                         tr("Modified after submission: its rows no longer match what was sealed.")
                             .toHtmlEscaped());
    }
    html += line(tr("%n regret(s)", nullptr, int(iv.regrets.size())) + tr(" · ")
                 + tr("%n note(s)", nullptr, int(iv.notes.size())));
    return html;
}

} // namespace hindsight::ui
