#pragma once

// What the report tests share: the demo database, where their PDFs go, and the demo's figures,
// names and quotes to look for in them. A test class derives from QObject and from this.

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"

#include "core/ids.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace hindsight::ui {
struct ReportRequest;
}

namespace hindsight::test {

class ReportFixture
{
    Q_DISABLE_COPY_MOVE(ReportFixture)

protected:
    ReportFixture();
    ~ReportFixture();

    // For initTestCase: the demo data is in and poppler's tools are there to read PDFs back.
    void checkReady();

    // Where a PDF or screenshot a person may want to look at goes: HINDSIGHT_SCREENSHOT_DIR when
    // set, otherwise a temporary folder.
    QString output(const QString &name) const;
    core::Id roleId(const std::string &title) const;
    core::Id candidateId(const std::string &name) const;
    QStringList candidateNames(core::Id roleId) const;
    // The candidate's quotes as a reader sees them: in typographic quotes.
    QStringList quotes(core::Id candidateId) const;
    // The report built and written to output(name); its path, or empty when it failed.
    QString write(const ui::ReportRequest &request, const QString &name);

    TemporaryDatabase m_db{TemporaryDatabase::Demo};
    ScreenshotFolder m_shots;
    QTemporaryDir m_out; // for files a test means to fail on or throw away
};

} // namespace hindsight::test
