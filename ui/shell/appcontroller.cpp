// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appcontroller.h"

#include "accounts/staffaccountdialog.h"
#include "backups/backupflow.h"
#include "backups/backupsdialog.h"
#include "content/modulelibrary.h"
#include "core/settings.h"
#include "lessons/lessonsscreen.h"
#include "learners/learnersession.h"
#include "privacy/staffsession.h"
#include "settings/settingsscreen.h"
#include "privacy/retentiondialog.h"
#include "shell/databaseproblemdialog.h"
#include "shell/inactivitywatch.h"
#include "shell/learnermodeflow.h"
#include "shell/mainwindow.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

AppController::AppController()
    : m_library(std::make_unique<ModuleLibrary>()), m_learner(std::make_unique<LearnerSession>()),
      m_staff(std::make_unique<StaffSession>()), m_inactivity(std::make_unique<InactivityWatch>())
{
    m_services.library = m_library.get();
    m_services.learner = m_learner.get();
    m_services.staff = m_staff.get();
    connect(m_inactivity.get(), &InactivityWatch::idle, this, &AppController::lockWhenIdle);
    // Nobody signed in means learner mode, however the staff member left.
    connect(m_staff.get(), &StaffSession::changed, this, [this] {
        if (!m_staff->isSignedIn() && !m_learner->isLearnerMode())
            LearnerModeFlow::lock(m_window, *m_learner, *m_staff);
    });
}

AppController::~AppController()
{
    delete m_window;
}

bool AppController::start(const QString &databasePath)
{
    if (!openOrAsk(databasePath))
        return false;
    if (!ensureCoordinator(*m_database, *m_staff))
        return false;
    showWindow();
    return true;
}

bool AppController::ensureCoordinator(const Database &database, StaffSession &staff)
{
    return StaffAccountDialog::ensureCoordinator(m_window, database.connection(), staff);
}

// After a switch or a restore the signed-in account may not exist in the file now open (or be
// another person under the same id): then nobody is signed in.
void AppController::checkStaffStillValid()
{
    if (!m_staff->isSignedIn())
        return;
    const Result<StaffAccount> account = StaffAccounts(m_database->connection()).get(m_staff->account().id);
    if (!account || account->uuid != m_staff->account().uuid || account->isDisabled())
        m_staff->signOut();
}

void AppController::lockWhenIdle()
{
    // A guest in learner mode has nothing to hide; anyone else is signed out.
    if (m_staff->isSignedIn() || !m_learner->isLearnerMode() || !m_learner->isGuest())
        LearnerModeFlow::lock(m_window, *m_learner, *m_staff);
}

bool AppController::openOrAsk(QString path)
{
    for (;;) {
        auto database = std::make_unique<Database>();
        const Database::OpenResult result = database->open(path);
        if (result.ok()) {
            m_database = std::move(database);
            m_services.database = m_database.get();
            m_learner->setGuest(); // a learner belongs to one database file
            Settings::setLastDatabase(path);
            return true;
        }
        // A damaged file: offer the newest backup that passes its check.
        const QString backup = result.error == Database::OpenError::Corrupted ? Backups::lastGood(Backups::folderFor(path)) : QString();
        QString next;
        while (next.isEmpty()) {
            switch (DatabaseProblemDialog::ask(result.message, m_window, backup)) {
            case DatabaseProblemDialog::Choice::RestoreBackup:
                if (BackupFlow::restore(backup, path, BackupRestore::Reason::Damaged, m_window))
                    next = path;
                break;
            case DatabaseProblemDialog::Choice::OpenAnother:
                next = DatabaseProblemDialog::chooseExistingFile(m_window);
                break;
            case DatabaseProblemDialog::Choice::CreateNew:
                next = DatabaseProblemDialog::chooseNewFile(m_window);
                // A new file never overwrites an existing one, even if the dialog allowed it.
                if (!next.isEmpty() && QFile::exists(next)) {
                    QMessageBox::warning(m_window, tr("File already exists"),
                                         tr("%1 already exists. Choose a new name.").arg(next));
                    next.clear();
                }
                break;
            case DatabaseProblemDialog::Choice::Quit:
                return false;
            }
        }
        path = next;
    }
}

