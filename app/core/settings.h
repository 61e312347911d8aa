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

    // The staff password that leaves learner mode (an Argon2id hash; empty: none set yet). Staff
    // accounts of the privacy issue will replace it.
    static QByteArray learnerModeExitHash();
    static void setLearnerModeExitHash(const QByteArray &hash);

    static int readerFontSize();        // points
    static void setReaderFontSize(int points);
};
