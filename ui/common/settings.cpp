#include "ui/common/settings.h"

#include <QDir>
#include <QSettings>

namespace hindsight::ui {

namespace {

const QString InterviewerNameKey = QStringLiteral("interviewer/name");

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

QString Settings::interviewerName() const
{
    const QString name = m_settings->value(InterviewerNameKey).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void Settings::setInterviewerName(const QString &name)
{
    m_settings->setValue(InterviewerNameKey, name.trimmed());
}

QString Settings::systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // Never empty: drafts are found by interviewer name.
    return QDir::home().dirName();
}

} // namespace hindsight::ui
