// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appcontroller.h"

#include "content/modulelibrary.h"
#include "core/settings.h"
#include "lessons/lessonsscreen.h"
#include "learners/learnersession.h"
#include "shell/databaseproblemdialog.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QFile>
#include <QMessageBox>

AppController::AppController()
    : m_library(std::make_unique<ModuleLibrary>()), m_learner(std::make_unique<LearnerSession>())
{
    m_services.library = m_library.get();
    m_services.learner = m_learner.get();
}

AppController::~AppController()
{
    delete m_window;
}

bool AppController::start(const QString &databasePath)
{
    if (!openOrAsk(databasePath))
        return false;
    showWindow();
    return true;
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
        QString next;
        while (next.isEmpty()) {
            switch (DatabaseProblemDialog::ask(result.message, m_window)) {
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
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
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
    candidate.reset();
    const QString previous = m_database->path();
    delete m_window;
    m_database.reset();
    if (!openOrAsk(path)) {
        if (!openOrAsk(previous))
            return;
    }
    showWindow();
}
