#include "tests/common/screenshots.h"

#include "tests/common/darkpalette.h"

#include "ui/common/readabletext.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace hindsight::test {

ScreenshotFolder::ScreenshotFolder()
    : m_path(qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR"))
{
    if (m_path.isEmpty()) {
        m_temporary.emplace();
        m_path = m_temporary->path();
    } else {
        QDir().mkpath(m_path);
    }
}

ScreenshotFolder::~ScreenshotFolder() = default;

bool ScreenshotFolder::isValid() const
{
    return m_temporary ? m_temporary->isValid() : QDir(m_path).exists();
}

QString ScreenshotFolder::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

bool ScreenshotFolder::save(QWidget *widget, const QString &name) const
{
    if (!widget)
        return false;
    return save(widget->grab().toImage(), name);
}

bool ScreenshotFolder::save(const QImage &image, const QString &name) const
{
    if (image.isNull()) {
        qWarning("screenshot %s: nothing was rendered", qPrintable(name));
        return false;
    }
    if (!image.save(filePath(name))) {
        qWarning("screenshot %s: cannot write %s", qPrintable(name), qPrintable(filePath(name)));
        return false;
    }
    return true;
}

QList<NamedPalette> lightAndDark()
{
    return {{QStringLiteral("light"), QApplication::palette()},
            {QStringLiteral("dark"), darkPalette()}};
}

ScopedPalette::ScopedPalette(const QPalette &palette)
    : m_saved(QApplication::palette())
{
    // Corrected as the application corrects the desktop's palette (ui::ReadableText::install).
    QApplication::setPalette(ui::ReadableText::readable(palette));
}

ScopedPalette::~ScopedPalette()
{
    QApplication::setPalette(m_saved);
}

} // namespace hindsight::test
