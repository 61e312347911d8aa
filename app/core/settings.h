// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Every persistent preference, typed, in one place (no scattered QSettings keys).
class Settings
{
public:
    static QString language();          // "fr" or "en"; empty until chosen or detected
    static void setLanguage(const QString &code);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);

    static QString lastDatabase();
    static void setLastDatabase(const QString &path);

    static qint64 currentSiteId();
    static void setCurrentSiteId(qint64 id);
    static qint64 currentFacilitatorId();
    static void setCurrentFacilitatorId(qint64 id);

    // Before staff accounts (schema 3), one shared staff password left learner mode. Its hash is
    // read once, to let the person who knows it create the first coordinator, then cleared.
    static QByteArray legacyLearnerModeExitHash();
    static void clearLegacyLearnerModeExitHash();
    // Minutes without a key or mouse event before the window returns to learner mode (0: never).
    static int inactivityMinutes();
    static void setInactivityMinutes(int minutes);
    // The login last signed in on this computer, offered in the sign-in dialog (never a password).
    static QString lastStaffLogin();
    static void setLastStaffLogin(const QString &login);

    static int interfaceZoom();         // percent of the system font size, 75–200
    static void setInterfaceZoom(int percent);
    static bool highContrast();
    static void setHighContrast(bool on);
    // Privacy: learners inactive for this many months are offered for anonymisation at start
    // (0: never); the organisation that holds the data and how to reach it, for the privacy notice.
    static int retentionMonths();
    static void setRetentionMonths(int months);
    static QString organisationName();
    static void setOrganisationName(const QString &name);
    static QString organisationContact();
    static void setOrganisationContact(const QString &contact);

    // Automatic backups: the folder that holds one subfolder per database file (empty: the default,
    // <data folder>/backups) and how many daily copies to keep.
    static QString backupFolder();
    static void setBackupFolder(const QString &folder);
    static int backupsToKeep();
    static void setBackupsToKeep(int count);

    static int readerFontSize();        // points
    static void setReaderFontSize(int points);
};
