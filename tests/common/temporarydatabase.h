#pragma once

// A database of the application's own kind in a temporary folder, so a test starts from a known
// state and never touches the user's data.

#include "core/ids.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string_view>

namespace hindsight::test {

// resources/demo/demo.json: four roles and fifteen candidates, what `hindsight --demo` shows
// (without the team the demo database places on the payment backend).
QString demoFile();
// The shared acceptance scenario: four roles, 28 candidates, figures fixed in advance.
QString scenarioFile();

// The id of the role with this title, or of the candidate with this name; 0 when there is none.
core::Id roleIdByTitle(core::Store &store, std::string_view title);
core::Id candidateIdByName(core::Store &store, std::string_view name);

// A SQLite database in its own temporary folder, removed with the object, open on construction
// and filled with the demo data when asked. It turns on QStandardPaths' test mode, so settings and
// application data a window reads go to a test location too.
//
//     test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
//     QVERIFY2(db, qPrintable(db.error()));
//     ui::MainWindow window(db.store(), db.path());
class TemporaryDatabase final
{
    Q_DISABLE_COPY_MOVE(TemporaryDatabase)

public:
    enum Contents { Empty, Demo };

    explicit TemporaryDatabase(Contents contents = Empty,
                               const QString &fileName = QStringLiteral("hindsight.sqlite3"));
    ~TemporaryDatabase();

    // Open, and filled as asked; otherwise error() says what failed.
    bool isOpen() const { return m_store != nullptr; }
    explicit operator bool() const { return isOpen(); }
    const QString &error() const { return m_error; }

    // The open store; only while isOpen().
    core::SqliteStore &store() const;
    const QString &path() const { return m_path; }
    // The temporary folder, and another file in it, removed with it.
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const;

    // Imports an interchange file as File → Import does; false, with error() saying where the
    // file was refused, when it is.
    bool importFile(const QString &jsonFile);

    // What another process would see: a second connection to the same file, or null.
    std::unique_ptr<core::SqliteStore> connect() const;
    // Closes the store, so the file is whole on disk (its write-ahead log checkpointed) for a
    // test that copies or compares it, or lets another process open it alone.
    void close();
    // Opens the file again after close(); false, with error() saying why, when it cannot.
    bool reopen();

    core::Id roleId(std::string_view title) const { return roleIdByTitle(store(), title); }
    core::Id candidateId(std::string_view name) const { return candidateIdByName(store(), name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<core::SqliteStore> m_store;
};

} // namespace hindsight::test
