#pragma once

#include "ui/common/settings.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

namespace hindsight::ui {

// Which paper the reports are printed on: A4, or US Letter where that is what people use. Qt 6.4
// has no API that says which paper a locale uses (QPageSize knows sizes, QLocale measurement
// systems, and the United Kingdom is metric-and-A4 while Canada is mixed), so the territories
// come from CLDR's supplemental paper sizes: Letter in the Americas listed there and the
// Philippines, A4 everywhere else.
class PaperSize final
{
public:
    PaperSize() = delete;

    static QPageSize::PageSizeId forTerritory(QLocale::Territory territory);
    // The paper of where the user is: the territory of the environment's LC_ALL, else LC_PAPER,
    // else LANG (POSIX's order), else the system locale's; A4 when none names a territory. Not the
    // language chosen in Hindsight: choosing English does not move anybody to the United States.
    static QPageSize::PageSizeId automatic();
    // `choice` made concrete.
    static QPageSize::PageSizeId resolve(Settings::Paper choice);
    // The paper the settings choose.
    static QPageSize::PageSizeId chosen();
};

} // namespace hindsight::ui
