// QAbstractItemModelTester over every model in ui/, each built on the demo database the way its
// view builds it and then driven as the view drives it: reloads, filters, sorting, edits, rows
// added and removed, with row counts and data checked on the way. The tester checks the model's
// contract after every change it announces. Here the sidebar's, the candidate page's, the live
// interview's and the role editor's models, the chart's table; the committee board's are in
// test_models_board. (The
// sidebar's filter and the board's model and proxy are also tested inside their windows.)

#include "ui/candidate/interviewevidencemodel.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/breadthdepthpanel.h"
#include "ui/charts/chartpointmodel.h"
#include "ui/common/englishplurals.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/interview/mydrafts/draftlistmodel.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/candidatefiltermodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/rolecandidatemodel.h"
#include "ui/mainwindow/shortcutmodel.h"
#include "ui/role/domaindemandmodel.h"
#include "ui/role/taxonomyeditor.h"

#include "tests/common/modeltester.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hindsight;

namespace {

// Every model test_models and test_models_board cover, by class name; everyModelIsCovered() holds
// ui/ to this list.
const QSet<QString> &coveredModels()
{
    static const QSet<QString> names{
        QStringLiteral("BoardModel"),
        QStringLiteral("BoardFilterModel"),
        QStringLiteral("CalibrationModel"),
        QStringLiteral("EvidenceGapModel"),
        QStringLiteral("HistoryModel"),
        QStringLiteral("TeamModel"),
        QStringLiteral("WhoSaidWhatModel"),
        QStringLiteral("CandidateFilterModel"),
        QStringLiteral("RoleCandidateModel"),
        QStringLiteral("ShortcutModel"),
        QStringLiteral("InterviewEvidenceModel"),
        QStringLiteral("NoteLogModel"),
        QStringLiteral("DomainDemandModel"),
        QStringLiteral("DraftListModel"),
        QStringLiteral("ChartPointModel"),
    };
    return names;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyModelIsCovered();
    void roleCandidateModelAndItsFilter();
    void shortcutModel();
    void interviewEvidenceModel();
    void noteLogModel();
    void domainDemandModel();
    void taxonomyEditorTable();
    void draftListModel();
    void chartPointModel();

private:
    core::SqliteStore &store() { return m_db->store(); }

    // The demo data, afresh for each test.
    std::unique_ptr<test::TemporaryDatabase> m_db;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestModels::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>(test::TemporaryDatabase::Demo);
    QVERIFY2(*m_db, qPrintable(m_db->error()));
}

// A model added to ui/ without a tester here fails this test.
void TestModels::everyModelIsCovered()
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s+(?:final\s+)?:\s+public\s+)"
                       R"((?:QAbstract\w*Model|Q\w*ProxyModel|QStandardItemModel)\b)"));
    QSet<QString> found;
    QDirIterator it(QStringLiteral(HINDSIGHT_SOURCE_DIR "/ui"), {QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile header(it.next());
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(header.readAll());
        for (auto match = declaration.globalMatch(text); match.hasNext();)
            found.insert(match.next().captured(1));
    }
    QVERIFY(found.size() >= 13);
    for (const QString &name : found)
        QVERIFY2(coveredModels().contains(name),
                 qPrintable(name + QStringLiteral(" has no tester")));
    for (const QString &name : coveredModels())
        QVERIFY2(found.contains(name), qPrintable(name + QStringLiteral(" is no longer in ui/")));
}

