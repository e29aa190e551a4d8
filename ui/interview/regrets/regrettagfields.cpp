#include "ui/interview/regrets/regrettagfields.h"

#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/interview/regrets/flowlayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
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
    chip->setText(on ? RegretTagFields::tr("✓ %1").arg(label) : label);
    QFont f = chip->font();
    f.setBold(on);
    chip->setFont(f);
}

// Combo boxes size to their longest item by default; on a narrow card that pushes the card past
// the list's width. A few characters are enough, the popup shows the whole text.
void narrow(QComboBox *box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

} // namespace

RegretTagFields::RegretTagFields(const core::Taxonomy &taxonomy, QWidget *card)
    : QObject(card)
    , m_card(card)
    , m_taxonomy(taxonomy)
    , m_level(new QComboBox(card))
    , m_domain(new QComboBox(card))
    , m_domainNote(new QLabel(card))
    , m_depth(new QComboBox(card))
    , m_meaning(new QLabel(card))
{
    buildLevel();
    buildDomain();
    buildDepth();
}

void RegretTagFields::buildLevel()
{
    m_level->setObjectName(QStringLiteral("regretLevel"));
    m_level->setAccessibleName(tr("Level"));
    m_level->setPlaceholderText(tr("Not tagged yet"));
    narrow(m_level);
    for (std::size_t i = 0; i < std::size(LevelOrder); ++i) {
        m_level->addItem(tr("%1   %2").arg(Terms::level(LevelOrder[i]),
                                           keyText(QKeySequence(Qt::CTRL | LevelKeys[i]))),
                         int(LevelOrder[i]));
    }
    m_level->setToolTip(tr("Ctrl+1 product-level, Ctrl+2 domain-specific, Ctrl+3 mixed, Ctrl+0 "
                           "unclear; F1 explains the difference"));
    connect(m_level, &QComboBox::activated, this,
            [this](int index) { emit levelPicked(Level(m_level->itemData(index).toInt())); });
}

void RegretTagFields::buildDomain()
{
    m_domain->setObjectName(QStringLiteral("regretDomain"));
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->setEditable(true);
    m_domain->setInsertPolicy(QComboBox::NoInsert);
    narrow(m_domain);
    m_domain->lineEdit()->setPlaceholderText(tr("Type to find a domain"));
    // The field has the focus while typing: a screen reader speaks its name, not the combo box's.
    m_domain->lineEdit()->setAccessibleName(m_domain->accessibleName());
    const TaxonomyText labels(m_taxonomy);
    for (const core::Taxonomy::Entry &e : m_taxonomy.domains())
        m_domain->addItem(labels.domain(e.id), Terms::text(e.id));
    m_domain->setToolTip(tr("Type part of a domain's name and press Enter (%1)")
                             .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_D))));
    connect(m_domain, &QComboBox::activated, this, [this](int index) {
        emit domainPicked(m_domain->itemData(index).toString().toStdString());
    });
    connect(m_domain->lineEdit(), &QLineEdit::editingFinished, this,
            &RegretTagFields::resolveDomain);
    connect(m_domain->lineEdit(), &QLineEdit::returnPressed, this,
            &RegretTagFields::domainReturnPressed);
    m_domainNote->setForegroundRole(QPalette::PlaceholderText);
    m_domainNote->setWordWrap(true);
}

void RegretTagFields::buildDepth()
{
    m_depth->setObjectName(QStringLiteral("regretDepth"));
    m_depth->setAccessibleName(tr("Depth"));
    m_depth->setPlaceholderText(tr("Not rated yet"));
    narrow(m_depth);
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
}

void RegretTagFields::addRows(QFormLayout *form)
{
    // No mnemonics: a label's buddy would jump into whichever card Qt finds first. The window's
    // actions go to the current regret's fields instead.
    form->addRow(tr("Level"), m_level);
    auto *domainBox = new QVBoxLayout;
    domainBox->setSpacing(2);
    domainBox->addWidget(m_domain);
    domainBox->addWidget(m_domainNote);
    form->addRow(tr("Domain"), domainBox);
    auto *depthBox = new QVBoxLayout;
    depthBox->setSpacing(2);
    depthBox->addWidget(m_depth);
    depthBox->addWidget(m_meaning);
    form->addRow(tr("Depth"), depthBox);
    form->addRow(tr("Layers"), buildLayerChips());
}

QWidget *RegretTagFields::buildLayerChips()
{
    auto *box = new QWidget(m_card);
    box->setObjectName(QStringLiteral("regretLayers"));
    box->setAccessibleName(tr("Stack layers touched"));
    const TaxonomyText labels(m_taxonomy);
    auto *flow = new FlowLayout(box);
    int i = 0;
    for (const core::Taxonomy::Entry &e : m_taxonomy.layers()) {
        auto *chip = new QToolButton(box);
        const QString label = labels.layer(e.id);
        chip->setText(label);
        chip->setObjectName(QStringLiteral("layer_%1").arg(Terms::text(e.id)));
        chip->setCheckable(true);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
        // As wide as when ticked, so ticking a layer does not move the chips after it.
        showChipState(chip, true);
        chip->setMinimumWidth(chip->sizeHint().width());
        showChipState(chip, false);
        flow->addWidget(chip);
        m_chips << chip;
        ++i;
    }
    return box;
}

void RegretTagFields::setRegret(const core::Regret &regret)
{
    m_regret = regret;
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
    for (QToolButton *chip : std::as_const(m_chips)) {
        const std::string id = chip->property("layerId").toString().toStdString();
        const bool on = regret.layers.count(id) > 0;
        const QSignalBlocker block(chip);
        chip->setChecked(on);
        showChipState(chip, on);
    }
}

void RegretTagFields::updateMeaning()
{
    m_meaning->setText(m_regret.depthChosen
                           ? Terms::depthMeaning(m_regret.depth)
                           : tr("0 no decision named · 1 named only · 2 trade-off · 3 mechanism "
                                "and failure modes · 4 quantified, with evidence"));
}

void RegretTagFields::setReadOnly(bool readOnly)
{
    for (QWidget *w : {static_cast<QWidget *>(m_level), static_cast<QWidget *>(m_domain),
                       static_cast<QWidget *>(m_depth)})
        w->setEnabled(!readOnly);
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setEnabled(!readOnly);
}

void RegretTagFields::focusLevel()
{
    m_level->setFocus(Qt::ShortcutFocusReason);
}

void RegretTagFields::focusDomain()
{
    m_domain->setFocus(Qt::ShortcutFocusReason);
    m_domain->lineEdit()->selectAll();
}

void RegretTagFields::focusDepth()
{
    m_depth->setFocus(Qt::ShortcutFocusReason);
}

void RegretTagFields::resolveDomain()
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

std::string RegretTagFields::matchDomain(const QString &typed) const
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

} // namespace hindsight::ui
