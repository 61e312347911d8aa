// SPDX-License-Identifier: GPL-3.0-or-later
// The password gate of personal-data commands, and accounts list / add / passwd / disable / enable:
// the staff accounts from a terminal (an extension of shared/CLI.md, documented in the README).
#include "cli/cli.h"

#include "privacy/staffaccounts.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

constexpr int SchemaWithAccounts = 3;
// A wrong password that could not be counted (the window holds the file) is answered this late.
constexpr int UncountedFailurePauseMs = 2000;

std::optional<QString> readFromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::cerr << prompt.toLocal8Bit().constData() << std::flush;
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    std::string line;
    std::getline(std::cin, line);
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << std::endl;
    return QString::fromLocal8Bit(line);
}

// The new secret of accounts add / passwd: $MEDIATELIER_NEW_PASSWORD, else typed twice. Returns
// ExitOk, or prints why not and returns the exit code.
int readNewSecret(CliContext &cli, QString *secret)
{
    *secret = qEnvironmentVariable("MEDIATELIER_NEW_PASSWORD");
    if (!secret->isEmpty())
        return ExitOk;
    const std::optional<QString> first = secretPrompt()(CliContext::tr("New password or PIN: "));
    if (!first)
        return cli.fail(ExitUsage, CliContext::tr("Give the new password in MEDIATELIER_NEW_PASSWORD, or run the command "
                                                  "in a terminal to type it."));
    if (secretPrompt()(CliContext::tr("Again: ")) != first)
        return cli.fail(ExitBadInput, CliContext::tr("The two passwords differ. Nothing was changed."));
    *secret = *first;
    return ExitOk;
}

// passwd, disable, enable: the account named by the one LOGIN argument. Returns ExitOk, or prints
// why not and returns the exit code.
int findAccount(CliContext &cli, const QString &usage, StaffAccount *account)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOGIN"), CliContext::tr("The login of the account."));
    if (!cli.parse(parser) || parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, usage);
    Database *database = cli.database();
    if (!database)
        return ExitStorage;
    const Result<StaffAccount> found = StaffAccounts(database->connection()).findByLogin(parser.positionalArguments().first());
    if (!found)
        return cli.fail(ExitBadInput, found.error());
    *account = *found;
    return ExitOk;
}

QString roleCode(StaffRole role)
{
    return role == StaffRole::Coordinator ? QStringLiteral("coordinator") : QStringLiteral("facilitator");
}

int listAccounts(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (!cli.parse(parser))
        return ExitUsage;
    const QString formatName = parser.value(format);
    if (!parser.positionalArguments().isEmpty() || (formatName != QLatin1String("text") && formatName != QLatin1String("json")))
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli accounts list [--format json]"));
    Database *database = cli.database(true);
    if (!database)
        return ExitStorage;
    if (database->schemaVersion() < SchemaWithAccounts)
        return ExitOk; // no accounts before schema 3
    const Result<QList<StaffAccount>> accounts = StaffAccounts(database->connection()).list();
    if (!accounts)
        return cli.fail(ExitStorage, accounts.error());
    if (formatName == QLatin1String("json")) {
        QJsonArray json;
        for (const StaffAccount &a : *accounts)
            json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("uuid"), a.uuid},
                                    {QStringLiteral("login"), a.login},
                                    {QStringLiteral("display_name"), a.displayName},
                                    {QStringLiteral("role"), roleCode(a.role)},
                                    {QStringLiteral("disabled_at"),
                                     a.isDisabled() ? QJsonValue(a.disabledAt.toString(Qt::ISODate)) : QJsonValue()}});
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const StaffAccount &a : *accounts)
            cli.out() << a.login << '\t' << a.displayName << '\t' << StaffAccounts::roleName(a.role) << '\t'
                      << (a.isDisabled() ? CliContext::tr("disabled") : CliContext::tr("active")) << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

int addAccount(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption login(QStringLiteral("login"), CliContext::tr("The login."), QStringLiteral("LOGIN"));
    const QCommandLineOption name(QStringLiteral("name"), CliContext::tr("The person's name."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), CliContext::tr("facilitator or coordinator."), QStringLiteral("ROLE"));
    parser.addOptions({login, name, role});
    if (!cli.parse(parser))
        return ExitUsage;
    const QString roleText = parser.value(role);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(login) || !parser.isSet(name)
        || (roleText != QLatin1String("facilitator") && roleText != QLatin1String("coordinator")))
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli accounts add --login LOGIN --name NAME --role "
                                                  "facilitator|coordinator"));
    NewStaffAccount account;
    account.login = parser.value(login);
    account.displayName = parser.value(name);
    account.role = roleText == QLatin1String("coordinator") ? StaffRole::Coordinator : StaffRole::Facilitator;
    if (const int code = readNewSecret(cli, &account.secret); code != ExitOk)
        return code;
    Database *database = cli.database();
    if (!database)
        return ExitStorage;
    const Result<qint64> created = StaffAccounts(database->connection()).create(account);
    if (!created)
        return cli.fail(ExitBadInput, created.error());
    cli.out() << CliContext::tr("Account %1 created (%2).").arg(account.login.trimmed(), StaffAccounts::roleName(account.role))
              << Qt::endl;
    return ExitOk;
}

