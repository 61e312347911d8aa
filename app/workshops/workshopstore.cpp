// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopstore.h"

#include "core/clock.h"
#include "core/textfold.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace {

const QString DateFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

const QString SelectColumns = QStringLiteral(
    "SELECT w.id, w.uuid, w.title, w.starts_at, w.duration_minutes, COALESCE(w.site_id, 0), COALESCE(s.name, ''), "
    "COALESCE(w.facilitator_id, 0), COALESCE(f.display_name, ''), COALESCE(w.place, ''), COALESCE(w.capacity, 0), "
    "w.format, w.status, COALESCE(w.series_uuid, ''), COALESCE(w.notes, ''), "
    "(SELECT group_concat(module_id, ' ') FROM workshop_modules m WHERE m.workshop_id = w.id), "
    "(SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id), "
    "(SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id AND a.status IN ('present', 'late')), "
    "(SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id AND a.status = 'excused'), "
    "(SELECT COUNT(*) FROM attendance a WHERE a.workshop_id = w.id AND a.status = 'absent') "
    "FROM workshops w LEFT JOIN sites s ON s.id = w.site_id LEFT JOIN facilitators f ON f.id = w.facilitator_id ");

Workshop readWorkshop(const SqlStatement &row)
{
    Workshop w;
    w.id = row.value(0).toLongLong();
    w.uuid = row.value(1).toString();
    w.title = row.value(2).toString();
    w.start = QDateTime::fromString(row.value(3).toString(), DateFormat);
    w.durationMinutes = row.value(4).toInt();
    w.siteId = row.value(5).toLongLong();
    w.siteName = row.value(6).toString();
    w.facilitatorId = row.value(7).toLongLong();
    w.facilitatorName = row.value(8).toString();
    w.place = row.value(9).toString();
    w.capacity = row.value(10).toInt();
    w.format = row.value(11).toString() == QLatin1String("individual") ? Workshop::Format::Individual : Workshop::Format::Collective;
    w.status = row.value(12).toString() == QLatin1String("cancelled") ? Workshop::Status::Cancelled : Workshop::Status::Planned;
    w.seriesUuid = row.value(13).toString();
    w.notes = row.value(14).toString();
    w.modules = row.value(15).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    w.modules.sort();
    w.registered = row.value(16).toInt();
    w.present = row.value(17).toInt();
    w.excused = row.value(18).toInt();
    w.absent = row.value(19).toInt();
    return w;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindFields(SqlStatement &statement, const Workshop &w)
{
    statement.bind(QStringLiteral(":title"), w.title.trimmed())
        .bind(QStringLiteral(":key"), foldForSearch(w.title))
        .bind(QStringLiteral(":start"), w.start.toString(DateFormat))
        .bind(QStringLiteral(":month"), WorkshopStore::monthKey(w.start))
        .bind(QStringLiteral(":duration"), w.durationMinutes)
        .bind(QStringLiteral(":site"), idOrNull(w.siteId))
        .bind(QStringLiteral(":facilitator"), idOrNull(w.facilitatorId))
        .bind(QStringLiteral(":place"), nullIfEmpty(w.place))
        .bind(QStringLiteral(":capacity"), w.capacity > 0 ? QVariant(w.capacity) : QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":format"), w.format == Workshop::Format::Individual ? QStringLiteral("individual") : QStringLiteral("collective"))
        .bind(QStringLiteral(":status"), w.status == Workshop::Status::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("planned"))
        .bind(QStringLiteral(":series"), nullIfEmpty(w.seriesUuid))
        .bind(QStringLiteral(":notes"), nullIfEmpty(w.notes))
        .bind(QStringLiteral(":now"), Stamp::nowUtc());
}

Status validate(const Workshop &w)
{
    if (w.title.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("WorkshopStore", "A workshop needs a title."));
    if (!w.start.isValid())
        return Status::failure(QCoreApplication::translate("WorkshopStore", "A workshop needs a start date and time."));
    if (w.durationMinutes <= 0)
        return Status::failure(QCoreApplication::translate("WorkshopStore", "A workshop lasts at least one minute."));
    return {};
}

} // namespace