void TestModels::roleCandidateModelAndItsFilter()
{
    ui::RoleCandidateModel model(store());
    test::testModel(&model);
    QVERIFY(!model.reload());
    // Roles by title, each "Title (count)", candidates by name under them.
    QCOMPARE(model.roleCount(), 4);
    QCOMPARE(model.candidateCount(), 15);
    QCOMPARE(test::rowsBelow(model), 4 + 15);
    QCOMPARE(test::columnTexts(model, ui::RoleCandidateModel::NameColumn),
             QStringList({QStringLiteral("Early-stage product engineer (4)"),
                          QStringLiteral("Fraud scoring pipeline (4)"),
                          QStringLiteral("Ledger and compliance lead (3)"),
                          QStringLiteral("Payment backend (4)")}));
    const QModelIndex payment = model.index(3, 0);
    QCOMPARE(test::columnTexts(model, ui::RoleCandidateModel::NameColumn, payment),
             QStringList({QStringLiteral("Amara Nwosu"), QStringLiteral("Gita Raman"),
                          QStringLiteral("Lars Eriksen"), QStringLiteral("Mateus Oliveira")}));
    const core::Id gita = m_db->candidateId("Gita Raman");
    const QModelIndex gitaIndex = model.indexOfCandidate(gita);
    QCOMPARE(gitaIndex.data().toString(), QStringLiteral("Gita Raman"));
    QCOMPARE(gitaIndex.parent(), payment);
    QCOMPARE(gitaIndex.data(ui::RoleCandidateModel::IdRole).value<core::Id>(), gita);
    QCOMPARE(gitaIndex.data(ui::RoleCandidateModel::KindRole).value<ui::RoleCandidateModel::Kind>(),
             ui::RoleCandidateModel::Kind::Candidate);
    QVERIFY(gitaIndex.data(ui::RoleCandidateModel::FitRole).isValid());
    QCOMPARE(model.indexOfRole(m_db->roleId("Payment backend")), payment);

    ui::CandidateFilterModel filter;
    test::testModel(&filter);
    filter.setSourceModel(&model);
    QCOMPARE(filter.visibleCandidateCount(), 15);
    // A name, accents ignored: the role stays with its one match.
    filter.setFilterText(QStringLiteral("sofia"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(test::columnTexts(filter, 0, filter.index(0, 0)),
             QStringList{QStringLiteral("Sofía Martínez")});
    // A role title keeps the role with all of its candidates.
    filter.setFilterText(QStringLiteral("FRAUD"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.visibleCandidateCount(), 4);
    filter.setFilterText(QStringLiteral("zzz"));
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.visibleCandidateCount(), 0);
    // Sorting as a header click does, both ways, then back to the model's order.
    filter.setFilterText(QString());
    filter.sort(ui::RoleCandidateModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Payment backend (4)"));
    QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(),
             QStringLiteral("Mateus Oliveira"));
    filter.sort(-1);
    QCOMPARE(filter.index(0, 0).data().toString(),
             QStringLiteral("Early-stage product engineer (4)"));

    // A candidate added behind the model's back appears on reload, filtered or not.
    filter.setFilterText(QStringLiteral("payment"));
    QVERIFY(store().saveCandidate({0, "Ada Newcomer", "", m_db->roleId("Payment backend")}));
    QVERIFY(!model.reload());
    QCOMPARE(model.candidateCount(), 16);
    QCOMPARE(filter.visibleCandidateCount(), 5);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Payment backend (5)"));
    filter.setFilterText(QStringLiteral("newcomer"));
    QCOMPARE(filter.visibleCandidateCount(), 1);
    filter.setFilterText(QString());
    QCOMPARE(filter.visibleCandidateCount(), 16);
}

void TestModels::shortcutModel()
{
    ui::MainWindow window(store(), m_db->path());
    const QList<QAction *> actions = window.actions()->actions();
    ui::ShortcutModel model(actions);
    test::testModel(&model);
    QCOMPARE(model.rowCount(), actions.size());
    QCOMPARE(model.columnCount(), int(ui::ShortcutModel::ColumnCount));
    int quitRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!model.index(r, ui::ShortcutModel::ActionColumn).data().toString().isEmpty());
        if (model.index(r, ui::ShortcutModel::ActionColumn).data().toString() == u"Quit")
            quitRow = r;
    }
    QVERIFY(quitRow >= 0);
    const QModelIndex quitKeys = model.index(quitRow, ui::ShortcutModel::ShortcutColumn);
    QCOMPARE(quitKeys.data().toString(),
             QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
    // The model reads the actions live: a changed shortcut shows at once.
    QAction *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    QCOMPARE(quitKeys.data().toString(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText));
}

void TestModels::interviewEvidenceModel()
{
    const auto taxonomy = store().taxonomy();
    QVERIFY(taxonomy);
    ui::InterviewEvidenceModel model;
    test::testModel(&model);
    QCOMPARE(model.rowCount(), 0);

    for (const char *name : {"Lars Eriksen", "Rahul Mehta", "Gita Raman"}) {
        const auto interviews = store().interviews(m_db->candidateId(name));
        QVERIFY(interviews && !interviews->empty());
        model.setInterviews(*interviews, ui::TaxonomyText(*taxonomy));
        // Each interview on top; under it its regrets and the notes of none; a regret's notes
        // under the regret.
        QCOMPARE(model.rowCount(), int(interviews->size()));
        int items = 0;
        for (const core::Interview &i : *interviews)
            items += int(i.regrets.size() + i.notes.size());
        QCOMPARE(test::rowsBelow(model), int(interviews->size()) + items);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex top = model.index(r, 0);
            QCOMPARE(model.kind(top), ui::InterviewEvidenceModel::Kind::Interview);
            QCOMPARE(model.interview(top)->id, (*interviews)[std::size_t(r)].id);
            for (const core::Regret &regret : (*interviews)[std::size_t(r)].regrets) {
                const QModelIndex at = model.indexOfRegret(regret.id);
                QVERIFY(at.isValid());
                QCOMPARE(at.parent(), top);
                QCOMPARE(model.kind(at), ui::InterviewEvidenceModel::Kind::Regret);
                QCOMPARE(model.regret(at)->id, regret.id);
                for (int n = 0; n < model.rowCount(at); ++n) {
                    const core::Note *note = model.note(model.index(n, 0, at));
                    QVERIFY(note);
                    QCOMPARE(note->regretId, regret.id);
                }
            }
        }
    }
    model.setInterviews({}, ui::TaxonomyText(*taxonomy));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::noteLogModel()
{
    const auto interviews = store().interviews(m_db->candidateId("Gita Raman"));
    QVERIFY(interviews && !interviews->empty());
    const std::vector<core::Note> notes = interviews->front().notes;
    QVERIFY(notes.size() >= 5);

    ui::NoteLogModel model;
    test::testModel(&model);
    model.setRegretLabel([](ui::NoteLogModel::Key key) {
        return QStringLiteral("Regret %1").arg(key);
    });
    // Put newest first: the log keeps offset order, and notes of one offset in the order they
    // were first put.
    std::vector<std::pair<ui::NoteLogModel::Key, core::Note>> put;
    for (std::size_t i = notes.size(); i-- > 0;)
        put.emplace_back(ui::NoteLogModel::Key(i + 1), notes[i]);
    for (const auto &[key, note] : put)
        model.put(key, note);
    QCOMPARE(model.rowCount(), int(notes.size()));
    std::vector<std::pair<ui::NoteLogModel::Key, core::Note>> expected = put;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto &a, const auto &b) { return a.second.atMs < b.second.atMs; });
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.keyAt(r), expected[std::size_t(r)].first);
        QCOMPARE(model.rowOf(expected[std::size_t(r)].first), r);
        QCOMPARE(model.index(r, 0).data(ui::NoteLogModel::QuoteRole).toBool(),
                 expected[std::size_t(r)].second.quote);
    }

    // An edit keeps the row where it is; a removal and a put again bring it back to its place.
    const ui::NoteLogModel::Key key = model.keyAt(2);
    core::Note edited = *model.note(key);
    edited.text = "Edited in place";
    model.put(key, edited);
    QCOMPARE(model.rowOf(key), 2);
    QCOMPARE(model.index(2, ui::NoteLogModel::TextColumn).data(Qt::EditRole).toString(),
             QStringLiteral("Edited in place"));
    model.remove(key);
    QCOMPARE(model.rowCount(), int(notes.size()) - 1);
    QCOMPARE(model.rowOf(key), -1);
    model.put(key, edited);
    QCOMPARE(model.rowOf(key), 2);
    model.regretsChanged();

    // Editing the text in a view asks for the change; it does not make it.
    QSignalSpy requested(&model, &ui::NoteLogModel::textEditRequested);
    const QModelIndex text = model.index(0, ui::NoteLogModel::TextColumn);
    QVERIFY(model.flags(text) & Qt::ItemIsEditable);
    QVERIFY(model.setData(text, QStringLiteral("Asked for")));
    QCOMPARE(requested.size(), 1);
    QVERIFY(text.data(Qt::EditRole).toString() != u"Asked for");
    model.setEditable(false);
    QVERIFY(!(model.flags(text) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(text, QStringLiteral("Refused")));
    QCOMPARE(requested.size(), 1);

    for (const auto &[k, note] : put)
        model.remove(k);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::domainDemandModel()
{
    const auto taxonomy = store().taxonomy();
    QVERIFY(taxonomy);
    ui::DomainDemandModel model;
    test::testModel(&model);
    model.setTaxonomy(*taxonomy);
    const core::Role fraud = *store().role(m_db->roleId("Fraud scoring pipeline"));
    model.setDemands(fraud.domainDemands);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.demands(), fraud.domainDemands);
    using C = ui::DomainDemandModel;

    // A row for the first free domain; a domain appears once; depth stays on 1-4.
    const int added = model.addDemand();
    QCOMPARE(added, 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.setData(model.index(added, C::DomainColumn), QStringLiteral("streaming")));
    QVERIFY(model.setData(model.index(added, C::DomainColumn), QStringLiteral("payments")));
    QVERIFY(!model.setData(model.index(added, C::DepthColumn), 5));
    QVERIFY(!model.setData(model.index(added, C::DepthColumn), 0));
    QVERIFY(model.setData(model.index(added, C::DepthColumn), 2));
    QCOMPARE(model.index(added, C::DepthColumn).data(Qt::EditRole).toInt(), 2);
    QVERIFY(!model.index(added, C::MeaningColumn).data().toString().isEmpty());
    QCOMPARE(model.demands().at("payments"), 2);

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.removeRows(2, 1));
    QVERIFY(!model.demands().contains("performance"));
    // Every domain taken: no more rows to add.
    while (model.addDemand() >= 0) {}
    QCOMPARE(model.rowCount(), int(taxonomy->domains().size()));
    QVERIFY(model.removeRows(0, model.rowCount()));
    QCOMPARE(model.rowCount(), 0);
}

