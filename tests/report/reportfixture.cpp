#include "tests/report/reportfixture.h"

#include "ui/common/terms.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include <QProcess>
#include <QTest>

namespace hindsight::test {

ReportFixture::ReportFixture() = default;

ReportFixture::~ReportFixture() = default;

void ReportFixture::checkReady()
{
    QVERIFY2(m_db, qPrintable(m_db.error()));
    QVERIFY(m_shots.isValid() && m_out.isValid());
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    QVERIFY2(probe.waitForFinished(10000),
             "pdftotext is missing: packaging/install-deps.sh installs poppler-utils");
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--version")});
    QVERIFY2(qpdf.waitForFinished(10000), "qpdf is missing: packaging/install-deps.sh installs it");
}

QString ReportFixture::output(const QString &name) const
{
    return m_shots.filePath(name);
}

core::Id ReportFixture::roleId(const std::string &title) const
{
    return m_db.roleId(title);
}

core::Id ReportFixture::candidateId(const std::string &name) const
{
    return m_db.candidateId(name);
}

QStringList ReportFixture::candidateNames(core::Id role) const
{
    QStringList names;
    for (const core::Candidate &c : *m_db.store().candidates(role))
        names << QString::fromStdString(c.name);
    return names;
}

QStringList ReportFixture::quotes(core::Id candidate) const
{
    QStringList list;
    for (const core::Interview &i : *m_db.store().interviews(candidate)) {
        if (!i.submitted)
            continue;
        for (const core::Note &n : i.notes) {
            if (n.quote)
                list << ui::Terms::quoted(QString::fromStdString(n.text)).simplified();
        }
    }
    return list;
}

QString ReportFixture::write(const ui::ReportRequest &request, const QString &name)
{
    auto report = ui::Reports::build(m_db.store(), request);
    if (!report)
        return {};
    const QString path = output(name);
    if (ui::ReportPrinter().writePdf(**report, path))
        return {};
    return path;
}

} // namespace hindsight::test
