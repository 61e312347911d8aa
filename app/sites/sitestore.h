// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Site
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString address;
};

// The places where workshops happen.
class SiteStore
{
public:
    explicit SiteStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const Site &site);
    Status update(const Site &site);
    Result<QList<Site>> all() const;

private:
    QSqlDatabase m_db;
};
