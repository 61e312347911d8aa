// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screenfactory.h"

#include "lessons/lessonsscreen.h"
#include "quiz/quizzesscreen.h"
#include "settings/settingsscreen.h"
#include "shell/appservices.h"
#include "shell/placeholderscreen.h"

QList<Screen *> createScreens(const AppServices &services, QWidget *parent)
{
    auto *lessons = new LessonsScreen(*services.database, *services.library, *services.learner, parent);
    auto *quizzes = new QuizzesScreen(*services.database, *services.library, *services.learner, parent);
    QObject::connect(quizzes, &QuizzesScreen::lessonPageRequested, lessons, &LessonsScreen::openPage);
    return {
        lessons,
        quizzes,
        new PlaceholderScreen(PlaceholderScreen::Kind::Workshops, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Learners, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Reports, parent),
        new SettingsScreen(parent),
    };
}
