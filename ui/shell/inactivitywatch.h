// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Notices when nobody has touched the keyboard or the mouse for a while, application-wide, so that
// a computer left alone returns to learner mode. The timeout is set by the caller (the settings in
// the application, a few milliseconds in tests); zero means never.
class InactivityWatch : public QObject
{
    Q_OBJECT
public:
    explicit InactivityWatch(QObject *parent = nullptr);
    ~InactivityWatch() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isArmed() const { return m_timer.isActive(); }
    // Milliseconds before idle() (-1 when not armed).
    int remainingTime() const { return m_timer.remainingTime(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rearm();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};
