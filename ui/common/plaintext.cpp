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

void apply(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

} // namespace hindsight::ui::PlainText
