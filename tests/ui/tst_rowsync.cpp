// RowSync: models that follow the store change their rows in place — removals, moves and
// insertions instead of a reset — so persistent indexes (a view's selection and current row) stay
// on the same entity. Checked on a small list model with random changes, and on the sidebar's
// tree model while roles are renamed (their rows move) and candidates come and go.

#include "ui/common/rowsync.h"
#include "ui/mainwindow/rolecandidatemodel.h"

#include "tests/common/modeltester.h"
#include "tests/common/temporarydatabase.h"

#include <QAbstractListModel>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace hindsight;

namespace {

// Rows are keys; the display text is the key, so a test can see which row is where.
class KeyListModel final : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_rows[std::size_t(index.row())];
    }
    void sync(std::vector<int> next)
    {
        ui::syncRows(
            m_rows, std::move(next), [](int key) { return key; },
            ui::rowSignalsFor(this, [] { return QModelIndex(); }));
    }
    const std::vector<int> &rows() const { return m_rows; }

private:
    friend ui::RowSignals ui::rowSignalsFor<KeyListModel>(KeyListModel *,
                                                          std::function<QModelIndex()>);
    std::vector<int> m_rows;
};

} // namespace

class TestRowSync final : public QObject
{
    Q_OBJECT

private slots:
    void randomChangesKeepPersistentIndexes();
    void keptOrderIsNotAReset();
    void sidebarModelFollowsRenamesInPlace();
};

void TestRowSync::randomChangesKeepPersistentIndexes()
{
    KeyListModel model;
    test::testModel(&model);
    QRandomGenerator rng(20261202);
    std::vector<int> keys;
    for (int round = 0; round < 200; ++round) {
        // Drop some keys, add some new ones, shuffle part of the order.
        std::vector<int> next;
        for (int k : keys) {
            if (rng.bounded(5) != 0)
                next.push_back(k);
        }
        for (int i = int(rng.bounded(4)); i > 0; --i)
            next.insert(next.begin() + qsizetype(rng.bounded(int(next.size()) + 1)),
                        1000 * round + i);
        if (next.size() > 2 && rng.bounded(3) == 0)
            std::swap(next[rng.bounded(int(next.size()))], next[rng.bounded(int(next.size()))]);

        // A persistent index on every kept row must still point at the same key afterwards.
        std::vector<std::pair<QPersistentModelIndex, int>> watched;
        for (int row = 0; row < model.rowCount(); ++row)
            watched.emplace_back(model.index(row), model.rows()[std::size_t(row)]);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sync(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rows(), next);
        for (const auto &[index, key] : watched) {
            const bool kept = std::find(next.begin(), next.end(), key) != next.end();
            QCOMPARE(index.isValid(), kept);
            if (kept)
                QCOMPARE(index.data().toInt(), key);
        }
        keys = next;
    }
}

void TestRowSync::keptOrderIsNotAReset()
{
    KeyListModel model;
    model.sync({1, 2, 3, 4});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.sync({1, 2, 3, 4});
    QCOMPARE(inserted.count() + removed.count() + moved.count(), 0);
    // One run of removed rows is one signal.
    model.sync({1, 4});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 2);
}

void TestRowSync::sidebarModelFollowsRenamesInPlace()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::RoleCandidateModel model(db.store());
    test::testModel(&model);
    QVERIFY(!model.reload());
    const core::Id payment = db.roleId("Payment backend");
    const core::Id gita = db.candidateId("Gita Raman");
    QPersistentModelIndex gitaRow(model.indexOfCandidate(gita));
    QPersistentModelIndex paymentRow(model.indexOfRole(payment));
    QVERIFY(gitaRow.isValid() && paymentRow.isValid());
    QCOMPARE(paymentRow.row(), model.rowCount() - 1); // "Payment backend" sorts last
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Renamed to sort first: the role row moves up with its candidates, announced by the store.
    core::Role role = *db.store().role(payment);
    role.title = "Accounts backend";
    QVERIFY(db.store().saveRole(role));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(paymentRow.row(), 0);
    QVERIFY(paymentRow.data().toString().startsWith(u"Accounts backend"));
    QVERIFY(gitaRow.isValid());
    QCOMPARE(gitaRow.parent(), QModelIndex(paymentRow));
    QCOMPARE(gitaRow.data(ui::RoleCandidateModel::IdRole).value<core::Id>(), gita);

    // A candidate added before Gita by name shifts her row: the persistent index follows it.
    const int gitaBefore = gitaRow.row();
    QVERIFY(db.store().saveCandidate({0, "Aaron Abel", "", payment}));
    QCOMPARE(gitaRow.row(), gitaBefore + 1);
    QCOMPARE(gitaRow.data(ui::RoleCandidateModel::IdRole).value<core::Id>(), gita);
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestRowSync)
#include "tst_rowsync.moc"