// Not a model of ours, but the rows the taxonomy editor puts into it are.
void TestModels::taxonomyEditorTable()
{
    ui::TaxonomyEditor editor(store());
    auto *table = test::child<QTableView>(&editor, "taxonomyTable");
    QVERIFY(table && table->model());
    test::testModel(table->model());
    const int before = table->model()->rowCount();
    test::child<QLineEdit>(&editor, "taxonomyId")->setText(QStringLiteral("geo"));
    test::child<QLineEdit>(&editor, "taxonomyLabel")->setText(QStringLiteral("Geospatial"));
    test::child<QPushButton>(&editor, "taxonomyAdd")->click();
    QCOMPARE(table->model()->rowCount(), before + 1);
    QVERIFY(test::columnTexts(*table->model(), 2).contains(u"Geospatial"));
}

void TestModels::draftListModel()
{
    // The demo has one draft by Sam Okafor and one by Tomás Herrera.
    ui::DraftListModel model(store(), core::Interviewer("Sam Okafor", "sam.okafor@example.org"));
    test::testModel(&model);
    QVERIFY(!model.reload());
    QCOMPARE(test::columnTexts(model, ui::DraftListModel::CandidateColumn),
             QStringList{QStringLiteral("Lars Eriksen")});
    QCOMPARE(model.hiddenCount(), 1);
    model.setShowOthers(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.hiddenCount(), 0);

    // A new draft comes in at the top, the most recently written; discarded, it leaves.
    core::Interview draft;
    draft.candidateId = m_db->candidateId("Chen Wei");
    draft.interviewer = "Sam Okafor";
    const core::Id id = *store().addInterview(draft);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.index(0, ui::DraftListModel::CandidateColumn).data().toString(),
             QStringLiteral("Chen Wei"));
    QVERIFY(model.isMine(0));
    QVERIFY(!store().discardDraft(id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(id), -1);
    model.setShowOthers(false);
    QCOMPARE(model.rowCount(), 1);
}

