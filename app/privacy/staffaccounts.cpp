// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/staffaccounts.h"

#include "core/clock.h"
#include "privacy/passwordhash.h"
#include "storage/sql.h"

#include <algorithm>

namespace {

constexpr int FreeAttempts = 2;  // failures before any delay
constexpr int MaxDelaySeconds = 60;
constexpr int MinPinDigits = 6;
constexpr int MinPasswordLength = 8;
constexpr int MaxSecretLength = 256;

const QString SelectColumns = QStringLiteral(
    "SELECT id, uuid, login, display_name, role, COALESCE(facilitator_id, 0), failed_attempts, "
    "COALESCE(last_failure_at, ''), COALESCE(disabled_at, ''), created_at FROM staff_accounts ");

QDateTime parseStamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    stamp.setTimeSpec(Qt::UTC);
    return stamp;
}

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString roleCode(StaffRole role)
{
    return role == StaffRole::Coordinator ? QStringLiteral("coordinator") : QStringLiteral("facilitator");
}

StaffAccount readAccount(const SqlStatement &row)
{
    StaffAccount a;
    a.id = row.value(0).toLongLong();
    a.uuid = row.value(1).toString();
    a.login = row.value(2).toString();
    a.displayName = row.value(3).toString();
    a.role = row.value(4).toString() == QLatin1String("coordinator") ? StaffRole::Coordinator : StaffRole::Facilitator;
    a.facilitatorId = row.value(5).toLongLong();
    a.failedAttempts = row.value(6).toInt();
    a.lastFailureAt = parseStamp(row.value(7).toString());
    a.disabledAt = parseStamp(row.value(8).toString());
    a.createdAt = parseStamp(row.value(9).toString());
    return a;
}

// "000000", "123456", "abcdefgh", "98765432": the first guesses of anyone.
bool isRunOrRepeat(const QString &secret)
{
    const QList<uint> chars = secret.toLower().toUcs4();
    if (chars.size() < 2)
        return false;
    const qint64 step = qint64(chars.at(1)) - qint64(chars.at(0));
    if (step < -1 || step > 1)
        return false;
    for (qsizetype i = 2; i < chars.size(); ++i)
        if (qint64(chars.at(i)) - qint64(chars.at(i - 1)) != step)
            return false;
    return true;
}

QVariant facilitatorOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

StaffAccounts::StaffAccounts(QSqlDatabase db, Clock clock) : m_db(std::move(db)), m_clock(std::move(clock)) {}

QDateTime StaffAccounts::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

int StaffAccounts::delaySeconds(int failedAttempts)
{
    const int beyond = failedAttempts - FreeAttempts - 1;
    if (beyond < 0)
        return 0;
    if (beyond >= 6) // 2^6 = 64 is past the cap already
        return MaxDelaySeconds;
    return std::min(MaxDelaySeconds, 1 << beyond);
}

