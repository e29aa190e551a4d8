#include "ui/common/dialogs.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/role/domaindemandmodel.h"
#include "ui/role/roleeditordialog.h"
#include "ui/role/roletemplates.h"

#include "core/scoring/scorer.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace hindsight;
using K = core::Taxonomy::Kind;

namespace {

using test::child;

ui::DomainDemandModel *demandModel(ui::RoleEditorDialog &dialog)
{
    return qobject_cast<ui::DomainDemandModel *>(
        child<QTableView>(&dialog, "roleDemandTable")->model());
}

// Shown, so that its layouts give every button a real size to click on.
bool shown(ui::RoleEditorDialog &dialog)
{
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog);
}

void save(ui::RoleEditorDialog &dialog)
{
    child<QDialogButtonBox>(&dialog, "roleEditorButtons")->button(QDialogButtonBox::Save)->click();
}

} // namespace

// The role editor driven through its widgets, against a temporary database.
class TestRoleEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTripThroughTheStore();
    void sliderAndSpinBoxStayInStep();
    void customTaxonomyEntryUsedInADemand();
    void inUseEntryCannotBeDeleted();
    void everyTemplateYieldsItsArchetype_data();
    void everyTemplateYieldsItsArchetype();
    void reachableFromTheRoleMenu();
    void screenshots();

private:
    core::SqliteStore &store() const { return m_db->store(); }

    std::unique_ptr<test::TemporaryDatabase> m_db;
};

void TestRoleEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRoleEditor::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>();
    QVERIFY2(*m_db, qPrintable(m_db->error()));
}

void TestRoleEditor::roundTripThroughTheStore()
{
    core::Id id = 0;
    {
        ui::RoleEditorDialog dialog(store(), std::nullopt);
        QVERIFY(shown(dialog));
        child<QLineEdit>(&dialog, "roleTitle")->setText(QStringLiteral("Fraud scoring pipeline"));
        child<QPlainTextEdit>(&dialog, "roleDescription")->setPlainText(QStringLiteral("Scores."));
        child<QSlider>(&dialog, "roleBreadthSlider")->setValue(10); // quarter steps: 2.5
        auto *demands = demandModel(dialog);
        QTest::mouseClick(child<QPushButton>(&dialog, "roleAddDemand"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "roleAddDemand"), Qt::LeftButton);
        QCOMPARE(demands->rowCount(), 2);
        using C = ui::DomainDemandModel;
        QVERIFY(demands->setData(demands->index(0, C::DomainColumn), QStringLiteral("streaming")));
        QVERIFY(demands->setData(demands->index(0, C::DepthColumn), 4));
        QVERIFY(demands->setData(demands->index(1, C::DomainColumn), QStringLiteral("performance")));
        QVERIFY(demands->setData(demands->index(1, C::DepthColumn), 3));
        // A domain appears once; depth stays on the 1-4 scale.
        QVERIFY(!demands->setData(demands->index(1, C::DomainColumn), QStringLiteral("streaming")));
        QVERIFY(!demands->setData(demands->index(1, C::DepthColumn), 5));
        QVERIFY(child<QLabel>(&dialog, "roleArchetype")->text().contains(QStringLiteral("pecialist")));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        id = dialog.savedRoleId();
        QVERIFY(id != 0);
    }
    auto role = store().role(id);
    QVERIFY(role.ok());
    QCOMPARE(role->title, std::string("Fraud scoring pipeline"));
    QCOMPARE(role->description, std::string("Scores."));
    QCOMPARE(role->breadthDemand, 2.5);
    const std::map<std::string, int> expected{{"streaming", 4}, {"performance", 3}};
    QCOMPARE(role->domainDemands, expected);

    // Editing loads what was saved and writes back to the same row.
    ui::RoleEditorDialog edit(store(), id);
    QVERIFY(shown(edit));
    QCOMPARE(child<QLineEdit>(&edit, "roleTitle")->text(), QStringLiteral("Fraud scoring pipeline"));
    QCOMPARE(child<QDoubleSpinBox>(&edit, "roleBreadthSpin")->value(), 2.5);
    auto *demands = demandModel(edit);
    QCOMPARE(demands->demands(), expected);
    auto *table = child<QTableView>(&edit, "roleDemandTable");
    table->setCurrentIndex(demands->index(1, 0));
    QTest::mouseClick(child<QPushButton>(&edit, "roleRemoveDemand"), Qt::LeftButton);
    save(edit);
    QCOMPARE(edit.savedRoleId(), id);
    QCOMPARE(store().role(id)->domainDemands.size(), std::size_t(1));
    QCOMPARE(store().roles()->size(), std::size_t(1));
}