// The breadth-versus-depth chart's table alternative, fed by the chart as the panel feeds it, sorted
// by the table's proxy on the raw figures.
void TestModels::chartPointModel()
{
    ui::BreadthDepthPanel panel;
    test::testModel(panel.model());
    test::testModel(panel.table()->model());
    using C = ui::BreadthDepthChart::Candidate;
    panel.chart()->setCandidates(
        {C{1, QStringLiteral("Ann"), 10.0, 2.5, 40, {core::Risk::UnderDepth}, {}},
         C{2, QStringLiteral("Bo"), 2.5, 10.0, 90, {core::Risk::GoodMatch}, {}},
         C{3, QStringLiteral("Cy"), 7.5, 5.0, 65, {}, {}}});
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->columnCount(), int(ui::ChartPointModel::ColumnCount));
    // Fit, highest first, as the table opens; then breadth on the number, not the text ("10" < "2.5").
    QCOMPARE(test::columnTexts(*panel.table()->model(), ui::ChartPointModel::NameColumn),
             (QStringList{QStringLiteral("Bo"), QStringLiteral("Cy"), QStringLiteral("Ann")}));
    panel.table()->sortByColumn(ui::ChartPointModel::BreadthColumn, Qt::AscendingOrder);
    QCOMPARE(test::columnTexts(*panel.table()->model(), ui::ChartPointModel::NameColumn),
             (QStringList{QStringLiteral("Bo"), QStringLiteral("Cy"), QStringLiteral("Ann")}));
    QCOMPARE(test::columnTexts(*panel.model(), ui::ChartPointModel::RisksColumn).first(),
             ui::Terms::risk(core::Risk::UnderDepth));
    panel.chart()->setCandidates({});
    QCOMPARE(panel.table()->model()->rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
