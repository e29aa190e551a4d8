#pragma once

#include <QString>

#include <memory>

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

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hindsight::ui
