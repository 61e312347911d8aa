// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSettings>

namespace {
template <typename T>
T read(const char *key, const T &fallback)
{
    return QSettings().value(QLatin1String(key), QVariant::fromValue(fallback)).template value<T>();
}
template <typename T>
void write(const char *key, const T &value)
{
    QSettings().setValue(QLatin1String(key), QVariant::fromValue(value));
}
} // namespace

QString Settings::language() { return read<QString>("ui/language", {}); }
void Settings::setLanguage(const QString &code) { write("ui/language", code); }
QByteArray Settings::mainWindowGeometry() { return read<QByteArray>("ui/mainWindowGeometry", {}); }
void Settings::setMainWindowGeometry(const QByteArray &geometry) { write("ui/mainWindowGeometry", geometry); }
QString Settings::lastDatabase() { return read<QString>("storage/lastDatabase", {}); }
void Settings::setLastDatabase(const QString &path) { write("storage/lastDatabase", path); }
qint64 Settings::currentSiteId() { return read<qint64>("workshops/currentSite", 0); }
void Settings::setCurrentSiteId(qint64 id) { write("workshops/currentSite", id); }
qint64 Settings::currentFacilitatorId() { return read<qint64>("workshops/currentFacilitator", 0); }
void Settings::setCurrentFacilitatorId(qint64 id) { write("workshops/currentFacilitator", id); }
int Settings::interfaceZoom() { return read<int>("ui/zoom", 100); }
void Settings::setInterfaceZoom(int percent) { write("ui/zoom", percent); }
bool Settings::highContrast() { return read<bool>("ui/highContrast", false); }
void Settings::setHighContrast(bool on) { write("ui/highContrast", on); }
QByteArray Settings::legacyLearnerModeExitHash() { return read<QByteArray>("privacy/learnerModeExitHash", {}); }
void Settings::clearLegacyLearnerModeExitHash() { QSettings().remove(QStringLiteral("privacy/learnerModeExitHash")); }
int Settings::inactivityMinutes() { return qBound(0, read<int>("privacy/inactivityMinutes", 10), 24 * 60); }
void Settings::setInactivityMinutes(int minutes) { write("privacy/inactivityMinutes", qBound(0, minutes, 24 * 60)); }
QString Settings::lastStaffLogin() { return read<QString>("privacy/lastStaffLogin", {}); }
void Settings::setLastStaffLogin(const QString &login) { write("privacy/lastStaffLogin", login); }
int Settings::retentionMonths() { return qMax(0, read<int>("privacy/retentionMonths", 24)); }
void Settings::setRetentionMonths(int months) { write("privacy/retentionMonths", qMax(0, months)); }
QString Settings::organisationName() { return read<QString>("privacy/organisationName", {}); }
void Settings::setOrganisationName(const QString &name) { write("privacy/organisationName", name.trimmed()); }
QString Settings::organisationContact() { return read<QString>("privacy/organisationContact", {}); }
void Settings::setOrganisationContact(const QString &contact) { write("privacy/organisationContact", contact.trimmed()); }
QString Settings::backupFolder() { return read<QString>("storage/backupFolder", {}); }
void Settings::setBackupFolder(const QString &folder) { write("storage/backupFolder", folder); }
int Settings::backupsToKeep() { return read<int>("storage/backupsToKeep", 14); }
void Settings::setBackupsToKeep(int count) { write("storage/backupsToKeep", count); }
int Settings::readerFontSize() { return read<int>("lessons/readerFontSize", 13); }
void Settings::setReaderFontSize(int points) { write("lessons/readerFontSize", points); }
