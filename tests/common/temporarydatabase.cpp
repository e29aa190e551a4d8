#include "tests/common/temporarydatabase.h"

#include "ui/interchange/errortext.h"
#include "ui/interchange/jsonimporter.h"

#include <QStandardPaths>

namespace hindsight::test {

QString demoFile()
{
    return QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/demo/demo.json");
}

QString scenarioFile()
{
    return QStringLiteral(HINDSIGHT_ACCEPTANCE_DIR "/scenario.json");
}

core::Id roleIdByTitle(core::Store &store, std::string_view title)
{
    const auto roles = store.roles();
    if (!roles)
        return 0;
    for (const core::Role &role : *roles) {
        if (role.title == title)
            return role.id;
    }
    return 0;
}

core::Id candidateIdByName(core::Store &store, std::string_view name)
{
    const auto candidates = store.candidates();
    if (!candidates)
        return 0;
    for (const core::Candidate &candidate : *candidates) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

TemporaryDatabase::TemporaryDatabase(Contents contents, const QString &fileName)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return;
    }
    m_path = m_dir.filePath(fileName);
    if (!reopen())
        return;
    if (contents == Demo && !importFile(demoFile()))
        m_store.reset();
}

TemporaryDatabase::~TemporaryDatabase() = default;

core::SqliteStore &TemporaryDatabase::store() const
{
    if (!m_store)
        qFatal("TemporaryDatabase::store() on a database that is not open: %s", qPrintable(m_error));
    return *m_store;
}

QString TemporaryDatabase::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

bool TemporaryDatabase::importFile(const QString &jsonFile)
{
    if (const auto failure = interchange::JsonImporter::importFile(store(), jsonFile)) {
        m_error = failure->sentence();
        return false;
    }
    return true;
}

std::unique_ptr<core::SqliteStore> TemporaryDatabase::connect() const
{
    auto opened = core::SqliteStore::open(m_path.toStdString());
    return opened ? std::move(*opened) : nullptr;
}

void TemporaryDatabase::close()
{
    m_store.reset();
}

bool TemporaryDatabase::reopen()
{
    m_store.reset();
    auto opened = core::SqliteStore::open(m_path.toStdString());
    if (!opened) {
        m_error = interchange::ErrorText::describe(opened.error());
        return false;
    }
    m_store = std::move(*opened);
    m_error.clear();
    return true;
}

} // namespace hindsight::test
