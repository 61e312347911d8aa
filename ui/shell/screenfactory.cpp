// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screenfactory.h"

#include "lessons/lessonsscreen.h"
#include "settings/settingsscreen.h"
#include "shell/appservices.h"
#include "shell/placeholderscreen.h"

QList<Screen *> createScreens(const AppServices &services, QWidget *parent)
{
    return {
        new LessonsScreen(*services.database, *services.library, *services.learner, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Quizzes, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Workshops, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Learners, parent),
        new PlaceholderScreen(PlaceholderScreen::Kind::Reports, parent),
        new SettingsScreen(parent),
    };
}
