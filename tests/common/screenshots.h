#pragma once

// Screenshots the ui tests take: always rendered and saved, so a screen that fails to paint fails
// its test; kept where HINDSIGHT_SCREENSHOT_DIR says, to be looked at, and otherwise written to a
// temporary folder that is removed afterwards.

#include <QList>
#include <QPalette>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class QImage;
class QWidget;

namespace hindsight::test {

// The folder screenshots (and the files a test wants a person to look at, such as PDFs) go to.
class ScreenshotFolder final
{
    Q_DISABLE_COPY_MOVE(ScreenshotFolder)

public:
    ScreenshotFolder();
    ~ScreenshotFolder();

    // Whether the folder exists: HINDSIGHT_SCREENSHOT_DIR (created when missing) or a temporary
    // one.
    bool isValid() const;
    // Whether what is saved is kept, because HINDSIGHT_SCREENSHOT_DIR names the folder.
    bool isKept() const { return !m_temporary.has_value(); }
    const QString &path() const { return m_path; }
    QString filePath(const QString &name) const;

    // Renders the widget as it is on screen and saves it as `name` (PNG); false when it rendered
    // nothing or the file could not be written.
    bool save(QWidget *widget, const QString &name) const;
    bool save(const QImage &image, const QString &name) const;

private:
    std::optional<QTemporaryDir> m_temporary;
    QString m_path;
};

// The palettes every screen is looked at in: the style's own light one, as the application has it
// now, and darkPalette().
struct NamedPalette
{
    QString name; // "light", "dark": part of the screenshot's file name
    QPalette palette;
};
QList<NamedPalette> lightAndDark();

// The application palette for a scope, with its text made readable as the application does it
// (ui::ReadableText); the one before comes back at its end, also when a failed check returns
// early.
class ScopedPalette final
{
    Q_DISABLE_COPY_MOVE(ScopedPalette)

public:
    explicit ScopedPalette(const QPalette &palette);
    ~ScopedPalette();

private:
    QPalette m_saved;
};

} // namespace hindsight::test
