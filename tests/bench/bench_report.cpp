// The committee pack of DESIGN.md's performance targets: a role with 50 candidates, read from the
// store, laid out and written as PDF, in at most 2 s with at most 250 MB resident. Run by hand:
//   build/tests/bench/bench_report [--candidates N] [--pdf FILE]
// It prints the time of each run and the peak resident memory of the process.

#include "tests/common/generateddataset.h"
#include "tests/common/testfiles.h"

#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "core/storage/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace hindsight;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("candidates"), QStringLiteral("Candidates of the role."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("Keep the pack at <file>."),
                      QStringLiteral("file")});
    parser.process(app);
    const int wanted = parser.value(QStringLiteral("candidates")).toInt();

    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(QStringLiteral("bench.sqlite3")));
    // The generator spreads candidates over five roles: five times as many gives one role about
    // `wanted`; the busiest role is the one measured.
    if (!store || test::writeThroughStore(*store, test::generateDataset(wanted * 5))) {
        std::fprintf(stderr, "could not generate the database\n");
        return 1;
    }
    std::map<core::Id, int> perRole;
    for (const core::Candidate &c : *store->candidates())
        ++perRole[c.roleId];
    const auto busiest = std::max_element(perRole.begin(), perRole.end(),
                                          [](auto &a, auto &b) { return a.second < b.second; });
    std::printf("role %lld with %d candidates\n", static_cast<long long>(busiest->first),
                busiest->second);

    const QString pdf = parser.isSet(QStringLiteral("pdf"))
                            ? parser.value(QStringLiteral("pdf"))
                            : dir.filePath(QStringLiteral("pack.pdf"));
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto report = ui::Reports::build(*store, {ui::ReportRequest::Kind::CommitteePack,
                                                  busiest->first, false});
        if (!report) {
            std::fprintf(stderr, "could not build the pack\n");
            return 1;
        }
        const qint64 built = timer.elapsed();
        if (auto failure = ui::ReportPrinter().writePdf(**report, pdf)) {
            std::fprintf(stderr, "%s\n", qPrintable(failure->sentence()));
            return 1;
        }
        std::printf("run %d: %lld ms (read and laid out in %lld ms), %lld KiB PDF\n", run,
                    timer.elapsed(), built, QFileInfo(pdf).size() / 1024);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %ld MiB\n", usage.ru_maxrss / 1024);
    return 0;
}
