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
QByteArray Settings::learnerModeExitHash() { return read<QByteArray>("privacy/learnerModeExitHash", {}); }
void Settings::setLearnerModeExitHash(const QByteArray &hash) { write("privacy/learnerModeExitHash", hash); }
int Settings::readerFontSize() { return read<int>("lessons/readerFontSize", 13); }
void Settings::setReaderFontSize(int points) { write("lessons/readerFontSize", points); }
