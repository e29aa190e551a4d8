#include "ui/interview/regrets/regretcard.h"

#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight::ui {

namespace {

using Level = core::Regret::Level;

constexpr Level LevelOrder[] = {Level::Product, Level::Domain, Level::Mixed, Level::Unclear};
constexpr Qt::Key LevelKeys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_0};

QString keyText(QKeySequence keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// A checked tool button differs from an unchecked one by a faint shade in most styles; a tick and
// bold text make a touched layer obvious at a glance, in light and dark palettes alike.
void showChipState(QToolButton *chip, bool on)
{
    const QString label = chip->property("label").toString();
    chip->setText(on ? RegretCard::tr("✓ %1").arg(label) : label);
    QFont f = chip->font();
    f.setBold(on);
    chip->setFont(f);
}

} // namespace

RegretCard::RegretCard(const core::Taxonomy &taxonomy, QWidget *parent)
    : QFrame(parent)
    , m_taxonomy(taxonomy)
    , m_title(new QLabel(this))
    , m_decision(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_domainNote(new QLabel(this))
    , m_depth(new QComboBox(this))
    , m_meaning(new QLabel(this))
{
    setObjectName(QStringLiteral("regretCard"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_decision->setObjectName(QStringLiteral("regretDecision"));
    m_decision->setPlaceholderText(tr("The decision they would reverse"));
    m_decision->setAccessibleName(tr("Decision"));
    connect(m_decision, &QLineEdit::textEdited, this, &RegretCard::decisionEdited);

    m_level->setObjectName(QStringLiteral("regretLevel"));
    m_level->setAccessibleName(tr("Level"));
    m_level->setPlaceholderText(tr("Not tagged yet"));
    for (std::size_t i = 0; i < std::size(LevelOrder); ++i) {
        m_level->addItem(tr("%1   %2").arg(Terms::level(LevelOrder[i]),
                                           keyText(QKeySequence(Qt::CTRL | LevelKeys[i]))),
                         int(LevelOrder[i]));
    }
    m_level->setToolTip(tr("Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 "
                           "unclear; F1 explains the difference"));
    connect(m_level, &QComboBox::activated, this,
            [this](int index) { emit levelPicked(Level(m_level->itemData(index).toInt())); });

    m_domain->setObjectName(QStringLiteral("regretDomain"));
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->setEditable(true);
    m_domain->setInsertPolicy(QComboBox::NoInsert);
    m_domain->lineEdit()->setPlaceholderText(tr("Type to find a domain"));
    const TaxonomyText labels(m_taxonomy);
    for (const core::Taxonomy::Entry &e : m_taxonomy.domains())
        m_domain->addItem(labels.domain(e.id), Terms::text(e.id));
    m_domain->setToolTip(tr("Type part of a domain's name and press Enter (%1)")
                             .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_D))));
    connect(m_domain, &QComboBox::activated, this, [this](int index) {
        emit domainPicked(m_domain->itemData(index).toString().toStdString());
    });
    connect(m_domain->lineEdit(), &QLineEdit::editingFinished, this, &RegretCard::resolveDomain);
    connect(m_domain->lineEdit(), &QLineEdit::returnPressed, this, &RegretCard::domainReturnPressed);
    m_domainNote->setForegroundRole(QPalette::PlaceholderText);
    m_domainNote->setWordWrap(true);

    m_depth->setObjectName(QStringLiteral("regretDepth"));
    m_depth->setAccessibleName(tr("Depth"));
    m_depth->setPlaceholderText(tr("Not rated yet"));
    for (int d = 0; d <= core::Regret::MaxDepth; ++d) {
        m_depth->addItem(tr("%1 · %2   %3")
                             .arg(d)
                             .arg(Terms::depthTag(d),
                                  keyText(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + d)))),
                         d);
    }
    m_depth->setToolTip(tr("Depth on the anchored scale, Alt+0 … Alt+4"));
    connect(m_depth, &QComboBox::activated, this,
            [this](int index) { emit depthPicked(m_depth->itemData(index).toInt()); });
    m_meaning->setObjectName(QStringLiteral("regretDepthMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Decision"), m_decision);
    form->addRow(tr("&Level"), m_level);
    auto *domainBox = new QVBoxLayout;
    domainBox->setSpacing(2);
    domainBox->addWidget(m_domain);
    domainBox->addWidget(m_domainNote);
    // Rows holding a layout get no buddy from QFormLayout: set it, or the mnemonic shows as "&".
    auto *domainLabel = new QLabel(tr("Do&main"), this);
    domainLabel->setBuddy(m_domain);
    form->addRow(domainLabel, domainBox);
    auto *depthBox = new QVBoxLayout;
    depthBox->setSpacing(2);
    depthBox->addWidget(m_depth);
    depthBox->addWidget(m_meaning);
    auto *depthLabel = new QLabel(tr("De&pth"), this);
    depthLabel->setBuddy(m_depth);
    form->addRow(depthLabel, depthBox);

    auto *chips = new QWidget(this);
    chips->setObjectName(QStringLiteral("regretLayers"));
    chips->setAccessibleName(tr("Stack layers touched"));
    buildLayerChips(chips);
    auto *layersLabel = new QLabel(tr("Stack layers touched"), this);
    layersLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(layersLabel);
    layout->addWidget(chips);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void RegretCard::buildLayerChips(QWidget *box)
{
    const TaxonomyText labels(m_taxonomy);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    int i = 0;
    for (const core::Taxonomy::Entry &e : m_taxonomy.layers()) {
        auto *chip = new QToolButton(box);
        const QString label = labels.layer(e.id);
        chip->setText(label);
        chip->setObjectName(QStringLiteral("layer_%1").arg(Terms::text(e.id)));
        chip->setCheckable(true);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        chip->setAccessibleName(tr("Layer %1").arg(label));
        chip->setToolTip(i < 8 ? tr("%1 — Space when focused, or %2")
                                     .arg(label, keyText(QKeySequence(Qt::ALT | Qt::SHIFT
                                                                      | Qt::Key(Qt::Key_1 + i))))
                               : tr("%1 — Space when focused").arg(label));
        const std::string id = e.id;
        chip->setProperty("layerId", Terms::text(id));
        chip->setProperty("label", label);
        connect(chip, &QToolButton::clicked, this,
                [this, id](bool on) { emit layerToggled(id, on); });
        connect(chip, &QToolButton::toggled, chip, [chip](bool on) { showChipState(chip, on); });
        grid->addWidget(chip, i / 2, i % 2);
        m_chips << chip;
        ++i;
    }
}

