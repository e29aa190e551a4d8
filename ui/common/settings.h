#pragma once

#include "core/interviewer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace hindsight::ui {

// The one place that knows every settings key of Hindsight, with its type and default. Tests use a
// separate file through the second constructor instead of the user's settings.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // The application's settings (organisation and application name of QCoreApplication).
    Settings();
    // Settings kept in an INI file of their own, for tests.
    explicit Settings(const QString &iniFile);
    ~Settings();

    // The name interviews are recorded under ("interviewer/name"); the system user's name when
    // never set, so a draft can be reopened by the same person without asking.
    QString interviewerName() const;
    void setInterviewerName(const QString &name);

    static QString systemUserName();
    // The system user's full name (the account's GECOS field), else systemUserName(): what the
    // first start proposes.
    static QString systemUserFullName();
    // The interviewer's e-mail ("interviewer/email"), empty when not given.
    QString interviewerEmail() const;
    void setInterviewerEmail(const QString &email);
    // Both, as interviews record them and drafts are found by (core::Interviewer's rule).
    core::Interviewer interviewer() const;
    // While this process works on a team server whose administrator recorded the login's name and
    // e-mail (team add-interviewer), those are the interviewer: interviewerName(), interviewerEmail()
    // and interviewer() return them instead of the stored ones, which stay as they were for files.
    // Held in memory for the process, never written.
    static void useTeamInterviewer(const std::optional<core::Interviewer> &interviewer);
    static const std::optional<core::Interviewer> &teamInterviewer();
    // Whether the interviewer has confirmed their name and e-mail ("interviewer/confirmed"): the
    // first start asks until they do.
    bool interviewerConfirmed() const;
    void setInterviewerConfirmed(bool confirmed);

    // Before the organisation was named, Qt kept the settings under "Unknown Organization". Copies
    // every key of `legacyFile` into these settings when they hold none yet, so an upgrade keeps
    // the interviewer's name and the retention period; the old file is left as it was. True when
    // something was copied.
    bool adoptLegacy(const QString &legacyFile);
    // Where that old file is: <config folder>/Unknown Organization/hindsight.conf.
    static QString legacyFile();

    // How long an interview should take ("interview/timeBudgetMinutes"): the live screen's clock
    // turns amber past it. Default 45; kept within MinTimeBudget-MaxTimeBudget.
    static constexpr int DefaultTimeBudget = 45;
    static constexpr int MinTimeBudget = 5;
    static constexpr int MaxTimeBudget = 240;
    int timeBudgetMinutes() const;
    // Stores the budget and tells SettingsNotifier, so open interview windows follow at once.
    void setTimeBudgetMinutes(int minutes);

    // Retention ("privacy/retentionMonths"): candidates with no activity for this many months
    // are offered for erasure when the application starts, and are what `hindsight purge` erases
    // without --inactive-months. 0, the default, is off; at most core::Retention::MaxMonths.
    int retentionMonths() const;
    void setRetentionMonths(int months);

    // The language of the interface ("ui/language"): a code of languages() or empty, the default,
    // for the system's. `hindsight --lang CODE` overrides it for one run. Read at start.
    static QStringList languages();
    QString language() const;
    void setLanguage(const QString &code);

    // The paper reports are laid out on ("report/paper"): Automatic, the default, follows where
    // the system says the user is (PaperSize::automatic()); A4 and Letter are fixed.
    // `hindsight report --paper` overrides it for one run.
    enum class Paper { Automatic, A4, Letter };
    Paper paper() const;
    void setPaper(Paper paper);

    // Team servers connected to ("team/recentServers"), the most recent first, at most
    // MaxRecentServers: libpq URIs with the login and without a password (never stored here; the
    // desktop's keyring keeps one when asked to).
    static constexpr int MaxRecentServers = 8;
    QStringList recentServers() const;
    void addRecentServer(const QString &uri);

    // What a window leaves behind for the next run ("windows/<window>/<part>"): its geometry, the
    // state of its splitters and of its tables' headers, as Qt's saveGeometry() and saveState()
    // write them. Empty when never saved. WindowGeometry keeps them under the window's objectName,
    // ColumnChooser under "tables" with the table's objectName in the part.
    QByteArray windowState(const QString &window, const QString &part) const;
    void setWindowState(const QString &window, const QString &part, const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hindsight::ui
