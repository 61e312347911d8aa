// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;
class Screen;
struct AppServices;

// The screens of the window, in navigation order. Each area adds its screen here.
QList<Screen *> createScreens(const AppServices &services, QWidget *parent);
