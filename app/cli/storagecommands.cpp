// SPDX-License-Identifier: GPL-3.0-or-later
// init, check, backup: the commands that look after the database file itself.
#include "cli/cli.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int init(CliContext &cli)
{
    QCommandLineParser parser;
    if (!cli.parse(parser))
        return ExitUsage;
    Database *db = cli.database();
    if (!db)
        return ExitStorage;
    cli.out() << CliContext::tr("Database: %1").arg(db->path()) << '\n'
              << CliContext::tr("Schema version: %1").arg(db->schemaVersion()) << Qt::endl;
    return ExitOk;
}

int check(CliContext &cli)
{
    QCommandLineParser parser;
    QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text or json."),
                              QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (!cli.parse(parser))
        return ExitUsage;
    Database *db = cli.database(true);
    if (!db)
        return ExitStorage;
    const Database::CheckReport report = db->check();
    if (parser.value(format) == QLatin1String("json")) {
        const QJsonObject json{{QStringLiteral("database"), db->path()},
                               {QStringLiteral("integrity"), report.integrityOk},
                               {QStringLiteral("foreignKeys"), report.foreignKeysOk},
                               {QStringLiteral("schemaVersion"), report.schemaVersion},
                               {QStringLiteral("expectedSchemaVersion"), Database::SchemaVersion},
                               {QStringLiteral("sound"), report.sound()}};
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        cli.out() << CliContext::tr("Database: %1").arg(db->path()) << '\n'
                  << CliContext::tr("Integrity: %1").arg(report.integrityOk ? CliContext::tr("ok") : CliContext::tr("FAILED")) << '\n'
                  << CliContext::tr("Foreign keys: %1").arg(report.foreignKeysOk ? CliContext::tr("ok") : CliContext::tr("FAILED")) << '\n'
                  << CliContext::tr("Schema version: %1 (expected %2)").arg(report.schemaVersion).arg(Database::SchemaVersion)
                  << Qt::endl;
    }
    for (const QString &problem : report.problems)
        cli.err() << db->path() << ": " << problem << Qt::endl;
    return report.sound() ? ExitOk : ExitStorage;
}

int backup(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("Where to write the copy."));
    if (!cli.parse(parser))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli backup FILE"));
    Database *db = cli.database(true);
    if (!db)
        return ExitStorage;
    const QString target = parser.positionalArguments().first();
    // Written under a temporary name and checked before it takes the file's name.
    if (Status status = Backups::writeChecked(*db, target); !status)
        return cli.fail(ExitStorage, status.error());
    cli.out() << CliContext::tr("Backup written to %1").arg(target) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> storageCommands()
{
    return {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("CliCommands", "create or upgrade the database; print its path and schema version"), init},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("CliCommands", "integrity, foreign keys, schema version; exit 0 only when sound"), check},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("CliCommands", "consistent copy, safe while the window has the file open"), backup},
    };
}
