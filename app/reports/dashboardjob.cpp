// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/dashboardjob.h"

#include "storage/database.h"

#include <QThread>

DashboardJob::DashboardJob(QString databasePath, ReportFilter filter, DashboardData::Granularity granularity, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_filter(std::move(filter)), m_granularity(granularity)
{
}

DashboardJob::~DashboardJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void DashboardJob::run()
{
    QString error;
    {
        // SQLite connections belong to one thread: the worker opens its own, read-only (one writer
        // per file, DESIGN.md), under a name no other job uses at the same time.
        static QAtomicInteger<quint64> jobs{0};
        Database db(QStringLiteral("dashboard-%1").arg(jobs.fetchAndAddRelaxed(1)));
        const Database::OpenResult opened = db.open(m_databasePath, Database::Access::ReadOnly);
        if (!opened.ok()) {
            error = opened.message;
        } else {
            const DashboardQuery query(db.connection());
            Result<DashboardData> data = query.compute(m_filter, m_granularity, [this](int done, int total) {
                emit progress(done, total);
                return !isCancelled();
            });
            if (data)
                m_data = std::move(*data);
            else
                error = isCancelled() ? DashboardQuery::cancelledMessage() : data.error();
        }
    }
    emit finished(error); // queued to the receiver's thread, after m_data is written
}
