// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screenfactory.h"

#include "aidemo/demonstrationsscreen.h"
#include "attendance/checkinwindow.h"
#include "attendance/registrationdialog.h"
#include "attendance/signinsheetdialog.h"
#include "learners/learnersscreen.h"
#include "lessons/lessonsscreen.h"
#include "quiz/quizzesscreen.h"
#include "reports/reportsscreen.h"
#include "settings/settingsscreen.h"
#include "shell/appservices.h"
#include "storage/database.h"
#include "workshops/workshopsscreen.h"

namespace {

// The workshop list opens the door-side tools for the selected workshop.
void connectWorkshopTools(WorkshopsScreen *workshops, const AppServices &services)
{
    Database *db = services.database;
    ModuleLibrary *library = services.library;
    QObject::connect(workshops, &WorkshopsScreen::checkInRequested, workshops, [db, workshops](qint64 id) {
        CheckInWindow *window = CheckInWindow::open(*db, id, workshops->window());
        QObject::connect(window, &CheckInWindow::attendanceChanged, workshops, [workshops] { workshops->activate(); });
    });
    QObject::connect(workshops, &WorkshopsScreen::registrationsRequested, workshops, [db, workshops](qint64 id) {
        RegistrationDialog dialog(db->connection(), id, workshops->window());
        QObject::connect(&dialog, &RegistrationDialog::registrationsChanged, workshops, [workshops] { workshops->activate(); });
        dialog.exec();
    });
    QObject::connect(workshops, &WorkshopsScreen::signInSheetRequested, workshops, [db, library, workshops](qint64 id) {
        SignInSheetDialog::open(*db, library, id, workshops->window());
    });
}

} // namespace

QList<Screen *> createScreens(const AppServices &services, QWidget *parent)
{
    auto *lessons = new LessonsScreen(*services.database, *services.library, *services.learner, parent);
    auto *quizzes = new QuizzesScreen(*services.database, *services.library, *services.learner, parent);
    QObject::connect(quizzes, &QuizzesScreen::lessonPageRequested, lessons, &LessonsScreen::openPage);
    auto *demos = new DemonstrationsScreen(*services.library, parent);
    QObject::connect(lessons, &LessonsScreen::demoRequested, demos, &DemonstrationsScreen::openDemo);
    auto *workshops = new WorkshopsScreen(*services.database, *services.library, parent);
    connectWorkshopTools(workshops, services);
    auto *settings = new SettingsScreen(*services.database, parent);
    if (services.staff)
        settings->showStaffAccounts(*services.staff);
    return {
        lessons,
        quizzes,
        demos,
        workshops,
        new LearnersScreen(*services.database, services.library, services.staff, parent),
        new ReportsScreen(*services.database, *services.library, parent),
        settings,
    };
}
