// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/staffaccounts.h"

#include <QObject>

// Which staff member is signed in to the window, if any, and what their role lets them reach.
// Nobody signed in means the window shows only what a learner may see (see docs/privacy.md).
class StaffSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isSignedIn() const { return m_account.id > 0; }
    const StaffAccount &account() const { return m_account; }
    bool isCoordinator() const { return isSignedIn() && m_account.isCoordinator(); }
    // The staff login for the privacy log; empty when nobody is signed in.
    QString login() const { return isSignedIn() ? m_account.login : QString(); }

    void signIn(const StaffAccount &account);
    void signOut();

signals:
    void changed();

private:
    StaffAccount m_account;
};