bool AppController::openLesson(const QString &target)
{
    if (!m_window)
        return false;
    for (int i = 0; i < m_window->screenCount(); ++i) {
        if (auto *lessons = qobject_cast<LessonsScreen *>(m_window->screen(i))) {
            m_window->showScreen(i);
            const QString moduleId = target.section(QLatin1Char('/'), 0, 0);
            const QString pageId = target.section(QLatin1Char('/'), 1, 1);
            if (pageId.isEmpty())
                return lessons->openModule(moduleId);
            lessons->openPage(moduleId, pageId);
            return true;
        }
    }
    return false;
}

void AppController::showWindow()
{
    delete m_window;
    checkStaffStillValid();
    if (!m_staff->isSignedIn()) {
        m_learner->setGuest();
        m_learner->setLearnerMode(true);
    }
    m_window = new MainWindow(m_services, m_database->path());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::openDatabaseRequested, this, [this] {
        const QString path = DatabaseProblemDialog::chooseExistingFile(m_window);
        if (!path.isEmpty())
            switchTo(path);
    });
    connect(m_window, &MainWindow::newDatabaseRequested, this, [this] {
        const QString path = DatabaseProblemDialog::chooseNewFile(m_window);
        if (!path.isEmpty() && !QFile::exists(path))
            switchTo(path);
    });
    connect(m_window, &MainWindow::backupsRequested, this, [this] {
        const QString backup = BackupsDialog::run(*m_database, m_window, m_staff->login());
        if (!backup.isEmpty())
            restoreBackup(backup);
    });
    BackupFlow::startDaily(m_database->path(), m_window);
    for (int i = 0; i < m_window->screenCount(); ++i)
        if (auto *settings = qobject_cast<SettingsScreen *>(m_window->screen(i)))
            connect(settings, &SettingsScreen::inactivityChanged, this,
                    [this](int minutes) { m_inactivity->setTimeout(std::chrono::minutes(minutes)); });
    m_inactivity->setTimeout(std::chrono::minutes(Settings::inactivityMinutes()));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    RetentionDialog::offerToCoordinator(*m_database, *m_staff, m_window); // retention preview, once signed in
    // Nobody signed in (a start with accounts, another file): the window opens in learner mode and
    // asks for a staff sign-in at once; cancelling leaves it in learner mode.
    if (!m_staff->isSignedIn())
        QTimer::singleShot(0, m_window, [this] {
            LearnerModeFlow::leave(m_window, m_database->connection(), *m_learner, *m_staff);
        });
}

void AppController::switchTo(const QString &path)
{
    // Try the new file on the side first: a refused file leaves the current one open.
    auto candidate = std::make_unique<Database>(QStringLiteral("candidate"));
    const Database::OpenResult result = candidate->open(path);
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Mediatelier cannot open this database"), result.message);
        return;
    }
    // A file without a coordinator gets one before anything else; cancelling keeps the current file.
    StaffSession candidateStaff;
    if (!ensureCoordinator(*candidate, candidateStaff))
        return;
    candidate.reset();
    const QString previous = m_database->path();
    delete m_window;
    m_database.reset();
    if (!openOrAsk(path)) {
        if (!openOrAsk(previous))
            return;
    }
    // Accounts belong to one file: the coordinator just created is signed in, anyone else signs in again.
    if (candidateStaff.isSignedIn())
        m_staff->signIn(candidateStaff.account());
    else
        m_staff->signOut();
    showWindow();
}

void AppController::restoreBackup(const QString &backup)
{
    // The file is closed before it moves aside; it opens again whatever the outcome.
    const QString path = m_database->path();
    delete m_window;
    m_database.reset();
    BackupFlow::restore(backup, path, BackupRestore::Reason::Restore, nullptr, m_staff->login());
    if (!openOrAsk(path)) {
        QCoreApplication::quit();
        return;
    }
    showWindow();
}
