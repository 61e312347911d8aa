// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

struct ModuleProgress
{
    int pagesSeen = 0;
    bool completed = false;
    QString lastPage; // the page read most recently
};

// Which lesson pages each learner has seen (lesson_progress). Guests have no rows: callers never
// record for learner id 0.
class ProgressStore
{
public:
    explicit ProgressStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Records that the learner saw the page now; marks the module completed when every page of it
    // (pageCount) has been seen.
    Status recordPageSeen(qint64 learnerId, const QString &moduleId, const QString &pageId, int pageCount);
    Result<ModuleProgress> progress(qint64 learnerId, const QString &moduleId) const;
    Result<QHash<QString, ModuleProgress>> allProgress(qint64 learnerId) const;

private:
    QSqlDatabase m_db;
};
