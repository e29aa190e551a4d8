#include "ui/common/plaintext.h"

#include <QLabel>
#include <QTextDocument>

namespace hindsight::ui::PlainText {

QString toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    constexpr char16_t Lri = 0x2066, Rli = 0x2067, Fsi = 0x2068, Pdi = 0x2069;
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(Fsi);
    int open = 0;
    for (const QChar c : text) {
        if (c == Lri || c == Rli || c == Fsi) {
            ++open;
        } else if (c == Pdi) {
            if (open == 0)
                continue; // it would pop our isolate
            --open;
        }
        out += c;
    }
    for (; open > 0; --open)
        out += QChar(Pdi); // the text's own, left open; ours must close last
    out += QChar(Pdi);
    return out;
}

void apply(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

} // namespace hindsight::ui::PlainText
