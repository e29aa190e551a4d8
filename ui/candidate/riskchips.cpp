#include "ui/candidate/riskchips.h"

#include "ui/common/terms.h"

#include <QPainter>
#include <QPainterPath>

namespace hindsight::ui {

namespace {

constexpr int HPad = 10;
constexpr int VPad = 4;
constexpr int Gap = 6;

} // namespace

RiskChips::RiskChips(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void RiskChips::setRisks(const std::vector<core::Risk> &risks, const QStringList &meanings)
{
    m_chips.clear();
    for (core::Risk r : risks)
        m_chips.push_back({r, Terms::risk(r)});
    setToolTip(meanings.join(QLatin1Char('\n')));
    setAccessibleName(tr("Risks: %1").arg(text()));
    setAccessibleDescription(meanings.join(QLatin1Char(' ')));
    updateGeometry();
    update();
}

void RiskChips::clear()
{
    m_chips.clear();
    setToolTip({});
    setAccessibleName(tr("Risks: not assessed without a submitted interview"));
    updateGeometry();
    update();
}

QString RiskChips::text() const
{
    QStringList words;
    for (const Chip &c : m_chips)
        words << c.label;
    return words.join(tr(", "));
}

QColor RiskChips::colour(core::Risk risk)
{
    // Mid-tone hues: dark enough for a border on white, light enough on a dark grey.
    switch (risk) {
    case core::Risk::UnderDepth: return QColor(0xd9, 0x48, 0x3b);         // red
    case core::Risk::UnderBreadth: return QColor(0xd8, 0x8a, 0x12);       // amber
    case core::Risk::OverSpecialization: return QColor(0x8e, 0x5c, 0xd9); // violet
    case core::Risk::GoodMatch: return QColor(0x2e, 0x9e, 0x5b);          // green
    }
    return QColor(Qt::gray);
}

QList<QRect> RiskChips::layoutChips(int width) const
{
    QList<QRect> rects;
    const QFontMetrics fm(font());
    const int h = fm.height() + 2 * VPad;
    int x = 0;
    int y = 0;
    for (const Chip &c : m_chips) {
        const int w = fm.horizontalAdvance(c.label) + 2 * HPad;
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + Gap;
        }
        rects << QRect(x, y, w, h);
        x += w + Gap;
    }
    return rects;
}

QSize RiskChips::sizeHint() const
{
    const QList<QRect> rects = layoutChips(QWIDGETSIZE_MAX);
    QRect bounds(0, 0, 0, fontMetrics().height() + 2 * VPad);
    for (const QRect &r : rects)
        bounds |= r;
    return bounds.size();
}

QSize RiskChips::minimumSizeHint() const
{
    int widest = 0;
    for (const Chip &c : m_chips)
        widest = qMax(widest, fontMetrics().horizontalAdvance(c.label) + 2 * HPad);
    return {widest, fontMetrics().height() + 2 * VPad};
}

int RiskChips::heightForWidth(int width) const
{
    QRect bounds(0, 0, 0, fontMetrics().height() + 2 * VPad);
    for (const QRect &r : layoutChips(width))
        bounds |= r;
    return bounds.height();
}

void RiskChips::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = layoutChips(width());
    const QColor base = palette().color(QPalette::Base);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const Chip &chip = m_chips[std::size_t(i)];
        const QColor hue = colour(chip.risk);
        // A tint of the hue over the base colour keeps the text contrast of the palette.
        QColor fill = base;
        const double a = 0.22;
        fill.setRgbF(float(base.redF() * (1 - a) + hue.redF() * a),
                     float(base.greenF() * (1 - a) + hue.greenF() * a),
                     float(base.blueF() * (1 - a) + hue.blueF() * a));
        const QRectF r = QRectF(rects[i]).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
        p.fillPath(path, fill);
        p.setPen(QPen(hue, 1.2));
        p.drawPath(path);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rects[i], Qt::AlignCenter, chip.label);
    }
}

} // namespace hindsight::ui
