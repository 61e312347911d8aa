// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class Database;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class StaffSession;

// The "Staff accounts" section of Settings. Every staff member can change their own password; a
// coordinator also sees the accounts (add, reset a password, disable or enable) and sets after how
// many idle minutes the window returns to learner mode.
class StaffAccountsPanel : public QGroupBox
{
    Q_OBJECT
public:
    StaffAccountsPanel(Database &database, StaffSession &staff, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    qint64 selectedId() const;

public slots:
    void addAccount();
    void resetPassword();
    void toggleDisabled();
    void changeOwnPassword();
    void reload(qint64 selectId = 0);

signals:
    void inactivityChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followSession();
    void updateButtons();

    Database &m_database;
    StaffSession &m_staff;
    QLabel *m_who;
    QPushButton *m_changeOwn;
    QWidget *m_coordinatorPart;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_toggle;
    QLabel *m_inactivityLabel;
    QSpinBox *m_inactivity;
    QLabel *m_message;
};
