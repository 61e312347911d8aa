// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/attendancequery.h"

#include "storage/sql.h"

#include <QCryptographicHash>

QString AttendanceQuery::sql(const QString &conditions)
{
    // Dates are cut out of the stored local text rather than parsed in C++, and the check-in time
    // (UTC) is converted by SQLite: both are per-row costs of a 400,000-row export.
    return QStringLiteral(
               "SELECT substr(w.starts_at, 1, 10), substr(w.starts_at, 12, 5), COALESCE(s.name, ''), w.title, "
               "COALESCE(f.display_name, ''), "
               "COALESCE((SELECT group_concat(m.module_id, ' ') FROM workshop_modules m WHERE m.workshop_id = w.id), ''), "
               "l.display_name, l.uuid, COALESCE(l.age_band, ''), COALESCE(l.gender, ''), COALESCE(l.postcode, ''), a.status, "
               "COALESCE(strftime('%Y-%m-%d %H:%M', a.checked_in_at, 'localtime'), ''), w.duration_minutes "
               "FROM attendance a JOIN workshops w ON w.id = a.workshop_id JOIN learners l ON l.id = a.learner_id "
               "LEFT JOIN sites s ON s.id = w.site_id LEFT JOIN facilitators f ON f.id = w.facilitator_id WHERE 1 = 1")
        + conditions + QStringLiteral(" ORDER BY w.starts_at, w.id, a.id");
}

QString AttendanceQuery::pseudonym(const QString &learnerUuid)
{
    const QByteArray digest = QCryptographicHash::hash(learnerUuid.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("P-") + QString::fromLatin1(digest.toHex().left(10)).toUpper();
}

QString AttendanceQuery::postcodeArea(const QString &postcode)
{
    const QString trimmed = postcode.trimmed();
    if (trimmed.size() < 2 || !trimmed.at(0).isDigit() || !trimmed.at(1).isDigit())
        return QStringLiteral("unknown");
    return trimmed.left(2);
}

Result<qint64> AttendanceQuery::count(const ReportFilter &filter) const
{
    QVariantMap binds;
    SqlStatement select(m_db, QStringLiteral("SELECT COUNT(*) FROM attendance a JOIN workshops w ON w.id = a.workshop_id WHERE 1 = 1")
                                  + filter.workshopConditions(binds));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        select.bind(it.key(), it.value());
    if (Status status = select.exec(); !status)
        return status;
    return select.next() ? select.value(0).toLongLong() : qint64(0);
}

Result<qint64> AttendanceQuery::forEach(const ReportFilter &filter, bool pseudonymise,
                                        const std::function<bool(const AttendanceRow &)> &row) const
{
    QVariantMap binds;
    const QString conditions = filter.workshopConditions(binds);
    SqlStatement select(m_db, sql(conditions));
    // Forward only: otherwise QSQLITE caches every row read so far.
    select.query().setForwardOnly(true);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        select.bind(it.key(), it.value());
    if (Status status = select.exec(); !status)
        return status;
    QHash<QString, QString> pseudonyms; // a learner comes back often: hash once
    AttendanceRow r;
    qint64 count = 0;
    while (select.next()) {
        r.date = select.value(0).toString();
        r.time = select.value(1).toString();
        r.site = select.value(2).toString();
        r.workshop = select.value(3).toString();
        r.facilitator = select.value(4).toString();
        r.modules = select.value(5).toString();
        r.ageBand = select.value(8).toString();
        r.gender = select.value(9).toString();
        r.postcode = select.value(10).toString();
        if (pseudonymise) {
            const QString uuid = select.value(7).toString();
            auto found = pseudonyms.constFind(uuid);
            if (found == pseudonyms.constEnd())
                found = pseudonyms.insert(uuid, pseudonym(uuid));
            r.learner = *found;
            // The full postcode, with age band and gender, can single out a person in a small
            // village: a pseudonymised export keeps only the area.
            r.postcode = r.postcode.trimmed().isEmpty() ? QString() : postcodeArea(r.postcode);
        } else {
            r.learner = select.value(6).toString();
        }
        r.status = select.value(11).toString();
        r.checkedIn = select.value(12).toString();
        r.durationMinutes = select.value(13).toInt();
        ++count;
        if (!row(r))
            break;
    }
    return count;
}
