#include "ui/candidate/emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    for (QLabel *l : {m_title, m_body}) {
        l->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_body->setForegroundRole(QPalette::PlaceholderText);

    // A column of readable width, centred: word-wrapped labels given an alignment in the layout
    // itself shrink to one clipped line, so the width is set on the column instead.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *text = new QVBoxLayout(column);
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(12);
    text->addWidget(m_title);
    text->addWidget(m_body);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    updateFonts();
}

void EmptyState::setMessage(const QString &title, const QString &body)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_body->setText(body);
    m_body->setAccessibleName(body);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::body() const
{
    return m_body->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void EmptyState::updateFonts()
{
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.6);
    title.setWeight(QFont::DemiBold);
    m_title->setFont(title);
    QFont body = font();
    body.setPointSizeF(font().pointSizeF() * 1.1);
    m_body->setFont(body);
}

} // namespace hindsight::ui
