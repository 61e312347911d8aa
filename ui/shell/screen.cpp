// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screen.h"

#include <QEvent>

void Screen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
