// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/facilitatorstore.h"

#include "core/clock.h"
#include "storage/sql.h"

namespace {

const QString SelectColumns =
    QStringLiteral("SELECT id, uuid, COALESCE(site_id, 0), display_name, COALESCE(email, ''), active FROM facilitators ");

Facilitator readFacilitator(const SqlStatement &row)
{
    Facilitator f;
    f.id = row.value(0).toLongLong();
    f.uuid = row.value(1).toString();
    f.siteId = row.value(2).toLongLong();
    f.displayName = row.value(3).toString();
    f.email = row.value(4).toString();
    f.active = row.value(5).toInt() != 0;
    return f;
}

QVariant siteOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Status FacilitatorStore::validate(const Facilitator &facilitator) const
{
    if (facilitator.displayName.trimmed().isEmpty())
        return Status::failure(tr("A facilitator needs a name."));
    const QString email = facilitator.email.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return Status::failure(tr("\"%1\" is not an e-mail address.").arg(email));
    return {};
}

Result<qint64> FacilitatorStore::add(const Facilitator &facilitator)
{
    if (Status status = validate(facilitator); !status)
        return status;
    SqlStatement insert(m_db, QStringLiteral(
        "INSERT INTO facilitators (uuid, site_id, display_name, email, active, created_at, updated_at) "
        "VALUES (:uuid, :site, :name, :email, :active, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), facilitator.uuid.isEmpty() ? Stamp::newUuid() : facilitator.uuid)
        .bind(QStringLiteral(":site"), siteOrNull(facilitator.siteId))
        .bind(QStringLiteral(":name"), facilitator.displayName.trimmed())
        .bind(QStringLiteral(":email"), nullIfEmpty(facilitator.email.trimmed()))
        .bind(QStringLiteral(":active"), facilitator.active ? 1 : 0)
        .bind(QStringLiteral(":now"), Stamp::nowUtc());
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Status FacilitatorStore::update(const Facilitator &facilitator)
{
    if (Status status = validate(facilitator); !status)
        return status;
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE facilitators SET site_id = :site, display_name = :name, email = :email, active = :active, "
        "updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":site"), siteOrNull(facilitator.siteId))
        .bind(QStringLiteral(":name"), facilitator.displayName.trimmed())
        .bind(QStringLiteral(":email"), nullIfEmpty(facilitator.email.trimmed()))
        .bind(QStringLiteral(":active"), facilitator.active ? 1 : 0)
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), facilitator.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("There is no facilitator %1.").arg(facilitator.id));
    return {};
}

Result<Facilitator> FacilitatorStore::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Facilitator>::failure(tr("There is no facilitator %1.").arg(id));
    return readFacilitator(select);
}

Result<QList<Facilitator>> FacilitatorStore::list(bool includeInactive) const
{
    SqlStatement select(m_db, SelectColumns + (includeInactive ? QString() : QStringLiteral("WHERE active = 1 "))
                                  + QStringLiteral("ORDER BY display_name COLLATE NOCASE, id"));
    if (Status status = select.exec(); !status)
        return status;
    QList<Facilitator> facilitators;
    while (select.next())
        facilitators.append(readFacilitator(select));
    return facilitators;
}

Status FacilitatorStore::setActive(qint64 id, bool active)
{
    SqlStatement update(m_db, QStringLiteral("UPDATE facilitators SET active = :active, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":active"), active ? 1 : 0).bind(QStringLiteral(":now"), Stamp::nowUtc()).bind(QStringLiteral(":id"), id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("There is no facilitator %1.").arg(id));
    return {};
}

Result<int> FacilitatorStore::workshopCount(qint64 id) const
{
    SqlStatement count(m_db, QStringLiteral("SELECT COUNT(*) FROM workshops WHERE facilitator_id = :id"));
    count.bind(QStringLiteral(":id"), id);
    if (Status status = count.exec(); !status)
        return status;
    count.next();
    return count.value(0).toInt();
}

Result<FacilitatorStore::Removal> FacilitatorStore::remove(qint64 id)
{
    // Checked and acted on in one write transaction, so a workshop saved in between cannot lose
    // its facilitator.
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<int> led = workshopCount(id);
    if (!led)
        return led.status();
    Removal removal = Removal::Deleted;
    if (*led > 0) {
        if (Status status = setActive(id, false); !status)
            return status;
        removal = Removal::Deactivated;
    } else {
        SqlStatement erase(m_db, QStringLiteral("DELETE FROM facilitators WHERE id = :id"));
        erase.bind(QStringLiteral(":id"), id);
        if (Status status = erase.exec(); !status)
            return status;
        if (erase.numRowsAffected() == 0)
            return Result<Removal>::failure(tr("There is no facilitator %1.").arg(id));
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return removal;
}
