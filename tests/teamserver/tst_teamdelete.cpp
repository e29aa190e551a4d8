// Candidate → Delete Candidate… on a team server: the confirmation names the candidate and what
// goes, the deletion goes through the store in one transaction, and a candidate a colleague is
// still interviewing is refused with that reason and kept whole (the server's key sees the
// colleague's draft even though this login cannot).

#include "tests/common/failure.h"
#include "tests/teamserver/teamdraft.h"
#include "tests/teamserver/teamserver.h"

#include "ui/candidate/candidatedeleter.h"
#include "ui/common/dialogs.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

using namespace hindsight;
using test::TeamDraft;
using test::TeamServer;

class TestTeamDelete : public QObject
{
    Q_OBJECT

private slots:
    void refusedWhileAColleagueInterviewsThenDeleted();
};

void TestTeamDelete::refusedWhileAColleagueInterviewsThenDeleted()
{
    TeamServer server;
    QVERIFY2(server, server.error().c_str());
    // Alice's draft of Kai, submitted: committee data Bob may delete.
    auto draft = TeamDraft::create(server);
    QVERIFY2(draft, test::failure(draft).c_str());
    auto alice = TeamDraft::open(server, TeamServer::alice());
    QVERIFY2(alice, test::failure(alice).c_str());
    QVERIFY(!(*alice)->submitInterview(draft->interviewId));
    // Alice has started a second interview of Kai: a draft Bob cannot see.
    core::Interview second;
    second.candidateId = draft->candidateId;
    second.interviewer = TeamServer::alice().interviewer.name;
    auto secondId = (*alice)->addInterview(second);
    QVERIFY2(secondId, test::failure(secondId).c_str());

    auto bob = TeamDraft::open(server, TeamServer::bob());
    QVERIFY2(bob, test::failure(bob).c_str());
    ui::Dialogs::setNextAnswer(QMessageBox::Ok); // the confirmation
    // The refusal is a message box of its own (Dialogs answers one question at a time): closed
    // once shown.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(100);
    QVERIFY(ui::CandidateDeleter::run(nullptr, **bob, draft->candidateId).isEmpty());
    const QString refusal = ui::Dialogs::lastMessage();
    QVERIFY2(refusal.contains(QStringLiteral("Kai Team")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("still interviewing")), qPrintable(refusal));
    QVERIFY((*bob)->candidate(draft->candidateId));
    auto kept = (*alice)->interview(*secondId);
    QVERIFY2(kept, test::failure(kept).c_str());

    closer.stop();
    // Alice discards her draft: now the deletion goes through, and the confirmation named what
    // goes.
    QVERIFY(!(*alice)->discardDraft(*secondId));
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    const QString done = ui::CandidateDeleter::run(nullptr, **bob, draft->candidateId);
    const QString asked = ui::Dialogs::lastMessage();
    QVERIFY2(asked.contains(QStringLiteral("Kai Team")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("1 submitted interview")), qPrintable(asked));
    QVERIFY2(done.contains(QStringLiteral("Kai Team")), qPrintable(done));
    QCOMPARE((*bob)->candidate(draft->candidateId).error().code, core::Error::Code::NotFound);
    QCOMPARE((*alice)->interview(draft->interviewId).error().code, core::Error::Code::NotFound);
}

QTEST_MAIN(TestTeamDelete)
#include "tst_teamdelete.moc"