int changePassword(CliContext &cli)
{
    StaffAccount account;
    if (const int code = findAccount(cli, CliContext::tr("Usage: mediatelier-cli accounts passwd LOGIN"), &account); code != ExitOk)
        return code;
    QString secret;
    if (const int code = readNewSecret(cli, &secret); code != ExitOk)
        return code;
    if (Status status = StaffAccounts(cli.database()->connection()).resetSecret(account.id, secret); !status)
        return cli.fail(ExitBadInput, status.error());
    cli.out() << CliContext::tr("The password of %1 was changed.").arg(account.login) << Qt::endl;
    return ExitOk;
}

int setDisabled(CliContext &cli, bool disabled)
{
    const QString usage = disabled ? CliContext::tr("Usage: mediatelier-cli accounts disable LOGIN")
                                   : CliContext::tr("Usage: mediatelier-cli accounts enable LOGIN");
    StaffAccount account;
    if (const int code = findAccount(cli, usage, &account); code != ExitOk)
        return code;
    if (Status status = StaffAccounts(cli.database()->connection()).setDisabled(account.id, disabled); !status)
        return cli.fail(ExitBadInput, status.error());
    cli.out() << (disabled ? CliContext::tr("Account %1 disabled.") : CliContext::tr("Account %1 enabled.")).arg(account.login)
              << Qt::endl;
    return ExitOk;
}

} // namespace

SecretPrompt &secretPrompt()
{
    static SecretPrompt prompt = readFromTerminal;
    return prompt;
}

int unlockPersonalData(CliContext &cli)
{
    // Look without writing first: a file that does not exist yet or has no coordinator is open to
    // anyone who can read it anyway (docs/privacy.md); a refused file is reported by the command.
    if (!QFileInfo::exists(cli.databasePath()))
        return ExitOk;
    {
        Database look(QStringLiteral("cli-gate-look"));
        if (!look.open(cli.databasePath(), Database::Access::ReadOnly).ok() || look.schemaVersion() < SchemaWithAccounts)
            return ExitOk;
        const Result<bool> coordinator = StaffAccounts(look.connection()).hasCoordinator();
        if (!coordinator)
            return cli.fail(ExitStorage, coordinator.error());
        if (!*coordinator)
            return ExitOk;
    }
    std::optional<QString> password = qEnvironmentVariable("MEDIATELIER_PASSWORD");
    if (password->isEmpty())
        password = secretPrompt()(CliContext::tr("Coordinator password: "));
    if (!password || password->isEmpty())
        return cli.fail(ExitUsage, CliContext::tr("%1 is protected by staff accounts and this command shows or changes "
                                                  "personal data: set MEDIATELIER_PASSWORD to a coordinator's password, "
                                                  "or run the command in a terminal to type it.")
                                       .arg(cli.databasePath()));
    // Count the attempt in the file when possible; the window may hold it, then only read it.
    Database gate(QStringLiteral("cli-gate"));
    bool counted = true;
    if (!gate.open(cli.databasePath()).ok()) {
        counted = false;
        if (const Database::OpenResult reading = gate.open(cli.databasePath(), Database::Access::ReadOnly); !reading.ok())
            return cli.fail(ExitStorage, reading.message);
    }
    StaffAccounts accounts(gate.connection());
    accounts.setReadOnly(!counted);
    const Result<StaffSignIn> answer = accounts.verifyCoordinator(*password);
    if (!answer)
        return cli.fail(ExitStorage, answer.error());
    if (!answer->ok()) {
        if (!counted && answer->outcome == StaffSignIn::Outcome::Wrong)
            QThread::msleep(UncountedFailurePauseMs);
        return cli.fail(ExitUsage, answer->message);
    }
    cli.setStaffLogin(answer->account.login);
    return ExitOk;
}

QList<CliCommand> accountCommands()
{
    return {
        {QStringLiteral("accounts list"), QT_TRANSLATE_NOOP("CliCommands", "staff accounts: login, name, role, state"),
         listAccounts, PersonalData},
        {QStringLiteral("accounts add"),
         QT_TRANSLATE_NOOP("CliCommands", "new staff account: --login L --name N --role facilitator|coordinator"), addAccount,
         PersonalData},
        {QStringLiteral("accounts passwd"), QT_TRANSLATE_NOOP("CliCommands", "set a new password for LOGIN"), changePassword,
         PersonalData},
        {QStringLiteral("accounts disable"), QT_TRANSLATE_NOOP("CliCommands", "disable LOGIN (the last coordinator stays)"),
         [](CliContext &cli) { return setDisabled(cli, true); }, PersonalData},
        {QStringLiteral("accounts enable"), QT_TRANSLATE_NOOP("CliCommands", "enable LOGIN again"),
         [](CliContext &cli) { return setDisabled(cli, false); }, PersonalData},
    };
}
