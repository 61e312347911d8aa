// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/learnererasure.h"

#include "core/clock.h"
#include "privacy/privacylog.h"
#include "quiz/answer.h"
#include "reports/attendancequery.h"
#include "storage/sql.h"

namespace {

Result<int> count(const QSqlDatabase &db, const QString &sql, qint64 learnerId)
{
    SqlStatement select(db, sql);
    select.bind(QStringLiteral(":id"), learnerId);
    if (Status status = select.exec(); !status)
        return status;
    return select.next() ? select.value(0).toInt() : 0;
}

} // namespace

Result<LearnerErasure::Outcome> LearnerErasure::anonymise(qint64 learnerId, const QString &now)
{
    SqlStatement select(m_db, QStringLiteral("SELECT uuid, COALESCE(postcode, ''), anonymised_at IS NOT NULL FROM learners "
                                             "WHERE id = :id"));
    select.bind(QStringLiteral(":id"), learnerId);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Outcome>::failure(tr("There is no learner %1.").arg(learnerId));
    Outcome outcome;
    const QString uuid = select.value(0).toString();
    outcome.learnerUuid = uuid;
    const QString postcode = select.value(1).toString();
    const bool already = select.value(2).toBool();
    outcome.pseudonym = AttendanceQuery::pseudonym(uuid);
    const Result<int> attendance = count(m_db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE learner_id = :id"), learnerId);
    const Result<int> attempts = count(m_db, QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE learner_id = :id"), learnerId);
    if (!attendance || !attempts)
        return !attendance ? attendance.status() : attempts.status();
    outcome.attendanceKept = *attendance;
    outcome.attemptsKept = *attempts;
    if (already)
        return outcome;

    const QString area = postcode.trimmed().isEmpty() ? QString() : AttendanceQuery::postcodeArea(postcode);
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE learners SET display_name = :pseudonym, search_key = '', first_name = NULL, last_name = NULL, phone = NULL, "
        "email = NULL, notes = NULL, personal_code = NULL, contact_key = NULL, postcode = :area, anonymised_at = :now, "
        "updated_at = :now WHERE id = :id AND anonymised_at IS NULL"));
    update.bind(QStringLiteral(":pseudonym"), outcome.pseudonym)
        .bind(QStringLiteral(":area"), area == QLatin1String("unknown") ? QVariant(QMetaType(QMetaType::QString)) : QVariant(area))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), learnerId);
    if (Status status = update.exec(); !status)
        return status;

    // Typed answers (the "text" of a text question) may hold anything, a name included; the
    // options chosen and the credit stay for the per-question success rates.
    SqlStatement answers(m_db, QStringLiteral("SELECT a.id, a.answer FROM quiz_answers a JOIN quiz_attempts q ON q.id = a.attempt_id "
                                              "WHERE q.learner_id = :id AND instr(a.answer, '\"text\"') > 0"));
    answers.bind(QStringLiteral(":id"), learnerId);
    if (Status status = answers.exec(); !status)
        return status;
    QList<QPair<qint64, QString>> rewritten;
    while (answers.next()) {
        Answer answer = Answer::fromJson(answers.value(1).toString());
        if (answer.text.isEmpty())
            continue;
        answer.text.clear();
        rewritten.append({answers.value(0).toLongLong(), answer.toJson()});
    }
    SqlStatement clear(m_db, QStringLiteral("UPDATE quiz_answers SET answer = :answer WHERE id = :id"));
    for (const auto &[id, json] : std::as_const(rewritten)) {
        clear.bind(QStringLiteral(":answer"), json).bind(QStringLiteral(":id"), id);
        if (Status status = clear.exec(); !status)
            return status;
    }
    outcome.answersCleared = int(rewritten.size());
    outcome.erased = true;
    return outcome;
}

Result<LearnerErasure::Outcome> LearnerErasure::erase(qint64 learnerId, const QString &staffLogin)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<Outcome> outcome = anonymise(learnerId, Stamp::nowUtc());
    if (!outcome)
        return outcome;
    if (outcome->erased) {
        const QString details = QStringLiteral("attendance_kept=%1 attempts_kept=%2 answers_cleared=%3")
                                    .arg(outcome->attendanceKept).arg(outcome->attemptsKept).arg(outcome->answersCleared);
        if (Status status = PrivacyLog(m_db).record(PrivacyLog::Action::Erase, outcome->learnerUuid, details, staffLogin); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    const Result<bool> checkpointed = checkpoint();
    outcome->checkpointed = checkpointed && *checkpointed;
    return outcome;
}

Result<int> LearnerErasure::eraseAll(const QList<qint64> &learnerIds, const QString &details, const QString &staffLogin)
{
    int erased = 0;
    {
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status();
        const QString now = Stamp::nowUtc();
        for (qint64 id : learnerIds) {
            const Result<Outcome> outcome = anonymise(id, now);
            if (!outcome)
                return outcome.status();
            erased += outcome->erased ? 1 : 0;
        }
        const QString line = QStringLiteral("count=%1 %2").arg(erased).arg(details).trimmed();
        if (Status status = PrivacyLog(m_db).record(PrivacyLog::Action::Retention, {}, line, staffLogin); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    checkpoint();
    return erased;
}

Result<bool> LearnerErasure::checkpoint() const
{
    SqlStatement pragma(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (Status status = pragma.exec(); !status)
        return status;
    // One row: busy (1 when a reader or writer blocked it), pages in the log, pages checkpointed.
    return pragma.next() && pragma.value(0).toInt() == 0;
}
