// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/attendancestore.h"

#include "core/clock.h"
#include "learners/learnerstore.h"
#include "storage/sql.h"
#include "workshops/workshopstore.h"

namespace {

// An event written by "undo" keeps the status it took back in old_status behind this prefix
// ("undo:present": the person was present, the undo made them new_status again). Schema v2 has no
// column telling an undo from an ordinary change, and undo must know it to step further back.
const QString UndoPrefix = QStringLiteral("undo:");

const QString SelectEntries = QStringLiteral(
    "SELECT a.id, a.learner_id, l.display_name, COALESCE(l.last_name, ''), a.status, COALESCE(a.checked_in_at, '') "
    "FROM attendance a JOIN learners l ON l.id = a.learner_id ");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

AttendanceEntry readEntry(const SqlStatement &row)
{
    AttendanceEntry e;
    e.attendanceId = row.value(0).toLongLong();
    e.learnerId = row.value(1).toLongLong();
    e.displayName = row.value(2).toString();
    e.lastName = row.value(3).toString();
    AttendanceStore::fromCode(row.value(4).toString(), &e.status);
    const QString checkedIn = row.value(5).toString();
    if (!checkedIn.isEmpty())
        e.checkedInAt = QDateTime::fromString(checkedIn, Qt::ISODateWithMs);
    return e;
}

// One row of attendance_events, as undo reads it.
struct Event
{
    qint64 learnerId = 0;
    QString oldStatus; // empty: the event added the person to the list
    QString newStatus; // empty: the event removed them
    QString at;
    bool isUndo() const { return oldStatus.startsWith(UndoPrefix); }
};

} // namespace

QString AttendanceStore::code(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Registered: return QStringLiteral("registered");
    case AttendanceStatus::Present: return QStringLiteral("present");
    case AttendanceStatus::Late: return QStringLiteral("late");
    case AttendanceStatus::Excused: return QStringLiteral("excused");
    case AttendanceStatus::Absent: return QStringLiteral("absent");
    }
    return {};
}

