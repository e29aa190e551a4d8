#include "ui/interview/regrets/regretcard.h"

#include "ui/common/colours.h"
#include "ui/common/plaintext.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/interview/regrets/answerfield.h"
#include "ui/interview/regrets/regrettagfields.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight::ui {

RegretCard::RegretCard(const core::Taxonomy &taxonomy, QWidget *parent)
    : QFrame(parent)
    , m_taxonomy(taxonomy)
    , m_header(new QLabel(this))
    , m_body(nullptr)
{
    setObjectName(QStringLiteral("regretCard"));
    setFocusPolicy(Qt::NoFocus);
    m_header->setObjectName(QStringLiteral("regretHeader"));
    // Elided to the card's width by hand (resizeEvent): the line never widens the card.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->setTextFormat(Qt::PlainText);
    m_body = buildBody(taxonomy);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setCurrent(false);
}

QWidget *RegretCard::buildBody(const core::Taxonomy &taxonomy)
{
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("regretBody"));
    auto *form = new QFormLayout(body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow column (or a longer translation) a row whose field does not fit beside its label
    // goes below it rather than past the card's edge.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // No mnemonics on the labels: a buddy would jump into whichever card Qt finds first. The
    // window's actions (Alt+D …) go to the current regret's fields instead.
    for (const RegretText::Field field : RegretText::fields) {
        auto *edit = new AnswerField(body);
        edit->setObjectName(RegretText::objectName(field));
        edit->setAccessibleName(RegretText::label(field));
        edit->setPlaceholderText(RegretText::placeholder(field));
        edit->setToolTip(tr("%1 — Shift+Enter for a new line; Enter or Esc back to the notes")
                             .arg(RegretText::placeholder(field)));
        connect(edit, &AnswerField::edited, this,
                [this, field](const QString &text) { emit textEdited(field, text); });
        connect(edit, &AnswerField::done, this, &RegretCard::leaveRequested);
        form->addRow(RegretText::label(field), edit);
        m_text[std::size_t(field)] = edit;
    }
    m_tags = new RegretTagFields(taxonomy, body);
    m_tags->addRows(form);
    connect(m_tags, &RegretTagFields::levelPicked, this, &RegretCard::levelPicked);
    connect(m_tags, &RegretTagFields::domainPicked, this, &RegretCard::domainPicked);
    connect(m_tags, &RegretTagFields::domainReturnPressed, this, &RegretCard::leaveRequested);
    connect(m_tags, &RegretTagFields::depthPicked, this, &RegretCard::depthPicked);
    connect(m_tags, &RegretTagFields::layerToggled, this, &RegretCard::layerToggled);
    return body;
}

void RegretCard::setRegret(const core::Regret &regret)
{
    m_regret = regret;
    for (const RegretText::Field field : RegretText::fields)
        m_text[std::size_t(field)]->setAnswer(Terms::text(RegretText::of(regret, field)));
    m_tags->setRegret(regret);
    showHeader();
}

void RegretCard::setCurrent(bool current)
{
    m_current = current;
    m_body->setVisible(current);
    layout()->setContentsMargins(current ? QMargins(12, 10, 12, 12) : QMargins(12, 6, 12, 6));
    setCursor(current ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setToolTip(current ? QString()
                       : tr("Click, or press Ctrl+Up or Ctrl+Down, to discuss this regret"));
    QFont f = m_header->font();
    f.setBold(current);
    m_header->setFont(f);
    showHeader();
    update();
}

void RegretCard::setReadOnly(bool readOnly)
{
    for (AnswerField *edit : m_text)
        edit->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
}

QString RegretCard::summary() const
{
    const QString decision = Terms::text(m_regret.decision).simplified();
    return summaryWith(decision.isEmpty() ? tr("no decision yet") : decision);
}

QString RegretCard::summaryWith(const QString &decision) const
{
    return tr("Regret %1: %2 · %3 · %4 · %5")
        .arg(m_regret.position + 1)
        .arg(decision, m_regret.levelChosen ? Terms::level(m_regret.level) : tr("not tagged"),
             m_regret.domain.empty() ? tr("no domain")
                                     : TaxonomyText(m_taxonomy).domain(m_regret.domain),
             m_regret.depthChosen ? tr("depth %1").arg(m_regret.depth) : tr("not rated"));
}

QString RegretCard::elidedSummary(int width) const
{
    const QFontMetrics fm = m_header->fontMetrics();
    const QString whole = summary();
    if (fm.horizontalAdvance(whole) <= width)
        return whole;
    // Give the decision what is left after the number and the tags, at least a few letters.
    QString decision = Terms::text(m_regret.decision).simplified();
    if (decision.isEmpty())
        decision = tr("no decision yet");
    const int room = qMax(fm.averageCharWidth() * 4,
                          width - fm.horizontalAdvance(summaryWith(QString())));
    return fm.elidedText(summaryWith(fm.elidedText(decision, Qt::ElideRight, room)), Qt::ElideRight,
                         width);
}

void RegretCard::showHeader()
{
    const QString title = tr("Regret %1").arg(m_regret.position + 1);
    setAccessibleName(title);
    setAccessibleDescription(summary());
    if (m_current) {
        m_header->setText(tr("%1 · being discussed").arg(title));
        m_header->setToolTip(QString());
    } else {
        const int width = m_header->width() > 0 ? m_header->width() : m_header->sizeHint().width();
        m_header->setText(elidedSummary(width));
        m_header->setToolTip(PlainText::toolTip(summary()));
    }
}

void RegretCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    showHeader();
}

void RegretCard::focusText(RegretText::Field field)
{
    m_text[std::size_t(field)]->setFocus(Qt::ShortcutFocusReason);
}

void RegretCard::focusLevel()
{
    m_tags->focusLevel();
}

void RegretCard::focusDomain()
{
    m_tags->focusDomain();
}

void RegretCard::focusDepth()
{
    m_tags->focusDepth();
}

QList<QToolButton *> RegretCard::layerChips() const
{
    return m_tags->layerChips();
}

void RegretCard::mousePressEvent(QMouseEvent *event)
{
    if (!m_current && event->button() == Qt::LeftButton) {
        emit activated();
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void RegretCard::keyPressEvent(QKeyEvent *event)
{
    // Fields leave Esc unhandled, so it arrives here from whichever field has the focus.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit leaveRequested();
        return;
    }
    QFrame::keyPressEvent(event);
}

void RegretCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The regret being discussed stands out with the highlight colour, in light and dark palettes.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // A folded card's edge is a tint of the text over the window: QPalette::Mid all but vanishes
    // on a dark window.
    const QColor edge = m_current ? palette().color(QPalette::Highlight)
                                  : Colours::tint(palette().color(QPalette::Window),
                                                  palette().color(QPalette::WindowText), 0.3);
    p.setPen(QPen(edge, m_current ? 2.5 : 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
}

} // namespace hindsight::ui
