#include "ui/interview/interviewbanner.h"

#include "ui/common/colours.h"
#include "ui/common/localetext.h"
#include "ui/common/readabletext.h"
#include "ui/common/terms.h"
#include "ui/common/versiontext.h"

#include <QTextDocumentFragment>

#include <algorithm>

namespace hindsight::ui {

InterviewBanner::InterviewBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("interviewBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setContentsMargins(10, 6, 10, 6);
    hide();
}

void InterviewBanner::showMessage(const QString &html, bool warning)
{
    QPalette p = palette();
    const QColor hue = warning ? Colours::problem() : p.color(QPalette::Highlight);
    // A tint of the signal colour over the window colour reads well in light and dark palettes.
    p.setColor(QPalette::Window, Colours::tint(p.color(QPalette::Window), hue, 0.2));
    p.setColor(QPalette::WindowText,
               ReadableText::on(p.color(QPalette::WindowText), p.color(QPalette::Window)));
    setPalette(p);
    setText(html);
    setAccessibleName(QTextDocumentFragment::fromHtml(html).toPlainText());
    show();
}

int InterviewBanner::versionCount(const core::Interview &shown,
                                  const std::vector<core::Interview> &versions)
{
    // Sealed versions only: an amendment still being written is not a version anyone reads yet.
    const int sealed = int(std::count_if(versions.begin(), versions.end(),
                                         [](const core::Interview &v) { return v.submitted; }));
    return std::max(sealed, shown.version);
}

InterviewBanner::VersionLine InterviewBanner::versionLine(
    const core::Interview &shown, const std::vector<core::Interview> &versions)
{
    const int count = versionCount(shown, versions);
    if (shown.isSuperseded()) {
        const auto next = std::find_if(versions.begin(), versions.end(),
                                       [&](const auto &v) { return v.id == shown.supersededBy; });
        if (next == versions.end())
            return {VersionText::replaced(shown, count, {}) + tr("."), {}};
        return {VersionText::replaced(shown, count, next->amendedAt) + tr("."),
                tr("Reason given: %1").arg(Terms::text(next->amendReason))};
    }
    if (shown.isAmendment()) {
        return {tr("Version %1 of %2, amended %3.")
                    .arg(LocaleText::number(shown.version), LocaleText::number(count),
                         VersionText::when(shown.amendedAt)),
                tr("Reason: %1").arg(Terms::text(shown.amendReason))};
    }
    return {};
}

void InterviewBanner::showSubmitted(const core::Interview &shown,
                                    const std::vector<core::Interview> &versions, bool tampered)
{
    const VersionLine line = versionLine(shown, versions);
    // The version in bold, then the reason as typed: it may be long.
    const QString version = line.head.isEmpty()
                                ? QString()
                                : QStringLiteral("<b>%1</b> %2")
                                      .arg(line.head.toHtmlEscaped(), line.reason.toHtmlEscaped());
    QString html;
    if (tampered) {
        html = tr("<b>Modified after submission.</b> The notes or tags below no longer match "
                  "what was sealed when this interview was submitted; treat them with care.");
        if (!version.isEmpty())
            html += QStringLiteral("<br>") + version;
    } else if (shown.isSuperseded()) {
        html = QStringLiteral("%1<br>%2")
                   .arg(version,
                        tr("Kept exactly as it was submitted, read-only. It no longer counts for "
                           "the candidate's figures: the current version does."));
    } else if (!version.isEmpty()) {
        html = QStringLiteral("%1<br>%2")
                   .arg(version, tr("Sealed, read-only, and counts for the candidate's figures. "
                                    "The earlier versions stay readable from the candidate page."));
    } else {
        html = tr("<b>Submitted.</b> This interview is sealed and counts for the candidate's "
                  "figures; it is shown read-only.");
    }
    showMessage(html, tampered);
}

void InterviewBanner::showAmending(const core::Interview &draft)
{
    const QString head = tr("Amending: this will be version %1, replacing version %2.")
                             .arg(draft.version)
                             .arg(draft.version - 1);
    const QString reason = tr("Reason: %1").arg(Terms::text(draft.amendReason));
    const QString after =
        tr("Version %1 stays as it was submitted, and counts, until you submit this amendment "
           "(Ctrl+Return). Everyone will see the reason.")
            .arg(draft.version - 1);
    showMessage(QStringLiteral("<b>%1</b> %2<br>%3")
                    .arg(head.toHtmlEscaped(), reason.toHtmlEscaped(), after.toHtmlEscaped()),
                false);
}

} // namespace hindsight::ui
