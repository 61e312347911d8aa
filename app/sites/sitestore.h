// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(SiteStore)
public:
    explicit SiteStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // A site needs a name that no other site has (case and accents ignored), so that the lists
    // and reports never show two indistinguishable sites.
    Result<qint64> add(const Site &site);
    Status update(const Site &site);
    Result<Site> get(qint64 id) const;
    // By name.
    Result<QList<Site>> all() const;

private:
    Status validate(const Site &site) const;
    QSqlDatabase m_db;
};
