#pragma once

#include <QString>
#include <QUrl>

#include <string_view>

namespace hindsight::ui {

// A candidate's link to their CV or profile (Candidate::profileLink): stored as typed, offered as
// a link only when it is an absolute http or https URL with a host, so a stored "javascript:" or
// "file:" never becomes one. What it shows is the text, never markup.
class ProfileLink final
{
public:
    ProfileLink() = delete;

    // The URL to open, or an empty one when `text` is not an http(s) link.
    static QUrl url(const QString &text);
    static QUrl url(std::string_view utf8);
    // What an edit may store: empty, or an http(s) link.
    static bool isAcceptable(const QString &text);
    // A label's rich text: the link with `text` (elided in the middle when long) as its words,
    // every character of both escaped.
    static QString html(const QUrl &url);
    // Opens the link in the desktop's browser (QDesktopServices); false when it could not.
    static bool open(const QUrl &url);
};

} // namespace hindsight::ui