void TestRoleEditor::sliderAndSpinBoxStayInStep()
{
    ui::RoleEditorDialog dialog(store(), std::nullopt);
    QVERIFY(shown(dialog));
    auto *slider = child<QSlider>(&dialog, "roleBreadthSlider");
    auto *spin = child<QDoubleSpinBox>(&dialog, "roleBreadthSpin");
    slider->setValue(35);
    QCOMPARE(spin->value(), 8.75);
    spin->setValue(6.25);
    QCOMPARE(slider->value(), 25);
    QCOMPARE(dialog.role().breadthDemand, 6.25);

    // Saving without a title is refused and says why.
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    save(dialog);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("title")));
    QVERIFY(store().roles()->empty());
}

void TestRoleEditor::customTaxonomyEntryUsedInADemand()
{
    ui::RoleEditorDialog dialog(store(), std::nullopt);
    QVERIFY(shown(dialog));
    auto *kind = child<QComboBox>(&dialog, "taxonomyKind");
    kind->setCurrentIndex(kind->findData(int(K::Domain)));
    child<QLineEdit>(&dialog, "taxonomyId")->setText(QStringLiteral("Not Valid"));
    child<QLineEdit>(&dialog, "taxonomyLabel")->setText(QStringLiteral("Geospatial"));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyAdd"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, "taxonomyMessage")->text().contains(QStringLiteral("valid id")));
    QVERIFY(!store().taxonomy()->hasDomain("geo"));

    child<QLineEdit>(&dialog, "taxonomyId")->setText(QStringLiteral("geo"));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyAdd"), Qt::LeftButton);
    QVERIFY(store().taxonomy()->hasDomain("geo"));

    kind->setCurrentIndex(kind->findData(int(K::Layer)));
    child<QLineEdit>(&dialog, "taxonomyId")->setText(QStringLiteral("search-index"));
    child<QLineEdit>(&dialog, "taxonomyLabel")->setText(QStringLiteral("Search indexes"));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyAdd"), Qt::LeftButton);
    QCOMPARE(store().taxonomy()->layerCount(), std::size_t(9));

    // The new domain is offered at once in the demands table.
    child<QLineEdit>(&dialog, "roleTitle")->setText(QStringLiteral("Maps"));
    auto *demands = demandModel(dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, "roleAddDemand"), Qt::LeftButton);
    QVERIFY(demands->setData(demands->index(0, 0), QStringLiteral("geo")));
    QCOMPARE(demands->index(0, 0).data().toString(), QStringLiteral("Geospatial"));
    QVERIFY(demands->setData(demands->index(0, 1), 4));
    save(dialog);
    const auto role = store().role(dialog.savedRoleId());
    QVERIFY(role.ok());
    QCOMPARE(role->domainDemands.at("geo"), 4);
    QCOMPARE(core::Scorer::target(*role).depth, 10.0);
}

void TestRoleEditor::inUseEntryCannotBeDeleted()
{
    QVERIFY(!store().addTaxonomyEntry({K::Domain, "geo", "Geospatial", false}));
    QVERIFY(!store().addTaxonomyEntry({K::Domain, "unused", "Unused", false}));
    core::Role maps;
    maps.title = "Maps";
    maps.breadthDemand = 5.0;
    maps.domainDemands = {{"geo", 3}};
    QVERIFY(store().saveRole(maps).ok());

    ui::RoleEditorDialog dialog(store(), std::nullopt);
    QVERIFY(shown(dialog));
    auto *table = child<QTableView>(&dialog, "taxonomyTable");
    auto rowOf = [table](const QString &id) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 1).data().toString() == id)
                return r;
        }
        return -1;
    };
    QVERIFY(rowOf(QStringLiteral("geo")) >= 0);
    table->selectRow(rowOf(QStringLiteral("geo")));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyDelete"), Qt::LeftButton);
    const QString message = child<QLabel>(&dialog, "taxonomyMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("cannot be deleted")), qPrintable(message));
    QVERIFY(store().taxonomy()->hasDomain("geo"));

    // Renaming an entry in use is allowed.
    child<QLineEdit>(&dialog, "taxonomyLabel")->setText(QStringLiteral("Maps and places"));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyRename"), Qt::LeftButton);
    QCOMPARE(store().taxonomy()->find(K::Domain, "geo")->label, std::string("Maps and places"));

    // An unused one goes.
    table->selectRow(rowOf(QStringLiteral("unused")));
    QTest::mouseClick(child<QPushButton>(&dialog, "taxonomyDelete"), Qt::LeftButton);
    QVERIFY(!store().taxonomy()->hasDomain("unused"));
    QCOMPARE(rowOf(QStringLiteral("unused")), -1);
}

