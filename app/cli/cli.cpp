// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "core/languagemanager.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QLocale>

CliContext::CliContext(QStringList args, QString databasePath, QTextStream &out, QTextStream &err)
    : m_args(std::move(args)), m_databasePath(std::move(databasePath)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

Database *CliContext::database(bool readOnly)
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>(QStringLiteral("cli"));
    const Database::OpenResult result =
        database->open(m_databasePath, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!result.ok()) {
        m_err << result.message << Qt::endl;
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

bool CliContext::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("mediatelier-cli")} + m_args)) {
        m_err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

QString CliContext::contentLanguage()
{
    return QLocale().name().left(2) == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
}

int CliContext::fail(CliExit code, const QString &message)
{
    m_err << message << Qt::endl;
    return code;
}

namespace {

QList<CliCommand> allCommands()
{
    QList<CliCommand> commands;
    commands += storageCommands();
    commands += moduleCommands();
    commands += quizCommands();
    commands += workshopCommands();
    commands += learnerCommands();
    commands += aiDemoCommands();
    commands += reportCommands();
    commands += accountCommands();
    return commands;
}

void printHelp(QTextStream &out)
{
    const QString languages = LanguageManager::available().join(QLatin1Char('|'));
    out << QCoreApplication::translate("Cli", "Usage: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]")
               .arg(languages)
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const CliCommand &command : allCommands())
        out << "  " << command.name.leftJustified(22) << ' '
            << QCoreApplication::translate("CliCommands", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Options:") << '\n'
        << "  --database FILE        "
        << QCoreApplication::translate("Cli", "the database file (else $MEDIATELIER_DATABASE, else the default file)")
        << '\n'
        << "  --lang " << languages.leftJustified(15) << ' ' << QCoreApplication::translate("Cli", "language of messages")
        << '\n'
        << "  --help, --version\n\n"
        << QCoreApplication::translate("Cli", "Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.")
        << Qt::endl;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList rest = arguments.mid(1);
    QString databaseOption;
    QString language = LanguageManager::systemLanguage();
    bool help = false;
    // Global options come before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            help = true;
        } else if (option == QLatin1String("--version")) {
            out << "mediatelier-cli " << MEDIATELIER_VERSION << Qt::endl;
            return ExitOk;
        } else if ((option == QLatin1String("--database") || option == QLatin1String("--lang")) && !rest.isEmpty()) {
            (option == QLatin1String("--database") ? databaseOption : language) = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--database="))) {
            databaseOption = option.mid(11);
        } else if (option.startsWith(QLatin1String("--lang="))) {
            language = option.mid(7);
        } else {
            LanguageManager::instance()->setLanguage(language);
            err << QCoreApplication::translate("Cli", "Unknown option: %1").arg(option) << Qt::endl;
            return ExitUsage;
        }
    }
    LanguageManager::instance()->setLanguage(language);
    if (help || rest.isEmpty()) {
        printHelp(help ? out : err);
        return help ? ExitOk : ExitUsage;
    }

    // Longest matching command name wins ("modules list" before "modules").
    const QList<CliCommand> commands = allCommands();
    const CliCommand *chosen = nullptr;
    int wordsUsed = 0;
    for (const CliCommand &command : commands) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (words.size() > wordsUsed && rest.mid(0, words.size()) == words) {
            chosen = &command;
            wordsUsed = int(words.size());
        }
    }
    if (!chosen) {
        err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(rest.join(QLatin1Char(' '))) << "\n\n";
        printHelp(err);
        return ExitUsage;
    }
    CliContext context(rest.mid(wordsUsed), Database::resolvePath(databaseOption), out, err);
    if (chosen->personalData) {
        if (const int code = unlockPersonalData(context); code != ExitOk)
            return code;
    }
    return chosen->run(context);
}