void RegretCard::setRegret(const core::Regret &regret)
{
    m_regret = regret;
    m_title->setText(tr("Regret %1").arg(regret.position + 1)
                     + (m_current ? tr(" · being discussed") : QString()));
    setAccessibleName(tr("Regret %1").arg(regret.position + 1));

    const QString decision = Terms::text(regret.decision);
    if (m_decision->text() != decision) {
        const QSignalBlocker block(m_decision);
        m_decision->setText(decision);
    }
    {
        const QSignalBlocker block(m_level);
        m_level->setCurrentIndex(regret.levelChosen ? m_level->findData(int(regret.level)) : -1);
    }
    {
        const QSignalBlocker block(m_domain);
        const int index = m_domain->findData(Terms::text(regret.domain));
        m_domain->setCurrentIndex(index);
        if (index < 0)
            m_domain->setEditText(Terms::text(regret.domain));
    }
    const bool needs = core::Regret::needsDomain(regret.level) && regret.levelChosen;
    m_domainNote->setText(needs && regret.domain.empty()
                              ? tr("Needed for a %1 regret.").arg(Terms::level(regret.level).toLower())
                              : QString());
    m_domainNote->setVisible(!m_domainNote->text().isEmpty());
    {
        const QSignalBlocker block(m_depth);
        m_depth->setCurrentIndex(regret.depthChosen ? m_depth->findData(regret.depth) : -1);
    }
    updateMeaning();
    for (QToolButton *chip : m_chips) {
        const std::string id = chip->property("layerId").toString().toStdString();
        const bool on = regret.layers.count(id) > 0;
        const QSignalBlocker block(chip);
        chip->setChecked(on);
        showChipState(chip, on);
    }
}

void RegretCard::updateMeaning()
{
    m_meaning->setText(m_regret.depthChosen
                           ? Terms::depthMeaning(m_regret.depth)
                           : tr("0 no decision named · 1 named only · 2 trade-off · 3 mechanism "
                                "and failure modes · 4 quantified, with evidence"));
}

void RegretCard::setCurrent(bool current)
{
    m_current = current;
    setRegret(m_regret);
    update();
}

void RegretCard::setReadOnly(bool readOnly)
{
    m_decision->setReadOnly(readOnly);
    for (QWidget *w : {static_cast<QWidget *>(m_level), static_cast<QWidget *>(m_domain),
                       static_cast<QWidget *>(m_depth)})
        w->setEnabled(!readOnly);
    for (QToolButton *chip : m_chips)
        chip->setEnabled(!readOnly);
}

void RegretCard::focusDecision()
{
    m_decision->setFocus(Qt::ShortcutFocusReason);
}

void RegretCard::focusLevel()
{
    m_level->setFocus(Qt::ShortcutFocusReason);
}

void RegretCard::focusDomain()
{
    m_domain->setFocus(Qt::ShortcutFocusReason);
    m_domain->lineEdit()->selectAll();
}

void RegretCard::focusDepth()
{
    m_depth->setFocus(Qt::ShortcutFocusReason);
}

void RegretCard::resolveDomain()
{
    const QString typed = m_domain->currentText().trimmed();
    const std::string id = typed.isEmpty() ? std::string() : matchDomain(typed);
    if (!typed.isEmpty() && id.empty()) {
        // Nothing matches: show the stored domain again rather than text that means nothing.
        setRegret(m_regret);
        return;
    }
    if (id != m_regret.domain)
        emit domainPicked(id);
    else
        setRegret(m_regret);
}

std::string RegretCard::matchDomain(const QString &typed) const
{
    const TaxonomyText labels(m_taxonomy);
    const auto &domains = m_taxonomy.domains();
    for (const core::Taxonomy::Entry &e : domains) {
        if (labels.domain(e.id).compare(typed, Qt::CaseInsensitive) == 0
            || Terms::text(e.id).compare(typed, Qt::CaseInsensitive) == 0)
            return e.id;
    }
    for (const core::Taxonomy::Entry &e : domains) {
        if (labels.domain(e.id).startsWith(typed, Qt::CaseInsensitive))
            return e.id;
    }
    for (const core::Taxonomy::Entry &e : domains) {
        if (labels.domain(e.id).contains(typed, Qt::CaseInsensitive)
            || Terms::text(e.id).contains(typed, Qt::CaseInsensitive))
            return e.id;
    }
    return {};
}

void RegretCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The regret being discussed stands out with the highlight colour, in light and dark palettes.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor edge = m_current ? palette().color(QPalette::Highlight)
                                  : palette().color(QPalette::Mid);
    p.setPen(QPen(edge, m_current ? 2.5 : 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
}

} // namespace hindsight::ui