void TestRoleEditor::everyTemplateYieldsItsArchetype_data()
{
    QTest::addColumn<QString>("id");
    const QList<ui::RoleTemplates::Template> templates = ui::RoleTemplates::all();
    QCOMPARE(templates.size(), 9);
    for (const auto &t : templates)
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestRoleEditor::everyTemplateYieldsItsArchetype()
{
    QFETCH(QString, id);
    ui::RoleTemplates::Template tmpl;
    for (const auto &t : ui::RoleTemplates::all()) {
        if (t.id == id)
            tmpl = t;
    }
    QVERIFY(!tmpl.title.isEmpty() && !tmpl.description.isEmpty() && !tmpl.why.isEmpty());

    ui::RoleEditorDialog dialog(store(), std::nullopt);
    auto *combo = child<QComboBox>(&dialog, "roleTemplate");
    const int index = combo->findData(id);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(child<QLineEdit>(&dialog, "roleTitle")->text(), tmpl.title);
    QCOMPARE(child<QLabel>(&dialog, "roleTemplateWhy")->text(), tmpl.why);
    save(dialog);
    const auto role = store().role(dialog.savedRoleId());
    QVERIFY(role.ok());
    QCOMPARE(role->breadthDemand, tmpl.role.breadthDemand);
    QCOMPARE(role->domainDemands, tmpl.role.domainDemands);
    QCOMPARE(core::archetypeId(core::Scorer::target(*role).archetype),
             core::archetypeId(tmpl.archetype));
}

void TestRoleEditor::reachableFromTheRoleMenu()
{
    ui::MainWindow window(store(), m_db->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *newRole = window.findChild<QAction *>(QStringLiteral("actionNewRole"));
    QAction *editRole = window.findChild<QAction *>(QStringLiteral("actionEditRole"));
    QVERIFY(newRole && editRole);
    QVERIFY(!newRole->shortcut().isEmpty() && !editRole->shortcut().isEmpty());
    QVERIFY(newRole->toolTip().contains(newRole->shortcut().toString(QKeySequence::NativeText)));
    bool inMenu = false;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(editRole))
            inMenu = menuAction->menu()->actions().contains(newRole);
    }
    QVERIFY(inMenu);
    // And from the context menu of the sidebar's role and candidate rows.
    auto *tree = window.findChild<QWidget *>(QStringLiteral("sidebarTree"));
    QVERIFY(tree);
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(tree->actions().contains(editRole) && tree->actions().contains(newRole));

    newRole->trigger();
    ui::RoleEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::RoleEditorDialog *>()) != nullptr);
    child<QLineEdit>(dialog, "roleTitle")->setText(QStringLiteral("Search backend"));
    save(*dialog);
    QCOMPARE(store().roles()->size(), std::size_t(1));
    // The window refreshed: the new role is in the sidebar and selected, so Edit Role opens it.
    QTRY_VERIFY(window.findChild<ui::RoleEditorDialog *>() == nullptr);
    editRole->trigger();
    QTRY_VERIFY((dialog = window.findChild<ui::RoleEditorDialog *>()) != nullptr);
    QCOMPARE(child<QLineEdit>(dialog, "roleTitle")->text(), QStringLiteral("Search backend"));
    dialog->reject();
}

void TestRoleEditor::screenshots()
{
    // Always rendered and saved in both palettes; kept where HINDSIGHT_SCREENSHOT_DIR says.
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    QVERIFY(!store().addTaxonomyEntry({K::Domain, "geo", "Geospatial", false}));
    for (const auto &[name, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::RoleEditorDialog dialog(store(), std::nullopt);
        auto *combo = child<QComboBox>(&dialog, "roleTemplate");
        const int index = combo->findData(QStringLiteral("fraud-detection"));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        const QPixmap profile = dialog.grab();
        QVERIFY(!profile.isNull());
        child<QTabWidget>(&dialog, "roleEditorTabs")->setCurrentIndex(1);
        QTest::qWait(20);
        const QPixmap taxonomy = dialog.grab();
        QVERIFY(shots.save(profile.toImage(), QStringLiteral("role-editor-%1.png").arg(name)));
        QVERIFY(shots.save(taxonomy.toImage(),
                           QStringLiteral("role-editor-taxonomy-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestRoleEditor)
#include "tst_roleeditor.moc"
