// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/backupflow.h"

#include "core/settings.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QThread>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupFlow", text);
}

// Owns the worker thread; destroyed with the window, it waits for the copy to end first.
class DailyJob : public QObject
{
public:
    using QObject::QObject;
    ~DailyJob() override
    {
        if (m_thread)
            m_thread->wait();
    }
    QThread *m_thread = nullptr;
};

} // namespace

void BackupFlow::startDaily(const QString &databasePath, QWidget *window)
{
    const QString folder = Backups::folderFor(databasePath);
    const int keep = Settings::backupsToKeep();
    auto outcome = std::make_shared<Status>();
    auto *job = new DailyJob(window);
    const QString connection = QStringLiteral("daily-backup-%1").arg(quintptr(job));
    job->m_thread = QThread::create([databasePath, folder, keep, outcome, connection] {
        Database database(connection);
        const Database::OpenResult opened = database.open(databasePath, Database::Access::ReadOnly);
        if (!opened.ok()) {
            *outcome = Status::failure(opened.message);
            return;
        }
        if (const Result<Backups::DailyOutcome> daily = Backups::runDaily(database, folder, keep); !daily)
            *outcome = daily.status();
    });
    job->m_thread->setParent(job);
    QObject::connect(job->m_thread, &QThread::finished, job, [job, outcome, window = QPointer<QWidget>(window)] {
        if (!outcome->ok() && window) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("The automatic backup failed"), outcome->error(),
                                        QMessageBox::Ok, window);
            box->setObjectName(QStringLiteral("automaticBackupFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        job->deleteLater();
    });
    job->m_thread->start(QThread::LowPriority);
}

bool BackupFlow::restore(const QString &backup, const QString &databasePath, BackupRestore::Reason reason, QWidget *parent,
                         const QString &staffLogin)
{
    const Result<BackupRestore::Outcome> restored = BackupRestore::restore(backup, databasePath, reason, staffLogin);
    if (!restored) {
        QMessageBox::warning(parent, tr("Nothing was restored"), restored.error());
        return false;
    }
    const QDate date = Backups::dateOf(backup);
    const QString from = date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QFileInfo(backup).fileName();
    QString text = tr("The backup of %1 is now the database %2.").arg(from, QDir::toNativeSeparators(databasePath));
    if (!restored->keptAside.isEmpty())
        text += QLatin1Char('\n')
                + (reason == BackupRestore::Reason::Damaged
                       ? tr("The damaged file was kept aside, unchanged, as %1.")
                       : tr("The previous file was kept aside as %1."))
                      .arg(QDir::toNativeSeparators(restored->keptAside));
    QMessageBox::information(parent, tr("Backup restored"), text);
    return true;
}
