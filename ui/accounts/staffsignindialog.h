// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/staffaccounts.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

// A staff member signs in with their login and password (or PIN). Wrong answers are answered by
// StaffAccounts' growing delay, kept in the database file; the dialog never waits itself.
class StaffSignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaffSignInDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    // The account that signed in, once the dialog is accepted.
    const StaffAccount &account() const { return m_account; }

private:
    void check();

    QSqlDatabase m_db;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    StaffAccount m_account;
};
