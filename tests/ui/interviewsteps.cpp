#include "tests/ui/interviewsteps.h"

#include "tests/common/useractions.h"

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/regrets/regretcard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <chrono>

namespace hindsight::test {

QString interviewer()
{
    return QStringLiteral("Rui Interviewer");
}

void prepareInterviewTests(QObject *owner)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(owner));
    ui::Settings().setInterviewerName(interviewer());
}

InterviewDatabase::InterviewDatabase()
{
    if (!m_db)
        return;
    core::Role role;
    role.title = "Payment backend";
    role.breadthDemand = 7.5;
    role.domainDemands = {{"payments", 1}};
    const auto roleId = m_db.store().saveRole(role);
    if (!roleId)
        return;
    const auto candidate = m_db.store().saveCandidate({0, "Noor Haddad", "", *roleId});
    if (candidate)
        m_candidate = *candidate;
}

core::Id addSubmittedInterview(InterviewDatabase &db, const QString &interviewer)
{
    core::Interview i;
    i.candidateId = db.candidate();
    i.interviewer = interviewer.toStdString();
    i.startedAt = std::chrono::floor<std::chrono::milliseconds>(core::Clock::now())
                  - std::chrono::hours(2);
    core::Regret r;
    r.id = 1; // local: the notes below name it
    r.decision = "Hand-rolled retries around the card processor";
    r.level = core::Regret::Level::Domain;
    r.domain = "payments";
    r.depth = 2;
    r.layers = {"databases"};
    i.regrets = {r};
    core::Note said;
    said.atMs = 240'000;
    said.stage = "decision";
    said.text = "Retries doubled some charges";
    said.regretId = 1;
    core::Note quote = said;
    quote.atMs = 300'000;
    quote.text = "we found out from the chargebacks";
    quote.quote = true;
    i.notes = {said, quote};
    auto id = db.store().addInterview(i);
    if (!id || db.store().submitInterview(*id))
        return 0;
    return *id;
}

ui::InterviewWindow *startInterview(InterviewDatabase &db)
{
    ui::InterviewWindow *w = ui::InterviewLauncher::openFor(db.store(), db.path(), db.candidate());
    if (!w || !QTest::qWaitForWindowActive(w))
        return nullptr;
    return w;
}

void closeAndWait(QPointer<ui::InterviewWindow> &window)
{
    window->close();
    QTRY_VERIFY(window.isNull()); // deleted on close, after the writer flushed
}

void note(const QString &text)
{
    QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    type(text);
    press(Qt::Key_Return);
}

QDialog *openReview(ui::InterviewWindow *window)
{
    press(Qt::Key_Return, Qt::ControlModifier);
    QDialog *review = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        review = window->findChild<QDialog *>(QStringLiteral("submitReviewDialog"));
        return review && review->isVisible() && QApplication::activeWindow() == review
               && QApplication::focusWidget() && review->isAncestorOf(QApplication::focusWidget());
    });
    return shown ? review : nullptr;
}

QString focusedName()
{
    const QWidget *w = focused();
    return w ? w->objectName() : QString();
}

QString bannerText(ui::InterviewWindow *window)
{
    auto *banner = window->findChild<QLabel *>(QStringLiteral("interviewBanner"));
    return banner && !banner->isHidden() ? banner->text() : QString();
}

ui::RegretCard *cardOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *c = qobject_cast<const ui::RegretCard *>(w))
            return const_cast<ui::RegretCard *>(c);
    }
    return nullptr;
}

ui::RegretCard *card(ui::InterviewWindow *window, int position)
{
    return window->findChild<ui::RegretCard *>(QStringLiteral("regretCard_%1").arg(position));
}

QString statusText(ui::InterviewWindow *window)
{
    return window->statusBar()->currentMessage();
}

} // namespace hindsight::test
