#pragma once

#include "core/taxonomy.h"
#include "ui/interchange/failure.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// Adds, renames and deletes the layers and domains users added to the taxonomy, writing to the
// store at once. Built-ins are fixed; an entry in use can only be renamed, and saying why is part
// of the job.
class TaxonomyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxonomyEditor)

public:
    explicit TaxonomyEditor(core::Store &store, QWidget *parent = nullptr);

    // The taxonomy as last read from the store.
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }

signals:
    void taxonomyChanged();

private:
    void reload();
    // The writes behind the buttons, checked first; nullopt when the store took them.
    std::optional<interchange::Failure> add(core::Taxonomy::Kind kind, const QString &id,
                                            const QString &label);
    std::optional<interchange::Failure> rename(const core::Taxonomy::Entry &entry,
                                               const QString &label);
    std::optional<interchange::Failure> remove(const core::Taxonomy::Entry &entry);
    void addEntry();
    void renameEntry();
    void deleteEntry();
    void onSelectionChanged();
    // The selected user entry, if any.
    const core::Taxonomy::Entry *selected() const;
    void showMessage(const QString &text, bool problem);

    core::Store &m_store;
    core::Taxonomy m_taxonomy;
    std::vector<core::Taxonomy::Entry> m_userEntries; // the rows of m_model, in order
    QStandardItemModel *m_model;
    QTableView *m_table;
    QComboBox *m_kind;
    QLineEdit *m_id;
    QLineEdit *m_label;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace hindsight::ui
