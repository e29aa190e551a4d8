#include "ui/common/settings.h"

#include "ui/common/settingsnotifier.h"

#include "core/retention.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>

namespace hindsight::ui {

namespace {

const QString InterviewerNameKey = QStringLiteral("interviewer/name");
const QString InterviewerEmailKey = QStringLiteral("interviewer/email");
const QString InterviewerConfirmedKey = QStringLiteral("interviewer/confirmed");
const QString RecentServersKey = QStringLiteral("team/recentServers");
const QString LanguageKey = QStringLiteral("ui/language");
const QString TimeBudgetKey = QStringLiteral("interview/timeBudgetMinutes");
const QString RetentionKey = QStringLiteral("privacy/retentionMonths");
const QString PaperKey = QStringLiteral("report/paper");
const QString WindowsGroup = QStringLiteral("windows");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

namespace {

std::optional<core::Interviewer> &teamInterviewerSlot()
{
    static std::optional<core::Interviewer> slot;
    return slot;
}

} // namespace

void Settings::useTeamInterviewer(const std::optional<core::Interviewer> &interviewer)
{
    teamInterviewerSlot() = interviewer;
}

const std::optional<core::Interviewer> &Settings::teamInterviewer()
{
    return teamInterviewerSlot();
}

QString Settings::interviewerName() const
{
    if (const auto &team = teamInterviewer())
        return QString::fromStdString(team->name);
    const QString name = m_settings->value(InterviewerNameKey).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void Settings::setInterviewerName(const QString &name)
{
    m_settings->setValue(InterviewerNameKey, name.trimmed());
}

int Settings::timeBudgetMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(TimeBudgetKey).toInt(&ok);
    // A value edited by hand into nonsense falls back to the default rather than a clock that is
    // amber from the first second.
    return ok ? std::clamp(minutes, MinTimeBudget, MaxTimeBudget) : DefaultTimeBudget;
}

void Settings::setTimeBudgetMinutes(int minutes)
{
    minutes = std::clamp(minutes, MinTimeBudget, MaxTimeBudget);
    m_settings->setValue(TimeBudgetKey, minutes);
    emit SettingsNotifier::instance().timeBudgetChanged(minutes);
}

int Settings::retentionMonths() const
{
    bool ok = false;
    const int months = m_settings->value(RetentionKey).toInt(&ok);
    // Nonsense edited in by hand means off: erasing is never started by a value nobody chose.
    return ok && months > 0 && months <= core::Retention::MaxMonths ? months : 0;
}

void Settings::setRetentionMonths(int months)
{
    m_settings->setValue(RetentionKey, std::clamp(months, 0, core::Retention::MaxMonths));
}

QString Settings::interviewerEmail() const
{
    if (const auto &team = teamInterviewer())
        return QString::fromStdString(team->email);
    return m_settings->value(InterviewerEmailKey).toString().trimmed();
}

void Settings::setInterviewerEmail(const QString &email)
{
    m_settings->setValue(InterviewerEmailKey, email.trimmed());
}

core::Interviewer Settings::interviewer() const
{
    return {interviewerName().toStdString(), interviewerEmail().toStdString()};
}

bool Settings::interviewerConfirmed() const
{
    return m_settings->value(InterviewerConfirmedKey, false).toBool();
}

void Settings::setInterviewerConfirmed(bool confirmed)
{
    m_settings->setValue(InterviewerConfirmedKey, confirmed);
}

bool Settings::adoptLegacy(const QString &legacyFile)
{
    if (!m_settings->allKeys().isEmpty() || !QFileInfo::exists(legacyFile))
        return false;
    const QSettings legacy(legacyFile, QSettings::IniFormat);
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        m_settings->setValue(key, legacy.value(key));
    m_settings->sync();
    return !keys.isEmpty();
}

QString Settings::legacyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/Unknown Organization/hindsight.conf");
}

QString Settings::systemUserFullName()
{
    // The GECOS field: "Full Name,room,phone,…".
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_gecos) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
    }
    return systemUserName();
}

QString Settings::systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // Never empty: without an e-mail, drafts are found by the interviewer's name.
    return QDir::home().dirName();
}

QStringList Settings::recentServers() const
{
    return m_settings->value(RecentServersKey).toStringList();
}

void Settings::addRecentServer(const QString &uri)
{
    QStringList list = recentServers();
    list.removeAll(uri);
    list.prepend(uri);
    while (list.size() > MaxRecentServers)
        list.removeLast();
    m_settings->setValue(RecentServersKey, list);
}

Settings::Paper Settings::paper() const
{
    // Words, not numbers, in the file: a person editing it by hand reads what they mean.
    const QString value = m_settings->value(PaperKey).toString();
    if (value == QLatin1String("a4"))
        return Paper::A4;
    if (value == QLatin1String("letter"))
        return Paper::Letter;
    return Paper::Automatic;
}

void Settings::setPaper(Paper paper)
{
    switch (paper) {
    case Paper::A4: m_settings->setValue(PaperKey, QStringLiteral("a4")); return;
    case Paper::Letter: m_settings->setValue(PaperKey, QStringLiteral("letter")); return;
    case Paper::Automatic: m_settings->remove(PaperKey); return;
    }
}

QStringList Settings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("da"), QStringLiteral("id")};
}

QString Settings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (code.isEmpty() || !languages().contains(code))
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, code);
}

QByteArray Settings::windowState(const QString &window, const QString &part) const
{
    return m_settings->value(QStringLiteral("%1/%2/%3").arg(WindowsGroup, window, part)).toByteArray();
}

void Settings::setWindowState(const QString &window, const QString &part, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("%1/%2/%3").arg(WindowsGroup, window, part), state);
}

} // namespace hindsight::ui
