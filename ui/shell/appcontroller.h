// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/appservices.h"

#include <QObject>
#include <QPointer>

#include <memory>

class Database;
class LearnerSession;
class ModuleLibrary;
class InactivityWatch;
class StaffSession;
#include "shell/mainwindow.h"

// Owns the open database and the window built on it: opens the file at start (asking what to do
// when it is refused), and rebuilds the window when the person switches to another file.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController();
    ~AppController() override;

    // Returns false when the person chose to quit.
    bool start(const QString &databasePath);
    // Opens a lesson page at start ("module-id" or "module-id/page-id"), e.g. from a desktop shortcut.
    bool openLesson(const QString &target);
    MainWindow *window() const { return m_window; }
    // Set from the settings; tests shorten it.
    InactivityWatch *inactivityWatch() const { return m_inactivity.get(); }

private:
    bool openOrAsk(QString path);
    void switchTo(const QString &path);
    void restoreBackup(const QString &backup);
    void showWindow();
    // Staff accounts: a coordinator must exist before the window opens; whoever is signed in must
    // still be an active account of the open file; inactivity locks the window.
    bool ensureCoordinator(const Database &database, StaffSession &staff);
    void checkStaffStillValid();
    void lockWhenIdle();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ModuleLibrary> m_library;
    std::unique_ptr<LearnerSession> m_learner;
    std::unique_ptr<StaffSession> m_staff;
    std::unique_ptr<InactivityWatch> m_inactivity;
    AppServices m_services;
    QPointer<MainWindow> m_window;
};