Status StaffAccounts::checkSecret(const QString &secret, StaffRole role, const QString &login)
{
    const qsizetype length = secret.toUcs4().size();
    const bool digitsOnly = !secret.isEmpty()
        && std::all_of(secret.cbegin(), secret.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (digitsOnly && role == StaffRole::Coordinator)
        return Status::failure(tr("A coordinator needs a password with letters, not a PIN: it also unlocks the exports "
                                  "of personal data. Use at least %n characters; a few words are easier to remember.",
                                  nullptr, MinPasswordLength));
    if (digitsOnly && length < MinPinDigits)
        return Status::failure(tr("A PIN needs at least %n digits.", nullptr, MinPinDigits));
    if (!digitsOnly && length < MinPasswordLength)
        return Status::failure(role == StaffRole::Coordinator
                                   ? tr("A password needs at least %n characters; a few words are easier to remember "
                                        "than a code.", nullptr, MinPasswordLength)
                                   : tr("A password needs at least %n characters (or choose a PIN of at least 6 "
                                        "digits).", nullptr, MinPasswordLength));
    if (length > MaxSecretLength)
        return Status::failure(tr("A password can have at most %n characters.", nullptr, MaxSecretLength));
    if (isRunOrRepeat(secret))
        return Status::failure(tr("A repeated or running sequence (such as 000000 or 123456) is the first thing anyone "
                                  "tries. Choose another one."));
    if (!login.trimmed().isEmpty() && secret.trimmed().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return Status::failure(tr("The password must not be the login."));
    return {};
}

QString StaffAccounts::roleName(StaffRole role)
{
    return role == StaffRole::Coordinator ? tr("Coordinator") : tr("Facilitator");
}

Result<qint64> StaffAccounts::create(const NewStaffAccount &account)
{
    const QString login = account.login.trimmed();
    const bool loginOk = login.size() >= 2 && login.size() <= 64 && std::all_of(login.cbegin(), login.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('@');
    });
    if (!loginOk)
        return Result<qint64>::failure(tr("A login has 2 to 64 letters, digits, dots, dashes or underscores, without "
                                          "spaces."));
    if (account.displayName.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A staff account needs the person's name."));
    if (Status status = checkSecret(account.secret, account.role, login); !status)
        return status;
    // Hashing takes a deliberate tenth of a second: done before the write lock is taken.
    const QByteArray hash = PasswordHash::hash(account.secret);
    if (hash.isEmpty())
        return Result<qint64>::failure(tr("The password could not be protected (not enough memory). Nothing was saved."));

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<bool> coordinator = hasCoordinator();
    if (!coordinator)
        return coordinator.status();
    if (!*coordinator && account.role != StaffRole::Coordinator)
        return Result<qint64>::failure(tr("Create a coordinator account first: a coordinator manages the other accounts."));
    const Result<std::optional<StaffAccount>> taken = lookup(login);
    if (!taken)
        return taken.status();
    if (taken->has_value())
        return Result<qint64>::failure(tr("The login \"%1\" is already taken.").arg(login));
    SqlStatement insert(m_db, QStringLiteral(
        "INSERT INTO staff_accounts (uuid, login, display_name, role, password_hash, facilitator_id, created_at, updated_at) "
        "VALUES (:uuid, :login, :name, :role, :hash, :facilitator, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), Stamp::newUuid())
        .bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":name"), account.displayName.trimmed())
        .bind(QStringLiteral(":role"), roleCode(account.role))
        .bind(QStringLiteral(":hash"), QString::fromLatin1(hash))
        .bind(QStringLiteral(":facilitator"), facilitatorOrNull(account.facilitatorId))
        .bind(QStringLiteral(":now"), Stamp::nowUtc());
    if (Status status = insert.exec(); !status)
        return status;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

int StaffAccounts::secondsToWait(const StaffAccount &account) const
{
    const int delay = delaySeconds(account.failedAttempts);
    if (delay == 0 || !account.lastFailureAt.isValid())
        return 0;
    const qint64 left = now().msecsTo(account.lastFailureAt.addSecs(delay));
    if (left <= 0)
        return 0;
    // Rounded up, and never more than the delay itself (a clock set back must not lock anyone out).
    return int(std::min<qint64>(delay, (left + 999) / 1000));
}

Status StaffAccounts::recordFailure(qint64 id)
{
    if (m_readOnly)
        return {};
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE staff_accounts SET failed_attempts = failed_attempts + 1, last_failure_at = :at WHERE id = :id"));
    update.bind(QStringLiteral(":at"), stamp(now())).bind(QStringLiteral(":id"), id);
    return update.exec();
}

Result<StaffSignIn> StaffAccounts::attempt(const StaffAccount &account, const QString &secret)
{
    StaffSignIn answer;
    if (const int wait = secondsToWait(account); wait > 0) {
        answer.outcome = StaffSignIn::Outcome::Wait;
        answer.waitSeconds = wait;
        answer.message = tr("Too many wrong attempts. Try again in %n second(s).", nullptr, wait);
        return answer;
    }
    SqlStatement select(m_db, QStringLiteral("SELECT password_hash FROM staff_accounts WHERE id = :id"));
    select.bind(QStringLiteral(":id"), account.id);
    if (Status status = select.exec(); !status)
        return status;
    const QByteArray hash = select.next() ? select.value(0).toString().toLatin1() : QByteArray();
    if (!PasswordHash::verify(hash, secret)) {
        if (Status status = recordFailure(account.id); !status)
            return status;
        const int delay = delaySeconds(account.failedAttempts + 1);
        answer.outcome = StaffSignIn::Outcome::Wrong;
        answer.message = delay > 0 ? tr("Wrong login or password. Try again in %n second(s).", nullptr, delay)
                                   : tr("Wrong login or password.");
        return answer;
    }
    if (account.isDisabled()) {
        answer.outcome = StaffSignIn::Outcome::Disabled;
        answer.message = tr("The account \"%1\" is disabled. Ask a coordinator.").arg(account.login);
        return answer;
    }
    if (!m_readOnly && account.failedAttempts != 0) {
        SqlStatement reset(m_db, QStringLiteral(
            "UPDATE staff_accounts SET failed_attempts = 0, last_failure_at = NULL WHERE id = :id"));
        reset.bind(QStringLiteral(":id"), account.id);
        if (Status status = reset.exec(); !status)
            return status;
    }
    answer.outcome = StaffSignIn::Outcome::SignedIn;
    answer.account = account;
    answer.account.failedAttempts = 0;
    answer.account.lastFailureAt = {};
    return answer;
}

Result<StaffSignIn> StaffAccounts::signIn(const QString &login, const QString &secret)
{
    const Result<std::optional<StaffAccount>> account = lookup(login);
    if (!account)
        return account.status();
    if (!account->has_value()) {
        StaffSignIn unknown; // the same answer as a wrong password
        unknown.message = tr("Wrong login or password.");
        return unknown;
    }
    return attempt(**account, secret);
}

Result<StaffSignIn> StaffAccounts::verifyCoordinator(const QString &secret)
{
    const Result<QList<StaffAccount>> accounts = list();
    if (!accounts)
        return accounts.status();
    StaffSignIn answer;
    answer.message = tr("This is not the password of an active coordinator account.");
    bool tried = false;
    int wait = 0;
    for (const StaffAccount &account : *accounts) {
        if (!account.isCoordinator() || account.isDisabled())
            continue;
        const Result<StaffSignIn> one = attempt(account, secret);
        if (!one || one->ok())
            return one;
        if (one->outcome == StaffSignIn::Outcome::Wait)
            wait = std::max(wait, one->waitSeconds);
        else
            tried = true;
    }
    if (!tried && wait > 0) {
        answer.outcome = StaffSignIn::Outcome::Wait;
        answer.waitSeconds = wait;
        answer.message = tr("Too many wrong attempts. Try again in %n second(s).", nullptr, wait);
    }
    return answer;
}

Status StaffAccounts::storeSecret(qint64 id, const QString &secret)
{
    const Result<StaffAccount> account = get(id);
    if (!account)
        return account.status();
    if (Status status = checkSecret(secret, account->role, account->login); !status)
        return status;
    const QByteArray hash = PasswordHash::hash(secret);
    if (hash.isEmpty())
        return Status::failure(tr("The password could not be protected (not enough memory). Nothing was changed."));
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE staff_accounts SET password_hash = :hash, failed_attempts = 0, last_failure_at = NULL, updated_at = :now "
        "WHERE id = :id"));
    update.bind(QStringLiteral(":hash"), QString::fromLatin1(hash))
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), id);
    return update.exec();
}

