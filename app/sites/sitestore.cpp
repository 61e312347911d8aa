// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/sitestore.h"

#include "core/clock.h"
#include "storage/sql.h"

Result<qint64> SiteStore::add(const Site &site)
{
    const QString now = Stamp::nowUtc();
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO sites (uuid, name, address, created_at, updated_at) "
                                             "VALUES (:uuid, :name, :address, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), site.uuid.isEmpty() ? Stamp::newUuid() : site.uuid)
        .bind(QStringLiteral(":name"), site.name.trimmed())
        .bind(QStringLiteral(":address"), nullIfEmpty(site.address))
        .bind(QStringLiteral(":now"), now);
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Status SiteStore::update(const Site &site)
{
    SqlStatement update(m_db, QStringLiteral("UPDATE sites SET name = :name, address = :address, "
                                             "updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":name"), site.name.trimmed())
        .bind(QStringLiteral(":address"), nullIfEmpty(site.address))
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), site.id);
    return update.exec();
}

Result<QList<Site>> SiteStore::all() const
{
    SqlStatement select(m_db, QStringLiteral("SELECT id, uuid, name, COALESCE(address, '') FROM sites ORDER BY name"));
    if (Status status = select.exec(); !status)
        return status;
    QList<Site> sites;
    while (select.next())
        sites.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
                      select.value(3).toString()});
    return sites;
}
