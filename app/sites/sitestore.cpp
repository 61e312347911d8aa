// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/sitestore.h"

#include "core/clock.h"
#include "core/textfold.h"
#include "storage/sql.h"

namespace {

Site readSite(const SqlStatement &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString()};
}

const QString SelectColumns = QStringLiteral("SELECT id, uuid, name, COALESCE(address, '') FROM sites ");

} // namespace

Status SiteStore::validate(const Site &site) const
{
    if (site.name.trimmed().isEmpty())
        return Status::failure(tr("A site needs a name."));
    // Sites are few (a handful per file): comparing folded names in C++ is simpler than a key column.
    const Result<QList<Site>> sites = all();
    if (!sites)
        return sites.status();
    const QString key = foldForSearch(site.name);
    for (const Site &other : *sites)
        if (other.id != site.id && foldForSearch(other.name) == key)
            return Status::failure(tr("There is already a site called \"%1\".").arg(other.name));
    return {};
}

Result<qint64> SiteStore::add(const Site &site)
{
    if (Status status = validate(site); !status)
        return status;
    const QString now = Stamp::nowUtc();
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO sites (uuid, name, address, created_at, updated_at) "
                                             "VALUES (:uuid, :name, :address, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), site.uuid.isEmpty() ? Stamp::newUuid() : site.uuid)
        .bind(QStringLiteral(":name"), site.name.trimmed())
        .bind(QStringLiteral(":address"), nullIfEmpty(site.address.trimmed()))
        .bind(QStringLiteral(":now"), now);
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Status SiteStore::update(const Site &site)
{
    if (Status status = validate(site); !status)
        return status;
    SqlStatement update(m_db, QStringLiteral("UPDATE sites SET name = :name, address = :address, "
                                             "updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":name"), site.name.trimmed())
        .bind(QStringLiteral(":address"), nullIfEmpty(site.address.trimmed()))
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), site.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("There is no site %1.").arg(site.id));
    return {};
}

Result<Site> SiteStore::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Site>::failure(tr("There is no site %1.").arg(id));
    return readSite(select);
}

Result<QList<Site>> SiteStore::all() const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    if (Status status = select.exec(); !status)
        return status;
    QList<Site> sites;
    while (select.next())
        sites.append(readSite(select));
    return sites;
}