bool AttendanceStore::fromCode(const QString &text, AttendanceStatus *status)
{
    for (AttendanceStatus s : {AttendanceStatus::Registered, AttendanceStatus::Present, AttendanceStatus::Late,
                               AttendanceStatus::Excused, AttendanceStatus::Absent}) {
        if (code(s) == text) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString AttendanceStore::label(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Registered: return tr("Registered");
    case AttendanceStatus::Present: return tr("Present");
    case AttendanceStatus::Late: return tr("Late");
    case AttendanceStatus::Excused: return tr("Excused");
    case AttendanceStatus::Absent: return tr("Absent");
    }
    return {};
}

Status AttendanceStore::requireWorkshop(qint64 workshopId) const
{
    SqlStatement select(m_db, QStringLiteral("SELECT 1 FROM workshops WHERE id = :id"));
    select.bind(QStringLiteral(":id"), workshopId);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Status::failure(tr("There is no workshop %1.").arg(workshopId));
    return {};
}

// The time of a new event: now, but always after the workshop's previous event, so that the events
// of one action share one time and two actions never do (undo takes back a whole action).
Result<QString> AttendanceStore::nextEventTime(qint64 workshopId) const
{
    SqlStatement select(m_db, QStringLiteral("SELECT MAX(at) FROM attendance_events WHERE workshop_id = :id"));
    select.bind(QStringLiteral(":id"), workshopId);
    if (Status status = select.exec(); !status)
        return status;
    const QString now = Stamp::nowUtcMs();
    const QString last = select.next() ? select.value(0).toString() : QString();
    if (last.isEmpty() || now > last)
        return now;
    return QDateTime::fromString(last, Qt::ISODateWithMs).addMSecs(1).toString(Qt::ISODateWithMs);
}

Status AttendanceStore::logEvent(qint64 attendanceId, qint64 workshopId, qint64 learnerId, const QVariant &oldStatus,
                                 const QVariant &newStatus, const QString &at)
{
    SqlStatement insert(m_db, QStringLiteral(
        "INSERT INTO attendance_events (attendance_id, workshop_id, learner_id, old_status, new_status, at) "
        "VALUES (:attendance, :workshop, :learner, :old, :new, :at)"));
    insert.bind(QStringLiteral(":attendance"), attendanceId > 0 ? QVariant(attendanceId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":workshop"), workshopId)
        .bind(QStringLiteral(":learner"), learnerId)
        .bind(QStringLiteral(":old"), oldStatus)
        .bind(QStringLiteral(":new"), newStatus)
        .bind(QStringLiteral(":at"), at);
    return insert.exec();
}

// Inside a transaction: the row and its event.
Status AttendanceStore::write(qint64 workshopId, qint64 learnerId, AttendanceStatus status, const QString &at)
{
    SqlStatement select(m_db, QStringLiteral("SELECT id, status FROM attendance WHERE workshop_id = :w AND learner_id = :l"));
    select.bind(QStringLiteral(":w"), workshopId).bind(QStringLiteral(":l"), learnerId);
    if (Status s = select.exec(); !s)
        return s;
    const bool here = countsAsHere(status);
    if (!select.next()) {
        SqlStatement insert(m_db, QStringLiteral(
            "INSERT INTO attendance (uuid, site_id, workshop_id, learner_id, status, checked_in_at, created_at, updated_at) "
            "VALUES (:uuid, (SELECT site_id FROM workshops WHERE id = :w), :w, :l, :status, :checked, :now, :now)"));
        insert.bind(QStringLiteral(":uuid"), Stamp::newUuid())
            .bind(QStringLiteral(":w"), workshopId)
            .bind(QStringLiteral(":l"), learnerId)
            .bind(QStringLiteral(":status"), code(status))
            .bind(QStringLiteral(":checked"), here ? QVariant(at) : nullText())
            .bind(QStringLiteral(":now"), at);
        if (Status s = insert.exec(); !s)
            return s;
        return logEvent(insert.lastInsertId().toLongLong(), workshopId, learnerId, nullText(), code(status), at);
    }
    const qint64 id = select.value(0).toLongLong();
    const QString old = select.value(1).toString();
    if (old == code(status))
        return {}; // nothing changes, nothing to prove or undo
    // Present → late keeps the first arrival time; leaving present/late clears it.
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE attendance SET status = :status, updated_at = :now, "
        "checked_in_at = CASE WHEN :here THEN COALESCE(checked_in_at, :now) ELSE NULL END WHERE id = :id"));
    update.bind(QStringLiteral(":status"), code(status))
        .bind(QStringLiteral(":now"), at)
        .bind(QStringLiteral(":here"), here ? 1 : 0)
        .bind(QStringLiteral(":id"), id);
    if (Status s = update.exec(); !s)
        return s;
    return logEvent(id, workshopId, learnerId, old, code(status), at);
}

