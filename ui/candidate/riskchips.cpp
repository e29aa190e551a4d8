#include "ui/candidate/riskchips.h"

#include "ui/common/colours.h"
#include "ui/common/plaintext.h"
#include "ui/common/readabletext.h"
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

void RiskChips::setRisks(const std::vector<core::Risk> &risks, const QStringList &labels,
                         const QStringList &meanings)
{
    m_chips.clear();
    for (std::size_t i = 0; i < risks.size(); ++i) {
        const qsizetype at = qsizetype(i);
        m_chips.push_back({risks[i], at < labels.size() ? labels[at] : Terms::risk(risks[i])});
    }
    setToolTip(PlainText::toolTip(meanings.join(QLatin1Char('\n')))); // names users' domains
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
        const QColor hue = Colours::risk(chip.risk);
        const QColor fill = Colours::tint(base, hue, 0.22);
        const QRectF r = QRectF(rects[i]).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
        p.fillPath(path, fill);
        p.setPen(QPen(hue, 1.2));
        p.drawPath(path);
        p.setPen(ReadableText::on(palette().color(QPalette::Text), fill));
        p.drawText(rects[i], Qt::AlignCenter, chip.label);
    }
}

} // namespace hindsight::ui
