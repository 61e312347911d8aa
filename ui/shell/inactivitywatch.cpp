// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/inactivitywatch.h"

#include <QCoreApplication>
#include <QEvent>

InactivityWatch::InactivityWatch(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatch::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatch::~InactivityWatch()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityWatch::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    rearm();
}

void InactivityWatch::rearm()
{
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool InactivityWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        rearm();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