Result<qint64> AttendanceStore::registerLearner(qint64 workshopId, qint64 learnerId)
{
    if (Status s = requireWorkshop(workshopId); !s)
        return s;
    if (entry(workshopId, learnerId))
        return Result<qint64>::failure(tr("This person is already on the list of this workshop."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<QString> at = nextEventTime(workshopId);
    if (!at)
        return at.status();
    if (Status s = write(workshopId, learnerId, AttendanceStatus::Registered, *at); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    const Result<AttendanceEntry> added = entry(workshopId, learnerId);
    if (!added)
        return added.status();
    return added->attendanceId;
}

Status AttendanceStore::unregister(qint64 workshopId, qint64 learnerId)
{
    const Result<AttendanceEntry> current = entry(workshopId, learnerId);
    if (!current)
        return current.status();
    if (current->status != AttendanceStatus::Registered)
        return Status::failure(tr("Only a person who is still registered can be taken off the list; change their status instead."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<QString> at = nextEventTime(workshopId);
    if (!at)
        return at.status();
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM attendance WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), current->attendanceId);
    if (Status s = remove.exec(); !s)
        return s;
    if (Status s = logEvent(0, workshopId, learnerId, code(AttendanceStatus::Registered), nullText(), *at); !s)
        return s;
    return transaction.commit();
}

Status AttendanceStore::setStatus(qint64 workshopId, qint64 learnerId, AttendanceStatus status)
{
    if (Status s = requireWorkshop(workshopId); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const Result<QString> at = nextEventTime(workshopId);
    if (!at)
        return at.status();
    if (Status s = write(workshopId, learnerId, status, *at); !s)
        return s;
    return transaction.commit();
}

Result<qint64> AttendanceStore::addWalkIn(qint64 workshopId, const QString &displayName)
{
    const Result<Workshop> workshop = WorkshopStore(m_db).get(workshopId);
    if (!workshop)
        return workshop.status();
    Learner learner;
    learner.displayName = displayName.trimmed();
    learner.siteId = workshop->siteId;
    // Two steps, not one transaction: LearnerStore::add may open its own transaction and SQLite does
    // not nest them. If marking present failed, the new person would stay findable for a retry.
    const Result<qint64> learnerId = LearnerStore(m_db).add(learner);
    if (!learnerId)
        return learnerId;
    if (Status s = setStatus(workshopId, *learnerId, AttendanceStatus::Present); !s)
        return s;
    return learnerId;
}

Result<int> AttendanceStore::markRemainingAbsent(qint64 workshopId)
{
    if (Status s = requireWorkshop(workshopId); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlStatement select(m_db, QStringLiteral("SELECT learner_id FROM attendance WHERE workshop_id = :w AND status = 'registered'"));
    select.bind(QStringLiteral(":w"), workshopId);
    if (Status s = select.exec(); !s)
        return s;
    QList<qint64> learners;
    while (select.next())
        learners.append(select.value(0).toLongLong());
    if (learners.isEmpty())
        return 0;
    const Result<QString> at = nextEventTime(workshopId); // one time for all: undone as one action
    if (!at)
        return at.status();
    for (qint64 learnerId : learners)
        if (Status s = write(workshopId, learnerId, AttendanceStatus::Absent, *at); !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    return int(learners.size());
}

Result<AttendanceUndo> AttendanceStore::undoLast(qint64 workshopId)
{
    if (Status s = requireWorkshop(workshopId); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlStatement select(m_db, QStringLiteral(
        "SELECT learner_id, COALESCE(old_status, ''), COALESCE(new_status, ''), at FROM attendance_events "
        "WHERE workshop_id = :w ORDER BY id DESC"));
    select.bind(QStringLiteral(":w"), workshopId);
    if (Status s = select.exec(); !s)
        return s;
    // Walk back action by action (events sharing one time): each undo action cancels the nearest
    // earlier action not cancelled yet; the first action left standing is the one to take back.
    QList<Event> target;
    int pendingUndos = 0;
    QList<Event> action;
    auto settle = [&]() {
        if (action.isEmpty() || !target.isEmpty())
            return;
        if (action.first().isUndo())
            ++pendingUndos;
        else if (pendingUndos > 0)
            --pendingUndos;
        else
            target = action;
        action.clear();
    };
    while (select.next() && target.isEmpty()) {
        Event e{select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(), select.value(3).toString()};
        if (!action.isEmpty() && action.first().at != e.at)
            settle();
        action.append(e);
    }
    settle();
    if (target.isEmpty())
        return Result<AttendanceUndo>::failure(tr("There is no change left to undo for this workshop."));

    const Result<QString> at = nextEventTime(workshopId);
    if (!at)
        return at.status();
    AttendanceUndo undo;
    for (const Event &e : std::as_const(target)) { // newest first
        SqlStatement current(m_db, QStringLiteral("SELECT id, status FROM attendance WHERE workshop_id = :w AND learner_id = :l"));
        current.bind(QStringLiteral(":w"), workshopId).bind(QStringLiteral(":l"), e.learnerId);
        if (Status s = current.exec(); !s)
            return s;
        if (!current.next() && !e.oldStatus.isEmpty() && e.newStatus.isEmpty()) {
            // The change took the person off the list (unregister): put them back as they were.
            AttendanceStatus restored = AttendanceStatus::Registered;
            fromCode(e.oldStatus, &restored);
            SqlStatement insert(m_db, QStringLiteral(
                "INSERT INTO attendance (uuid, site_id, workshop_id, learner_id, status, created_at, updated_at) "
                "VALUES (:uuid, (SELECT site_id FROM workshops WHERE id = :w), :w, :l, :status, :now, :now)"));
            insert.bind(QStringLiteral(":uuid"), Stamp::newUuid())
                .bind(QStringLiteral(":w"), workshopId)
                .bind(QStringLiteral(":l"), e.learnerId)
                .bind(QStringLiteral(":status"), e.oldStatus)
                .bind(QStringLiteral(":now"), *at);
            if (Status s = insert.exec(); !s)
                return s;
            undo.learnerId = e.learnerId;
            undo.restored = restored;
            ++undo.changes;
            if (Status s = logEvent(insert.lastInsertId().toLongLong(), workshopId, e.learnerId, QVariant(UndoPrefix), e.oldStatus, *at); !s)
                return s;
            continue;
        }
        if (!current.query().isValid()) {
            // The person was merged away or erased since: nothing to restore, but the undo is still
            // logged so that the next one steps further back instead of stopping here for ever.
            if (Status s = logEvent(0, workshopId, e.learnerId, QVariant(UndoPrefix + e.newStatus), nullText(), *at); !s)
                return s;
            continue;
        }
        const qint64 attendanceId = current.value(0).toLongLong();
        const QString undone = UndoPrefix + current.value(1).toString();
        undo.learnerId = e.learnerId;
        ++undo.changes;
        if (e.oldStatus.isEmpty()) {
            SqlStatement remove(m_db, QStringLiteral("DELETE FROM attendance WHERE id = :id"));
            remove.bind(QStringLiteral(":id"), attendanceId);
            if (Status s = remove.exec(); !s)
                return s;
            undo.removed = true;
            if (Status s = logEvent(0, workshopId, e.learnerId, undone, nullText(), *at); !s)
                return s;
            continue;
        }
        AttendanceStatus restored = AttendanceStatus::Registered;
        fromCode(e.oldStatus, &restored);
        undo.restored = restored;
        // Back to present or late: the arrival time is the one logged when they last became so.
        SqlStatement update(m_db, QStringLiteral(
            "UPDATE attendance SET status = :status, updated_at = :now, checked_in_at = CASE WHEN :here THEN "
            "COALESCE(checked_in_at, (SELECT MAX(at) FROM attendance_events WHERE workshop_id = :w AND learner_id = :l "
            "AND new_status IN ('present', 'late') AND at < :before)) ELSE NULL END WHERE id = :id"));
        update.bind(QStringLiteral(":status"), e.oldStatus)
            .bind(QStringLiteral(":now"), *at)
            .bind(QStringLiteral(":here"), countsAsHere(restored) ? 1 : 0)
            .bind(QStringLiteral(":w"), workshopId)
            .bind(QStringLiteral(":l"), e.learnerId)
            .bind(QStringLiteral(":before"), e.at)
            .bind(QStringLiteral(":id"), attendanceId);
        if (Status s = update.exec(); !s)
            return s;
        if (Status s = logEvent(attendanceId, workshopId, e.learnerId, undone, e.oldStatus, *at); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    return undo;
}

Result<QList<AttendanceEntry>> AttendanceStore::list(qint64 workshopId) const
{
    SqlStatement select(m_db, SelectEntries + QStringLiteral("WHERE a.workshop_id = :w ORDER BY l.search_key, l.id"));
    select.bind(QStringLiteral(":w"), workshopId);
    if (Status s = select.exec(); !s)
        return s;
    QList<AttendanceEntry> entries;
    while (select.next())
        entries.append(readEntry(select));
    return entries;
}

Result<AttendanceEntry> AttendanceStore::entry(qint64 workshopId, qint64 learnerId) const
{
    SqlStatement select(m_db, SelectEntries + QStringLiteral("WHERE a.workshop_id = :w AND a.learner_id = :l"));
    select.bind(QStringLiteral(":w"), workshopId).bind(QStringLiteral(":l"), learnerId);
    if (Status s = select.exec(); !s)
        return s;
    if (!select.next())
        return Result<AttendanceEntry>::failure(tr("This person is not on the list of this workshop."));
    return readEntry(select);
}

Result<int> AttendanceStore::seatsTaken(qint64 workshopId) const
{
    SqlStatement select(m_db, QStringLiteral(
        "SELECT COUNT(*) FROM attendance WHERE workshop_id = :w AND status IN ('registered', 'present', 'late')"));
    select.bind(QStringLiteral(":w"), workshopId);
    if (Status s = select.exec(); !s)
        return s;
    return select.next() ? select.value(0).toInt() : 0;
}

Result<bool> AttendanceStore::wouldExceedCapacity(qint64 workshopId) const
{
    SqlStatement select(m_db, QStringLiteral("SELECT COALESCE(capacity, 0) FROM workshops WHERE id = :w"));
    select.bind(QStringLiteral(":w"), workshopId);
    if (Status s = select.exec(); !s)
        return s;
    if (!select.next())
        return Result<bool>::failure(tr("There is no workshop %1.").arg(workshopId));
    const int capacity = select.value(0).toInt();
    if (capacity <= 0)
        return false;
    const Result<int> taken = seatsTaken(workshopId);
    if (!taken)
        return taken.status();
    return *taken + 1 > capacity;
}
