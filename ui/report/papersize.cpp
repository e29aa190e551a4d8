#include "ui/report/papersize.h"

#include <QByteArray>

#include <algorithm>
#include <array>

namespace hindsight::ui {

namespace {

// CLDR supplementalData.xml, <paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA
// PH PR SV US VE"/>.
constexpr std::array LetterTerritories{
    QLocale::Belize,       QLocale::Canada,      QLocale::Chile,      QLocale::Colombia,
    QLocale::CostaRica,    QLocale::Guatemala,   QLocale::Mexico,     QLocale::Nicaragua,
    QLocale::Panama,       QLocale::Philippines, QLocale::PuertoRico, QLocale::ElSalvador,
    QLocale::UnitedStates, QLocale::Venezuela,
};

// The territory a POSIX locale name ("en_US.UTF-8", "fr_CA@euro") names; AnyTerritory for "C",
// "POSIX" or a name without one.
QLocale::Territory territoryOf(const QByteArray &posixName)
{
    QByteArray name = posixName;
    name = name.left(name.indexOf('.') < 0 ? name.size() : name.indexOf('.'));
    name = name.left(name.indexOf('@') < 0 ? name.size() : name.indexOf('@'));
    if (!name.contains('_'))
        return QLocale::AnyTerritory;
    return QLocale(QString::fromLatin1(name)).territory();
}

} // namespace

QPageSize::PageSizeId PaperSize::forTerritory(QLocale::Territory territory)
{
    const bool letter = std::find(LetterTerritories.begin(), LetterTerritories.end(), territory)
                        != LetterTerritories.end();
    return letter ? QPageSize::Letter : QPageSize::A4;
}

QPageSize::PageSizeId PaperSize::automatic()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (value.isEmpty())
            continue;
        // The first one set decides, as it does for the C library, even when it names no
        // territory ("C.UTF-8").
        const QLocale::Territory territory = territoryOf(value);
        if (territory != QLocale::AnyTerritory)
            return forTerritory(territory);
        break;
    }
    return forTerritory(QLocale::system().territory());
}

QPageSize::PageSizeId PaperSize::resolve(Settings::Paper choice)
{
    switch (choice) {
    case Settings::Paper::A4: return QPageSize::A4;
    case Settings::Paper::Letter: return QPageSize::Letter;
    case Settings::Paper::Automatic: break;
    }
    return automatic();
}

QPageSize::PageSizeId PaperSize::chosen()
{
    return resolve(Settings().paper());
}

} // namespace hindsight::ui
