// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Where a person stands for one workshop. The order is the one the check-in screen offers.
enum class AttendanceStatus { Registered, Present, Late, Excused, Absent };

// One person on a workshop's list, as the check-in screen and the printed sheets show them.
struct AttendanceEntry
{
    qint64 attendanceId = 0;
    qint64 learnerId = 0;
    QString displayName;
    QString lastName;                 // empty when unknown; printed on the sign-in sheet only
    AttendanceStatus status = AttendanceStatus::Registered;
    QDateTime checkedInAt;            // UTC; invalid unless present or late
};

// What one "undo" did, so that the screen can say it in words.
struct AttendanceUndo
{
    qint64 learnerId = 0;             // the last person restored (an undo may restore several)
    int changes = 0;                  // how many people were restored
    bool removed = false;             // the undone change had added the person to the list
    AttendanceStatus restored = AttendanceStatus::Registered;
};

// Registrations and check-ins of workshops. Every change is logged in attendance_events, in the same
// transaction, with its time: proof of attendance for funders, and what "undo" walks back through.
// Events written by undo have old_status "undo:<status taken back>" (e.g. "undo:present"); new_status
// is always the status after the event (NULL: the person left the list).
class AttendanceStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)
public:
    explicit AttendanceStore(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString code(AttendanceStatus status);        // stored text: "registered", "present"…
    static bool fromCode(const QString &code, AttendanceStatus *status);
    static QString label(AttendanceStatus status);       // translated, for people
    static bool countsAsHere(AttendanceStatus status) { return status == AttendanceStatus::Present || status == AttendanceStatus::Late; }

    // Registers a learner ahead of the workshop; fails with a message when already on the list.
    Result<qint64> registerLearner(qint64 workshopId, qint64 learnerId);
    // Takes a person who is still only "registered" off the list (plans change before the day);
    // logged, and undoable like any other change.
    Status unregister(qint64 workshopId, qint64 learnerId);
    // Sets a learner's status, adding them to the list when they are not on it yet (a known person
    // who turns up unannounced). Becoming present or late records the check-in time once.
    Status setStatus(qint64 workshopId, qint64 learnerId, AttendanceStatus status);
    // A person nobody knew: creates the learner from a display name and marks them present.
    Result<qint64> addWalkIn(qint64 workshopId, const QString &displayName);
    // Everyone still "registered" becomes absent, in one transaction; returns how many.
    Result<int> markRemainingAbsent(qint64 workshopId);
    // Undoes the newest change of the workshop not undone yet (repeatable, walking back in time).
    // A change that added someone to the list removes them again. The undo is logged as an event.
    // "Mark the others absent" is undone as a whole. Fails with a message when nothing is left.
    Result<AttendanceUndo> undoLast(qint64 workshopId);

    Result<QList<AttendanceEntry>> list(qint64 workshopId) const;
    Result<AttendanceEntry> entry(qint64 workshopId, qint64 learnerId) const; // fails when not listed
    // People who hold a seat: registered, present or late (excused and absent people do not).
    Result<int> seatsTaken(qint64 workshopId) const;
    // True when one more person would go past the workshop's capacity (never with capacity 0).
    // The screen warns; nobody is turned away by the software.
    Result<bool> wouldExceedCapacity(qint64 workshopId) const;

private:
    Status write(qint64 workshopId, qint64 learnerId, AttendanceStatus status, const QString &at);
    Status logEvent(qint64 attendanceId, qint64 workshopId, qint64 learnerId, const QVariant &oldStatus,
                    const QVariant &newStatus, const QString &at);
    Result<QString> nextEventTime(qint64 workshopId) const;
    Status requireWorkshop(qint64 workshopId) const;

    QSqlDatabase m_db;
};