Result<qint64> WorkshopStore::add(const Workshop &workshop)
{
    if (Status status = validate(workshop); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<qint64> id = insert(workshop);
    if (!id)
        return id;
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

Result<qint64> WorkshopStore::insert(const Workshop &workshop)
{
    SqlStatement statement(m_db, QStringLiteral(
        "INSERT INTO workshops (uuid, site_id, facilitator_id, title, search_key, starts_at, start_month, duration_minutes, "
        "place, capacity, format, status, series_uuid, notes, created_at, updated_at) VALUES (:uuid, :site, :facilitator, "
        ":title, :key, :start, :month, :duration, :place, :capacity, :format, :status, :series, :notes, :now, :now)"));
    statement.bind(QStringLiteral(":uuid"), Stamp::newUuid());
    bindFields(statement, workshop);
    if (Status status = statement.exec(); !status)
        return status;
    const qint64 id = statement.lastInsertId().toLongLong();
    if (Status status = writeModules(id, workshop.modules); !status)
        return status;
    return id;
}

Result<qint64> WorkshopStore::duplicate(qint64 id, const QDateTime &start)
{
    Result<Workshop> original = get(id);
    if (!original)
        return original.status();
    Workshop copy = *original;
    // A week later on the calendar, same local time (see WorkshopSeries on clock changes).
    copy.start = start.isValid() ? start : QDateTime(copy.start.date().addDays(7), copy.start.time());
    copy.status = Workshop::Status::Planned;
    copy.seriesUuid.clear();
    return add(copy);
}

Result<QList<qint64>> WorkshopStore::addSeries(const Workshop &first, const WorkshopSeries &series)
{
    if (Status status = validate(first); !status)
        return status;
    if (Status status = series.validate(); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Workshop session = first;
    session.seriesUuid = Stamp::newUuid();
    session.status = Workshop::Status::Planned;
    QList<qint64> ids;
    for (const QDateTime &start : series.dates(first.start)) {
        session.start = start;
        const Result<qint64> id = insert(session);
        if (!id)
            return id.status();
        ids.append(*id);
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return ids;
}

Status WorkshopStore::update(const Workshop &workshop)
{
    if (Status status = validate(workshop); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE workshops SET site_id = :site, facilitator_id = :facilitator, title = :title, search_key = :key, "
        "starts_at = :start, start_month = :month, duration_minutes = :duration, place = :place, capacity = :capacity, "
        "format = :format, status = :status, series_uuid = :series, notes = :notes, updated_at = :now WHERE id = :id"));
    bindFields(update, workshop);
    update.bind(QStringLiteral(":id"), workshop.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() == 0)
        return Status::failure(QCoreApplication::translate("WorkshopStore", "There is no workshop %1.").arg(workshop.id));
    if (Status status = writeModules(workshop.id, workshop.modules); !status)
        return status;
    return transaction.commit();
}

Status WorkshopStore::writeModules(qint64 id, const QStringList &modules)
{
    SqlStatement clear(m_db, QStringLiteral("DELETE FROM workshop_modules WHERE workshop_id = :id"));
    clear.bind(QStringLiteral(":id"), id);
    if (Status status = clear.exec(); !status)
        return status;
    for (const QString &module : modules) {
        SqlStatement insert(m_db, QStringLiteral("INSERT OR IGNORE INTO workshop_modules (workshop_id, module_id) VALUES (:id, :module)"));
        insert.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":module"), module);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<Workshop> WorkshopStore::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE w.id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Workshop>::failure(QCoreApplication::translate("WorkshopStore", "There is no workshop %1.").arg(id));
    return readWorkshop(select);
}

Result<QList<Workshop>> WorkshopStore::list(const WorkshopFilter &filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    if (filter.from.isValid())
        where << QStringLiteral("w.starts_at >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("w.starts_at < :to");
    if (filter.siteId > 0)
        where << QStringLiteral("w.site_id = :site");
    if (filter.facilitatorId > 0)
        where << QStringLiteral("w.facilitator_id = :facilitator");
    if (!filter.moduleId.isEmpty())
        where << QStringLiteral("EXISTS (SELECT 1 FROM workshop_modules m WHERE m.workshop_id = w.id AND m.module_id = :module)");
    if (!filter.includeCancelled)
        where << QStringLiteral("w.status = 'planned'");
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))
                                  + QStringLiteral(" ORDER BY w.starts_at, w.id"));
    if (filter.from.isValid())
        select.bind(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        select.bind(QStringLiteral(":to"), filter.to.addDays(1).toString(Qt::ISODate));
    if (filter.siteId > 0)
        select.bind(QStringLiteral(":site"), filter.siteId);
    if (filter.facilitatorId > 0)
        select.bind(QStringLiteral(":facilitator"), filter.facilitatorId);
    if (!filter.moduleId.isEmpty())
        select.bind(QStringLiteral(":module"), filter.moduleId);
    if (Status status = select.exec(); !status)
        return status;
    const QDateTime now = filter.now.isValid() ? filter.now : QDateTime::currentDateTime();
    QList<Workshop> workshops;
    while (select.next()) {
        Workshop workshop = readWorkshop(select);
        // Decided here rather than in SQL: "finished" needs the start plus the duration, and the
        // period filters above already keep the rows few.
        const bool finished = workshop.end() <= now;
        if ((filter.when == WorkshopFilter::When::Upcoming && finished) || (filter.when == WorkshopFilter::When::Past && !finished))
            continue;
        workshops.append(std::move(workshop));
    }
    return workshops;
}

Status WorkshopStore::setStatus(qint64 id, Workshop::Status status)
{
    SqlStatement update(m_db, QStringLiteral("UPDATE workshops SET status = :status, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":status"), status == Workshop::Status::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("planned"))
        .bind(QStringLiteral(":now"), Stamp::nowUtc())
        .bind(QStringLiteral(":id"), id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() == 0)
        return Status::failure(QCoreApplication::translate("WorkshopStore", "There is no workshop %1.").arg(id));
    return {};
}
