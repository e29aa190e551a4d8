// The child of tst_offlinekill: an interviewer typing into a live interview on a team server,
// through the real DraftWriter, until it is killed with kill -9.
//
//     offlinetypist URI LOGIN PASSWORD INTERVIEW_ID
//
// It saves "before the outage" and waits until it is on the server ("saved" on stdout), then
// waits for "type" on stdin (the parent stops the server meanwhile) and from then on enters a
// note every TypingIntervalMs, "offline note N", saying "typed N" on stdout once each is handed
// to the writer, and "kept" when the writer first reports the notes kept in the journal. It never
// ends by itself.

#include "ui/common/storelocation.h"
#include "ui/interview/drafts/draftwriter.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace hindsight;
using ui::DraftWriter;

namespace {

constexpr int TypingIntervalMs = 40;

void say(const std::string &line)
{
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

core::Note note(const std::string &text, int atMs)
{
    return {0, 0, atMs, "decision", text, 0, false, {}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fputs("usage: offlinetypist URI LOGIN PASSWORD INTERVIEW_ID\n", stderr);
        return 2;
    }
    const auto location = ui::StoreLocation::server(QString::fromLocal8Bit(argv[1]),
                                                    QString::fromLocal8Bit(argv[2]),
                                                    QString::fromLocal8Bit(argv[3]));
    const core::Id interviewId = std::stoll(argv[4]);

    DraftWriter writer(location, interviewId);
    writer.saveNote(writer.newKey(), note("before the outage", 1000));
    if (!writer.waitUntilSaved(60000)) {
        std::fputs("offlinetypist: the first note did not reach the server\n", stderr);
        return 1;
    }
    say("saved");

    std::string command;
    if (!std::getline(std::cin, command) || command != "type") {
        std::fputs("offlinetypist: expected \"type\" on stdin\n", stderr);
        return 1;
    }
    QObject::connect(&writer, &DraftWriter::stateChanged, [](DraftWriter::State state) {
        static bool said = false;
        if (state == DraftWriter::State::Kept && !std::exchange(said, true))
            say("kept");
    });
    int n = 0;
    QTimer typing;
    typing.setInterval(TypingIntervalMs);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        writer.saveNote(writer.newKey(), note("offline note " + std::to_string(n), 2000 + 1000 * n));
        say("typed " + std::to_string(n));
        ++n;
    });
    typing.start();
    return QCoreApplication::exec();
}
