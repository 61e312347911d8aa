// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/dashboardquery.h"

#include <QAtomicInteger>
#include <QObject>
#include <QString>

class QThread;

// Computes the dashboard on a worker thread with its own read-only connection, so that ten years
// of attendance never freeze the window; reports its steps and can be cancelled.
class DashboardJob : public QObject
{
    Q_OBJECT
public:
    DashboardJob(QString databasePath, ReportFilter filter, DashboardData::Granularity granularity,
                 QObject *parent = nullptr);
    // Cancels a computation still running and waits for its thread.
    ~DashboardJob() override;

    // Starts the worker thread; progress() and finished() follow, on the caller's thread.
    void start();
    void cancel() { m_cancelled.storeRelaxed(1); }
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

    // The figures, once finished() came without an error.
    const DashboardData &data() const { return m_data; }

signals:
    void progress(int done, int total);
    // An empty error: data() holds the figures. Otherwise why not (translated), cancelled included.
    void finished(const QString &error);

private:
    void run();

    QString m_databasePath;
    ReportFilter m_filter;
    DashboardData::Granularity m_granularity;
    DashboardData m_data;
    QThread *m_thread = nullptr;
    QAtomicInteger<int> m_cancelled{0};
};
