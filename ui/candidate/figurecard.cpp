#include "ui/candidate/figurecard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

FigureCard::FigureCard(const QString &caption, const QString &valueObjectName, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(valueObjectName);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
    updateFonts();
}

void FigureCard::setValue(const QString &value, const QString &spoken)
{
    m_value->setText(value);
    m_value->setAccessibleName(spoken);
}

void FigureCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setAccessibleName(note);
}

void FigureCard::setEmphasized(bool emphasized)
{
    m_emphasized = emphasized;
    updateFonts();
}

void FigureCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void FigureCard::updateFonts()
{
    // Sizes follow the user's font so large-text settings scale the page as a whole.
    QFont caption = font();
    caption.setCapitalization(QFont::AllUppercase);
    caption.setLetterSpacing(QFont::PercentageSpacing, 106);
    caption.setPointSizeF(font().pointSizeF() * 0.85);
    m_caption->setFont(caption);

    QFont value = font();
    value.setPointSizeF(font().pointSizeF() * (m_emphasized ? 2.6 : 1.9));
    value.setWeight(m_emphasized ? QFont::Bold : QFont::DemiBold);
    m_value->setFont(value);
}

} // namespace hindsight::ui
