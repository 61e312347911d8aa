// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/exportjob.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

ExportJob::ExportJob(QString databasePath, AttendanceExport::Options options, Format format, QString target, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_options(std::move(options)), m_format(format),
      m_target(std::move(target))
{
}

void ExportJob::start()
{
    QThread *thread = QThread::create([this] { run(); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ExportJob::run()
{
    qint64 rows = -1;
    QString error;
    {
        // SQLite connections belong to one thread: the worker opens its own, read-only (one writer
        // per file, DESIGN.md).
        Database db(QStringLiteral("export-%1").arg(quintptr(QThread::currentThreadId())));
        const Database::OpenResult opened = db.open(m_databasePath, Database::Access::ReadOnly);
        if (!opened.ok()) {
            error = opened.message;
        } else {
            AttendanceExport::Options options = m_options;
            options.progress = [this](qint64 written) {
                if (written % 1000 == 0)
                    emit progress(written);
                return m_cancelled.loadRelaxed() == 0;
            };
            const AttendanceExport exporter(db.connection());
            const Result<qint64> written = m_format == Format::Xlsx  ? exporter.writeXlsx(options, m_target)
                                           : m_format == Format::Pdf ? exporter.writePdf(options, m_target)
                                                                     : exporter.writeCsv(options, m_target);
            if (written)
                rows = *written;
            else
                error = m_cancelled.loadRelaxed() ? QCoreApplication::translate("ExportJob", "The export was cancelled; no file was kept.")
                                                  : written.error();
        }
    }
    emit finished(rows, error); // queued to the receiver's thread
}
