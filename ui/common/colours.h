#pragma once

#include "core/regret.h"
#include "core/scoring/figures.h"

#include <QColor>
#include <QPalette>

namespace hindsight::ui {

// Every colour Hindsight chooses itself, named for what it shows; everything else follows the
// widget's palette. The screen's hues are mid-tones that read on a light and on a dark base, and
// nothing is told apart by colour alone (shapes, patterns and words do it too). The paper colours
// are for reports: white pages whatever the screen's palette.
class Colours final
{
public:
    Colours() = delete;

    // The breadth-versus-depth chart, the per-domain chart and the board's level mix.
    static QColor candidate();  // a candidate's point and depth bars; product-level regrets
    static QColor interview();  // one interview's point and its spoke; unclear regrets
    static QColor target();     // the role's target and demanded depth; domain-specific regrets
    static QColor region();     // the region without a breadth or depth risk
    static QColor teamMember(); // a team member placed by hand; mixed regrets
    static QColor level(core::Regret::Level level);
    static QColor risk(core::Risk risk);
    // Something went wrong and must be seen: "Not saved", a warning banner.
    static QColor problem();
    // Attention without alarm: the interview clock past its time budget. Shown as a tint behind
    // the palette's text (tint()), so the text keeps its contrast in light and dark palettes.
    static QColor overBudget();

    // Shades of the palette's own colours.
    static QColor faint(const QColor &text);    // axis lines, quadrant labels
    static QColor gridLine(const QColor &text); // grid lines, fainter still
    static QColor regionFill();                 // region() shaded, so points show through it
    // `amount` (0 to 1) of `hue` over `base`: a tint that keeps the palette's text contrast.
    static QColor tint(const QColor &base, const QColor &hue, double amount);

    // Reports on paper.
    static QPalette paperPalette();   // black on white, for what is drawn into a report
    static QColor paperInk();         // running header and footer, subtitles, rules under headers
    static QColor paperMuted();       // labels, times, secondary text
    static QColor paperHeading();     // section headings
    static QColor paperBandRule();    // the rules of the running header and footer
    static QColor paperWritingRule(); // ruled lines to write on
    static QColor paperTableHeader(); // the background of table headers
    static QColor paperCellRule();    // the rule under each table row
};

} // namespace hindsight::ui
