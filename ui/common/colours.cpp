#include "ui/common/colours.h"

namespace hindsight::ui {

QColor Colours::candidate()
{
    return QColor(0x2f, 0x7d, 0xe1); // blue
}

QColor Colours::interview()
{
    return QColor(0x8a, 0x9b, 0xb0); // slate grey
}

QColor Colours::target()
{
    return QColor(0xe0, 0x6c, 0x00); // orange
}

QColor Colours::region()
{
    return QColor(0x3c, 0xa0, 0x5a); // green
}

QColor Colours::teamMember()
{
    return QColor(0x8e, 0x5c, 0xc8); // violet
}

QColor Colours::level(core::Regret::Level level)
{
    // The chart's hues again, so a board reads as one picture.
    switch (level) {
    case core::Regret::Level::Product: return candidate();
    case core::Regret::Level::Domain: return target();
    case core::Regret::Level::Mixed: return teamMember();
    case core::Regret::Level::Unclear: return interview();
    }
    return interview();
}

QColor Colours::risk(core::Risk risk)
{
    // Dark enough for a border on white, light enough on a dark grey.
    switch (risk) {
    case core::Risk::UnderDepth: return QColor(0xd9, 0x48, 0x3b);         // red
    case core::Risk::UnderBreadth: return QColor(0xd8, 0x8a, 0x12);       // amber
    case core::Risk::OverSpecialization: return QColor(0x8e, 0x5c, 0xd9); // violet
    case core::Risk::GoodMatch: return QColor(0x2e, 0x9e, 0x5b);          // green
    }
    return QColor(Qt::gray);
}

QColor Colours::problem()
{
    return QColor(0xd9, 0x3b, 0x3b); // red in both palettes
}

QColor Colours::overBudget()
{
    return QColor(0xf0, 0xa0, 0x20); // amber
}

QColor Colours::faint(const QColor &text)
{
    QColor c = text;
    c.setAlphaF(0.45);
    return c;
}

QColor Colours::gridLine(const QColor &text)
{
    QColor c = text;
    c.setAlphaF(0.12);
    return c;
}

QColor Colours::regionFill()
{
    QColor c = region();
    c.setAlphaF(0.22);
    return c;
}

QColor Colours::tint(const QColor &base, const QColor &hue, double amount)
{
    const auto mix = [amount](float b, float h) { return float(b * (1 - amount) + h * amount); };
    return QColor::fromRgbF(mix(base.redF(), hue.redF()), mix(base.greenF(), hue.greenF()),
                            mix(base.blueF(), hue.blueF()));
}

QPalette Colours::paperPalette()
{
    QPalette p(Qt::black, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::PlaceholderText, paperMuted());
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    return p;
}

QColor Colours::paperInk()
{
    return QColor(0x40, 0x40, 0x40);
}

QColor Colours::paperMuted()
{
    return QColor(0x5f, 0x5f, 0x5f);
}

QColor Colours::paperHeading()
{
    return QColor(0x17, 0x36, 0x5d); // dark blue
}

QColor Colours::paperBandRule()
{
    return QColor(0xa0, 0xa0, 0xa0);
}

QColor Colours::paperWritingRule()
{
    return QColor(0x9a, 0x9a, 0x9a);
}

QColor Colours::paperTableHeader()
{
    return QColor(0xe8, 0xe8, 0xe8);
}

QColor Colours::paperCellRule()
{
    return QColor(0xc8, 0xc8, 0xc8);
}

} // namespace hindsight::ui