Status StaffAccounts::changeSecret(qint64 id, const QString &current, const QString &secret)
{
    const Result<StaffAccount> account = get(id);
    if (!account)
        return account.status();
    const Result<StaffSignIn> check = attempt(*account, current);
    if (!check)
        return check.status();
    if (!check->ok())
        return Status::failure(check->outcome == StaffSignIn::Outcome::Wrong ? tr("The current password is not right.")
                                                                            : check->message);
    return storeSecret(id, secret);
}

Status StaffAccounts::resetSecret(qint64 id, const QString &secret)
{
    return storeSecret(id, secret);
}

Status StaffAccounts::setDisabled(qint64 id, bool disabled)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<StaffAccount> account = get(id);
    if (!account)
        return account.status();
    if (disabled && account->isCoordinator() && !account->isDisabled()) {
        SqlStatement others(m_db, QStringLiteral("SELECT COUNT(*) FROM staff_accounts WHERE role = 'coordinator' "
                                                 "AND disabled_at IS NULL AND id <> :id"));
        others.bind(QStringLiteral(":id"), id);
        if (Status status = others.exec(); !status)
            return status;
        if (others.next() && others.value(0).toInt() == 0)
            return Status::failure(tr("%1 is the last active coordinator. Add another coordinator before disabling "
                                      "this account.").arg(account->displayName));
    }
    SqlStatement update(m_db, QStringLiteral("UPDATE staff_accounts SET disabled_at = :at, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":at"), disabled ? QVariant(stamp(now())) : QVariant(QMetaType(QMetaType::QString)))
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), id);
    if (Status status = update.exec(); !status)
        return status;
    return transaction.commit();
}

Result<QList<StaffAccount>> StaffAccounts::list() const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("ORDER BY display_name COLLATE NOCASE, id"));
    if (Status status = select.exec(); !status)
        return status;
    QList<StaffAccount> accounts;
    while (select.next())
        accounts.append(readAccount(select));
    return accounts;
}

Result<StaffAccount> StaffAccounts::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<StaffAccount>::failure(tr("There is no staff account %1.").arg(id));
    return readAccount(select);
}

Result<std::optional<StaffAccount>> StaffAccounts::lookup(const QString &login) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE login = :login"));
    select.bind(QStringLiteral(":login"), login.trimmed());
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return std::optional<StaffAccount>();
    return std::optional<StaffAccount>(readAccount(select));
}

Result<StaffAccount> StaffAccounts::findByLogin(const QString &login) const
{
    const Result<std::optional<StaffAccount>> account = lookup(login);
    if (!account)
        return account.status();
    if (!account->has_value())
        return Result<StaffAccount>::failure(tr("There is no staff account with the login \"%1\".").arg(login.trimmed()));
    return **account;
}

Result<bool> StaffAccounts::hasAccounts() const
{
    SqlStatement select(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff_accounts)"));
    if (Status status = select.exec(); !status)
        return status;
    return select.next() && select.value(0).toBool();
}

Result<bool> StaffAccounts::hasCoordinator() const
{
    SqlStatement select(m_db, QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM staff_accounts WHERE role = 'coordinator' AND disabled_at IS NULL)"));
    if (Status status = select.exec(); !status)
        return status;
    return select.next() && select.value(0).toBool();
}
