#include "ui/candidate/profilelink.h"

#include <QDesktopServices>
#include <QRegularExpression>

namespace hindsight::ui {

namespace {

// Characters shown of a long link: the start says the site, the end which page.
constexpr qsizetype shownHead = 30;
constexpr qsizetype shownTail = 15;

} // namespace

QUrl ProfileLink::url(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A link with white space in it is more likely two things pasted together than one link.
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (trimmed.isEmpty() || trimmed.contains(space))
        return {};
    // Tolerant: a pasted link with "<" or "|" in its query is still the link meant, encoded.
    const QUrl url(trimmed, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    return url;
}

QUrl ProfileLink::url(std::string_view utf8)
{
    return url(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

bool ProfileLink::isAcceptable(const QString &text)
{
    return text.trimmed().isEmpty() || !url(text).isEmpty();
}

QString ProfileLink::html(const QUrl &url)
{
    QString shown = url.toDisplayString();
    if (shown.size() > shownHead + shownTail + 1)
        shown = shown.left(shownHead) + QChar(0x2026) + shown.right(shownTail);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped());
}

bool ProfileLink::open(const QUrl &url)
{
    return !url.isEmpty() && QDesktopServices::openUrl(url);
}

} // namespace hindsight::ui
