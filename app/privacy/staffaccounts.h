// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

enum class StaffRole { Facilitator, Coordinator };

struct StaffAccount
{
    qint64 id = 0;
    QString uuid;
    QString login;
    QString displayName;
    StaffRole role = StaffRole::Facilitator;
    qint64 facilitatorId = 0; // 0: not linked to a facilitator record
    int failedAttempts = 0;
    QDateTime lastFailureAt; // UTC; invalid when none
    QDateTime disabledAt;    // UTC; invalid while the account is active
    QDateTime createdAt;

    bool isDisabled() const { return disabledAt.isValid(); }
    bool isCoordinator() const { return role == StaffRole::Coordinator; }
};

// What a new account needs. The secret is hashed at once and never kept.
struct NewStaffAccount
{
    QString login;
    QString displayName;
    StaffRole role = StaffRole::Facilitator;
    QString secret;
    qint64 facilitatorId = 0;
};

// The answer to a sign-in attempt. While the delay after failed attempts runs, the password is not
// even checked: the answer is Wait, with the seconds left.
struct StaffSignIn
{
    enum class Outcome { SignedIn, Wrong, Wait, Disabled };
    Outcome outcome = Outcome::Wrong;
    StaffAccount account; // filled when SignedIn
    int waitSeconds = 0;  // filled when Wait
    QString message;      // translated; empty when SignedIn
    bool ok() const { return outcome == Outcome::SignedIn; }
};

// The staff_accounts table: facilitators and coordinators who sign in to the window (and, for
// coordinators, unlock the command line's personal-data commands). Only an Argon2id hash of each
// password or PIN is stored; failed attempts are counted in the file so that the growing delay
// survives a restart of the program.
class StaffAccounts
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)
public:
    using Clock = std::function<QDateTime()>; // UTC "now"; injectable so tests never sleep

    explicit StaffAccounts(QSqlDatabase db, Clock clock = {});
    // On a read-only connection (the command line while the window holds the file): the delay is
    // respected but attempts cannot be counted; the caller must slow a wrong answer down itself.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The delay policy: nothing for the first two failures, then 1, 2, 4… seconds, at most 60.
    static int delaySeconds(int failedAttempts);
    // Minimum rules: a PIN of at least 6 digits (facilitators only) or a password of at least 8
    // characters, not the login itself. Coordinators need a password: theirs also unlocks exports,
    // and a short PIN falls quickly to a guesser who has a copy of the file.
    static Status checkSecret(const QString &secret, StaffRole role, const QString &login = {});
    static QString roleName(StaffRole role); // translated

    // The first account must be a coordinator, so that someone can always manage the others.
    Result<qint64> create(const NewStaffAccount &account);
    Result<StaffSignIn> signIn(const QString &login, const QString &secret);
    // The command line asks for "a coordinator's password": tried against every active coordinator.
    Result<StaffSignIn> verifyCoordinator(const QString &secret);
    // Changing one's own password needs the current one; a coordinator's reset does not. Both
    // clear the failure count.
    Status changeSecret(qint64 id, const QString &current, const QString &secret);
    Status resetSecret(qint64 id, const QString &secret);
    // The last active coordinator cannot be disabled.
    Status setDisabled(qint64 id, bool disabled);

    Result<QList<StaffAccount>> list() const; // by display name
    Result<StaffAccount> get(qint64 id) const;
    Result<StaffAccount> findByLogin(const QString &login) const; // fails when there is none
    Result<bool> hasAccounts() const;
    Result<bool> hasCoordinator() const; // an active one
    // Seconds left before this account may try again (0: it may).
    int secondsToWait(const StaffAccount &account) const;

private:
    Result<std::optional<StaffAccount>> lookup(const QString &login) const;
    Result<StaffSignIn> attempt(const StaffAccount &account, const QString &secret);
    Status recordFailure(qint64 id);
    Status storeSecret(qint64 id, const QString &secret);
    QDateTime now() const;

    QSqlDatabase m_db;
    Clock m_clock;
    bool m_readOnly = false;
};
