// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "cli/cli.h"
#include "privacy/staffaccounts.h"
#include "privacy/staffsession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

void TestSupport::isolate()
{
    // One name per test executable: CTest runs them in parallel, and they must not share (or wipe)
    // each other's settings and data folders.
    const QString name = QStringLiteral("MediatelierTests-") + QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    QCoreApplication::setOrganizationName(QStringLiteral("MediatelierTests"));
    QCoreApplication::setApplicationName(name);
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                  + QStringLiteral("/MediatelierTests/%1.conf").arg(name));
}

QByteArray TestSupport::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool TestSupport::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString TestSupport::fixture(const QString &relative)
{
    return QStringLiteral(MEDIATELIER_FIXTURES "/") + relative;
}

bool TestSupport::signInCoordinator(const QSqlDatabase &db, StaffSession &staff)
{
    NewStaffAccount coordinator;
    coordinator.login = QStringLiteral("coordinator");
    coordinator.displayName = QStringLiteral("Claire Martin");
    coordinator.role = StaffRole::Coordinator;
    coordinator.secret = QStringLiteral("window tests only");
    StaffAccounts accounts(db);
    const Result<qint64> id = accounts.create(coordinator);
    const Result<StaffAccount> account = id ? accounts.get(*id) : accounts.findByLogin(coordinator.login);
    if (!account)
        return false;
    staff.signIn(*account);
    return staff.isCoordinator();
}

int TestSupport::cli(const QStringList &args, QString *out, QString *err)
{
    QString outText;
    QString errText;
    int code = 0;
    {
        QTextStream outStream(&outText);
        QTextStream errStream(&errText);
        code = runCli(QStringList{QStringLiteral("mediatelier-cli")} + args, outStream, errStream);
    }
    if (out)
        *out = outText;
    if (err)
        *err = errText;
    return code;
}

void TestSupport::exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}
