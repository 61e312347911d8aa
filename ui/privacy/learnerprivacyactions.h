// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerstore.h"

#include <QCoreApplication>

class Database;
class ModuleLibrary;
class QWidget;

// What the Learners screen does for one person's rights: export their data (JSON and PDF), erase
// them after a confirmation that names them, and note corrections in the privacy log. The staff
// login (empty without accounts) goes to the privacy log.
class LearnerPrivacyActions
{
    Q_DECLARE_TR_FUNCTIONS(LearnerPrivacyActions)
public:
    // Asks where to save, then writes FILE.json and FILE.pdf. Returns the JSON path, empty when cancelled.
    static QString exportData(Database &database, const ModuleLibrary *library, qint64 learnerId, const QString &staffLogin,
                              QWidget *parent);
    // Asks for confirmation (a message box named "eraseConfirmation"), then erases. True when erased.
    static bool erase(Database &database, const Learner &learner, const QString &staffLogin, QWidget *parent);
    // After an edit: records which fields were corrected (their names, never their values).
    static void logRectification(Database &database, const Learner &before, const Learner &after, const QString &staffLogin);
};
