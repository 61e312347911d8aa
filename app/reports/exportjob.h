// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/attendanceexport.h"

#include <QAtomicInteger>
#include <QObject>
#include <QString>

// Runs an attendance export on a worker thread with its own read-only connection, so that ten
// years of rows never freeze the window; reports progress and can be cancelled.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx, Pdf };

    ExportJob(QString databasePath, AttendanceExport::Options options, Format format, QString target,
              QObject *parent = nullptr);

    // Starts the worker thread; finished() follows, on the caller's thread.
    void start();
    void cancel() { m_cancelled.storeRelaxed(1); }

signals:
    void progress(qint64 rows);
    // rows < 0: failed or cancelled, with the message (translated).
    void finished(qint64 rows, const QString &error);

private:
    void run();

    QString m_databasePath;
    AttendanceExport::Options m_options;
    Format m_format;
    QString m_target;
    QAtomicInteger<int> m_cancelled{0};
};
