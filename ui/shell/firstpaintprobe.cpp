// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/firstpaintprobe.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent) : QObject(parent), m_sinceStart(sinceStart)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_seen || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    if (!qobject_cast<QMainWindow *>(static_cast<QWidget *>(watched)->window()))
        return false; // a dialog before the window (a damaged file) is not the window
    m_seen = true;
    // Queued: the time is taken once this whole first frame has been painted and flushed.
    QTimer::singleShot(0, this, [this] {
        std::printf("first paint: %lld ms\n", m_sinceStart.elapsed());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return false;
}
