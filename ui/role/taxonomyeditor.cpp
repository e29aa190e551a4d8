#include "ui/role/taxonomyeditor.h"

#include "core/storage/store.h"
#include "ui/common/plaintext.h"
#include "ui/interchange/errortext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight::ui {

namespace {

using Kind = core::Taxonomy::Kind;

} // namespace

TaxonomyEditor::TaxonomyEditor(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_delete(new QPushButton(tr("Dele&te"), this))
    , m_message(new QLabel(this))
{
    auto *intro = new QLabel(
        tr("Add your own stack layers (breadth) and specialist domains (depth). Built-in entries "
           "are fixed. An entry that a regret or a role already uses can be renamed but not "
           "deleted."),
        this);
    intro->setWordWrap(true);
    PlainText::apply({m_message}); // quotes the labels users add

    m_table->setObjectName(QStringLiteral("taxonomyTable"));
    m_table->setAccessibleName(tr("Layers and domains you added"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_kind->setObjectName(QStringLiteral("taxonomyKind"));
    m_kind->addItem(tr("Layer (breadth)"), int(Kind::Layer));
    m_kind->addItem(tr("Domain (depth)"), int(Kind::Domain));
    m_id->setObjectName(QStringLiteral("taxonomyId"));
    m_id->setPlaceholderText(tr("e.g. search-index"));
    m_id->setToolTip(tr("Lowercase letters, digits and hyphens, starting with a letter, 2 to 40 "
                        "characters. An id never changes once added."));
    m_label->setObjectName(QStringLiteral("taxonomyLabel"));
    m_label->setPlaceholderText(tr("e.g. Search indexes"));
    m_add->setObjectName(QStringLiteral("taxonomyAdd"));
    m_rename->setObjectName(QStringLiteral("taxonomyRename"));
    m_rename->setToolTip(tr("Give the selected entry the label typed above"));
    m_delete->setObjectName(QStringLiteral("taxonomyDelete"));
    m_message->setObjectName(QStringLiteral("taxonomyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("I&d:"), m_id);
    form->addRow(tr("&Label:"), m_label);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &TaxonomyEditor::addEntry);
    connect(m_rename, &QPushButton::clicked, this, &TaxonomyEditor::renameEntry);
    connect(m_delete, &QPushButton::clicked, this, &TaxonomyEditor::deleteEntry);
    connect(m_id, &QLineEdit::returnPressed, this, &TaxonomyEditor::addEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaxonomyEditor::onSelectionChanged);
    reload();
}

void TaxonomyEditor::reload()
{
    auto taxonomy = m_store.taxonomy();
    if (!taxonomy) {
        showMessage(interchange::ErrorText::describe(taxonomy.error()), true);
        return;
    }
    m_taxonomy = *taxonomy;
    m_userEntries.clear();
    for (const auto *list : {&m_taxonomy.layers(), &m_taxonomy.domains()}) {
        for (const core::Taxonomy::Entry &e : *list) {
            if (!e.builtIn)
                m_userEntries.push_back(e);
        }
    }
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Kind"), tr("Id"), tr("Label")});
    for (const core::Taxonomy::Entry &e : m_userEntries) {
        m_model->appendRow({new QStandardItem(e.kind == Kind::Layer ? tr("Layer") : tr("Domain")),
                            new QStandardItem(QString::fromStdString(e.id)),
                            new QStandardItem(QString::fromStdString(e.label))});
    }
    onSelectionChanged();
}

const core::Taxonomy::Entry *TaxonomyEditor::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_userEntries.size()))
        return nullptr;
    return &m_userEntries[std::size_t(rows.first().row())];
}

void TaxonomyEditor::onSelectionChanged()
{
    const core::Taxonomy::Entry *entry = selected();
    m_rename->setEnabled(entry != nullptr);
    m_delete->setEnabled(entry != nullptr);
    if (entry)
        m_label->setText(QString::fromStdString(entry->label));
}

std::optional<interchange::Failure> TaxonomyEditor::add(Kind kind, const QString &id,
                                                        const QString &label)
{
    using interchange::Failure;
    if (!core::Taxonomy::isValidId(id.toStdString())) {
        return Failure{{},
                       id,
                       tr("“%1” is not a valid id: use 2 to 40 lowercase letters, digits and "
                          "hyphens, starting with a letter.")
                           .arg(id)};
    }
    if (label.isEmpty())
        return Failure{{}, {}, tr("Give the new entry a label.")};
    if (const core::Error e = m_store.addTaxonomyEntry({kind, id.toStdString(), label.toStdString(),
                                                        false})) {
        if (e.code == core::Error::Code::Constraint)
            return Failure{{}, id, tr("There is already an entry with the id “%1”.").arg(id)};
        return Failure::of({}, e);
    }
    return std::nullopt;
}

std::optional<interchange::Failure> TaxonomyEditor::rename(const core::Taxonomy::Entry &entry,
                                                           const QString &label)
{
    if (label.isEmpty())
        return interchange::Failure{{}, {}, tr("Type the new label first.")};
    if (const core::Error e = m_store.renameTaxonomyEntry(entry.kind, entry.id, label.toStdString()))
        return interchange::Failure::of({}, e);
    return std::nullopt;
}

std::optional<interchange::Failure> TaxonomyEditor::remove(const core::Taxonomy::Entry &entry)
{
    const core::Error e = m_store.deleteTaxonomyEntry(entry.kind, entry.id);
    if (!e)
        return std::nullopt;
    if (e.code != core::Error::Code::InUse)
        return interchange::Failure::of({}, e);
    const QString label = QString::fromStdString(entry.label);
    return interchange::Failure{
        {},
        label,
        entry.kind == Kind::Layer
            ? tr("“%1” cannot be deleted: regrets are tagged with this layer. You can still "
                 "rename it.")
                  .arg(label)
            : tr("“%1” cannot be deleted: a regret or a role's demands use this domain. You "
                 "can still rename it.")
                  .arg(label)};
}

void TaxonomyEditor::addEntry()
{
    const QString id = m_id->text().trimmed();
    const QString label = m_label->text().trimmed();
    if (const auto failure = add(Kind(m_kind->currentData().toInt()), id, label)) {
        showMessage(failure->sentence(), true);
        return;
    }
    m_id->clear();
    m_label->clear();
    reload();
    showMessage(tr("Added “%1”.").arg(label), false);
    emit taxonomyChanged();
}

void TaxonomyEditor::renameEntry()
{
    const core::Taxonomy::Entry *entry = selected();
    const QString label = m_label->text().trimmed();
    if (!entry)
        return;
    if (const auto failure = rename(*entry, label)) {
        showMessage(failure->sentence(), true);
        return;
    }
    reload();
    showMessage(tr("Renamed to “%1”.").arg(label), false);
    emit taxonomyChanged();
}

void TaxonomyEditor::deleteEntry()
{
    const core::Taxonomy::Entry *entry = selected();
    if (!entry)
        return;
    const QString label = QString::fromStdString(entry->label);
    if (const auto failure = remove(*entry)) {
        showMessage(failure->sentence(), true);
        return;
    }
    reload();
    showMessage(tr("Deleted “%1”.").arg(label), false);
    emit taxonomyChanged();
}

void TaxonomyEditor::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setForegroundRole(problem ? QPalette::Text : QPalette::PlaceholderText);
    m_message->setAccessibleName(text);
}

} // namespace hindsight::ui
