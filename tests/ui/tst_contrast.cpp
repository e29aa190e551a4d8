// Readable text (issue 16, item 5): every text role Hindsight draws with reaches WCAG's 4.5:1
// against its background in the light palette (the style's own) and the dark one, once the
// application has corrected them as it does at start, with the contrast arithmetic the application
// uses itself (ui::ReadableText); and the colours Hindsight chooses for text do too.

#include "ui/common/colours.h"
#include "ui/common/readabletext.h"

#include "tests/common/darkpalette.h"

#include <QApplication>
#include <QList>
#include <QStyle>
#include <QTest>

using namespace hindsight;
using ui::ReadableText;

class TestContrast final : public QObject
{
    Q_OBJECT

private slots:
    void wcagArithmetic();
    void correctionKeepsTheSide();
    void paletteRoles_data();
    void paletteRoles();
    void applicationPaletteStaysReadable();
    void problemTextIsReadable();
    void textOnTints();
    void paperText();
};

namespace {

QString roleName(QPalette::ColorRole role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QPalette::ColorRole>().valueToKey(role));
}

} // namespace

void TestContrast::wcagArithmetic()
{
    QCOMPARE(ReadableText::relativeLuminance(Qt::black), 0.0);
    QCOMPARE(ReadableText::relativeLuminance(Qt::white), 1.0);
    QCOMPARE(ReadableText::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(ReadableText::contrastRatio(Qt::white, Qt::black), 21.0);
    // WCAG's own example: #767676 on white is the lightest grey at 4.5:1.
    QVERIFY(qAbs(ReadableText::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(ReadableText::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // Half-transparent black over white is the grey the issue measured: about 4:1.
    const double fusionGrey = ReadableText::contrastRatio(QColor(0, 0, 0, 128), Qt::white);
    QVERIFY2(fusionGrey > 3.9 && fusionGrey < 4.1, qPrintable(QString::number(fusionGrey)));
}

void TestContrast::correctionKeepsTheSide()
{
    const QColor grey(0x80, 0x80, 0x80);
    const QColor onWhite = ReadableText::on(grey, Qt::white);
    QVERIFY(ReadableText::contrastRatio(onWhite, Qt::white) >= 4.5);
    QVERIFY(onWhite.lightness() < grey.lightness());
    const QColor onDark = ReadableText::on(grey, QColor(0x1e, 0x1f, 0x22));
    QVERIFY(ReadableText::contrastRatio(onDark, QColor(0x1e, 0x1f, 0x22)) >= 4.5);
    QVERIFY(onDark.lightness() > grey.lightness());
    // A colour that reads already is left as it is.
    QCOMPARE(ReadableText::on(Qt::black, Qt::white), QColor(Qt::black));
}

void TestContrast::paletteRoles_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << test::darkPalette();
}

void TestContrast::paletteRoles()
{
    QFETCH(QPalette, palette);
    const QPalette readable = ReadableText::readable(palette);
    QStringList failures;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const ReadableText::Pair &pair : ReadableText::textPairs()) {
            const double ratio = ReadableText::contrastRatio(readable.color(group, pair.text),
                                                             readable.color(group, pair.background));
            if (ratio < ReadableText::MinimumContrast)
                failures << QStringLiteral("%1 on %2 (group %3): %4:1")
                                .arg(roleName(pair.text), roleName(pair.background))
                                .arg(int(group))
                                .arg(ratio, 0, 'f', 2);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // What already read stays as it was: the main text colours are the desktop's.
    QCOMPARE(readable.color(QPalette::Text), palette.color(QPalette::Text));
    QCOMPARE(readable.color(QPalette::Window), palette.color(QPalette::Window));
}

void TestContrast::applicationPaletteStaysReadable()
{
    ReadableText::install(qApp);
    for (const QPalette &palette : {QApplication::style()->standardPalette(), test::darkPalette()}) {
        QApplication::setPalette(palette);
        const QPalette now = QApplication::palette();
        for (const ReadableText::Pair &pair : ReadableText::textPairs())
            QVERIFY2(ReadableText::contrastRatio(now.color(pair.text), now.color(pair.background))
                         >= ReadableText::MinimumContrast,
                     qPrintable(roleName(pair.text) + QStringLiteral(" on ")
                                + roleName(pair.background)));
    }
}

void TestContrast::problemTextIsReadable()
{
    // "Not saved" and a refused connection are written in the problem colour, made readable on
    // the window they sit on.
    for (const QPalette &palette : {ReadableText::readable(QApplication::style()->standardPalette()),
                                    ReadableText::readable(test::darkPalette())}) {
        const QColor window = palette.color(QPalette::Window);
        const QColor text = ReadableText::on(ui::Colours::problem(), window);
        QVERIFY(ReadableText::contrastRatio(text, window) >= ReadableText::MinimumContrast);
    }
}

void TestContrast::textOnTints()
{
    // The tints text is drawn on: risk chips, the interview's banner, the clock past its budget
    // (a strong amber that light text cannot clear in the dark palette, so it turns dark there).
    for (const QPalette &palette : {ReadableText::readable(QApplication::style()->standardPalette()),
                                    ReadableText::readable(test::darkPalette())}) {
        QList<std::pair<QColor, QColor>> pairs; // text, background
        for (core::Risk risk : {core::Risk::UnderDepth, core::Risk::UnderBreadth,
                                core::Risk::OverSpecialization, core::Risk::GoodMatch})
            pairs.append({palette.color(QPalette::Text),
                          ui::Colours::tint(palette.color(QPalette::Base), ui::Colours::risk(risk),
                                            0.22)});
        for (const QColor &hue : {ui::Colours::problem(), palette.color(QPalette::Highlight)})
            pairs.append({palette.color(QPalette::WindowText),
                          ui::Colours::tint(palette.color(QPalette::Window), hue, 0.2)});
        pairs.append({palette.color(QPalette::WindowText),
                      ui::Colours::tint(palette.color(QPalette::Window), ui::Colours::overBudget(),
                                        0.55)});
        for (const auto &[text, background] : pairs) {
            const QColor shown = ReadableText::on(text, background);
            QVERIFY2(ReadableText::contrastRatio(shown, background) >= ReadableText::MinimumContrast,
                     qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
        }
    }
}

void TestContrast::paperText()
{
    // Reports are printed black on white; their secondary colours are text too.
    for (const QColor &ink :
         {ui::Colours::paperInk(), ui::Colours::paperMuted(), ui::Colours::paperHeading()}) {
        QVERIFY2(ReadableText::contrastRatio(ink, Qt::white) >= ReadableText::MinimumContrast,
                 qPrintable(ink.name()));
        QVERIFY(ReadableText::contrastRatio(ink, ui::Colours::paperTableHeader())
                >= ReadableText::MinimumContrast);
    }
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
