// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CheckInWidget;
class Database;
class QPushButton;

// The check-in screen of one workshop in its own window, so that it can sit on the laptop at the
// door while the main window projects a lesson. Not modal; closes with Escape or Close.
class CheckInWindow : public QDialog
{
    Q_OBJECT
public:
    CheckInWindow(Database &database, qint64 workshopId, QWidget *parent = nullptr);

    // Opens (or brings forward) the check-in window of a workshop; it deletes itself when closed.
    static CheckInWindow *open(Database &database, qint64 workshopId, QWidget *parent);

    CheckInWidget *checkIn() const { return m_checkIn; }

signals:
    void attendanceChanged(qint64 workshopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CheckInWidget *m_checkIn = nullptr;
    QPushButton *m_close = nullptr;
};
