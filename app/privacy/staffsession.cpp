// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/staffsession.h"

void StaffSession::signIn(const StaffAccount &account)
{
    if (account.id <= 0 || account.isDisabled())
        return;
    m_account = account;
    emit changed();
}

void StaffSession::signOut()
{
    if (!isSignedIn())
        return;
    m_account = StaffAccount();
    emit changed();
}
