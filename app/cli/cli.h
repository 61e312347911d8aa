// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class Database;

// Exit codes of mediatelier-cli (shared/CLI.md).
enum CliExit { ExitOk = 0, ExitUsage = 2, ExitBadInput = 3, ExitStorage = 4 };

// What a command gets: its own arguments, the output streams and the database, opened on demand.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QStringList args, QString databasePath, QTextStream &out, QTextStream &err);
    ~CliContext();

    const QStringList &args() const { return m_args; }
    const QString &databasePath() const { return m_databasePath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database for writing (creating and migrating it) or for reading only.
    // On failure prints the message and returns nullptr; the command then returns ExitStorage.
    Database *database(bool readOnly = false);
    // Parses args() against the command's options; prints the usage error itself.
    bool parse(class QCommandLineParser &parser);

    int fail(CliExit code, const QString &message);

    // The default language of content a command reads or writes (quiz questions, demonstration
    // examples): French when the CLI speaks French, English otherwise.
    static QString contentLanguage();

    // The coordinator whose password unlocked a personal-data command (empty otherwise), for the
    // privacy log.
    const QString &staffLogin() const { return m_staffLogin; }
    void setStaffLogin(const QString &login) { m_staffLogin = login; }

private:
    QStringList m_args;
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
    QString m_staffLogin;
};

// Marks a command that reads or changes personal data: once the file has a coordinator account,
// it runs only with a coordinator's password ($MEDIATELIER_PASSWORD, or a prompt on a terminal).
constexpr bool PersonalData = true;

struct CliCommand
{
    QString name;       // "init", "modules list"…
    const char *summary; // translated at display time in the "CliCommands" context
    std::function<int(CliContext &)> run;
    bool personalData = false;
};

// Each area contributes its commands; cli.cpp lists the areas.
QList<CliCommand> storageCommands();
QList<CliCommand> moduleCommands();
QList<CliCommand> quizCommands();
QList<CliCommand> workshopCommands();
QList<CliCommand> learnerCommands();
QList<CliCommand> aiDemoCommands();
QList<CliCommand> reportCommands();
QList<CliCommand> accountCommands();

// Asks for a secret on the terminal with the echo off; std::nullopt when standard input is not a
// terminal. Tests replace it to play the person at the keyboard.
using SecretPrompt = std::function<std::optional<QString>(const QString &prompt)>;
SecretPrompt &secretPrompt();

// The gate of personal-data commands (accountcommands.cpp): ExitOk when the file has no
// coordinator yet or the password is a coordinator's; otherwise prints why and returns ExitUsage.
int unlockPersonalData(CliContext &cli);

// The whole command line, runnable in-process (tests call it directly).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);
