#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>

class QCoreApplication;

namespace hindsight::ui {

// Text that meets WCAG 2.1's contrast minimum (4.5:1, success criterion 1.4.3) in whatever palette
// the desktop gives, light or dark. The arithmetic is WCAG's relative luminance; readable()
// corrects a palette's text roles where the style falls short (Fusion's grey placeholder text is
// about 4:1 on white and its selection colour 3.6:1 under white text), and install() keeps the
// application's palette corrected when the desktop changes it. Disabled text is exempt, as in
// WCAG.
class ReadableText final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableText)

public:
    static constexpr double MinimumContrast = 4.5;

    // A text role and a background role it is drawn on.
    struct Pair
    {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
    };
    // Every pair Hindsight draws text with: the style's roles, and the secondary text (labels
    // with the PlaceholderText role) on windows, fields and alternate rows.
    static QList<Pair> textPairs();

    // WCAG 2.1's relative luminance of an opaque colour, 0 (black) to 1 (white).
    static double relativeLuminance(const QColor &colour);
    // (L1 + 0.05) / (L2 + 0.05) of the lighter and the darker; a translucent `text` is taken as
    // drawn over `background`.
    static double contrastRatio(const QColor &text, const QColor &background);
    // `text` drawn over `background`, opaque.
    static QColor composited(const QColor &text, const QColor &background);
    // `text` made opaque and, if it must be, darker (or lighter, when it is lighter than the
    // backgrounds) until it reaches `ratio` on every one of `backgrounds`; unchanged when it does.
    // Where that side cannot reach it (light text on a strong amber), from the other side.
    static QColor on(const QColor &text, const QList<QColor> &backgrounds,
                     double ratio = MinimumContrast);
    static QColor on(const QColor &text, const QColor &background, double ratio = MinimumContrast)
    {
        return on(text, QList<QColor>{background}, ratio);
    }
    // `palette` with every pair of textPairs() at least MinimumContrast in its active and inactive
    // groups: the text is corrected, and where no text colour could reach it, the background.
    static QPalette readable(QPalette palette);

    // Makes the application's palette readable() now and whenever it changes.
    static void install(QCoreApplication *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ReadableText(QObject *parent);
    static void correctApplicationPalette();

    bool m_correcting = false;
};

} // namespace hindsight::ui
