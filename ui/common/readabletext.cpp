#include "ui/common/readabletext.h"

#include <QApplication>
#include <QEvent>

#include <algorithm>
#include <cmath>

namespace hindsight::ui {

namespace {

// A hair above the minimum, so that rounding to 8-bit channels never lands a colour just under it.
constexpr double Aim = ReadableText::MinimumContrast + 0.05;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](float a, float b) { return float(a * (1 - amount) + b * amount); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

double worstRatio(const QColor &text, const QList<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ReadableText::contrastRatio(text, background));
    return worst;
}

} // namespace

QList<ReadableText::Pair> ReadableText::textPairs()
{
    using R = QPalette;
    return {
        {R::WindowText, R::Window},
        {R::Text, R::Base},
        {R::Text, R::AlternateBase},
        {R::ButtonText, R::Button},
        {R::HighlightedText, R::Highlight},
        {R::ToolTipText, R::ToolTipBase},
        {R::PlaceholderText, R::Base},
        {R::PlaceholderText, R::AlternateBase},
        {R::PlaceholderText, R::Window},
        {R::Link, R::Base},
        {R::Link, R::Window},
        {R::LinkVisited, R::Base},
    };
}

double ReadableText::relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor ReadableText::composited(const QColor &text, const QColor &background)
{
    if (text.alpha() == 255)
        return text.toRgb();
    const QColor under = background.alpha() == 255 ? background : composited(background, Qt::white);
    return mixed(under, QColor(text.red(), text.green(), text.blue()), text.alphaF());
}

double ReadableText::contrastRatio(const QColor &text, const QColor &background)
{
    const double a = relativeLuminance(composited(text, background));
    const double b = relativeLuminance(composited(background, Qt::white));
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ReadableText::on(const QColor &text, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty())
        return text;
    const QColor opaque = composited(text, backgrounds.first());
    if (worstRatio(opaque, backgrounds) >= ratio)
        return text.alpha() == 255 ? text : opaque;
    // Away from the backgrounds, keeping the text's side: dark text darker, light text lighter.
    double background = 0;
    for (const QColor &b : backgrounds)
        background += relativeLuminance(composited(b, Qt::white)) / double(backgrounds.size());
    const QColor end = relativeLuminance(opaque) <= background ? QColor(Qt::black)
                                                               : QColor(Qt::white);
    for (int step = 1; step <= 100; ++step) {
        const QColor candidate = mixed(opaque, end, step / 100.0);
        if (worstRatio(candidate, backgrounds) >= ratio)
            return candidate;
    }
    // A mid-tone background (a strong tint) that light text cannot clear: dark text then, and the
    // other way round. Black or white reaches 4.5:1 on any single colour.
    const QColor other = end == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 100; ++step) {
        const QColor candidate = mixed(opaque, other, step / 100.0);
        if (worstRatio(candidate, backgrounds) >= ratio)
            return candidate;
    }
    return worstRatio(end, backgrounds) >= worstRatio(other, backgrounds) ? end : other;
}

QPalette ReadableText::readable(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair &pair : textPairs()) {
            // Every background this text role is drawn on at once, so one colour serves them all.
            QList<QColor> backgrounds;
            for (const Pair &other : textPairs())
                if (other.text == pair.text)
                    backgrounds << palette.color(group, other.background);
            const QColor text = palette.color(group, pair.text);
            const QColor corrected = on(text, backgrounds, Aim);
            if (corrected != text)
                palette.setColor(group, pair.text, corrected);
            // White on a mid blue cannot get whiter: the selection colour deepens instead.
            const QColor background = palette.color(group, pair.background);
            if (contrastRatio(corrected, background) < MinimumContrast)
                palette.setColor(group, pair.background, on(background, corrected, Aim));
        }
    }
    return palette;
}

ReadableText::ReadableText(QObject *parent)
    : QObject(parent)
{
}

void ReadableText::install(QCoreApplication *application)
{
    auto *filter = new ReadableText(application);
    application->installEventFilter(filter);
    correctApplicationPalette();
}

void ReadableText::correctApplicationPalette()
{
    const QPalette current = QApplication::palette();
    const QPalette corrected = readable(current);
    if (corrected != current)
        QApplication::setPalette(corrected);
}

bool ReadableText::eventFilter(QObject *watched, QEvent *event)
{
    // A palette the desktop (or a test) sets comes through here: corrected once, not again for
    // the change the correction itself makes.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange
        && !m_correcting) {
        m_correcting = true;
        correctApplicationPalette();
        m_correcting = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hindsight::ui
